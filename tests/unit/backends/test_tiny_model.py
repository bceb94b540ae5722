"""The tiny test model itself: it loads through transformers and answers every training prompt greedily with its
real pass list (the property every model test downstream relies on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmopt.prompts.flag_tuning import LlmCompilerFlagTuningFormat
from tests.tiny_model import CONTEXT_LENGTH, FLAG_TUNING_ANSWERS, flag_tuning_pairs


def test_pairs_are_llm_compiler_prompts_with_real_pass_lists() -> None:
    fmt = LlmCompilerFlagTuningFormat()
    for (prompt, completion), (_, passes) in zip(flag_tuning_pairs(), FLAG_TUNING_ANSWERS, strict=True):
        assert prompt.startswith("[INST] Tell me how to optimize this LLVM-IR for object file size:")
        assert "define " in prompt and prompt.endswith("</code> [/INST]")
        assert fmt.parse(completion).pass_pipeline == passes


def test_tiny_model_answers_greedily(tiny_model_dir: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    assert model.config.max_position_embeddings == CONTEXT_LENGTH
    for prompt, completion in flag_tuning_pairs():
        ids = torch.tensor([[tok.bos_token_id, *tok(prompt, add_special_tokens=False)["input_ids"]]])
        with torch.no_grad():
            out = model.generate(ids, max_new_tokens=40, do_sample=False, pad_token_id=tok.pad_token_id)
        assert tok.decode(out[0, ids.shape[1] :], skip_special_tokens=True) == completion


def _score_run_whole(backend: object, prompt: str, cont: str) -> float:
    """The log-probability of ``cont`` after ``prompt``, the pair run through the model in one unpadded sequence."""
    import torch

    tok, model = backend.tokenizer, backend.model  # type: ignore[attr-defined]
    p_ids = tok(prompt, add_special_tokens=True)["input_ids"]
    c_ids = tok(cont, add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        logits = model(torch.tensor([p_ids + c_ids])).logits[0].float()
    lp = torch.log_softmax(logits[:-1], dim=-1)
    return sum(float(lp[len(p_ids) - 1 + k, t]) for k, t in enumerate(c_ids))


def test_batched_score_equals_scoring_each_continuation_alone(tiny_model_dir: Path) -> None:
    """hf scores continuations in padded batches; each score must be the unpadded, one-at-a-time log-probability."""

    from llmopt.backends import load_backend

    backend = load_backend(f"hf:{tiny_model_dir},batch_size=3")
    prompt, _ = flag_tuning_pairs()[0]
    conts = [c for _, c in flag_tuning_pairs()] + [" x", " Run opt -p 'default<Oz>'"]
    got = backend.score(prompt, conts)
    for cont, score in zip(conts, got, strict=True):
        assert score == pytest.approx(_score_run_whole(backend, prompt, cont), abs=1e-3)
    best = max(range(len(conts)), key=lambda i: got[i])
    assert best == 0  # the tiny model's own answer to this prompt is the most probable


def test_scores_reusing_the_last_prompt_equal_scores_run_whole(tiny_model_dir: Path) -> None:
    """Scoring keeps the last prompt's key/value cache and runs only the new tokens of a prompt that extends it (the
    next level of a priority tree); every score must still equal the prompt + continuation run whole, whether the
    next prompt extends the last, repeats it, is a prefix of it, or shares nothing with it."""

    from llmopt.backends import load_backend

    backend = load_backend(f"hf:{tiny_model_dir},batch_size=2")
    base, _ = flag_tuning_pairs()[0]
    other, _ = flag_tuning_pairs()[1]
    conts = [" Run", " Run opt -p 'default<Oz>'", "'", " x y"]
    prompts = [base, base + " Run opt -p '", base + " Run opt -p '", base, other, other + " Run opt"]
    for prompt in prompts:
        got = backend.score(prompt, conts)
        p_ids = backend.tokenizer(prompt, add_special_tokens=True)["input_ids"]  # type: ignore[attr-defined]
        assert backend._last_prompt[0] == p_ids  # type: ignore[attr-defined]  # the cached path ran
        for cont, score in zip(conts, got, strict=True):
            assert score == pytest.approx(_score_run_whole(backend, prompt, cont), abs=1e-3), (prompt[-20:], cont)


def test_the_default_model_runs_on_one_cpu_thread_unless_told(
    tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped model is small: its decode steps are faster on one torch thread; hf keeps torch's choice, and an
    explicit ``threads`` wins for both."""
    import torch

    from llmopt.backends import load_backend

    before = torch.get_num_threads()
    monkeypatch.setenv("LLMOPT_DEFAULT_MODEL", str(tiny_model_dir))
    try:
        torch.set_num_threads(2)
        load_backend(f"hf:{tiny_model_dir}")
        assert torch.get_num_threads() == 2
        backend = load_backend("default")
        assert torch.get_num_threads() == 1 and backend.options.threads == 1  # type: ignore[attr-defined]
        load_backend("default,threads=2")
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
