"""The vllm backend: its spec, options and missing-vLLM error run everywhere; generation and scoring against the
hf backend on the same tiny model run where a CUDA GPU and vLLM are present (marked ``gpu``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from llmopt.backends import load_backend
from llmopt.backends.base import BACKENDS, ContextOverflowError, parse_spec
from llmopt.errors import ConfigError
from tests.tiny_model import CONTEXT_LENGTH, flag_tuning_pairs


def test_vllm_is_a_registered_backend_with_typed_options() -> None:
    assert "vllm" in BACKENDS.names()
    spec = parse_spec("vllm:/models/x,gpu_memory_utilization=0.5,max_model_len=2048")
    assert (spec.kind, spec.target) == ("vllm", "/models/x")
    with pytest.raises(ConfigError, match="unknown option"):
        load_backend("vllm:/models/x,batch=4")  # rejected before vLLM is imported


@pytest.mark.skipif(importlib.util.find_spec("vllm") is not None, reason="vLLM is installed here")
def test_without_vllm_the_backend_says_how_to_get_it(tiny_model_dir: Path) -> None:
    with pytest.raises(ConfigError, match=r"llmopt\[vllm\]"):
        load_backend(f"vllm:{tiny_model_dir}")


@pytest.mark.gpu
def test_vllm_answers_like_hf_greedily_and_scores_the_same(tiny_model_dir: Path) -> None:
    hf = load_backend(f"hf:{tiny_model_dir},device=cuda")
    vl = load_backend(f"vllm:{tiny_model_dir},gpu_memory_utilization=0.3")
    prompts = [p for p, _ in flag_tuning_pairs()]
    want = [c for _, c in flag_tuning_pairs()]
    got = vl.generate(prompts, n=1, temperature=0.0, max_tokens=40)
    assert [row[0].text for row in got] == want
    assert all(row[0].token_logprobs is not None and row[0].logprob is not None for row in got)
    samples = vl.generate(prompts[:1], n=4, temperature=1.0, max_tokens=40, seed=3)
    assert len(samples[0]) == 4
    assert samples == vl.generate(prompts[:1], n=4, temperature=1.0, max_tokens=40, seed=3)  # seeded
    conts = [want[0], want[1]]
    for a, b in zip(hf.score(prompts[0], conts), vl.score(prompts[0], conts), strict=True):
        assert a == pytest.approx(b, abs=1e-2)
    with pytest.raises(ContextOverflowError):
        vl.generate(["x " * (CONTEXT_LENGTH * 2)], max_tokens=4)
