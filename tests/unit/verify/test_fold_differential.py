"""The SMT validator's semantics against LLVM's own constant folder, on random straight-line functions of constants.

Each function combines integer and floating-point instructions, flags and intrinsics over constants (no arguments)
and returns an integer; ``opt -O2`` folds it to ``ret C`` (LLVM's reading of the LangRef, independent of ours). The
validator must not refute ``ret C`` (a false refutation: our semantics disagree with LLVM's) and must not prove
``ret C ^ 1`` unless the source is poison or UB (then every target refines it; checked by proving ``ret poison``).
Written from the LangRef's instruction list, not from any test suite; the seeds are fixed so a failure reproduces.
"""

from __future__ import annotations

import random
import re

from llmopt.toolchain import IRModule
from llmopt.verify import SmtVerifier, Verdict

WIDTHS = (8, 16, 32, 64)
_FLOAT_CONSTANTS = (
    "0.0 -0.0 1.0 -1.0 0.5 -2.5 2.5 100.0 1.0e10 300.0 0x7FF0000000000000 0xFFF0000000000000 0x7FF8000000000000"
)
FLOATS = {
    "float": tuple(_FLOAT_CONSTANTS.split()),
    "double": (*_FLOAT_CONSTANTS.split(), "0x3FB999999999999A"),  # 0.1: not exact as a float
}
SEEDS = range(60)


class _Program:
    """A random function body over constants and the values it has defined so far."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.lines, self.decls, self.n = rng, [], set(), 0
        self.ints: dict[int, list[str]] = {w: [] for w in WIDTHS}
        self.floats: dict[str, list[str]] = {t: [] for t in FLOATS}

    def _int(self, w: int) -> str:
        if self.ints[w] and self.rng.random() < 0.7:
            return self.rng.choice(self.ints[w])
        c = self.rng.choice(
            [0, 1, 2, 3, 7, 100, 127, 128, 255, 256, -1, -2, -128, 1 << (w - 1), self.rng.getrandbits(w)]
        )
        c &= (1 << w) - 1
        return str(c - (1 << w) if c >> (w - 1) else c)

    def _float(self, t: str) -> str:
        if self.floats[t] and self.rng.random() < 0.7:
            return self.rng.choice(self.floats[t])
        return self.rng.choice(FLOATS[t])

    def _def(self, text: str, ty: int | str) -> None:
        self.n += 1
        name = f"%v{self.n}"
        self.lines.append(f"  {name} = {text}")
        (self.ints[ty] if isinstance(ty, int) else self.floats[ty]).append(name)

    def _call(self, name: str, ret: str, args: list[str]) -> str:
        self.decls.add(f"declare {ret} @{name}({', '.join(a.split(' ')[0] for a in args)})")
        return f"call {ret} @{name}({', '.join(args)})"

    def step(self) -> None:
        r = self.rng
        w, t = r.choice(WIDTHS), r.choice(tuple(FLOATS))
        it, ft = f"i{w}", "f32" if t == "float" else "f64"
        kind = r.randrange(12)
        if kind == 0:
            op = r.choice(["add", "sub", "mul", "shl"])
            b = str(r.randrange(w + 2)) if op == "shl" else self._int(w)
            self._def(f"{op} {r.choice(['', 'nsw ', 'nuw '])}{it} {self._int(w)}, {b}", w)
        elif kind == 1:
            op = r.choice(["udiv", "sdiv", "urem", "srem", "lshr", "ashr"])
            b = str(r.randrange(w + 1)) if op.endswith("shr") else r.choice(["1", "2", "3", "7", "-1"])
            exact = "exact " if op in ("udiv", "sdiv", "lshr", "ashr") and r.random() < 0.3 else ""
            self._def(f"{op} {exact}{it} {self._int(w)}, {b}", w)
        elif kind == 2:
            op = r.choice(["and", "or", "or disjoint", "xor"])
            self._def(f"{op} {it} {self._int(w)}, {self._int(w)}", w)
        elif kind == 3:
            pred = r.choice(["eq", "ne", "ugt", "ule", "sgt", "sle", "slt", "uge"])
            self.n += 1
            self.lines.append(f"  %c{self.n} = icmp {pred} {it} {self._int(w)}, {self._int(w)}")
            self._def(f"select i1 %c{self.n}, {it} {self._int(w)}, {it} {self._int(w)}", w)
        elif kind == 4:
            w2 = r.choice([x for x in WIDTHS if x != w])
            op = r.choice(["zext", "sext", "zext nneg"]) if w2 < w else r.choice(["trunc", "trunc nuw", "trunc nsw"])
            self._def(f"{op} i{w2} {self._int(w2)} to {it}", w)
        elif kind == 5:
            two = ("smax", "umin", "sadd.sat", "usub.sat", "fshl", "fshr", "sshl.sat", "ushl.sat", "scmp", "ucmp")
            name = r.choice([*two, "ctpop", "bitreverse", "abs", "ctlz"])
            args = [f"{it} {self._int(w)}"]
            if name in ("scmp", "ucmp"):  # the result has its own width
                w2 = r.choice(WIDTHS)
                self._def(self._call(f"llvm.{name}.i{w2}.{it}", f"i{w2}", [*args, f"{it} {self._int(w)}"]), w2)
                return
            if name in two:
                args.append(f"{it} {self._int(w)}")
            if name in ("fshl", "fshr"):
                args.append(f"{it} {self._int(w)}")
            if name in ("abs", "ctlz"):
                args.append(f"i1 {r.choice(['true', 'false'])}")
            self._def(self._call(f"llvm.{name}.{it}", it, args), w)
        elif kind == 6:
            op = r.choice(["fadd", "fsub", "fmul", "fdiv", "frem"])
            self._def(f"{op} {r.choice(['', 'nnan ', 'nsz '])}{t} {self._float(t)}, {self._float(t)}", t)
        elif kind == 7:
            name = r.choice(["fabs", "floor", "ceil", "trunc", "round", "roundeven", "rint", "sqrt"])
            self._def(self._call(f"llvm.{name}.{ft}", t, [f"{t} {self._float(t)}"]), t)
        elif kind == 8:
            name = r.choice(["minnum", "maximum", "copysign", "fma"])
            args = [f"{t} {self._float(t)}" for _ in range(3 if name == "fma" else 2)]
            self._def(self._call(f"llvm.{name}.{ft}", t, args), t)
        elif kind == 9:
            if r.random() < 0.5:
                self._def(f"{r.choice(['fptosi', 'fptoui'])} {t} {self._float(t)} to {it}", w)
            else:
                name = r.choice(["fptosi.sat", "fptoui.sat"])
                self._def(self._call(f"llvm.{name}.{it}.{ft}", it, [f"{t} {self._float(t)}"]), w)
        elif kind == 10:
            self._def(f"{r.choice(['sitofp', 'uitofp'])} {it} {self._int(w)} to {t}", t)
        else:
            pred = r.choice(["oeq", "one", "olt", "uge", "ord", "uno", "ueq"])
            self.n += 1
            self.lines.append(f"  %c{self.n} = fcmp {pred} {t} {self._float(t)}, {self._float(t)}")
            self._def(f"zext i1 %c{self.n} to {it}", w)

    def module(self, w: int) -> str:
        """The function returning the xor of the last two values of each width, as ``i{w}``."""
        acc = None
        for width in WIDTHS:
            for v in self.ints[width][-2:]:
                if width != w:
                    self.n += 1
                    self.lines.append(f"  %r{self.n} = {'zext' if width < w else 'trunc'} i{width} {v} to i{w}")
                    v = f"%r{self.n}"
                if acc is not None:
                    self.n += 1
                    self.lines.append(f"  %r{self.n} = xor i{w} {acc}, {v}")
                    v = f"%r{self.n}"
                acc = v
        ret = acc if acc is not None else "0"
        body = "\n".join(self.lines)
        return "\n".join(sorted(self.decls)) + f"\ndefine i{w} @f() {{\n{body}\n  ret i{w} {ret}\n}}\n"


def random_function(seed: int) -> tuple[str, int]:
    rng = random.Random(seed)
    program = _Program(rng)
    for _ in range(rng.randrange(2, 7)):
        program.step()
    w = rng.choice(WIDTHS)
    return program.module(w), w


def _verdict(verifier: SmtVerifier, src: str, tgt: str) -> tuple[Verdict, str]:
    [result] = verifier.verify(IRModule(src), IRModule(tgt), timeout_s=20)
    return result.verdict, result.reason


def test_semantics_agree_with_llvms_constant_folder(toolchain) -> None:
    verifier = SmtVerifier(toolchain)
    checked = refuted_wrong = 0
    for seed in SEEDS:
        src, w = random_function(seed)
        run = toolchain.run("opt", ["-S", "-passes=default<O2>", "-o", "-", "-"], input=src.encode())
        assert run.ok, f"seed {seed}: opt rejected the generated function: {run.first_error_line()}\n{src}"
        folded = re.search(rf"ret i{w} (-?\d+|poison|undef)\b", run.stdout_text)
        if folded is None:
            continue  # not folded to a constant (rare): nothing to compare
        value = folded.group(1)
        verdict, reason = _verdict(verifier, src, f"define i{w} @f() {{\n  ret i{w} {value}\n}}\n")
        assert verdict not in (Verdict.NOT_EQUIVALENT, Verdict.SYNTAX_ERROR), f"seed {seed}: {reason}\n{src}"
        checked += 1
        if value in ("poison", "undef"):
            continue
        wrong = f"define i{w} @f() {{\n  ret i{w} {int(value) ^ 1}\n}}\n"
        verdict, reason = _verdict(verifier, src, wrong)
        if verdict is Verdict.EQUIVALENT:
            poison, why = _verdict(verifier, src, f"define i{w} @f() {{\n  ret i{w} poison\n}}\n")
            assert poison is Verdict.EQUIVALENT, f"seed {seed}: ret {int(value) ^ 1} proved ({why})\n{src}"
        refuted_wrong += verdict is Verdict.NOT_EQUIVALENT
    assert checked >= 45 and refuted_wrong >= 30  # the generator keeps producing comparable, mostly defined code
