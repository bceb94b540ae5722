"""PassListEval gate: correct lists pass, every failure kind rejects, verdicts are cached, Csmith checksums compare.

Real LLVM 19 tools throughout. Miscompiles are made deterministic by the gate's ``ir_transform`` test hook, which
edits the optimized IR of one program between opt and llc the way a buggy pass would.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from llmopt.errors import ConfigError
from llmopt.passes import PassList
from llmopt.settings import Settings
from llmopt.toolchain import Flavour, Toolchain, compile_source
from llmopt.verify.passlisteval import FailureKind, PassListGate, discover_programs, generate_csmith_programs
from llmopt.verify.passlisteval.csmith import parse_checksum
from llmopt.verify.passlisteval.suite import PROGRAMS_DIR, suite_fingerprint

# One program per topic keeps the gate fast while touching C, C++ (exceptions, virtual calls) and every topic.
SUBSET = ["001", "011", "021", "034", "041", "053", "066", "078", "086", "090", "097", "107", "112", "115"]
TOPICS = (
    "loop",
    "rec",
    "int",
    "fp",
    "bits",
    "struct",
    "union",
    "array",
    "str",
    "switch",
    "fptr",
    "global",
    "static",
    "varargs",
    "cxx",
)


@pytest.fixture(scope="module")
def tc() -> Toolchain:
    return Toolchain.discover(Settings.load().llvm_bin)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gate-cache")


@pytest.fixture(scope="module")
def subset_gate(tc: Toolchain, cache_dir: Path) -> PassListGate:
    return PassListGate(tc, cache_dir, programs=discover_programs(names=SUBSET), timeout_s=5.0)


def _sum_down_loop_test_to_true(name: str, ir: str) -> str:
    """The newgvn bug class: fold the loop test of ``sum_down`` to true, so the loop never exits."""
    if name != "001_loop_sum":
        return ir
    start = ir.index("@sum_down(")
    end = ir.index("\n}", start)
    body = re.sub(r"br i1 %[\w.]+, label", "br i1 true, label", ir[start:end], count=1)
    assert body != ir[start:end], "sum_down has no conditional branch to fold"
    return ir[:start] + body + ir[end:]


def _total_becomes_difference(name: str, ir: str) -> str:
    """A wrong-code bug: the first 64-bit add of 001_loop_sum (``total += i`` in sum_range) becomes a subtraction."""
    if name != "001_loop_sum":
        return ir
    changed = re.sub(r"= add nsw i64 ", "= sub nsw i64 ", ir, count=1)
    assert changed != ir
    return changed


def _trap_in_sum_range(name: str, ir: str) -> str:
    """A crash at run time: sum_range starts with a trap (SIGILL), as after a pass that wrongly proves UB."""
    if name != "001_loop_sum":
        return ir
    changed = re.sub(r"(define [^\n]*@sum_range\([^\n]*\{\n)", r"\1  call void @llvm.trap()\n", ir, count=1)
    assert changed != ir
    return changed + "\ndeclare void @llvm.trap()\n"


def test_suite_has_100_programs_covering_every_topic() -> None:
    programs = discover_programs()
    assert len(programs) >= 100
    names = " ".join(p.name for p in programs)
    for topic in TOPICS:
        assert f"_{topic}_" in names or f"_{topic}" in names, topic
    assert sum(p.is_cxx for p in programs) >= 5
    for program in programs:
        text = program.driver_path.read_text()
        assert 'st_finish("' + program.name + '")' in text, program.name  # each driver reports under its own name
    assert suite_fingerprint(programs) != suite_fingerprint(programs[:-1])


def test_discover_programs_rejects_unknown_names() -> None:
    with pytest.raises(ConfigError, match="no self-testing program named"):
        discover_programs(names=["999"])


def test_program_modules_compile_in_both_flavours(tc: Toolchain) -> None:
    program = discover_programs(names=["053"])[0]
    paper = compile_source(tc, program.module_path, Flavour.PAPER, extra_args=["-I", str(PROGRAMS_DIR)])
    size = compile_source(tc, program.module_path, Flavour.SIZE, extra_args=["-I", str(PROGRAMS_DIR)])
    assert "float_bits" in paper.defined_functions and "float_bits" in size.defined_functions
    assert "minsize" in size.text and "minsize" not in paper.text


@pytest.mark.parametrize("pipeline", ["default<Oz>", "function(instcombine<no-verify-fixpoint>)"])
def test_correct_lists_pass(subset_gate: PassListGate, pipeline: str) -> None:
    verdict = subset_gate.check(pipeline)
    assert verdict.passed, verdict.failures
    assert verdict.failures == ()
    assert verdict.programs_checked == len(SUBSET)
    assert verdict.complete and verdict.toolchain.startswith("llvm-")
    assert verdict.walltime_s > 0


def test_verdicts_are_cached_per_pipeline(tc: Toolchain, cache_dir: Path, subset_gate: PassListGate) -> None:
    first = subset_gate.check("function(sroa,early-cse)")
    second = subset_gate.check("function(sroa,early-cse)")
    assert not first.cached and second.cached
    assert second.passed == first.passed and second.walltime_s == first.walltime_s
    assert subset_gate.statistics.cache_hits >= 1
    as_pass_list = subset_gate.check(PassList.parse("sroa,early-cse"))  # PassList renders the same pipeline text
    assert as_pass_list.cached and as_pass_list.pipeline == "function(sroa,early-cse)"
    fresh = PassListGate(tc, cache_dir, programs=discover_programs(names=SUBSET))  # same cache dir, new instance
    assert fresh.check("function(sroa,early-cse)").cached
    other_suite = PassListGate(tc, cache_dir, programs=discover_programs(names=SUBSET[:3]))
    assert not other_suite.check("function(sroa,early-cse)").cached  # another suite is another cache key


def test_crashing_pass_rejects_and_is_counted(tc: Toolchain, cache_dir: Path) -> None:
    gate = PassListGate(tc, cache_dir, programs=discover_programs(names=SUBSET[:4]))
    fast = gate.check("trigger-crash-module")
    assert not fast.passed and len(fast.failures) == 1
    failure = fast.failures[0]
    assert failure.kind is FailureKind.CRASH and failure.stage == "opt"
    assert "trigger-crash-module" in failure.message
    assert gate.rejected_count == 1
    everything = gate.check("trigger-crash-module", run_all=True)  # the partial cached verdict is not enough here
    assert not everything.cached and everything.complete
    assert [f.program for f in everything.failures] == [p.name for p in gate.programs]
    assert gate.rejected_count == 1  # the same pipeline counts once
    invalid = gate.check("no-such-pass")
    assert invalid.failures[0].kind is FailureKind.COMPILE_ERROR and "no-such-pass" in invalid.failures[0].message
    assert gate.rejected_count == 2 and gate.statistics.checked == 3


def test_loop_test_folded_to_true_times_out(tc: Toolchain, cache_dir: Path) -> None:
    gate = PassListGate(
        tc,
        cache_dir,
        programs=discover_programs(names=["001", "002"]),
        timeout_s=1.0,
        confirm_timeouts=False,
        ir_transform=_sum_down_loop_test_to_true,
    )
    verdict = gate.check("default<O0>")
    assert not verdict.passed
    assert verdict.failures[0].program == "001_loop_sum"
    assert verdict.failures[0].kind is FailureKind.TIMEOUT and verdict.failures[0].stage == "run"
    assert not gate.check("default<O0>").cached  # a gate with a test hook never caches


def test_wrong_code_is_wrong_output(tc: Toolchain, cache_dir: Path) -> None:
    gate = PassListGate(
        tc, cache_dir, programs=discover_programs(names=["001", "002"]), ir_transform=_total_becomes_difference
    )
    verdict = gate.check("default<O0>", run_all=True)
    assert [f.program for f in verdict.failures] == ["001_loop_sum"]
    assert verdict.failures[0].kind is FailureKind.WRONG_OUTPUT
    assert "sum_range" in verdict.failures[0].message  # the driver's first failed check is quoted


def test_runtime_trap_is_a_crash(tc: Toolchain, cache_dir: Path) -> None:
    gate = PassListGate(tc, cache_dir, programs=discover_programs(names=["001"]), ir_transform=_trap_in_sum_range)
    verdict = gate.check("default<O0>")
    assert verdict.failures[0].kind is FailureKind.CRASH and verdict.failures[0].stage == "run"


def test_real_newgvn_miscompile_is_rejected(tc: Toolchain, cache_dir: Path) -> None:
    # LLVM 19.1.7: the second newgvn rewrites gcd_euclid's loop test `b != 0` to test the *initial* b, so the loop
    # never ends (found by this suite; the lz4 datagen.c bug class). It shows in the size flavour only.
    gate = PassListGate(
        tc, cache_dir, programs=discover_programs(names=["009"]), flavour="size", timeout_s=1.0, confirm_timeouts=False
    )
    verdict = gate.check("function(newgvn,dse,newgvn)")
    assert not verdict.passed
    assert verdict.failures[0].program == "009_loop_gcd_lcm" and verdict.failures[0].kind is FailureKind.TIMEOUT


@pytest.mark.parametrize("pipeline", ["attributor", "cgscc(attributor-cgscc)"])
def test_real_attributor_miscompile_is_rejected(tc: Toolchain, cache_dir: Path, pipeline: str) -> None:
    # LLVM 19.1.7: the Attributor rewrites the recursive ext_gcd of 025_int_modular to return `a % b` instead of the
    # recursive call's result (found by a random search through this gate; both flavours).
    gate = PassListGate(tc, cache_dir, programs=discover_programs(names=["025", "021"]))
    verdict = gate.check(pipeline, run_all=True)
    assert [(f.program, f.kind) for f in verdict.failures] == [("025_int_modular", FailureKind.WRONG_OUTPUT)]
    assert "ext_gcd(240, 46, &x, &y) == 10, expected 2" in verdict.failures[0].message


def test_size_flavour_and_o2_codegen(tc: Toolchain, cache_dir: Path) -> None:
    # Without an explicit level the gate lowers with the flavour's own codegen, the one the measurements (and the
    # shipped object) use: -O2 for size, -O0 for paper.
    gate = PassListGate(tc, cache_dir, programs=discover_programs(names=["041", "112"]), flavour="size")
    assert gate.codegen_level == "-O2"
    assert PassListGate(tc, cache_dir, flavour="paper").codegen_level == "-O0"
    assert PassListGate(tc, cache_dir, flavour="paper", codegen_level="-O2").codegen_level == "-O2"
    assert gate.check("default<Oz>").passed
    with pytest.raises(ConfigError, match="codegen level"):
        PassListGate(tc, cache_dir, codegen_level="-Ofast")


def test_size_flavour_cxx_links_without_an_inliner_in_the_list(tc: Toolchain, cache_dir: Path) -> None:
    # Size-flavour IR precedes clang's mandatory always-inliner; without it the STL program would call libstdc++'s
    # always_inline `_M_use_local_data`, which no library exports, and every list lacking an inliner would "fail".
    gate = PassListGate(tc, cache_dir, programs=discover_programs(names=["114"]), flavour="size", codegen_level="-O2")
    verdict = gate.check("function(sroa)", run_all=True)
    assert verdict.passed, verdict.failures


def test_csmith_checksums_compare(tc: Toolchain, cache_dir: Path) -> None:
    programs = generate_csmith_programs(tc, cache_dir / "csmith", 2)
    assert len(programs) == 2 and all(re.fullmatch(r"[0-9A-F]+", p.checksum) for p in programs)
    again = generate_csmith_programs(tc, cache_dir / "csmith", 2)  # from the cache: same seeds, same checksums
    assert [(p.seed, p.checksum) for p in again] == [(p.seed, p.checksum) for p in programs]
    gate = PassListGate(tc, cache_dir, programs=[], csmith_count=2)
    verdict = gate.check("default<Oz>")
    assert verdict.passed and verdict.programs_checked == 2

    def corrupt_crc_seed(name: str, ir: str) -> str:
        # A miscompiled global initializer: the CRC starts from 0 instead of 0xFFFFFFFF.
        return re.sub(r"(@crc32_context = [\w ]*global i32) -1", r"\1 0", ir)

    broken = PassListGate(tc, cache_dir, programs=[], csmith_count=2, ir_transform=corrupt_crc_seed)
    rejected = broken.check("default<O0>", run_all=True)
    assert not rejected.passed
    assert [f.program for f in rejected.failures] == [p.name for p in programs]
    assert all(f.kind is FailureKind.WRONG_OUTPUT and "checksum" in f.message for f in rejected.failures)


def test_parse_checksum_golden() -> None:
    assert parse_checksum("...\nchecksum = 4a4eb9ad\n") == "4A4EB9AD"
    assert parse_checksum("checksum = 1\nchecksum = 2\n") == "2"
    assert parse_checksum("Segmentation fault\n") is None


def _slow_first_program_fails_everywhere(name: str, ir: str) -> str:
    # Every program fails to build (invalid IR); the first one in suite order is also the slowest to get there, so a
    # gate that reported whichever thread failed first would name another program.
    if name.startswith("001"):
        time.sleep(1.0)
    return ir + "\nthis is not IR\n"


def test_stopping_early_reports_the_first_failing_program_in_suite_order(tc: Toolchain, cache_dir: Path) -> None:
    gate = PassListGate(
        tc,
        cache_dir,
        programs=discover_programs(names=["001", "002", "003"]),
        max_workers=3,
        ir_transform=_slow_first_program_fails_everywhere,
    )
    for _ in range(2):
        verdict = gate.check("default<O0>")
        assert not verdict.passed and [f.program for f in verdict.failures] == ["001_loop_sum"]
