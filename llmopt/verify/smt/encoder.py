"""Encode one LLVM function as z3 formulas: path conditions, UB, return value, final external memory, calls.

The control-flow graph is executed symbolically in topological order. Loops are unrolled: a node of the expanded
graph is (block, number of back edges taken so far); taking back edge number ``unroll_bound + 1`` is recorded as an
approximation ("loop bound reached"), which makes any verdict that would depend on it INCONCLUSIVE. At a join the
predecessors' states are merged with if-then-else on their edge conditions; values that do not differ are shared.

The encoder records, for the refinement check:
* ``ub``: when the function has undefined behaviour (UB is a path condition, not an abort);
* ``approximations``: (condition, reason) pairs where the model is not faithful (loop bound, local pointer escaping,
  reading an uninitialized local in the source...): a proof needs all of them to be unreachable;
* ``returned``: the merged return value, ``final_memory``: external memory at return;
* ``calls``: external calls as events (guard, index, callee, arguments, memory before), answered by responses shared
  with the other side, so source and target calls are compared in lock-step;
* ``choices``: fresh values the function chooses (undef, freeze, NaN payloads): universally quantified for the
  source, free for the target.

Vector instructions go to ``vectors`` (lane by lane); vector loads/stores read and write packed lanes.

Not covered (``Unsupported``): allocas outside the entry block or of variable size, aggregate loads/stores,
scalable vectors, invoke/EH, indirect calls, calls passing local pointers, intrinsics not listed in
``semantics.INTRINSICS``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import z3

from llmopt.verify.smt import semantics, vectors
from llmopt.verify.smt.calls import CallEvent, SharedInputs
from llmopt.verify.smt.ir import (
    AggregateConst,
    ArrayType,
    ConstExpr,
    EncodingTimeout,
    FloatConst,
    Function,
    Global,
    Instruction,
    IntConst,
    IntType,
    Local,
    Module,
    NullConst,
    PoisonConst,
    PtrType,
    StringConst,
    StructType,
    Type,
    TypedOperand,
    UndefConst,
    Unsupported,
    VectorType,
    ZeroConst,
    alloc_size,
    store_size,
    struct_layout,
    vector_lane_bytes,
)
from llmopt.verify.smt.memory import (
    NO_ROOT,
    ByteMap,
    MemoryState,
    bits_to_cells,
    cell_data,
    cell_poison,
    cell_tag,
    cell_uninit,
    make_cell,
    merge_memory,
    no_overflow_range,
    pointer_to_cells,
    root_cell,
    root_from_cell,
)
from llmopt.verify.smt.parser import resolve_attrs
from llmopt.verify.smt.support import classify_edges, float_constant_bits, parse_memory_attribute
from llmopt.verify.smt.values import (
    ADDR_BITS,
    BLOCK_BITS,
    FALSE,
    TRUE,
    Aggregate,
    Bits,
    Pointer,
    Value,
    bit_width,
    make_poison,
    make_zero,
    merge_values,
)

DEFAULT_UNROLL = 4
MAX_EXPANDED_NODES = 2000


@dataclass
class State:
    env: dict[str, Value]
    memory: MemoryState
    calls: z3.BitVecRef  # number of external calls made so far


@dataclass
class FunctionSummary:
    ub: z3.BoolRef
    approximations: list[tuple[z3.BoolRef, str]]
    returned: Value | None
    final_memory: ByteMap
    final_calls: z3.BitVecRef
    calls: list[CallEvent]
    choices: list[z3.ExprRef]
    choice_constraints: list[z3.BoolRef]
    reaches_return: z3.BoolRef


@dataclass
class _Edge:
    guard: z3.BoolRef
    state: State
    pred: str


@dataclass
class _Node:
    edges: list[_Edge] = field(default_factory=list)


class FunctionEncoder:
    """Symbolic execution of one function (source or target side) against shared inputs."""

    def __init__(
        self,
        fn: Function,
        module: Module,
        shared: SharedInputs,
        is_target: bool,
        unroll_bound: int = DEFAULT_UNROLL,
        choice_prefix: str | None = None,
        deadline: float | None = None,
    ) -> None:
        self.fn = fn
        self.module = module
        self.shared = shared
        self.is_target = is_target
        self.unroll = unroll_bound
        self.prefix = "tgt" if is_target else "src"
        # Choices named alike on both sides are the same z3 constant: the k-th choice of the source then equals the
        # k-th of the target (see refinement: a sound fast path, confirmed with quantifiers before refuting).
        self.choice_prefix = choice_prefix or self.prefix
        self.choice_counts: dict[tuple[str, int], int] = {}
        self.deadline = deadline
        # The target's own memory(...) attribute is a promise whose violation is UB; the source's is ignored
        # (fewer source UBs only make a proof harder).
        self.memory_rules = parse_memory_attribute(resolve_attrs(fn.fn_attrs, module)) if is_target else None
        self.arg_roots = [a.origin for a in shared.args if isinstance(a, Pointer)]
        # Per pointer parameter (index into arg_roots), accesses its target-side attributes forbid.
        limits = {"readonly": {"write"}, "writeonly": {"read"}, "readnone": {"read", "write"}}
        pointer_params = [p for p in fn.params if isinstance(p.type, PtrType)]
        self.arg_limits: dict[int, set[str]] = {}
        if is_target:
            for i, p in enumerate(pointer_params):
                forbidden = set().union(*(limits[a] for a in p.attrs if a in limits)) if p.attrs else set()
                if forbidden:
                    self.arg_limits[i] = forbidden
        # Promises about what the target's calls do (nofree, nosync, norecurse, willreturn): checked per call.
        self.call_promises = PROMISE_ATTRS.intersection(resolve_attrs(fn.fn_attrs, module)) if is_target else set()
        self.ub: list[z3.BoolRef] = []
        self.approx: list[tuple[z3.BoolRef, str]] = []
        self.choices: list[z3.ExprRef] = []
        self.choice_constraints: list[z3.BoolRef] = []
        self.calls: list[CallEvent] = []
        self.guard: z3.BoolRef = TRUE
        self.counter = 0
        self.alloca_ids: dict[str, int] = {}
        self.block_sizes: dict[int, int] = {}
        self.block_aligns: dict[int, int] = {}

    # ---- Effects protocol (used by semantics) ----
    def add_ub(self, cond: z3.BoolRef) -> None:
        if not z3.is_false(cond):
            self.ub.append(z3.And(self.guard, cond))

    def add_approx(self, cond: z3.BoolRef, reason: str) -> None:
        if not z3.is_false(cond):
            self.approx.append((z3.And(self.guard, cond), reason))

    def fresh_bits(self, width: int, hint: str) -> z3.BitVecRef:
        k = self.choice_counts.get((hint, width), 0)
        self.choice_counts[(hint, width)] = k + 1
        v = z3.BitVec(f"{self.choice_prefix}.{hint}.i{width}.{k}", width)
        self.choices.append(v)
        return v

    def fresh_bool(self, hint: str) -> z3.BoolRef:
        return self.fresh_bits(1, hint) == 1

    def add_choice_constraint(self, cond: z3.BoolRef) -> None:
        self.choice_constraints.append(cond)

    def fresh_value(self, ty: Type, hint: str) -> Value:
        if isinstance(ty, PtrType):
            return Pointer(z3.BitVecVal(0, BLOCK_BITS), self.fresh_bits(ADDR_BITS, hint), FALSE)
        if isinstance(ty, StructType):
            return Aggregate(tuple(self.fresh_value(f, hint) for f in ty.fields))
        if isinstance(ty, (ArrayType, VectorType)):
            return Aggregate(tuple(self.fresh_value(ty.element, hint) for _ in range(ty.count)))
        return Bits(self.fresh_bits(bit_width(ty), hint), FALSE)

    # ---- setup ----
    def _param_value(self, value: Value, attrs: tuple[str, ...]) -> Value:
        """This side's view of an argument: ``nonnull``/``align`` violations are poison, ``noundef`` on a poison
        value and ``dereferenceable(n)`` on too small an object are UB (each side with its own attributes)."""
        if isinstance(value, Pointer):
            from llmopt.verify.smt.calls import _apply_arg_attrs

            value = _apply_arg_attrs(self, value, attrs)
        if "noundef" in attrs:
            from llmopt.verify.smt.values import poison_of

            self.add_ub(poison_of(value))
        return value

    def _layout_allocas(self) -> MemoryState:
        arrays: dict[int, ByteMap] = {0: ByteMap.of_array(self.shared.mem0)}
        uninit = make_cell(z3.BitVecVal(0, 8), FALSE, None, uninit=True)
        for bi, block in enumerate(self.fn.blocks):
            for inst in block.instructions:
                if inst.opcode != "alloca":
                    continue
                if bi != 0:
                    raise Unsupported("alloca outside the entry block")
                count = 1
                if inst.operands:
                    c = inst.operands[0].value
                    if not isinstance(c, IntConst):
                        raise Unsupported("alloca with a variable size")
                    count = c.value
                bid = len(self.alloca_ids) + 1
                if bid >= 1 << BLOCK_BITS:
                    raise Unsupported("more than 255 allocas")
                self.alloca_ids[inst.result or ""] = bid
                self.block_sizes[bid] = alloc_size(inst.type) * count
                self.block_aligns[bid] = max(inst.align, 1)
                arrays[bid] = ByteMap.of_cell(uninit)
        return MemoryState(arrays)

    # ---- main loop ----
    def encode(self) -> FunctionSummary:
        fn = self.fn
        if not fn.blocks:
            raise Unsupported("function without a body")
        memory = self._layout_allocas()
        env: dict[str, Value] = {
            p.name: self._param_value(self.shared.args[i], p.attrs) for i, p in enumerate(fn.params)
        }
        names = [b.name for b in fn.blocks]
        by_name = {b.name: b for b in fn.blocks}
        succs = {b.name: list(dict.fromkeys(self._successors(b.terminator))) for b in fn.blocks}
        back_edges, order = classify_edges(names[0], succs)
        nodes: dict[tuple[str, int], _Node] = {
            (names[0], 0): _Node([_Edge(TRUE, State(env, memory, z3.BitVecVal(0, 16)), "")])
        }
        returns: list[tuple[z3.BoolRef, Value | None, State]] = []
        if len(order) * (self.unroll + 1) > MAX_EXPANDED_NODES:
            raise Unsupported(f"function too large to unroll ({len(order)} blocks)")
        for it in range(self.unroll + 1):
            for name in order:
                node = nodes.pop((name, it), None)
                if node is None:
                    continue
                guard, state = self._merge_edges(node.edges)
                if z3.is_false(guard):
                    continue
                self.guard = guard
                out = self._execute_block(by_name[name], node.edges, state)
                if out is None:
                    continue
                for tgt_name, cond in out[1]:
                    edge_guard = z3.And(guard, cond) if not z3.is_true(cond) else guard
                    nxt = it + 1 if (name, tgt_name) in back_edges else it
                    if nxt > self.unroll:
                        self.approx.append((edge_guard, f"loop bound reached (unrolled {self.unroll} times)"))
                        continue
                    nodes.setdefault((tgt_name, nxt), _Node()).edges.append(_Edge(edge_guard, out[0], name))
                if out[2] is not None:
                    returns.append(out[2])
        return self._summarize(returns, memory)

    def _summarize(
        self, returns: list[tuple[z3.BoolRef, Value | None, State]], memory0: MemoryState
    ) -> FunctionSummary:
        ub = z3.Or(*self.ub) if self.ub else FALSE
        if not returns:
            return FunctionSummary(
                ub,
                self.approx,
                None,
                memory0.arrays[0],
                z3.BitVecVal(0, 16),
                self.calls,
                self.choices,
                self.choice_constraints,
                FALSE,
            )
        guard, value, state = returns[0]
        final_mem = state.memory.arrays[0]
        calls = state.calls
        reach = [guard]
        for g, v, s in returns[1:]:
            if value is not None and v is not None:
                value = merge_values(g, v, value)
            final_mem = ByteMap.merge(g, s.memory.arrays[0], final_mem)
            calls = calls if calls.eq(s.calls) else z3.If(g, s.calls, calls)
            reach.append(g)
        return FunctionSummary(
            ub, self.approx, value, final_mem, calls, self.calls, self.choices, self.choice_constraints, z3.Or(*reach)
        )

    def _merge_edges(self, edges: list[_Edge]) -> tuple[z3.BoolRef, State]:
        guard = edges[0].guard if len(edges) == 1 else z3.Or(*[e.guard for e in edges])
        state = edges[0].state
        for e in edges[1:]:
            env = dict(state.env)
            for k, v in e.state.env.items():
                old = env.get(k)
                if old is None:
                    env[k] = v
                elif old is not v:
                    env[k] = merge_values(e.guard, v, old)
            state = State(
                env,
                merge_memory(e.guard, e.state.memory, state.memory),
                state.calls if state.calls.eq(e.state.calls) else z3.If(e.guard, e.state.calls, state.calls),
            )
        return guard, state

    @staticmethod
    def _successors(term: Instruction) -> list[str]:
        if term.opcode == "br":
            return list(term.targets)
        if term.opcode == "switch":
            return [term.targets[0]] + [lbl for _, lbl in term.cases]
        if term.opcode in ("ret", "unreachable"):
            return []
        raise Unsupported(f"terminator {term.opcode}")

    def _execute_block(self, block, edges: list[_Edge], state: State):
        env = dict(state.env)
        st = State(env, state.memory, state.calls)
        insts = block.instructions
        i = 0
        # Phis read their operands in the predecessor's state, all at once.
        phis = []
        while i < len(insts) and insts[i].opcode == "phi":
            phis.append(insts[i])
            i += 1
        for phi in phis:
            if self.is_target and phi.flags & FAST_MATH_FLAGS:
                raise Unsupported("fast-math flags on phi in the target")
            value = None
            for e in edges:
                try:
                    k = phi.targets.index(e.pred)
                except ValueError:
                    raise Unsupported(f"phi without an entry for predecessor %{e.pred}") from None
                v = self._operand(phi.operands[k], e.state)
                value = v if value is None else merge_values(e.guard, v, value)
            env[phi.result or ""] = value  # type: ignore[assignment]
        for inst in insts[i:]:
            if self.deadline is not None and time.monotonic() > self.deadline:
                raise EncodingTimeout()
            if inst.opcode in ("br", "switch", "ret", "unreachable"):
                return self._terminator(inst, st)
            result = self._instruction(inst, st)
            if inst.result is not None and result is not None:
                st.env[inst.result] = result
        raise Unsupported(f"block %{block.name} without a terminator")

    def _terminator(self, inst: Instruction, st: State):
        if inst.opcode == "ret":
            value = self._operand(inst.operands[0], st) if inst.operands else None
            for ptr in _pointers_in(value):
                # Which stack address an alloca gets is not modelled: returning one is not comparable.
                self.add_approx(z3.And(ptr.block != 0, z3.Not(ptr.poison)), "returns the address of a local variable")
            for i, param in enumerate(self.fn.params):
                if "returned" in param.attrs and value is not None:
                    # The promise "returns this argument" is UB when broken.
                    arg = self.shared.args[i]
                    same = (
                        z3.And(value.block == arg.block, value.offset == arg.offset)
                        if isinstance(value, Pointer) and isinstance(arg, Pointer)
                        else value.bv == arg.bv
                        if isinstance(value, Bits) and isinstance(arg, Bits)
                        else FALSE
                    )
                    self.add_ub(z3.Not(same))
            if value is not None and self.fn.ret_attrs:
                from llmopt.verify.smt.calls import apply_return_attrs

                # range/nonnull/align make a violating result poison, noundef makes poison UB (each side its own).
                value = apply_return_attrs(self, value, self.fn.ret_attrs)
            return st, [], (self.guard, value, st)
        if inst.opcode == "unreachable":
            self.add_ub(TRUE)
            return None
        if inst.opcode == "br":
            if len(inst.targets) == 1:
                return st, [(inst.targets[0], TRUE)], None
            c = self._operand(inst.operands[0], st)
            assert isinstance(c, Bits)
            self.add_ub(c.poison)
            cond = c.bv == 1
            if inst.targets[0] == inst.targets[1]:
                return st, [(inst.targets[0], TRUE)], None
            return st, [(inst.targets[0], cond), (inst.targets[1], z3.Not(cond))], None
        # switch
        v = self._operand(inst.operands[0], st)
        assert isinstance(v, Bits)
        self.add_ub(v.poison)
        width = v.bv.size()
        conds: dict[str, list[z3.BoolRef]] = {}
        matched = []
        for value, label in inst.cases:
            eq = v.bv == z3.BitVecVal(value, width)
            matched.append(eq)
            conds.setdefault(label, []).append(eq)
        default = z3.Not(z3.Or(*matched)) if matched else TRUE
        conds.setdefault(inst.targets[0], []).append(default)
        return st, [(lbl, z3.Or(*cs) if len(cs) > 1 else cs[0]) for lbl, cs in conds.items()], None

    # ---- operands ----
    def _operand(self, op: TypedOperand, st: State) -> Value:
        v = op.value
        ty = op.type
        if isinstance(v, Local):
            if v.name in st.env:
                return st.env[v.name]
            raise Unsupported(f"use of %{v.name} before its definition on some path")
        if isinstance(v, IntConst):
            if isinstance(ty, IntType):
                return Bits(z3.BitVecVal(v.value % (1 << ty.bits), ty.bits), FALSE)
            raise Unsupported(f"integer constant of type {ty}")
        if isinstance(v, FloatConst):
            return Bits(z3.BitVecVal(float_constant_bits(v.text, ty), bit_width(ty)), FALSE)
        if isinstance(v, NullConst):
            return make_zero(ty)
        if isinstance(v, ZeroConst):
            return make_zero(ty)
        if isinstance(v, PoisonConst):
            return make_poison(ty)
        if isinstance(v, UndefConst):
            # Each use of undef may be a different value; the source's choice is quantified, the target's free.
            return self.fresh_value(ty, "undef")
        if isinstance(v, Global):
            if v.name in self.module.functions or v.name in self.module.declarations:
                raise Unsupported("function pointers")
            return Pointer(z3.BitVecVal(0, BLOCK_BITS), self.shared.global_address(v.name), FALSE)
        if isinstance(v, AggregateConst):
            return Aggregate(tuple(self._operand(e, st) for e in v.elements))
        if isinstance(v, ConstExpr):
            result = self._instruction(v.inst, st)
            assert result is not None
            return result
        if isinstance(v, StringConst):
            raise Unsupported("string constant as an operand")
        raise Unsupported(f"operand {v}")

    # ---- instructions ----
    def _instruction(self, inst: Instruction, st: State) -> Value | None:
        op = inst.opcode
        if self.is_target:
            self._check_metadata(inst)
            if inst.flags & FAST_MATH_FLAGS and op not in FMF_MODELLED:
                raise Unsupported(f"fast-math flags on {op} in the target")
        if vectors.handles(inst):
            return vectors.encode(self, inst, st)
        if op in semantics_int_ops:
            a, b = (self._operand(o, st) for o in inst.operands)
            if not isinstance(inst.type, IntType):
                raise Unsupported(f"{op} on {inst.type}")
            return semantics.int_binary(self, inst, a, b)  # type: ignore[arg-type]
        if op in ("fadd", "fsub", "fmul", "fdiv", "frem"):
            a, b = (self._operand(o, st) for o in inst.operands)
            return semantics.fp_binary(self, inst, a, b)  # type: ignore[arg-type]
        if op == "fneg":
            return semantics.fneg(self, inst, self._operand(inst.operands[0], st))  # type: ignore[arg-type]
        if op == "icmp":
            a, b = (self._operand(o, st) for o in inst.operands)
            return semantics.icmp(self, inst, a, b)
        if op == "fcmp":
            a, b = (self._operand(o, st) for o in inst.operands)
            return semantics.fcmp(self, inst, a, b)  # type: ignore[arg-type]
        if op in semantics_casts:
            return semantics.cast(self, inst, self._operand(inst.operands[0], st))
        if op == "select":
            c, a, b = (self._operand(o, st) for o in inst.operands)
            assert isinstance(c, Bits)
            if inst.flags & {"nnan", "ninf", "nsz", "fast", "arcp", "contract", "afn", "reassoc"} and self.is_target:
                raise Unsupported("fast-math flags on select in the target")
            v = merge_values(c.bv == 1, a, b)
            return _add_poison(v, c.poison)
        if op == "freeze":
            a = self._operand(inst.operands[0], st)
            return self._freeze(a, inst.type)
        if op == "alloca":
            bid = self.alloca_ids[inst.result or ""]
            return Pointer(z3.BitVecVal(bid, BLOCK_BITS), z3.BitVecVal(0, ADDR_BITS), FALSE)
        if op == "load":
            return self._load(inst, st)
        if op == "store":
            self._store(inst, st)
            return None
        if op == "getelementptr":
            return self._gep(inst, st)
        if op == "extractvalue":
            agg = self._operand(inst.operands[0], st)
            for k in inst.indices:
                if not isinstance(agg, Aggregate):
                    raise Unsupported("extractvalue on a non-aggregate")
                agg = agg.elements[k]
            return agg
        if op == "insertvalue":
            agg = self._operand(inst.operands[0], st)
            val = self._operand(inst.operands[1], st)
            return _insert(agg, list(inst.indices), val)
        if op == "call":
            from llmopt.verify.smt.calls import encode_call

            return encode_call(self, inst, st)
        raise Unsupported(f"instruction {op}")

    def _freeze(self, a: Value, ty: Type) -> Value:
        if isinstance(a, Aggregate):
            fields = ty.fields if isinstance(ty, StructType) else (ty.element,) * len(a.elements)  # type: ignore
            return Aggregate(tuple(self._freeze(e, t) for e, t in zip(a.elements, fields, strict=False)))
        if isinstance(a, Bits):
            if z3.is_false(a.poison):
                return a
            fresh = self.fresh_bits(a.bv.size(), "freeze")
            return Bits(z3.If(a.poison, fresh, a.bv), FALSE)
        assert isinstance(a, Pointer)
        if z3.is_false(a.poison):
            return a
        fresh = self.fresh_bits(ADDR_BITS, "freeze")
        return Pointer(
            z3.If(a.poison, z3.BitVecVal(0, BLOCK_BITS), a.block),
            z3.If(a.poison, fresh, a.offset),
            FALSE,
            z3.If(a.poison, fresh, a.origin),
        )

    # ---- memory ----
    def blocks(self) -> list[int]:
        return [0, *self.block_sizes]

    def check_access(self, ptr: Pointer, nbytes: int, align: int, kind: str = "") -> None:
        """UB conditions of touching ``nbytes`` at ``ptr`` (poison pointer, out of bounds, misaligned, and for a
        target declaring ``memory(...)``, an access of ``kind`` "read"/"write" the declaration does not allow)."""
        self.add_ub(ptr.poison)
        is_ext = ptr.block == 0
        if kind and self.memory_rules is not None:
            self._check_memory_rule(ptr, kind)
        if kind and self.arg_limits:
            self._check_arg_limits(ptr, kind)
        # External memory: accessible only inside the object of the pointer's provenance (its root).
        lo, hi = self.shared.object_bounds(ptr.origin)
        end = z3.ZeroExt(1, ptr.offset) + nbytes
        ext_bad = [z3.ULT(ptr.offset, lo), z3.UGT(end, z3.ZeroExt(1, hi))]
        if align > 1:
            ext_bad.append(z3.Extract(align.bit_length() - 2, 0, ptr.offset) != 0)
        self.add_ub(z3.And(is_ext, z3.Or(*ext_bad)))
        known = [is_ext]
        for bid, size in self.block_sizes.items():
            here = ptr.block == bid
            known.append(here)
            bad = [z3.Not(no_overflow_range(ptr.offset, nbytes, size))]
            if align > 1:
                misaligned = z3.Extract(align.bit_length() - 2, 0, ptr.offset) != 0
                if align > self.block_aligns[bid]:
                    # The alloca may happen to be more aligned: only the target assumes it is not.
                    bad.append(TRUE if self.is_target else FALSE)
                bad.append(misaligned)
            self.add_ub(z3.And(here, z3.Or(*bad)))
        self.add_ub(z3.Not(z3.Or(*known)))

    def _blocks_for(self, ptr: Pointer) -> list[int]:
        """The blocks ``ptr`` may point into (one when its block id is a constant, as it almost always is)."""
        if z3.is_bv_value(ptr.block):
            bid = ptr.block.as_long()
            return [bid] if bid in self.block_sizes or bid == 0 else []
        return self.blocks()

    def _check_arg_limits(self, ptr: Pointer, kind: str) -> None:
        """readonly/writeonly/readnone on a target parameter: the forbidden access through it is UB; through a
        pointer of unknown provenance (which might be based on it) an approximation."""
        for i, root in enumerate(self.arg_roots):
            if ptr.origin.eq(root):
                if kind in self.arg_limits.get(i, ()):
                    self.add_ub(ptr.block == 0)
                return
        if any(ptr.origin.eq(addr) for addr in self.shared.globals.values()):
            return
        if any(kind in forbidden for forbidden in self.arg_limits.values()):
            self.add_approx(
                ptr.block == 0,
                f"a {kind} through a pointer that may be based on a parameter "
                f"promised not to be {'written' if kind == 'write' else 'read'}",
            )

    def _check_memory_rule(self, ptr: Pointer, kind: str) -> None:
        """The target's memory(...) promise: a forbidden access is UB when the pointer's provenance is known
        syntactically (an argument, a global), an approximation (INCONCLUSIVE) when it is not."""
        is_ext = ptr.block == 0
        rules = self.memory_rules or {}
        if any(ptr.origin.eq(a) for a in self.arg_roots):
            locations = ["argmem"]
        else:
            name = next((n for n, addr in self.shared.globals.items() if ptr.origin.eq(addr)), None)
            if name is not None:
                g = self.module.globals.get(name)
                if g is not None and g.constant and kind == "read":
                    return  # reading constant memory is not a memory effect
                locations = ["other"]
            else:
                locations = ["argmem", "other"]
        forbidden = [loc for loc in locations if kind not in rules.get(loc, "")]
        if len(forbidden) == len(locations):
            self.add_ub(is_ext)
        elif forbidden:
            self.add_approx(is_ext, f"a {kind} through a pointer of unknown provenance in a memory(...) function")

    def read_cells(self, mem: MemoryState, ptr: Pointer, nbytes: int):
        """Per byte: (data, poison, uninit, tag); external memory never holds uninit bytes or local pointers."""
        blocks = self._blocks_for(ptr) or [0]
        out = []
        for i in range(nbytes):
            addr = ptr.offset + i if i else ptr.offset
            data = poison = uninit = tag = None
            for bid in blocks:
                cell = mem.arrays[bid].select(addr)
                fields = (
                    cell_data(cell),
                    cell_poison(cell),
                    FALSE if bid == 0 else cell_uninit(cell),
                    z3.BitVecVal(0, BLOCK_BITS) if bid == 0 else cell_tag(cell),
                )
                if data is None:
                    data, poison, uninit, tag = fields
                else:
                    here = ptr.block == bid
                    data = z3.If(here, fields[0], data)
                    poison = z3.If(here, fields[1], poison)
                    uninit = z3.If(here, fields[2], uninit)
                    tag = z3.If(here, fields[3], tag)
            out.append((data, poison, uninit, tag))
        return out

    def read_roots(self, mem: MemoryState, ptr: Pointer, nbytes: int) -> list[z3.BitVecRef]:
        """Per byte: the root-map cell (``memory.root_cell`` or ``NO_ROOT``)."""
        blocks = self._blocks_for(ptr) or [0]
        out = []
        for i in range(nbytes):
            addr = ptr.offset + i if i else ptr.offset
            cell = None
            for bid in blocks:
                here = mem.root_map(bid).select(addr)
                cell = here if cell is None or cell.eq(here) else z3.If(ptr.block == bid, here, cell)
            out.append(cell)
        return out

    def write_cells(
        self, mem: MemoryState, ptr: Pointer, cells: list[z3.BitVecRef], roots: list[z3.BitVecRef] | None = None
    ) -> MemoryState:
        """Memory after writing ``cells`` at ``ptr``, with ``roots`` (per byte) in the root maps; None: the bytes
        belong to no pointer of known provenance."""
        arrays = dict(mem.arrays)
        root_maps = dict(mem.roots)
        blocks = self._blocks_for(ptr)
        for bid in blocks:
            old, old_roots = mem.arrays[bid], mem.root_map(bid)
            updated, updated_roots = old, old_roots
            for i, cell in enumerate(cells):
                addr = ptr.offset + i if i else ptr.offset
                updated = updated.store(addr, cell)
                if roots is not None or bid in root_maps:
                    updated_roots = updated_roots.store(addr, roots[i] if roots is not None else NO_ROOT)
            arrays[bid] = updated if len(blocks) == 1 else ByteMap.merge(ptr.block == bid, updated, old)
            if updated_roots is not old_roots:
                root_maps[bid] = (
                    updated_roots if len(blocks) == 1 else ByteMap.merge(ptr.block == bid, updated_roots, old_roots)
                )
        return MemoryState(arrays, root_maps)

    def _load(self, inst: Instruction, st: State) -> Value:
        ty = inst.type
        ptr = self._operand(inst.operands[0], st)
        assert isinstance(ptr, Pointer)
        self.check_access(ptr, store_size(ty), inst.align or 1, "read")
        self._check_metadata(inst)
        return self._load_value(st.memory, ptr, ty)

    def _load_value(self, mem: MemoryState, ptr: Pointer, ty: Type) -> Value:
        """The value of type ``ty`` at ``ptr``; aggregates field by field (padding is not read)."""
        if isinstance(ty, StructType):
            offsets, _ = struct_layout(ty)
            return Aggregate(
                tuple(
                    self._load_value(mem, _offset_pointer(ptr, off), f)
                    for off, f in zip(offsets, ty.fields, strict=False)
                )
            )
        if isinstance(ty, (ArrayType, VectorType)):
            # Vector lanes are packed (store size, not alloc size, apart); array elements are alloc size apart.
            step = vector_lane_bytes(ty) if isinstance(ty, VectorType) else alloc_size(ty.element)
            return Aggregate(
                tuple(self._load_value(mem, _offset_pointer(ptr, i * step), ty.element) for i in range(ty.count))
            )
        nbytes = store_size(ty)
        cells = self.read_cells(mem, ptr, nbytes)
        poison = z3.Or(*[c[1] for c in cells])
        uninit = z3.Or(*[c[2] for c in cells])
        if self.is_target:
            poison = z3.Or(poison, uninit)
        else:
            self.add_approx(uninit, "the source reads an uninitialized local variable")
        data = [c[0] for c in cells]
        bv = data[0] if nbytes == 1 else z3.Concat(*reversed(data))
        if isinstance(ty, PtrType):
            tag0 = cells[0][3]
            self.add_approx(z3.Or(*[c[3] != tag0 for c in cells[1:]]), "a pointer assembled from mixed bytes")
            return Pointer(tag0, bv, poison, root_from_cell(self.read_roots(mem, ptr, 1)[0], bv))
        width = bit_width(ty)
        self.add_approx(z3.Or(*[c[3] != 0 for c in cells]), "a local variable's address read as an integer")
        if width < nbytes * 8:
            if self.is_target:
                # Bits beyond the width were not written by a store of this type: the value is unspecified.
                poison = z3.Or(poison, z3.Extract(nbytes * 8 - 1, width, bv) != 0)
            bv = z3.Extract(width - 1, 0, bv)
        return Bits(bv, poison)

    def _check_metadata(self, inst: Instruction) -> None:
        found = RISKY_METADATA.intersection(inst.metadata)
        if found and self.is_target:
            raise Unsupported(f"!{sorted(found)[0]} metadata in the target")

    def _store(self, inst: Instruction, st: State) -> None:
        val_op, ptr_op = inst.operands
        value = self._operand(val_op, st)
        ptr = self._operand(ptr_op, st)
        assert isinstance(ptr, Pointer)
        self.check_access(ptr, store_size(val_op.type), inst.align or 1, "write")
        st.memory = self._store_value(st.memory, ptr, value, val_op.type)

    def _store_value(self, mem: MemoryState, ptr: Pointer, value: Value, ty: Type) -> MemoryState:
        """Memory after storing ``value``; aggregates field by field (padding keeps its old bytes)."""
        if isinstance(value, Aggregate):
            if isinstance(ty, StructType):
                offsets, _ = struct_layout(ty)
                parts = list(zip(offsets, ty.fields, strict=False))
            elif isinstance(ty, ArrayType):
                parts = [(i * alloc_size(ty.element), ty.element) for i in range(ty.count)]
            elif isinstance(ty, VectorType):
                parts = [(i * vector_lane_bytes(ty), ty.element) for i in range(ty.count)]
            else:
                raise Unsupported(f"store of {ty}")
            for (off, fty), v in zip(parts, value.elements, strict=False):
                mem = self._store_value(mem, _offset_pointer(ptr, off), v, fty)
            return mem
        if isinstance(value, Pointer):
            self.add_approx(
                z3.And(ptr.block == 0, value.block != 0, z3.Not(value.poison)),
                "a local variable's address stored outside the function",
            )
            return self.write_cells(mem, ptr, pointer_to_cells(value), [root_cell(value.origin)] * 8)
        return self.write_cells(mem, ptr, bits_to_cells(value, store_size(ty)))

    def _gep(self, inst: Instruction, st: State) -> Value:
        base_op, *idx_ops = inst.operands
        base = self._operand(base_op, st)
        if not isinstance(base, Pointer):
            raise Unsupported("getelementptr on vectors of pointers")
        ty: Type = inst.source_type  # type: ignore[assignment]
        flags = inst.flags
        signed_nw = bool(flags & {"inbounds", "nusw"})
        unsigned_nw = "nuw" in flags
        offset = z3.BitVecVal(0, ADDR_BITS)
        # With no-wrap flags the offset arithmetic is checked in 130 bits (exact for 64-bit indices and sizes).
        wide_s = z3.BitVecVal(0, 130)
        wide_u = z3.BitVecVal(0, 130)
        poison = base.poison
        partial: list[z3.BoolRef] = []
        for k, op in enumerate(idx_ops):
            iv = self._operand(op, st)
            assert isinstance(iv, Bits)
            poison = z3.Or(poison, iv.poison) if not z3.is_false(iv.poison) else poison
            if k == 0:
                scale, idx_bits = alloc_size(ty), iv.bv
            elif isinstance(ty, ArrayType):
                ty = ty.element
                scale, idx_bits = alloc_size(ty), iv.bv
            elif isinstance(ty, StructType):
                if not isinstance(op.value, IntConst):
                    raise Unsupported("getelementptr with a variable struct index")
                offsets, _ = struct_layout(ty)
                field_off = offsets[op.value.value]
                offset = offset + field_off
                wide_s = wide_s + field_off
                wide_u = wide_u + field_off
                ty = ty.fields[op.value.value]
                continue
            else:
                raise Unsupported(f"getelementptr into {ty}")
            n = idx_bits.size()
            if n > ADDR_BITS:
                raise Unsupported("getelementptr index wider than 64 bits")
            wide = z3.SignExt(ADDR_BITS - n, idx_bits) if n < ADDR_BITS else idx_bits
            offset = offset + (wide * scale if scale != 1 else wide)
            if signed_nw:
                term_s = z3.SignExt(130 - n, idx_bits) * scale
                wide_s = wide_s + term_s
                partial.extend([z3.Not(_fits_signed(term_s)), z3.Not(_fits_signed(wide_s))])
            if unsigned_nw:
                term_u = z3.ZeroExt(130 - n, idx_bits) * scale
                wide_u = wide_u + term_u
                partial.extend([z3.UGE(term_u, 1 << ADDR_BITS), z3.UGE(wide_u, 1 << ADDR_BITS)])
        result = base.offset + offset
        extra: list[z3.BoolRef] = list(partial)
        lo, hi = z3.BitVecVal(0, 130), z3.BitVecVal(1 << ADDR_BITS, 130)
        base_wide = z3.ZeroExt(130 - ADDR_BITS, base.offset)
        if signed_nw:
            total = base_wide + wide_s
            extra.append(z3.Or(z3.Not(_fits_signed(wide_s)), total < lo, total >= hi))
        if unsigned_nw:
            extra.append(z3.UGE(base_wide + wide_u, hi))
        if "inbounds" in flags:
            extra.append(self._out_of_bounds(base, result))
        return Pointer(base.block, result, z3.Or(poison, *extra) if extra else poison, base.origin)

    def _out_of_bounds(self, base: Pointer, result: z3.BitVecRef) -> z3.BoolRef:
        """``inbounds`` violated: locals by their size; external memory by the bounds of the root's object."""
        lo, hi = self.shared.object_bounds(base.origin)
        inside = z3.And(z3.ULE(lo, base.offset), z3.ULE(base.offset, hi), z3.ULE(lo, result), z3.ULE(result, hi))
        conds = [z3.And(base.block == 0, z3.Not(inside))]
        for bid, size in self.block_sizes.items():
            limit = z3.BitVecVal(size, ADDR_BITS)
            conds.append(z3.And(base.block == bid, z3.Or(z3.UGT(result, limit), z3.UGT(base.offset, limit))))
        return z3.Or(*conds)


# Metadata whose violation makes poison or UB: not modelled, so a target carrying it is not trusted.
RISKY_METADATA = frozenset(
    {
        "range",
        "nonnull",
        "noundef",
        "align",
        "dereferenceable",
        "dereferenceable_or_null",
        "noalias",
        "alias.scope",
        "invariant.load",
        "invariant.group",
        "nofree",
    }
)
PROMISE_ATTRS = frozenset({"nofree", "nosync", "norecurse", "willreturn"})
FAST_MATH_FLAGS = frozenset({"nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast"})
FMF_MODELLED = frozenset({"fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "fcmp"})  # nnan/ninf; others raise

semantics_int_ops = {"add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr", "and", "or", "xor"}
semantics_casts = {
    "trunc",
    "zext",
    "sext",
    "fptrunc",
    "fpext",
    "fptoui",
    "fptosi",
    "uitofp",
    "sitofp",
    "ptrtoint",
    "inttoptr",
    "bitcast",
    "addrspacecast",
}


def _pointers_in(value: Value | None) -> list[Pointer]:
    if isinstance(value, Pointer):
        return [value]
    if isinstance(value, Aggregate):
        return [p for e in value.elements for p in _pointers_in(e)]
    return []


def _offset_pointer(ptr: Pointer, off: int) -> Pointer:
    if off == 0:
        return ptr
    return Pointer(ptr.block, ptr.offset + off, ptr.poison, ptr.origin)


def _fits_signed(v: z3.BitVecRef) -> z3.BoolRef:
    lo = z3.BitVecVal(-(1 << (ADDR_BITS - 1)), v.size())
    hi = z3.BitVecVal((1 << (ADDR_BITS - 1)) - 1, v.size())
    return z3.And(v >= lo, v <= hi)


def _add_poison(v: Value, p: z3.BoolRef) -> Value:
    if z3.is_false(p):
        return v
    if isinstance(v, Bits):
        return Bits(v.bv, z3.Or(v.poison, p))
    if isinstance(v, Pointer):
        return Pointer(v.block, v.offset, z3.Or(v.poison, p), v.root)
    return Aggregate(tuple(_add_poison(e, p) for e in v.elements))


def _insert(agg: Value, path: list[int], val: Value) -> Value:
    if not isinstance(agg, Aggregate):
        raise Unsupported("insertvalue into a non-aggregate")
    k = path[0]
    elems = list(agg.elements)
    elems[k] = val if len(path) == 1 else _insert(elems[k], path[1:], val)
    return Aggregate(tuple(elems))
