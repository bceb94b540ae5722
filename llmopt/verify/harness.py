"""The differential tester's harness: UB instrumentation of the source, input generation from the signature, the
generated C ``main`` that runs both copies on each input in a forked child, and comparison of what each copy did.

See ``llmopt.verify.differential`` for the method and its limits; this module holds the mechanics so the verifier
class stays readable.
"""

from __future__ import annotations

import math
import random
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from llmopt.verify.ir_signature import ScalarType, Signature, UnsupportedSignature, split_top_level

BUFFER_BYTES = 128
UB_EXIT_CODE = 77

# External functions that link to the C library rather than to a harness stub (their real behaviour is what both
# copies must agree on).
LIBC_FUNCTIONS = frozenset(
    {
        "abs",
        "labs",
        "llabs",
        "memcpy",
        "memmove",
        "memset",
        "memcmp",
        "memchr",
        "strlen",
        "strcmp",
        "strncmp",
        "strchr",
        "strcpy",
        "strncpy",
        "strcat",
        "malloc",
        "calloc",
        "realloc",
        "free",
        "printf",
        "puts",
        "putchar",
        "fprintf",
        "sprintf",
        "snprintf",
        "abort",
        "exit",
        "sqrt",
        "sqrtf",
        "fabs",
        "fabsf",
        "floor",
        "ceil",
        "pow",
        "toupper",
        "tolower",
        "isdigit",
        "isalpha",
        "isspace",
        "atoi",
        "strtol",
        "bcmp",
        "__assert_fail",
    }
)


_BINOP_RE = re.compile(
    r"^(?P<indent>\s+)(?P<res>%[-\w$.]+) = (?P<op>add|sub|mul|shl|lshr|ashr|udiv|sdiv|or)"
    r"(?P<flags>(?: nuw| nsw| exact| disjoint)*)"
    r" (?P<ty>i\d+) (?P<ops>.*)$"
)
_ZEXT_NNEG_RE = re.compile(r"^(?P<indent>\s+)(?P<res>%[-\w$.]+) = zext nneg (?P<ty>i\d+) (?P<val>\S+) to ")


def instrument_undefined_behaviour(ir_text: str) -> str:
    """Insert calls to ``__llmopt_ub(i1)`` that end the run when the source would have undefined behaviour.

    Covered: ``nsw``/``nuw`` overflow of add/sub/mul/shl, shift amounts >= the width, ``exact`` division and shifts
    that lose bits, ``or disjoint`` with common bits, ``zext nneg`` of a negative value, reaching ``unreachable``.
    Scalar integer operations only (vector forms are left alone).
    """
    out: list[str] = []
    intrinsics: set[str] = set()
    counter = 0

    def fresh() -> str:
        nonlocal counter
        counter += 1
        return f"%__ub{counter}"

    def check(indent: str, cond: str) -> None:
        out.append(f"{indent}call void @__llmopt_ub(i1 zeroext {cond})")

    for line in ir_text.splitlines():
        stripped = line.strip()
        if stripped == "unreachable":
            out.append(f"{line[: len(line) - len(line.lstrip())]}call void @__llmopt_ub(i1 zeroext true)")
            out.append(line)
            continue
        m = _BINOP_RE.match(line)
        z = _ZEXT_NNEG_RE.match(line)
        if z:
            out.append(line)
            cond = fresh()
            out.append(f"{z['indent']}{cond} = icmp slt {z['ty']} {z['val'].rstrip(',')}, 0")
            check(z["indent"], cond)
            continue
        if not m:
            out.append(line)
            continue
        ops = split_top_level(m["ops"].split(", !")[0])
        flags = m["flags"].split()
        op, ty, ind, res = m["op"], m["ty"], m["indent"], m["res"]
        if len(ops) != 2 or (not flags and op not in ("shl", "lshr", "ashr")):
            out.append(line)
            continue
        a, b = ops
        width = int(ty[1:])
        if op in ("shl", "lshr", "ashr") and not (b.lstrip("-").isdigit() and 0 <= int(b) < width):
            cond = fresh()
            # checked before the shift itself: an over-wide shift makes every later check meaningless
            out.append(f"{ind}{cond} = icmp uge {ty} {b}, {width}")
            check(ind, cond)
        out.append(line)
        steps: list[list[str]] = []  # each: instructions whose last result is true on UB ("{v}" = previous result)
        if op in ("add", "sub", "mul"):
            for flag, kind in (("nsw", "s"), ("nuw", "u")):
                if flag in flags:
                    name = f"llvm.{kind}{op}.with.overflow.{ty}"
                    intrinsics.add(f"declare {{{ty}, i1}} @{name}({ty}, {ty})")
                    steps.append(
                        [f"call {{{ty}, i1}} @{name}({ty} {a}, {ty} {b})", f"extractvalue {{{ty}, i1}} {{v}}, 1"]
                    )
        elif op == "shl":
            steps += [
                [f"{back} {ty} {res}, {b}", f"icmp ne {ty} {{v}}, {a}"]
                for flag, back in (("nsw", "ashr"), ("nuw", "lshr"))
                if flag in flags
            ]
        elif "exact" in flags and op in ("lshr", "ashr"):
            steps.append([f"shl {ty} {res}, {b}", f"icmp ne {ty} {{v}}, {a}"])
        elif "exact" in flags and op in ("udiv", "sdiv"):
            steps.append([f"{'urem' if op == 'udiv' else 'srem'} {ty} {a}, {b}", f"icmp ne {ty} {{v}}, 0"])
        elif "disjoint" in flags and op == "or":
            steps.append([f"and {ty} {a}, {b}", f"icmp ne {ty} {{v}}, 0"])
        for step in steps:
            value = ""
            for instr in step:
                value, previous = fresh(), value
                out.append(f"{ind}{value} = {instr.replace('{v}', previous)}")
            check(ind, value)
    existing = set(re.findall(r"^declare .*?@([-\w$.]+)\(", ir_text, re.MULTILINE))
    tail = [d for d in sorted(intrinsics) if re.search(r"@([-\w$.]+)\(", d).group(1) not in existing]  # type: ignore[union-attr]
    tail.append("declare void @__llmopt_ub(i1 zeroext)")
    return "\n".join(out) + "\n\n" + "\n".join(tail) + "\n"


# ---------------------------------------------------------------------------------------------------------------------
# Inputs

_FLOAT_SPECIALS = (0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 100.0, -3.25, 1e30, -1e30, 1e-30, math.inf, -math.inf, math.nan)


def _int_boundaries(bits: int) -> list[int]:
    mask = (1 << bits) - 1
    vals = {0, 1, 2, 3, mask, mask - 1, 1 << (bits - 1), (1 << (bits - 1)) - 1, (1 << (bits - 1)) + 1}
    vals |= {(1 << k) for k in range(bits)} | {(1 << k) - 1 for k in range(1, bits)}
    return sorted(v & mask for v in vals)


def generate_inputs(signature: Signature, count: int, seed: int) -> list[dict[str, Any]]:
    """Deterministic argument tuples for ``signature``: boundary values first mixed with random and small ones.

    Each input is ``{"args": [raw bit patterns as unsigned ints], "buffers": [bytes per pointer parameter]}``.
    """
    rng = random.Random(seed)
    inputs: list[dict[str, Any]] = []
    n_ptr = sum(1 for p in signature.params if p.kind == "ptr")
    for i in range(count):
        args: list[int] = []
        for p in signature.params:
            if p.kind == "int":
                mask = (1 << p.bits) - 1
                r = rng.random()
                if i == 0:
                    v = 0
                elif r < 0.35:
                    v = rng.choice(_int_boundaries(p.bits))
                elif r < 0.75:
                    v = rng.randint(-16, 16) & mask
                else:
                    v = rng.getrandbits(p.bits)
                args.append(v & mask)
            elif p.kind in ("float", "double"):
                x = rng.choice(_FLOAT_SPECIALS) if rng.random() < 0.4 else rng.uniform(-1e4, 1e4)
                if rng.random() < 0.2:
                    x = float(rng.randint(-20, 20))
                args.append(int.from_bytes(struct.pack("<f" if p.kind == "float" else "<d", x), "little"))
            else:
                args.append(0)  # pointers are the harness's buffers
        buffers = []
        for _ in range(n_ptr):
            mode = rng.random()
            if mode < 0.15:
                buf = bytes(BUFFER_BYTES)
            elif mode < 0.5:
                buf = bytes(rng.choice((0, 1, 2, 3, 0xFF, rng.randint(0, 255))) for _ in range(BUFFER_BYTES))
            else:
                buf = bytes(rng.getrandbits(8) for _ in range(BUFFER_BYTES))
            buffers.append(buf)
        inputs.append({"args": args, "buffers": buffers})
    return inputs


def describe_arguments(signature: Signature, item: dict[str, Any]) -> list[Any]:
    """Human-readable argument values of one input (signed integers where the value's top bit is set)."""
    buffers = iter(item["buffers"])
    return [
        {"buffer": next(buffers).hex()} if p.kind == "ptr" else _decode_value(p, raw.to_bytes(p.byte_size, "little"))
        for p, raw in zip(signature.params, item["args"], strict=True)
    ]


# ---------------------------------------------------------------------------------------------------------------------
# Harness


def _c_stub(sig: Signature, index: int) -> str:
    params = ", ".join(f"{p.c_name} a{i}" for i, p in enumerate(sig.params)) or "void"
    mix = [f"__llmopt_mix({index + 1}u)"]
    for i, p in enumerate(sig.params):
        if p.kind == "int":
            mix.append(f"__llmopt_mix((uint64_t)a{i})")
        elif p.kind in ("float", "double"):
            mix.append(f"__llmopt_mix((uint64_t)(int64_t)(a{i} * 1000))")
        # pointer arguments are not mixed in: stack addresses differ between the two copies
    body = "  " + ";\n  ".join(mix) + ";\n"
    if not sig.returns:
        ret = ""
    elif sig.is_struct_return or sig.returns[0].kind == "ptr":
        raise UnsupportedSignature(f"declared function {sig.name} returns a type stubs cannot produce")
    elif sig.returns[0].kind in ("float", "double"):
        ret = "  return (double)(__llmopt_trace % 1000) / 8.0;\n"
    else:
        ret = f"  return ({sig.returns[0].c_name})__llmopt_trace;\n"
    rtype = sig.returns[0].c_name if sig.returns else "void"
    return (
        f'{rtype} __llmopt_stub{index}({params}) __asm__("{sig.name}");\n'
        f"{rtype} __llmopt_stub{index}({params}) {{\n{body}{ret}}}\n"
    )


def build_harness_c(
    signature: Signature, variant_names: Sequence[str], stubs: Sequence[Signature], per_input_timeout_s: float
) -> str:
    """C source of the harness calling each variant of the function under test (see module docstring)."""
    n_params = len(signature.params)
    ptr_params = [i for i, p in enumerate(signature.params) if p.kind == "ptr"]
    n_ptr = len(ptr_params)
    if signature.is_struct_return:
        fields = "".join(f"  {t.c_name} f{i};\n" for i, t in enumerate(signature.returns))
        ret_decl = f"struct __llmopt_ret {{\n{fields}}};\n"
        rtype = "struct __llmopt_ret"
    else:
        ret_decl = ""
        rtype = signature.returns[0].c_name if signature.returns else "void"
    params_c = ", ".join(p.c_name for p in signature.params) or "void"
    # asm labels: IR names may hold characters C identifiers cannot ("f.cold", quoted names)
    externs = "".join(
        f'extern {rtype} __llmopt_variant{k}({params_c}) __asm__("{v}");\n' for k, v in enumerate(variant_names)
    )
    call_args = []
    for i, p in enumerate(signature.params):
        if p.kind == "ptr":
            call_args.append(f"buf[{ptr_params.index(i)}]")
        elif p.kind in ("float", "double"):
            call_args.append(f"__llmopt_as_{p.kind}(args[{i}])")
        else:
            call_args.append(f"({p.c_name})args[{i}]")
    args_text = ", ".join(call_args)
    cases = []
    for k, v in enumerate(f"__llmopt_variant{k}" for k in range(len(variant_names))):
        if signature.returns and not (len(signature.returns) == 1 and signature.returns[0].kind == "ptr"):
            cases.append(f"    case {k}: {{ {rtype} r = {v}({args_text}); memcpy(out->ret, &r, sizeof r); break; }}")
        else:
            cases.append(f"    case {k}: {v}({args_text}); break;")
    usec = max(1000, int(per_input_timeout_s * 1e6))
    stubs_c = "".join(_c_stub(s, i) for i, s in enumerate(stubs))
    return f"""#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/wait.h>
#define NP {n_params}
#define NPTR {n_ptr}
#define NV {len(variant_names)}
#define BUFSZ {BUFFER_BYTES}
{ret_decl}{externs}
struct out_t {{ uint8_t ret[64]; uint64_t trace; uint8_t bufs[NPTR + 1][BUFSZ]; }};
static uint64_t __llmopt_trace;
static void __llmopt_mix(uint64_t v) {{
  __llmopt_trace = (__llmopt_trace ^ v) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
}}
void __llmopt_ub(_Bool c) {{ if (c) _exit({UB_EXIT_CODE}); }}
static float __llmopt_as_float(uint64_t v) {{ uint32_t u = (uint32_t)v; float f; memcpy(&f, &u, 4); return f; }}
static double __llmopt_as_double(uint64_t v) {{ double d; memcpy(&d, &v, 8); return d; }}
{stubs_c}
static void run_variant(int k, uint64_t *args, uint8_t **buf, struct out_t *out) {{
  (void)args; (void)buf; (void)out;
  switch (k) {{
{chr(10).join(cases)}
  }}
}}
/* Fill the stack the variant is about to use with one byte: a source that returns uninitialized bytes (struct
   padding, a never-stored local) then gives different answers for fill 0x00 and 0xff, and those bits are undefined. */
__attribute__((noinline)) static void paint_stack(uint8_t fill) {{
  uint8_t pad[16384];
  memset(pad, fill, sizeof pad);
  __asm__ volatile("" : : "r"(pad) : "memory");
}}
static void hex(const uint8_t *p, size_t n) {{ for (size_t i = 0; i < n; i++) printf("%02x", p[i]); }}
static const char *KINDS[] = {{"ok", "crash", "timeout", "ub", "exit", "uninit"}};
struct res_t {{ int kind; int sig; struct out_t out; }};
static uint8_t *buf[NPTR + 1];
static uint64_t *args;
static uint8_t *init;
static void call(int k, long idx, struct out_t *shared, struct res_t *res, uint8_t fill) {{
  for (int j = 0; j < NPTR; j++) memcpy(buf[j], init + ((size_t)idx * NPTR + j) * BUFSZ, BUFSZ);
  memset(shared, 0, sizeof *shared);
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {{
    struct itimerval t = {{{{0, 0}}, {{{usec // 1000000}, {usec % 1000000}}}}};
    setitimer(ITIMER_PROF, &t, 0);  /* CPU time, so a loaded machine does not turn slow runs into timeouts */
    __llmopt_trace = 0;
    paint_stack(fill);
    run_variant(k, args + (size_t)idx * (NP + 1), buf, shared);
    shared->trace = __llmopt_trace;
    for (int j = 0; j < NPTR; j++) memcpy(shared->bufs[j], buf[j], BUFSZ);
    _exit(0);
  }}
  int st = 0;
  waitpid(pid, &st, 0);
  res->kind = 0; res->sig = 0;
  if (WIFSIGNALED(st)) {{ res->sig = WTERMSIG(st); res->kind = res->sig == SIGPROF ? 2 : 1; }}
  else if (WEXITSTATUS(st) == {UB_EXIT_CODE}) res->kind = 3;
  else if (WEXITSTATUS(st) != 0) {{ res->kind = 4; res->sig = WEXITSTATUS(st); }}
  res->out = *shared;
}}
static void print_res(char tag, long idx, int k, struct res_t *r) {{
  printf("%c %ld %d %s %d ", tag, idx, k, KINDS[r->kind], r->sig);
  hex(r->out.ret, sizeof r->out.ret); printf(" %016llx", (unsigned long long)r->out.trace);
  for (int j = 0; j < NPTR; j++) {{ printf(" "); hex(r->out.bufs[j], BUFSZ); }}
  printf("\\n");
}}
int main(void) {{
  long page = sysconf(_SC_PAGESIZE);
  for (int j = 0; j < NPTR; j++) {{
    uint8_t *region = mmap(0, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    mprotect(region, page, PROT_NONE);
    mprotect(region + 2 * page, page, PROT_NONE);
    buf[j] = region + 2 * page - BUFSZ;  /* a read or write past the end hits the guard page */
  }}
  uint64_t n = 0;
  if (fread(&n, 8, 1, stdin) != 1) return 2;
  args = calloc(n * (NP + 1), 8);
  init = calloc(n * (NPTR + 1), BUFSZ);
  for (uint64_t i = 0; i < n; i++) {{
    if (fread(args + i * (NP + 1), 8, NP, stdin) != NP) return 2;
    if (NPTR && fread(init + i * NPTR * BUFSZ, BUFSZ, NPTR, stdin) != NPTR) return 2;
  }}
  struct out_t *shared = mmap(0, sizeof(struct out_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  struct res_t *src = calloc(n, sizeof *src);
  uint8_t (*defined)[64] = calloc(n, 64);  /* per input: the return bits the source defines */
  struct res_t r;
  for (long idx = 0; idx < (long)n; idx++) {{
    call(0, idx, shared, &src[idx], 0x00);
    memset(defined[idx], 0xff, 64);
    if (src[idx].kind == 0) {{
      call(0, idx, shared, &r, 0xff);
      if (r.kind != 0 || r.out.trace != src[idx].out.trace || memcmp(r.out.bufs, src[idx].out.bufs, sizeof r.out.bufs))
        src[idx].kind = 5;  /* its behaviour depends on uninitialized memory: no answer to compare against */
      for (int b = 0; b < 64; b++) {{
        defined[idx][b] = ~(r.out.ret[b] ^ src[idx].out.ret[b]);
        src[idx].out.ret[b] &= defined[idx][b];
      }}
    }}
    print_res('S', idx, 0, &src[idx]);
  }}
  /* targets one after another; only outcomes whose bytes differ from the source's are printed, and a target is
     dropped after MAX_DIFFS of them (the first real one is the counterexample) */
  for (int k = 1; k < NV; k++) {{
    int diffs = 0; long idx;
    for (idx = 0; idx < (long)n && diffs < 3; idx++) {{
      if (src[idx].kind != 0) continue;
      call(k, idx, shared, &r, 0x00);
      for (int b = 0; b < 64; b++) r.out.ret[b] &= defined[idx][b];  /* the source leaves the other bits undefined */
      if (r.kind != 0 || memcmp(&r.out, &src[idx].out, sizeof r.out) != 0) {{ print_res('T', idx, k, &r); diffs++; }}
    }}
    printf("V %d %ld\\n", k, idx);
  }}
  return 0;
}}
"""


@dataclass(frozen=True)
class Outcome:
    kind: str
    signal: int
    ret: bytes
    trace: str
    buffers: tuple[bytes, ...]


def parse_harness_output(text: str) -> tuple[dict[tuple[int, int], Outcome], dict[int, int]]:
    """Outcomes by (input, variant) and, per target variant, how many inputs it got through."""
    results: dict[tuple[int, int], Outcome] = {}
    reached: dict[int, int] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "V":
            reached[int(parts[1])] = int(parts[2])
            continue
        if len(parts) < 7 or parts[0] not in ("S", "T"):
            continue
        results[(int(parts[1]), int(parts[2]))] = Outcome(
            kind=parts[3],
            signal=int(parts[4]),
            ret=bytes.fromhex(parts[5]),
            trace=parts[6],
            buffers=tuple(bytes.fromhex(p) for p in parts[7:]),
        )
    return results, reached


def _values_equal(t: ScalarType, a: bytes, b: bytes) -> bool:
    if a == b:
        return True
    if t.kind in ("float", "double"):
        fmt = "<f" if t.kind == "float" else "<d"
        x, y = struct.unpack(fmt, a)[0], struct.unpack(fmt, b)[0]
        return math.isnan(x) and math.isnan(y)  # NaN payloads are not specified by LLVM
    if t.kind == "int" and t.bits % 8:
        mask = (1 << t.bits) - 1  # bits above the width are not part of the value
        return int.from_bytes(a, "little") & mask == int.from_bytes(b, "little") & mask
    return False


def _decode_value(t: ScalarType, raw: bytes) -> Any:
    if t.kind in ("float", "double"):
        return struct.unpack("<f" if t.kind == "float" else "<d", raw)[0]
    if t.kind == "ptr":
        return "0x" + raw[::-1].hex()
    v = int.from_bytes(raw, "little") & ((1 << t.bits) - 1)
    return v - (1 << t.bits) if t.bits > 1 and v >> (t.bits - 1) else v


def _return_layout(signature: Signature) -> list[tuple[int, ScalarType]]:
    """Byte offset of each returned scalar in the C return value (natural alignment, as in a C struct)."""
    offset, layout = 0, []
    for t in signature.returns:
        size = 8 if t.kind == "ptr" else t.byte_size
        align = 1 if size <= 1 else 2 if size <= 2 else 4 if size <= 4 else 8
        offset = (offset + align - 1) // align * align
        layout.append((offset, t))
        offset += size
    return layout


def compare_outcomes(signature: Signature, src: Outcome, tgt: Outcome) -> dict[str, Any] | None:
    """What differs between a source outcome and a target outcome, or None when they agree."""
    if tgt.kind == "crash":
        return {"what": "crash", "target": f"crashed with signal {tgt.signal}", "source": "returned normally"}
    if tgt.kind in ("ub", "exit"):
        return {"what": "exit", "target": f"exited ({tgt.kind} {tgt.signal})", "source": "returned normally"}
    for offset, t in _return_layout(signature):
        size = 8 if t.kind == "ptr" else t.byte_size
        a, b = src.ret[offset : offset + size], tgt.ret[offset : offset + size]
        if t.kind == "ptr":
            continue  # addresses of the two copies' locals legitimately differ
        if not _values_equal(t, a, b):
            return {
                "what": "return value",
                "source": _decode_value(t, a),
                "target": _decode_value(t, b),
                "field": offset if signature.is_struct_return else None,
            }
    for j, (a, b) in enumerate(zip(src.buffers, tgt.buffers, strict=False)):
        if a != b:
            first = next(i for i in range(len(a)) if a[i] != b[i])
            return {
                "what": "memory",
                "pointer_argument": j,
                "first_byte": first,
                "source": a[first : first + 8].hex(),
                "target": b[first : first + 8].hex(),
            }
    if src.trace != tgt.trace:
        return {"what": "external calls", "source": src.trace, "target": tgt.trace}
    return None


def signature_shape(sig: Signature) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Parameter and return types without the extension attributes (those may legitimately change)."""
    return tuple((p.kind, p.bits) for p in sig.params), tuple((r.kind, r.bits) for r in sig.returns)
