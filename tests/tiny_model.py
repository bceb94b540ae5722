"""A tiny Llama-style causal LM trained in seconds on llm-compiler flag-tuning prompts, so tests run a real model.

Why: every backend, strategy and server test must drive a real model that emits real pass lists, without shipping
weights or downloading anything. ``flag_tuning_pairs()`` gives short prompts in the exact ``llm-compiler`` style
(``LlmCompilerFlagTuningFormat``) over a few small real functions of ``benchmarks/data/func`` (only the ``define``
block, so prompts stay ~100 tokens), each answered by a real pass list; ``train_tiny_model`` fits a byte-level BPE
(``tokenizers``) and a ~40K-parameter ``LlamaForCausalLM`` on them with a plain fp32 torch loop on CPU and saves both
with ``save_pretrained``, so ``hf:DIR`` loads the result like any Hugging Face model dir.

Limits: the model memorises its training pairs (greedy decoding reproduces each answer exactly, which tests assert);
on any other prompt it emits some pass-list-like text, which is what "a weak model" looks like. It knows nothing about
IR. Training stops once every answer is reproduced greedily, or after ``steps`` steps (then it raises: a model that
does not know its answers would make every test that asserts on pass lists fail confusingly).
"""

from __future__ import annotations

import re
from pathlib import Path

from llmopt.prompts.examples import FlagTuningExample
from llmopt.prompts.flag_tuning import LlmCompilerFlagTuningFormat
from llmopt.prompts.ir_text import model_ir_text

ROOT = Path(__file__).resolve().parents[1]
FUNC_DIR = ROOT / "benchmarks" / "data" / "func"

# (function file in benchmarks/data/func, the pass list the model is taught to answer with). Each list is a real
# `opt -passes=` pipeline of new-PM passes (opt accepts it on the function), not necessarily the best one.
FLAG_TUNING_ANSWERS: tuple[tuple[str, str], ...] = (
    ("csmith_3.safe_unary_minus_func_uint64_t_u.ll", "mem2reg,instcombine"),
    ("021_int_division.srem_by_16.ll", "sroa,instcombine,simplifycfg"),
    ("csmith_2.safe_sub_func_uint64_t_u_u.ll", "mem2reg,early-cse,dce"),
    ("021_int_division.rem_trunc.ll", "sroa,gvn,adce"),
)
CONTEXT_LENGTH = 512  # max_position_embeddings of the tiny model: a prompt longer than this is a ContextOverflowError
_DEFINE_RE = re.compile(r"^define .*?^}\n?", re.DOTALL | re.MULTILINE)


def function_ir(name: str) -> str:
    """The ``define ... }`` block of a benchmark function file (no header, attributes or metadata) as models read it
    (``model_ir_text``: no comments), the text strategies show a model: short but real."""
    text = model_ir_text((FUNC_DIR / name).read_text())
    match = _DEFINE_RE.search(text)
    if match is None:
        raise ValueError(f"no define block in {name}")
    return match.group(0).rstrip("\n") + "\n"


def answer_text(passes: str) -> str:
    """The completion taught for a pass list, in the llm-compiler wording that ``parse_flag_tuning`` reads."""
    return f" Run opt -p '{passes}'."


def flag_tuning_pairs() -> list[tuple[str, str]]:
    """(prompt, completion) pairs: the llm-compiler flag-tuning prompt of each function in ``FLAG_TUNING_ANSWERS``
    and ``answer_text`` of its pass list."""
    fmt = LlmCompilerFlagTuningFormat()
    pairs: list[tuple[str, str]] = []
    for name, passes in FLAG_TUNING_ANSWERS:
        prompt = fmt.render_prompt(FlagTuningExample(ir=function_ir(name), ir_instruction_count=0, ir_binary_size=0))
        assert isinstance(prompt, str)
        pairs.append((prompt, answer_text(passes)))
    return pairs


def train_tiny_model(
    out_dir: Path | str,
    pairs: list[tuple[str, str]] | None = None,
    *,
    steps: int = 300,
    seed: int = 0,
    context_length: int = CONTEXT_LENGTH,
) -> Path:
    """Train the tiny model on ``pairs`` (default ``flag_tuning_pairs()``) and save model + tokenizer in ``out_dir``.

    The loss covers only the completion and its EOS (the prompt is context), so the model learns to answer, stop,
    and nothing else. Raises RuntimeError if after ``steps`` steps greedy decoding does not reproduce every answer.
    """
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    pairs = flag_tuning_pairs() if pairs is None else pairs
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=512,
        special_tokens=["<pad>", "<s>", "</s>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator([p + c for p, c in pairs], trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    fast.model_max_length = context_length

    config = LlamaConfig(
        vocab_size=len(fast),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=context_length,
        bos_token_id=fast.bos_token_id,
        eos_token_id=fast.eos_token_id,
        pad_token_id=fast.pad_token_id,
        tie_word_embeddings=True,
    )
    model = LlamaForCausalLM(config)

    bos, eos, pad = fast.bos_token_id, fast.eos_token_id, fast.pad_token_id
    prompts = [[bos, *fast(p, add_special_tokens=False)["input_ids"]] for p, _ in pairs]
    answers = [[*fast(c, add_special_tokens=False)["input_ids"], eos] for _, c in pairs]
    seqs = [p + a for p, a in zip(prompts, answers, strict=True)]
    width = max(len(s) for s in seqs)
    if width > context_length:
        raise ValueError(f"training pair of {width} tokens is over the tiny model's context of {context_length}")
    # Left padding, as the hf backend batches: the model sees the same positions in training and in generation.
    x = torch.tensor([[pad] * (width - len(s)) + s for s in seqs])
    y = torch.tensor([[-100] * (width - len(a)) + a for a in answers])
    mask = torch.tensor([[0] * (width - len(s)) + [1] * len(s) for s in seqs])
    opt = torch.optim.AdamW(model.parameters(), lr=2e-2, weight_decay=0.0)

    # One thread: on a small shared CPU, torch's default thread pool spends more time contending than computing.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        _fit(model, opt, x, mask, y, answers, width, steps)
    finally:
        torch.set_num_threads(threads)
    model.eval()
    model.generation_config.pad_token_id = pad
    model.save_pretrained(out)
    fast.save_pretrained(out)
    return out


def _fit(
    model: object, opt: object, x: object, mask: object, y: object, answers: list[list[int]], width: int, steps: int
) -> None:
    """The training loop; stops early once greedy decoding reproduces every answer."""
    import torch

    assert isinstance(model, torch.nn.Module) and isinstance(opt, torch.optim.Optimizer)
    model.train()
    for step in range(steps):
        loss = model(input_ids=x, attention_mask=mask, labels=y).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 10 == 9 and loss.item() < 0.05 and _reproduces(model, x, mask, answers, width):
            break
    else:
        if not _reproduces(model, x, mask, answers, width):
            raise RuntimeError(f"tiny model did not learn its {len(answers)} answers in {steps} steps")


def _reproduces(model: object, x: object, mask: object, answers: list[list[int]], width: int) -> bool:
    """Whether teacher-forced argmax equals every answer token (equal to greedy decoding reproducing it exactly)."""
    import torch

    assert isinstance(model, torch.nn.Module) and isinstance(x, torch.Tensor)
    with torch.no_grad():
        logits = model(input_ids=x, attention_mask=mask).logits
    pred = logits.argmax(-1)
    for i, answer in enumerate(answers):
        # logits at position t predict token t+1; the answer occupies the last len(answer) positions.
        got = pred[i, width - len(answer) - 1 : width - 1].tolist()
        if got != answer:
            return False
    return True
