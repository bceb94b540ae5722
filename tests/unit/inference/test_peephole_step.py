"""The peephole step of the main job: a model's rewrite is used only when the verifier proves it.

The model here is a fault-injection backend that answers each function's prompt with a chosen text (instcombine's
real output, a real refuted variant of it, garbage), so each path is exercised on purpose; the verifier, measurer,
``llvm-extract``/``llvm-link`` and the optimizer are the real ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest

from llmopt.backends import Backend, Completion
from llmopt.cli.main import main
from llmopt.data.tasks.peephole import INSTCOMBINE_PIPELINE
from llmopt.eval.peephole import evaluate_peephole
from llmopt.inference.peephole import check_answer, optimize_with_peephole, peephole_rewrite
from llmopt.metrics import Measurer
from llmopt.prompts.ir_text import model_ir_text
from llmopt.toolchain import Flavour, IRModule, Toolchain, compile_source, split_functions
from llmopt.verify.result import Verdict
from llmopt.verify.smt import SmtVerifier

SHAPES_C = Path(__file__).resolve().parents[2] / "data" / "c" / "shapes.c"


class AnswerBook(Backend):
    """Answers a prompt holding ``@name`` with ``answers[name]`` (first match), else garbage."""

    name: ClassVar[str] = "answer-book"

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    def generate(self, prompts: list[str], **kwargs: object) -> list[list[Completion]]:  # type: ignore[override]
        out = []
        for prompt in prompts:
            text = next((a for n, a in self.answers.items() if f"@{n}(" in prompt), "%%% not IR at all")
            out.append([Completion(text, "stop", 0, 0)] * int(kwargs.get("n", 1)))  # type: ignore[call-overload]
        return out


@pytest.fixture(scope="module")
def module(toolchain: Toolchain) -> IRModule:
    return compile_source(toolchain, SHAPES_C, Flavour.PAPER)


def _combined(toolchain: Toolchain, part: IRModule) -> str:
    run = toolchain.optimize_ir(part.text, INSTCOMBINE_PIPELINE)
    assert run.ok
    return model_ir_text(run.stdout_text)


@pytest.fixture(scope="module")
def answers(toolchain: Toolchain, module: IRModule) -> dict[str, str]:
    parts = {p.provenance["function"]: p for p in split_functions(toolchain, module)}
    good = _combined(toolchain, parts["bump"])
    wrong = _combined(toolchain, parts["classify"]).replace("i32 99", "i32 98")
    assert "i32 98" in wrong
    return {"bump": f"<answer>\n{good}\n</answer>", "classify": f"<answer>\n{wrong}\n</answer>"}


@pytest.fixture()
def measurer(toolchain: Toolchain, data_dir: Path):  # type: ignore[no-untyped-def]
    with Measurer(toolchain, data_dir=data_dir) as m:
        yield m


def test_only_proved_rewrites_are_kept(
    toolchain: Toolchain, module: IRModule, answers: dict[str, str], measurer: Measurer
) -> None:
    verifier = SmtVerifier(toolchain)
    result = peephole_rewrite(AnswerBook(answers), verifier, measurer, module)
    by_name = {f.function: f for f in result.functions}
    assert by_name["bump"].kept and by_name["bump"].checks[0].proved
    assert not by_name["classify"].kept and by_name["classify"].checks[0].verdict == Verdict.NOT_EQUIVALENT.value
    assert not by_name["popcnt"].kept and by_name["popcnt"].checks[0].verdict == Verdict.SYNTAX_ERROR.value
    assert result.kept == 1 and not result.error
    # The refuted rewrite is nowhere in the result; the kept one is, and the whole module is still the program.
    assert "i32 98" not in result.module.text and "i32 99" in result.module.text
    assert result.module.text != module.text
    proof = verifier.verify(module, result.module, timeout_s=30)
    verdicts = {r.function.lstrip("@"): r.verdict for r in proof}
    assert verdicts["bump"] is Verdict.EQUIVALENT  # the module with the rewrite in it is proved too
    assert all(r.verdict is not Verdict.NOT_EQUIVALENT for r in proof)
    json.dumps(result.to_json())


def test_the_step_never_makes_the_result_worse(
    toolchain: Toolchain, module: IRModule, answers: dict[str, str], measurer: Measurer
) -> None:
    from llmopt.inference.optimize import optimize_module

    plain = optimize_module(measurer, module)
    result = optimize_with_peephole(measurer, module, AnswerBook(answers))
    assert result.peephole is not None and result.peephole.kept == 1
    assert result.best.binary_size is not None and plain.best.binary_size is not None
    assert result.best.binary_size <= plain.best.binary_size
    assert result.oz.binary_size == plain.oz.binary_size  # reported against the input's -Oz either way
    nothing = optimize_with_peephole(measurer, module, AnswerBook({}))  # garbage for every function
    assert nothing.peephole.kept == 0 and nothing.module is module
    assert nothing.best.binary_size == plain.best.binary_size


def test_evaluation_counts_the_four_categories(
    toolchain: Toolchain, module: IRModule, answers: dict[str, str], measurer: Measurer
) -> None:
    parts = {p.provenance["function"]: p for p in split_functions(toolchain, module)}
    pairs = [(model_ir_text(parts[n].text), _combined(toolchain, parts[n])) for n in ("bump", "classify", "popcnt")]
    book = AnswerBook({**answers, "popcnt": f"<answer>\n{pairs[2][0]}\n</answer>"})  # a copy of the input
    report = evaluate_peephole(book, SmtVerifier(toolchain), measurer, pairs, model="book")
    assert report.functions == 3
    assert report.categories["equivalent"] == 2 and report.categories["not_equivalent"] == 1
    assert report.copies == 1 and report.changed_and_proved == 1 and report.exact_match == 1
    latency = report.vs_o0["latency"]
    assert latency.better == 1 and latency.tie == 2 and latency.ratio is not None and latency.ratio < 1.0
    assert report.instcombine_vs_o0["latency"].better >= 2
    assert json.loads(json.dumps(report.to_json()))["changed_and_proved_share"] == pytest.approx(1 / 3)


def test_a_garbage_answer_is_a_typed_syntax_error(toolchain: Toolchain, module: IRModule) -> None:
    part = split_functions(toolchain, module)[0]
    for text in ("", "<answer>\n</answer>", "<answer>\ndefine i32 @f( {\n</answer>", "\x00\xff" * 50):
        check = check_answer(SmtVerifier(toolchain), part.text, text)
        assert check.verdict == Verdict.SYNTAX_ERROR.value and not check.proved


def test_cli_peephole_needs_a_model(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.ll"
    for strategy, message in (("peephole", "needs a peephole model"), ("peephole+nosuch", "nosuch")):
        code = main(
            [
                "optimize",
                str(SHAPES_C),
                "-o",
                str(out),
                "--strategy",
                strategy,
                "--model",
                "none",
                "--data-dir",
                str(data_dir),
            ]
        )
        _, err = capsys.readouterr()
        assert code != 0 and message in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert not out.exists()
