"""Model answers of every bad kind become typed, counted failures and the run still returns -Oz: garbage, empty
text, unknown passes, a list that crashes opt, a prompt over the context, a backend that dies mid-run."""

from __future__ import annotations

from typing import ClassVar

import pytest

from llmopt.backends import Backend, BackendError, Completion
from llmopt.inference import FailureKind, Session, StrategyContext, make_strategy
from llmopt.inference.model import ModelClient, flag_tuning_format, read_answer_parse
from llmopt.inference.strategy import OZ
from llmopt.metrics import Measurer
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import AcceptancePolicy


@pytest.fixture()
def session(gcd_module: IRModule, measurer: Measurer) -> Session:
    return Session(gcd_module, StrategyContext(measurer=measurer, acceptance=AcceptancePolicy()), budget=5)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", FailureKind.EMPTY),
        ("   \n", FailureKind.EMPTY),
        ("the the the ;;; %%%", FailureKind.GARBAGE),
        (" Run opt -p 'instcombine,nosuchpass'.", FailureKind.UNKNOWN_PASS),
        (" Run opt -p 'function(instcombine'.", FailureKind.UNKNOWN_PASS),
    ],
)
def test_bad_answers_are_typed(session: Session, text: str, kind: FailureKind) -> None:
    fmt = flag_tuning_format("llm-compiler")
    pipeline, _parse = read_answer_parse(session, fmt, text, "model")
    assert pipeline is None
    assert [f.kind for f in session.failures] == [kind]
    assert session.compilations == 1  # nothing but -Oz was compiled


def test_good_answers_read_to_canonical_pipelines(session: Session) -> None:
    fmt = flag_tuning_format("llm-compiler")
    pipeline, _ = read_answer_parse(session, fmt, " Run opt -p 'mem2reg,instcombine'.", "model")
    assert pipeline == "function(mem2reg,instcombine<no-verify-fixpoint>)"
    # The short "cannot be improved" answer means no passes at all (the empty, trusted pipeline).
    none, _ = read_answer_parse(session, fmt, "The input code has binary size 60 bytes and cannot be improved.", "m")
    assert none == "" and session.failures == []


class DyingBackend(Backend):
    """Fault injection: a backend whose server is gone (what the openai backend raises as BackendError)."""

    name: ClassVar[str] = "dying"

    def generate(self, prompts: list[str], **kwargs: object) -> list[list[Completion]]:  # type: ignore[override]
        raise BackendError("server at 127.0.0.1:9 closed the connection mid-batch")


@pytest.mark.parametrize("strategy", ["zero-shot", "oz-backup", "sample-and-select", "feedback", "model-guided"])
def test_backend_errors_are_counted_and_oz_returned(gcd_module: IRModule, measurer: Measurer, strategy: str) -> None:
    context = StrategyContext(measurer=measurer, acceptance=AcceptancePolicy())
    result = make_strategy(strategy).run(gcd_module, context, budget=4, backend=DyingBackend())
    assert result.chosen == OZ and result.verdict.accepted
    assert set(result.failure_counts) == {"backend_error"}
    if strategy == "model-guided":  # with no model list it searches from -Oz itself, still within the budget
        assert {c.source for c in result.candidates} <= {"oz", "search"} and result.compilations <= 4
    else:
        assert "no usable candidate" in result.why
    assert result.model.calls >= 1 and result.model.completions == 0


def test_model_client_needs_a_backend(session: Session) -> None:
    from llmopt.errors import ConfigError

    with pytest.raises(ConfigError, match="needs a model backend"):
        ModelClient(session)
