"""The tiny test model itself: it loads through transformers and answers every training prompt greedily with its
real pass list (the property every model test downstream relies on)."""

from __future__ import annotations

from pathlib import Path

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
