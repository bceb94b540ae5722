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
  with the other side, so source and target calls are compared in lock-step; ``pure_calls``: calls to memory(none)
  functions, matched by arguments instead (``calls.PureCall``);
* ``stops``: where the function may end inside a call that does not return (no ``willreturn``): the rest of the
  block runs under the narrowed guard, so UB after such a call is UB only where it returned;
* ``choices``: fresh values the function chooses (undef, freeze, NaN payloads): universally quantified for the
  source, free for the target.

Not covered (``Unsupported``): allocas outside the entry block or of variable size, aggregate loads/stores,
scalable vectors, invoke/EH, calls passing local pointers, intrinsics not listed in
``semantics.INTRINSICS``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import z3

from llmopt.verify.smt import semantics, vectors
from llmopt.verify.smt.access import LOAD_METADATA, MemoryAccess, State
from llmopt.verify.smt.attributes import apply_return_attrs, apply_value_attrs
from llmopt.verify.smt.callees import trusted_attributes
from llmopt.verify.smt.escapes import Escape
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
)
from llmopt.verify.smt.memory import (
    NO_ROOT_MAP,
    ByteMap,
    MemoryState,
    merge_memory,
)
from llmopt.verify.smt.parser import resolve_attrs
from llmopt.verify.smt.shared import CallEvent, PureCall, SharedInputs
from llmopt.verify.smt.support import (
    check_denormal_modes,
    classify_edges,
    float_constant_bits,
    parse_memory_attribute,
)
from llmopt.verify.smt.tokens import BINARY_INT, CASTS
from llmopt.verify.smt.undef import (
    UNDEF_OBSERVED,
    UndefVars,
    branch_instance,
    freeze_undef,
    instantiate,
    observe_memory,
    observed_undef,
    undef_argument,
    varies,
    varies_against,
    varies_by_complement,
)
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
# The verifier deepens 4 -> 16 -> 64 while the loop bound is all that stands between it and an answer.
MAX_UNROLL = 64
MAX_EXPANDED_NODES = 2000
LOOP_BOUND_REASON = "loop bound reached"


@dataclass
class FunctionSummary:
    ub: z3.BoolRef
    approximations: list[tuple[z3.BoolRef, str]]
    returned: Value | None
    final_memory: ByteMap
    final_calls: z3.BitVecRef
    calls: list[CallEvent]
    choices: list[z3.ExprRef]
    reaches_return: z3.BoolRef
    # External memory's root map at return: the provenance of the pointer bytes the caller will see.
    final_roots: ByteMap = NO_ROOT_MAP
    # Where the function stops inside a call that does not return (exit, longjmp, an endless loop): (condition,
    # number of external calls made, that one included, external memory then). Such an execution is observed by
    # its calls and that memory (an atexit handler may read it), not by a return value.
    stops: list[tuple[z3.BoolRef, z3.BitVecRef, ByteMap]] = field(default_factory=list)
    # Calls to memory(none) functions (not ordered events; see ``calls.PureCall``).
    pure_calls: list[PureCall] = field(default_factory=list)

    @property
    def stopped(self) -> z3.BoolRef:
        return z3.Or(*[c for c, _, _ in self.stops]) if self.stops else FALSE

    @property
    def stop_calls(self) -> z3.BitVecRef:
        out: z3.BitVecRef = z3.BitVecVal(0, 16)
        for cond, n, _ in reversed(self.stops):
            out = z3.If(cond, n, out)
        return out

    @property
    def observed_memory(self) -> ByteMap:
        """External memory as the caller (or an atexit handler) sees it: at return, or where the function stops."""
        out = self.final_memory
        for cond, _, mem in reversed(self.stops):
            out = ByteMap.merge(cond, mem, out)
        return out


@dataclass
class _Edge:
    guard: z3.BoolRef
    state: State
    pred: str


@dataclass
class _Node:
    edges: list[_Edge] = field(default_factory=list)


class FunctionEncoder(MemoryAccess):
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
        one_instance: bool = False,
    ) -> None:
        self.fn = fn
        # The fast path's second witness (the source only): every use of an undef variable takes the variable
        # itself, as if the source chose one value for all its instances (``verifier._check_inputs``).
        self.one_instance = one_instance
        self.module = module
        self.shared = shared
        self.is_target = is_target
        self.unroll = unroll_bound
        self.prefix = "tgt" if is_target else "src"
        # Choices named alike on both sides are the same z3 constant: the k-th choice of the source then equals the
        # k-th of the target (see refinement: a sound fast path, confirmed with quantifiers before refuting).
        self.choice_prefix = choice_prefix or self.prefix
        self.choice_counts: dict[tuple[str, str], int] = {}
        self.deadline = deadline
        # The function's own memory(...) attribute: an access it excludes is UB (LangRef), on both sides; where the
        # pointer's provenance is not known syntactically only the target's promise gives an approximation.
        self.fn_attr_set = frozenset(resolve_attrs(fn.fn_attrs, module))
        self.memory_rules = parse_memory_attribute(tuple(self.fn_attr_set))
        self.arg_roots = [a.origin for a in shared.args if isinstance(a, Pointer)]
        # Integer stores mark their bytes (memory.INT_ROOT) only where a pointer is ever loaded: a pointer loaded
        # from them is as if made by inttoptr (an approximation).
        # Whether some call gets a pointer (memcpy may move a local's bytes to the caller's memory).
        self.calls_take_pointers = any(
            i.opcode == "call" and any(isinstance(o.type, PtrType) for o in i.operands)
            for b in fn.blocks
            for i in b.instructions
        )
        self.tracks_int_bytes = any(
            i.opcode == "load" and "ptr" in str(i.type) for b in fn.blocks for i in b.instructions
        )
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
        # nounwind/mustprogress only where the target adds them (the source then kept them at the same calls).
        self.call_promises: set[str] = set()
        if is_target:
            own = set(resolve_attrs(fn.fn_attrs, module))
            source_attrs = trusted_attributes(shared.source_module, fn.name) if shared.source_module else frozenset()
            added = (own & ADDED_PROMISE_ATTRS) - source_attrs
            self.call_promises = (own & PROMISE_ATTRS) | added
        self.ub: list[z3.BoolRef] = []
        self.approx: list[tuple[z3.BoolRef, str]] = []
        self.choices: list[z3.ExprRef] = []
        self.calls: list[CallEvent] = []
        self.stops: list[tuple[z3.BoolRef, z3.BitVecRef, ByteMap]] = []
        self.pure_calls: list[PureCall] = []
        # Per target pure call (by position in shared.pure_calls): when an earlier source call took its response.
        self.pure_used: dict[int, z3.BoolRef] = {}
        self.guard: z3.BoolRef = TRUE
        self.counter = 0
        self.alloca_ids: dict[str, int] = {}
        self.block_sizes: dict[int, int] = {}
        self.block_aligns: dict[int, int] = {}
        # Locals whose address a call received, and whether a local's address was ever stored (escapes.py).
        self.escapes: list[Escape] = []
        self.local_pointer_stored = False
        # Per local a callee wrote, the block id of its slot (the name its undef bytes are read by).
        self.slot_blocks: dict[int, int] = {}
        # undef may differ at each use (``undef``): its variables, re-instantiated at every use.
        self.undef = UndefVars()
        # Per undef argument lane, how many uses this side made (``argument_undef``).
        self.argument_uses: dict[tuple[int, int], int] = {}
        # The caller's undef bytes as this side's loads read them (``undef_byte``), made at the first such load.
        self._undef_bytes: z3.ArrayRef | None = None
        # Per undef argument lane, its template variable (every instance is a copy of it).
        self.argument_templates: dict[tuple[int, int], z3.BitVecRef] = {}

    # ---- Effects protocol (used by semantics) ----
    def add_ub(self, cond: z3.BoolRef) -> None:
        if not z3.is_false(cond):
            self.ub.append(z3.And(self.guard, cond))

    def add_approx(self, cond: z3.BoolRef, reason: str) -> None:
        if not z3.is_false(cond):
            self.approx.append((z3.And(self.guard, cond), reason))

    def fresh_bits(self, width: int, hint: str) -> z3.BitVecRef:
        v = self.fresh_choice(z3.BitVecSort(width), hint)
        assert isinstance(v, z3.BitVecRef)
        return v

    def fresh_choice(self, sort: z3.SortRef, hint: str) -> z3.ExprRef:
        """A fresh choice of this side of any sort (a bit-vector, or the undef-byte array of ``undef_byte``),
        numbered per hint and sort: the fast path pairs the sides' k-th choices by their names."""
        tag = f"i{sort.size()}" if isinstance(sort, z3.BitVecSortRef) else "mem"
        k = self.choice_counts.get((hint, tag), 0)
        self.choice_counts[(hint, tag)] = k + 1
        paired = self.target_count((hint, tag)) or 0
        if hint != "undef" and 0 < paired <= k:
            # The fast path, a choice beyond the target's last of its kind (two NaN-producing fadds the target
            # merged into one): it takes the target's last, a likelier witness than none, which is a proof for
            # every value of the choice; sound as any witness is, as every choice of a kind admits every value.
            v = z3.Const(f"{self.choice_prefix}.{hint}.{tag}.{paired - 1}", sort)
            self.choices.append(v)
            return v
        v = z3.Const(f"{self.choice_prefix}.{hint}.{tag}.{k}", sort)
        self.choices.append(v)
        if hint == "undef":
            self.undef.add(v)
        return v

    def target_count(self, key: tuple[str, str]) -> int | None:
        """In the fast path's source (its choices named as the target's), how many choices or copies of a kind
        the target made (``SharedInputs.target_uses``); None elsewhere, where nothing is paired."""
        if self.is_target or self.choice_prefix != "choice":
            return None
        return 0 if self.one_instance and key[0] == "copy" else self.shared.target_uses.get(key, 0)

    def named_undef(self, name: str, sort: z3.SortRef) -> z3.ExprRef:
        """An undef variable of this side with a given name (a copy named after its variable, ``undef``)."""
        v = self.named_choice(name, sort)
        self.undef.add(v)
        return v

    def named_choice(self, name: str, sort: z3.SortRef) -> z3.ExprRef:
        """A choice of this side with a given name, which no use instantiates (``undef.branch_instance``)."""
        v = z3.Const(name, sort)
        self.choices.append(v)
        return v

    def undef_byte(self, block: z3.BitVecRef, address: z3.BitVecRef) -> z3.BitVecRef:
        """The undef byte a load reads at (block, address): one undef array of this side for every such byte, so
        the same byte read twice is the same term until a use instantiates it (``undef``), and the sides' arrays
        share a name (the fast path pairs them) however many loads each makes."""
        if self._undef_bytes is None:
            sort = z3.ArraySort(z3.BitVecSort(BLOCK_BITS + ADDR_BITS), z3.BitVecSort(8))
            self._undef_bytes = z3.Const(f"{self.choice_prefix}.undef.mem.bytes", sort)
            self.choices.append(self._undef_bytes)
            self.undef.add(self._undef_bytes)
        if z3.is_bv_value(block) and block.as_long() in self.slot_blocks:
            # A local a callee filled: named by its slot, as the other side's local of that slot is (escapes.py).
            block = z3.BitVecVal(self.slot_blocks[block.as_long()], BLOCK_BITS)
        return z3.Select(self._undef_bytes, z3.Concat(block, address))

    def observed(self, memory: ByteMap) -> ByteMap:
        """External memory as a caller or callee sees it here: every read of it is a use of its own (``undef``)."""
        return observe_memory(self, self.undef, memory)

    def argument_undef(self, lane: tuple[int, int], width: int, base: bool) -> z3.BitVecRef:
        """The template (``base``) or the next use's instance of an undef argument lane: a choice of this side.

        Why named per argument: in the fast path (both sides' choices named alike) the source's k-th instance is the
        target's k-th, or its last where the source uses the argument more often (``add %a, %a`` for ``shl %a, 1``
        is then proved at once; the quantified confirmation z3 cannot decide for such terms)."""
        index, k_lane = lane
        if base:
            k: int | str = "base"
        else:
            k = self.argument_uses.get(lane, 0)
            self.argument_uses[lane] = k + 1
            paired = self.shared.target_uses.get(lane, 0)
            if not self.is_target and self.choice_prefix == "choice" and paired:
                k = min(k, paired - 1)
        v = z3.BitVec(f"{self.choice_prefix}.undef.arg{index}_{k_lane}.{k}", width)
        if base:
            self.argument_templates[lane] = v
        if str(v) not in self.undef.names:
            self.choices.append(v)
            self.undef.add(v, lane)
        return v

    def _instances_as_template(self, index: int, value: Bits) -> Bits:
        """``value`` with this side's instances of scalar argument ``index``'s undef replaced by its template."""
        lane = (index, 0)
        template = self.argument_templates[lane]
        pairs = [(c, template) for c in self.choices if self.undef.arguments.get(str(c)) == lane and not c.eq(template)]
        return Bits(z3.substitute(value.bv, *pairs), value.poison) if pairs else value

    def undef_varies(self, *terms: z3.ExprRef) -> z3.BoolRef:
        """Can these terms differ between two uses because they depend on undef? (Branching on such a value, or
        accessing memory at such an address, is UB.)"""
        found = varies(self, self.undef, list(terms))
        if not self.is_target and self.choice_prefix == "choice" and not z3.is_false(found):
            # The fast path (the source's choices named as the target's): the copies pair with the target's, and
            # the complement is one more pair of instances that may differ (either is a source execution, so UB
            # where either differs is still UB the source can have: ``if (*p == 0) *p = 0`` on an undef byte).
            found = z3.Or(found, varies_by_complement(self.undef, list(terms)))
            if self.shared.target_undef is not None:
                found = z3.Or(found, varies_against(self.undef, self.shared.target_undef, list(terms)))
        return found

    def target_observes_undef(self, value: Value, what: str, where: z3.BoolRef = TRUE) -> None:
        """The target lets a caller or callee see a value that may be undef (where ``where`` holds): not modelled
        (see ``undef``)."""
        if self.is_target:
            seen = observed_undef(self, self.undef, value)
            if not z3.is_false(seen):
                seen = seen if z3.is_true(where) else z3.And(where, seen)
            self.add_approx(seen, f"the target {what} {UNDEF_OBSERVED}")

    def fresh_bool(self, hint: str) -> z3.BoolRef:
        return self.fresh_bits(1, hint) == 1

    def fresh_value(self, ty: Type, hint: str) -> Value:
        if isinstance(ty, PtrType):
            return Pointer(z3.BitVecVal(0, BLOCK_BITS), self.fresh_bits(ADDR_BITS, hint), FALSE)
        if isinstance(ty, StructType):
            return Aggregate(tuple(self.fresh_value(f, hint) for f in ty.fields))
        if isinstance(ty, (ArrayType, VectorType)):
            return Aggregate(tuple(self.fresh_value(ty.element, hint) for _ in range(ty.count)))
        return Bits(self.fresh_bits(bit_width(ty), hint), FALSE)

    # ---- setup ----
    def _param_value(self, index: int, attrs: tuple[str, ...]) -> Value:
        """This side's view of an argument: ``nonnull``/``align`` violations are poison, ``noundef`` on a poison
        or undef value and ``dereferenceable(n)`` on too small an object are UB (each side with its own
        attributes). An argument the caller may pass as undef is an undef variable of this side where it is."""
        value = self.shared.args[index]
        undef_flags = self.shared.undef_args.get(index, [])
        if undef_flags:
            value = undef_argument(self, index, value, undef_flags)
        value = apply_value_attrs(self, value, attrs, self.fn.params[index].type)
        if "noundef" in attrs:
            from llmopt.verify.smt.values import poison_of

            self.add_ub(z3.Or(poison_of(value), *undef_flags))
        return value

    # ---- main loop ----
    def encode(self) -> FunctionSummary:
        fn = self.fn
        if not fn.blocks:
            raise Unsupported("function without a body")
        check_denormal_modes(self.fn_attr_set)
        memory = self._layout_allocas()
        # Each argument as this side sees it before any use (an undef argument's template, see ``argument_undef``).
        self.params_seen = [self._param_value(i, p.attrs) for i, p in enumerate(fn.params)]
        env: dict[str, Value] = {p.name: self.params_seen[i] for i, p in enumerate(fn.params)}
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
                # A call that may not return narrows the guard inside the block (``calls.after_call``).
                guard = self.guard
                for tgt_name, cond in out[1]:
                    edge_guard = z3.And(guard, cond) if not z3.is_true(cond) else guard
                    nxt = it + 1 if (name, tgt_name) in back_edges else it
                    if nxt > self.unroll:
                        self.approx.append((edge_guard, f"{LOOP_BOUND_REASON} (unrolled {self.unroll} times)"))
                        continue
                    nodes.setdefault((tgt_name, nxt), _Node()).edges.append(_Edge(edge_guard, out[0], name))
                if out[2] is not None:
                    returns.append(out[2])
        if self.is_target:
            self.shared.target_uses = {}
            for lane, n in self.argument_uses.items():
                self.shared.target_uses[lane] = n
            for kind, n in self.choice_counts.items():
                self.shared.target_uses[kind] = n
            for name, n in self.undef.copies.items():
                self.shared.target_uses[("copy", name)] = n
            for name, n in self.undef.variations.items():
                self.shared.target_uses[("vary", name)] = n
            self.shared.target_undef = self.undef
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
                FALSE,
                stops=self.stops,
                pure_calls=self.pure_calls,
            )
        guard, value, state = returns[0]
        final_mem: ByteMap = state.memory.arrays[0]
        final_roots = state.memory.root_map(0)
        calls = state.calls
        reach = [guard]
        for g, v, s in returns[1:]:
            if value is not None and v is not None:
                value = merge_values(g, v, value)
            final_mem = ByteMap.merge(g, s.memory.arrays[0], final_mem)
            roots = s.memory.root_map(0)
            if roots is not final_roots:
                final_roots = ByteMap.merge(g, roots, final_roots)
            calls = calls if calls.eq(s.calls) else z3.If(g, s.calls, calls)
            reach.append(g)
        return FunctionSummary(
            ub,
            self.approx,
            value,
            self.observed(final_mem),
            calls,
            self.calls,
            self.choices,
            z3.Or(*reach),
            final_roots,
            self.stops,
            self.pure_calls,
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
            if "noreturn" in self.fn_attr_set:
                self.add_ub(TRUE)  # LangRef: a noreturn function that returns has undefined behaviour
            value = self._operand(inst.operands[0], st) if inst.operands else None
            if value is not None:
                self.target_observes_undef(value, "returns")
            for ptr in _pointers_in(value):
                # Which stack address an alloca gets is not modelled: returning one is not comparable.
                self.add_approx(z3.And(ptr.block != 0, z3.Not(ptr.poison)), "returns the address of a local variable")
            for i, param in enumerate(self.fn.params):
                if "returned" in param.attrs and value is not None:
                    # The promise "returns this argument" is UB when broken.
                    arg, ret = self.shared.args[i], value
                    if i in self.shared.undef_args and isinstance(value, Bits):
                        # Where the argument is undef, returning any instance of it returns it.
                        arg, ret = self.params_seen[i], self._instances_as_template(i, value)
                    same = (
                        z3.And(ret.block == arg.block, ret.offset == arg.offset)
                        if isinstance(ret, Pointer) and isinstance(arg, Pointer)
                        else ret.bv == arg.bv
                        if isinstance(ret, Bits) and isinstance(arg, Bits)
                        else FALSE
                    )
                    self.add_ub(z3.Not(same))
            if value is not None and self.fn.ret_attrs:
                # range/nonnull/align make a violating result poison, noundef makes poison UB (each side its own).
                value = apply_return_attrs(self, value, self.fn.ret_attrs, self.fn.return_type)
            return st, [], (self.guard, value, st)
        if inst.opcode == "unreachable":
            self.add_ub(TRUE)
            return None
        if inst.opcode == "br":
            if len(inst.targets) == 1:
                return st, [(inst.targets[0], TRUE)], None
            c = self._operand(inst.operands[0], st, fresh=False)
            assert isinstance(c, Bits)
            self.add_ub(z3.Or(c.poison, self.undef_varies(c.bv)))
            cond = branch_instance(self, self.undef, c.bv) == 1
            if inst.targets[0] == inst.targets[1]:
                return st, [(inst.targets[0], TRUE)], None
            return st, [(inst.targets[0], cond), (inst.targets[1], z3.Not(cond))], None
        # switch
        v = self._operand(inst.operands[0], st, fresh=False)
        assert isinstance(v, Bits)
        self.add_ub(z3.Or(v.poison, self.undef_varies(v.bv)))
        v = Bits(branch_instance(self, self.undef, v.bv), v.poison)
        width = v.bv.size()
        conds: dict[str, list[z3.BoolRef]] = {}
        matched = []
        for case_value, label in inst.cases:
            eq = v.bv == z3.BitVecVal(case_value, width)
            matched.append(eq)
            conds.setdefault(label, []).append(eq)
        default = z3.Not(z3.Or(*matched)) if matched else TRUE
        conds.setdefault(inst.targets[0], []).append(default)
        return st, [(lbl, z3.Or(*cs) if len(cs) > 1 else cs[0]) for lbl, cs in conds.items()], None

    # ---- operands ----
    def _operand(self, op: TypedOperand, st: State, fresh: bool = True) -> Value:
        """The value of an operand at one use: a local's undef variables get fresh instances unless ``fresh`` is
        off (a use that only moves the value where a later use instantiates it, such as a store)."""
        v = op.value
        ty = op.type
        if isinstance(v, Local):
            if v.name in st.env:
                return instantiate(self, self.undef, st.env[v.name]) if fresh else st.env[v.name]
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
                # A function's address: opaque and shared by both sides (compared, passed, called through).
                return Pointer(z3.BitVecVal(0, BLOCK_BITS), self.shared.function_address(v.name), FALSE)
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
            self._check_metadata(inst, LOAD_METADATA if op == "load" else frozenset())
            if inst.flags & FAST_MATH_FLAGS and op not in FMF_MODELLED:
                raise Unsupported(f"fast-math flags on {op} in the target")
        if vectors.handles(inst):
            return vectors.encode(self, inst, st)
        if op in BINARY_INT:
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
        if op in CASTS:
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
        a = freeze_undef(self, self.undef, a)
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


PROMISE_ATTRS = frozenset({"nofree", "nosync", "norecurse", "willreturn"})
# Promises a target may add to its own header that a call can break: a callee that unwinds breaks nounwind, one that
# loops forever without side effects breaks mustprogress (LangRef).
ADDED_PROMISE_ATTRS = frozenset({"nounwind", "mustprogress"})


FAST_MATH_FLAGS = frozenset({"nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast"})
# nnan/ninf; others raise. A call's flags are checked in calls.py (intrinsics as instructions, others raise).
FMF_MODELLED = frozenset({"fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "fcmp", "call"})


def _pointers_in(value: Value | None) -> list[Pointer]:
    if isinstance(value, Pointer):
        return [value]
    if isinstance(value, Aggregate):
        return [p for e in value.elements for p in _pointers_in(e)]
    return []


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
