"""Per-program guards reject the "smaller because it stopped working" class of optimizer bug.

The bug measured on lz4's datagen.c (``newgvn,dse,newgvn,default<Os>`` folded a loop test to true, the loop became
infinite and everything after it, including an ``fwrite``, became unreachable and was deleted) is reproduced twice:

* for real, with LLVM 19's own passes: ``GUARDED_GENERATOR`` below, in the size flavour, under
  ``function(newgvn,dse,newgvn),default<Os>`` loses its ``fwrite`` and loops forever (found while building this
  suite; the smallest trigger is ``function(newgvn,dse,newgvn)``: the second newgvn replaces the loop-carried load
  in the loop test by the value before the loop);
* by hand, on ``LOOP_GENERATOR``'s ``-Oz`` result: the outer loop's exit test replaced by ``true`` and LLVM's own
  simplifycfg deleting the dead exit, so the function can no longer return at all.

Both candidates are *smaller* than ``-Oz``; the structural guard (IR and object level) and the differential guard
must reject them while correct builds pass.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from llmopt.metrics import Measurer
from llmopt.settings import Settings
from llmopt.toolchain import Flavour, IRModule, Toolchain, compile_source
from llmopt.verify import SmtVerifier
from llmopt.verify.passlisteval.guards import (
    GuardStatus,
    differential_guard,
    guard_pass_list,
    ir_structural_facts,
    object_structural_facts,
    run_guards,
    structural_guard,
    translation_guard,
)

LOOP_GENERATOR = r"""
#include <stdio.h>

extern void sink_bytes(const unsigned char *data, unsigned n);

static unsigned rng_state = 2463534242u;

static unsigned next_random(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

void generate(unsigned size) {
  unsigned char block[64];
  unsigned done = 0;
  while (done < size) {
    unsigned n = size - done < 64 ? size - done : 64;
    for (unsigned i = 0; i < n; i++) block[i] = (unsigned char)('a' + next_random() % 26);
    sink_bytes(block, n);
    done += n;
  }
  fwrite("end\n", 1, 4, stdout);
}
"""

GUARDED_GENERATOR = r"""
#include <stdio.h>

extern void sink_bytes(const unsigned char *data, unsigned n);

static unsigned rng_state = 2463534242u;

static unsigned next_random(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

void generate(unsigned size) {
  unsigned char block[64];
  unsigned left = size;
  if (size == 0) return;
  while (left != 0) {
    unsigned n = left < 64 ? left : 64;
    for (unsigned i = 0; i < n; i++) block[i] = (unsigned char)('a' + next_random() % 26);
    sink_bytes(block, n);
    left = left - n;
  }
  fwrite("end\n", 1, 4, stdout);
}
"""

GCD = r"""
unsigned gcd_euclid(unsigned a, unsigned b) {
  while (b != 0) {
    unsigned t = a % b;
    a = b;
    b = t;
  }
  return a;
}
"""

NEWGVN_BUG_LIST = "function(newgvn,dse,newgvn),default<Os>"

DRIVER = r"""
#include <stdio.h>

static unsigned long hash = 5381, total;

void sink_bytes(const unsigned char *data, unsigned n) {
  for (unsigned i = 0; i < n; i++) hash = hash * 33 + data[i];
  total += n;
}

void generate(unsigned size);

int main(void) {
  generate(1000);
  printf("%lu %lu\n", total, hash);
  return 0;
}
"""


@pytest.fixture(scope="module")
def tc() -> Toolchain:
    return Toolchain.discover(Settings.load().llvm_bin)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("datagen")
    (root / "loop_generator.c").write_text(LOOP_GENERATOR)
    (root / "datagen_driver.c").write_text(DRIVER)
    (root / "guarded_generator.c").write_text(GUARDED_GENERATOR)
    return root / "loop_generator.c", root / "datagen_driver.c", root / "guarded_generator.c"


def _optimize(tc: Toolchain, module: IRModule, pipeline: str) -> IRModule:
    run = tc.run("opt", [f"-passes={pipeline}", "-S", "-o", "-", "-"], input=module.text.encode())
    assert run.ok, run.describe()
    return module.with_text(run.stdout_text)


def _fold_exit_test_to_true(tc: Toolchain, module: IRModule, function: str, exit_marker: str) -> IRModule:
    """Replace the condition of the branch that leaves the loop towards ``exit_marker`` by ``true``, then clean up.

    This is what the newgvn bug did: the loop test became a constant, the exit block lost its only predecessor and
    simplifycfg removed it together with the call it held and the function's return.
    """
    start = module.text.index(f"@{function}(")
    end = module.text.index("\n}", start)
    body = module.text[start:end]
    exit_label = next(
        m.group(1)
        for m in re.finditer(r"^([\w.]+):[^\n]*\n(?:[^\n]+\n)*?[^\n]*" + re.escape(exit_marker), body, re.MULTILINE)
    )
    branch = re.compile(r"br i1 %[\w.]+, label %([\w.]+), label %" + re.escape(exit_label) + r"\b")
    folded, count = branch.subn(r"br i1 true, label %\1, label %" + exit_label, body, count=1)
    assert count == 1, f"no conditional branch to %{exit_label} in @{function}"
    return _optimize(tc, module.with_text(module.text[:start] + folded + module.text[end:]), "function(simplifycfg)")


@pytest.fixture(scope="module")
def builds(tc: Toolchain, sources: tuple[Path, Path, Path]) -> dict[str, IRModule]:
    unoptimized = compile_source(tc, sources[0], Flavour.SIZE)
    oz = _optimize(tc, unoptimized, "default<Oz>")
    guarded = compile_source(tc, sources[2], Flavour.SIZE)
    return {
        "input": unoptimized,
        "oz": oz,
        "o2": _optimize(tc, unoptimized, "default<O2>"),
        "broken": _fold_exit_test_to_true(tc, oz, "generate", "@fwrite("),
        "guarded_oz": _optimize(tc, guarded, "default<Oz>"),
        "guarded_newgvn": _optimize(tc, guarded, NEWGVN_BUG_LIST),
    }


def _object(tc: Toolchain, module: IRModule, path: Path) -> Path:
    source = path.with_suffix(".ll")
    source.write_text(module.text)
    run = tc.run("llc", ["-O2", "-filetype=obj", "-relocation-model=pic", str(source), "-o", str(path)])
    assert run.ok, run.describe()
    return path


def _body(module: IRModule, function: str) -> str:
    return module.text.split(f"@{function}(")[1].split("\n}")[0]


def test_real_llvm19_newgvn_bug_is_reproduced(builds: dict[str, IRModule]) -> None:
    assert "@fwrite(" in _body(builds["guarded_oz"], "generate")
    assert "@fwrite(" not in _body(builds["guarded_newgvn"], "generate")
    assert builds["guarded_newgvn"].instruction_count < builds["guarded_oz"].instruction_count  # it "wins"


def test_guards_reject_real_newgvn_bug(
    tc: Toolchain, builds: dict[str, IRModule], sources: tuple[Path, Path, Path]
) -> None:
    structural = structural_guard(tc, builds["guarded_oz"], builds["guarded_newgvn"])
    assert structural.rejected
    assert structural.violations == ("external call target fwrite kept by -Oz has vanished",)
    differential = differential_guard(tc, builds["guarded_oz"], builds["guarded_newgvn"], sources[1], timeout_s=2.0)
    assert differential.rejected and "ran past" in differential.violations[0]


def test_guard_pass_list_end_to_end(tc: Toolchain, sources: tuple[Path, Path, Path], data_dir: Path) -> None:
    # What the autotuner calls for each program's best list: the real LLVM 19 bug is rejected, -Oz itself passes.
    # Through the Measurer (engine and cache) and lowered with the size flavour's codegen.
    module = compile_source(tc, sources[2], Flavour.SIZE)
    with Measurer(tc, data_dir=data_dir, cache=False) as measurer:
        report = guard_pass_list(measurer, module, NEWGVN_BUG_LIST, driver=sources[1], timeout_s=2.0)
        assert not report.accepted
        assert "structural: external call target fwrite kept by -Oz has vanished" in report.violations
        assert guard_pass_list(measurer, module, "default<O2>", driver=sources[1], verifier=SmtVerifier()).accepted
        invalid = guard_pass_list(measurer, module, "no-such-pass")
        assert not invalid.accepted and invalid.results[0].guard == "optimize"


def test_reproduced_bug_wins_on_size(builds: dict[str, IRModule]) -> None:
    # Size alone rewards the bug: the broken module is smaller than the real -Oz result.
    assert builds["broken"].instruction_count < builds["oz"].instruction_count
    body = _body(builds["broken"], "generate")
    assert "@fwrite(" not in body and "ret void" not in body


def test_structural_guard_rejects_bug_in_ir(tc: Toolchain, builds: dict[str, IRModule]) -> None:
    result = structural_guard(tc, builds["oz"], builds["broken"])
    assert result.status is GuardStatus.REJECTED
    assert any("fwrite" in v and "vanished" in v for v in result.violations), result.violations
    assert any("generate" in v and "can no longer return" in v for v in result.violations), result.violations


def test_structural_guard_passes_correct_builds(tc: Toolchain, builds: dict[str, IRModule]) -> None:
    assert structural_guard(tc, builds["oz"], builds["oz"]).passed
    assert structural_guard(tc, builds["oz"], builds["o2"]).passed


def test_structural_guard_on_objects(tc: Toolchain, builds: dict[str, IRModule], tmp_path: Path) -> None:
    oz = _object(tc, builds["oz"], tmp_path / "oz.o")
    broken = _object(tc, builds["broken"], tmp_path / "broken.o")
    o2 = _object(tc, builds["o2"], tmp_path / "o2.o")
    rejected = structural_guard(tc, oz, broken)
    assert rejected.status is GuardStatus.REJECTED
    assert any("fwrite" in v for v in rejected.violations) and any("generate" in v for v in rejected.violations)
    assert structural_guard(tc, oz, o2).passed
    assert structural_guard(tc, oz, tmp_path / "missing.o").status is GuardStatus.INCONCLUSIVE


def test_object_facts_count_tail_calls_as_returning(tc: Toolchain, tmp_path: Path) -> None:
    source = tmp_path / "tail.c"
    source.write_text(
        "#include <stdio.h>\nstatic int __attribute__((noinline)) h(int x) { return x * 3 + 1; }\n"
        "int k(int n) { return h(n + 1); }\nint p(const char *s) { return puts(s); }\n"
        "void spin(void) { for (;;) {} }\n"
    )
    run = tc.run("clang", ["-O2", "-c", str(source), "-o", str(tmp_path / "tail.o")])
    assert run.ok, run.describe()
    facts = object_structural_facts(tc, tmp_path / "tail.o")
    assert not isinstance(facts, str)
    assert {"k", "p", "h"} <= facts.returning_functions and "spin" not in facts.returning_functions
    assert "puts" in facts.external_references and {"k", "p", "spin"} <= facts.exported_functions


def test_differential_guard_rejects_bug(
    tc: Toolchain, builds: dict[str, IRModule], sources: tuple[Path, Path, Path]
) -> None:
    result = differential_guard(tc, builds["oz"], builds["broken"], sources[1], timeout_s=2.0)
    assert result.status is GuardStatus.REJECTED
    assert "ran past" in result.violations[0]
    passed = differential_guard(tc, builds["oz"], builds["o2"], sources[1], timeout_s=10.0)
    assert passed.passed, passed.message
    assert "exit code 0" in passed.message


def test_differential_guard_sees_wrong_output(
    tc: Toolchain, builds: dict[str, IRModule], sources: tuple[Path, Path, Path]
) -> None:
    # A different miscompile of the same program: the letters are drawn modulo 25 instead of 26.
    wrong = builds["oz"].with_text(re.sub(r"urem i32 (%[\w.]+), 26", r"urem i32 \1, 25", builds["oz"].text, count=1))
    assert wrong.text != builds["oz"].text
    result = differential_guard(tc, builds["oz"], wrong, sources[1], timeout_s=10.0)
    assert result.status is GuardStatus.REJECTED and "stdout line 2" in result.violations[0]


def test_run_guards_report(tc: Toolchain, builds: dict[str, IRModule], sources: tuple[Path, Path, Path]) -> None:
    report = run_guards(tc, builds["oz"], builds["broken"], driver=sources[1], timeout_s=2.0)
    assert not report.accepted
    assert [r.guard for r in report.results] == ["structural", "differential"]
    assert all(r.rejected for r in report.results)
    assert run_guards(tc, builds["oz"], builds["o2"], driver=sources[1]).accepted


def test_libcall_family_rewrites_are_allowed(tc: Toolchain) -> None:
    reference = (
        "declare i32 @printf(ptr, ...)\n"
        "define i32 @main() {\n  %1 = call i32 (ptr, ...) @printf(ptr null)\n  ret i32 0\n}\n"
    )
    candidate = "declare i32 @puts(ptr)\ndefine i32 @main() {\n  %1 = call i32 @puts(ptr null)\n  ret i32 0\n}\n"
    vanished = "define i32 @main() {\n  ret i32 0\n}\n"
    ref, cand, gone = (ir_structural_facts(t) for t in (reference, candidate, vanished))
    assert ref.external_references == {"printf"} and cand.external_references == {"puts"}
    assert ref.returning_functions == {"main"} and gone.external_references == frozenset()
    # printf -> puts is LLVM's libcall simplification, not a vanished call; dropping the output altogether is.
    assert structural_guard(tc, IRModule(reference), IRModule(candidate)).passed
    assert structural_guard(tc, IRModule(reference), IRModule(vanished)).rejected


def test_translation_guard_with_smt_verifier(tc: Toolchain, tmp_path: Path) -> None:
    source = IRModule("define i32 @f(i32 %x) {\n  %r = add i32 %x, 1\n  ret i32 %r\n}\n")
    commuted = source.with_text("define i32 @f(i32 %x) {\n  %r = add i32 1, %x\n  ret i32 %r\n}\n")
    off_by_one = source.with_text("define i32 @f(i32 %x) {\n  %r = add i32 %x, 2\n  ret i32 %r\n}\n")
    assert translation_guard(SmtVerifier(), source, commuted).passed
    refuted = translation_guard(SmtVerifier(), source, off_by_one)
    assert refuted.rejected and refuted.violations[0].startswith("function f:")
    # The newgvn bug lives in a loop, beyond the bounded SMT validator: the guard says so instead of guessing,
    # which is why the differential guard runs too.
    (tmp_path / "gcd.c").write_text(GCD)
    gcd = compile_source(tc, tmp_path / "gcd.c", Flavour.SIZE)
    broken = _optimize(tc, gcd, "function(newgvn,dse,newgvn)")
    assert "icmp ne i32 %1, 0" in broken.text  # the loop test reads the initial b: the miscompile is there
    undecided = translation_guard(SmtVerifier(), gcd, broken, timeout_s=5.0)
    assert undecided.status is GuardStatus.INCONCLUSIVE and "1 undecided" in undecided.message
