"""The IR-aware tokenizer: cleaning as a model reads IR, opcode phrases as tokens, better compression than GPT-2's
pre-tokenizer on IR it never saw, Hugging Face loading, and `llmopt train tokenizer` on a real (small) corpus."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from llmopt.cli.main import main
from llmopt.prompts.ir_text import model_ir_text, strip_comment
from llmopt.toolchain import Toolchain
from llmopt.train.tokenizer import (
    PreTokenizer,
    build_tokenizer,
    count_tokens,
    load_tokenizer_file,
    save_tokenizer,
    train_tokenizer,
)

ROOT = Path(__file__).resolve().parents[3]


def _benchmark_ir() -> list[str]:
    files = sorted((ROOT / "benchmarks" / "data").glob("*/*.ll"))
    texts = [f.read_text() for f in files]
    random.Random(0).shuffle(texts)
    return texts


def test_comments_quotes_and_strings() -> None:
    assert strip_comment("  %3 = add i32 %1, %2 ; the sum") == "  %3 = add i32 %1, %2"
    assert strip_comment('@s = constant [4 x i8] c"a;b\\00" ; note') == '@s = constant [4 x i8] c"a;b\\00"'
    assert strip_comment('define void @"x;y"() {') == 'define void @"x;y"() {'


def test_model_ir_text_keeps_a_valid_module_without_paths_comments_or_debug_info(
    toolchain: Toolchain, tmp_path: Path
) -> None:
    src = tmp_path / "build" / "secret_dir" / "f.c"
    src.parent.mkdir(parents=True)
    src.write_text(
        'const char *g = "semi;colon";\nint f(int x) { int s = 0; for (int i = 0; i < x; i++) s += i; return s; }\n'
    )
    ir = tmp_path / "f.ll"
    run = toolchain.run("clang", ["-g", "-O0", "-S", "-emit-llvm", str(src), "-o", str(ir)])
    assert run.returncode == 0, run.stderr
    text = ir.read_text()
    assert "secret_dir" in text and "!dbg" in text and "; Function Attrs" in text  # the input really has them
    clean = model_ir_text(text)
    assert "secret_dir" not in clean and "!dbg" not in clean and "!DI" not in clean
    assert not any(line.lstrip().startswith(";") for line in clean.splitlines())
    assert 'c"semi;colon\\00"' in clean and "define dso_local i32 @f(i32 noundef" in clean
    out = tmp_path / "clean.ll"
    out.write_text(clean)
    check = toolchain.run("opt", ["-S", "-o", "/dev/null", str(out)])
    assert check.returncode == 0, check.stderr  # still IR that LLVM reads
    assert model_ir_text(clean) == clean  # cleaning twice changes nothing


def test_opcode_phrases_become_tokens_and_numbers_stay_generic() -> None:
    texts = _benchmark_ir()
    tok = train_tokenizer(texts, vocab_size=2048)
    pieces = tok.encode("  %5 = add nsw i32 %3, 1\n", add_special_tokens=False).tokens
    assert "Ġ=ĠaddĠnswĠi32Ġ" in pieces  # one token for the opcode phrase, type included
    assert pieces.count("%") == 2 and "5" in pieces and "3" in pieces  # value numbers split off the sigils
    assert tok.decode(tok.encode("  br label %7\n").ids) == "  br label %7\n"


def test_ir_pre_tokenizer_compresses_unseen_ir_better_than_gpt2() -> None:
    texts = _benchmark_ir()
    cut = int(len(texts) * 0.8)
    _tok, report = build_tokenizer(texts[:cut], texts[cut:], vocab_size=2048)
    assert report.eval_texts == len(texts) - cut and report.eval_chars > 10_000
    assert report.baseline_chars_per_token is not None
    assert report.chars_per_token > report.baseline_chars_per_token * 1.2
    gpt2 = train_tokenizer(texts[:cut], vocab_size=2048, pre_tokenizer=PreTokenizer.GPT2)
    assert count_tokens(gpt2, texts[cut:])[1] == report.baseline_eval_tokens


def test_saved_tokenizer_loads_in_transformers_with_special_tokens(tmp_path: Path) -> None:
    from transformers import AutoTokenizer

    texts = _benchmark_ir()
    tok, report = build_tokenizer(texts[:20], texts[20:25], vocab_size=600, compare_gpt2=False)
    save_tokenizer(tok, tmp_path / "tok", report)
    hf = AutoTokenizer.from_pretrained(str(tmp_path / "tok"))
    assert (hf.bos_token, hf.eos_token, hf.pad_token) == ("<s>", "</s>", "<pad>")
    sample = "  %5 = add nsw i32 %3, 1\n"
    assert hf.decode(hf(sample, add_special_tokens=False)["input_ids"]) == sample
    assert load_tokenizer_file(tmp_path / "tok").get_vocab_size() == hf.vocab_size
    saved = json.loads((tmp_path / "tok" / "llmopt_tokenizer.json").read_text())
    assert saved["eval_texts"] == 5 and saved["chars_per_token"] > 1


@pytest.mark.slow
def test_cli_trains_on_train_split_and_measures_validation(small_corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "tok"
    assert main(["train", "tokenizer", str(small_corpus), "--out", str(out), "--vocab-size", "600", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["train_texts"] > 0 and report["eval_texts"] > 0
    assert report["chars_per_token"] > report["baseline_chars_per_token"]
    assert (out / "tokenizer.json").is_file() and (out / "tokenizer_config.json").is_file()


def test_cli_missing_dataset_is_one_json_line(tmp_path: Path, capsys) -> None:
    code = main(["train", "tokenizer", str(tmp_path / "nope"), "--out", str(tmp_path / "tok"), "--json"])
    assert code == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["kind"] == "ConfigError"


def test_an_llm_compiler_prompt_tokenizes_as_a_prefix_of_prompt_and_completion(tmp_path: Path) -> None:
    """The llm-compiler prompt ends on `[/INST]` and the completion follows without a line break; the marker is its
    own piece, so the prompt's tokens are a prefix of the prompt + completion tokens (else the trainer drops the
    prompt's end from every training sequence and trains on a context inference never shows)."""
    from transformers import AutoTokenizer

    from llmopt.prompts import FlagTuningExample, get_format

    fmt = get_format("flag_tuning", style="llm-compiler")
    pairs = []
    for text in _benchmark_ir()[:12]:
        ir = model_ir_text(text)
        example = FlagTuningExample(
            ir=ir,
            ir_instruction_count=10,
            ir_binary_size=64,
            best_passes="instcombine,simplifycfg",
            optimized_instruction_count=8,
            optimized_binary_size=48,
            optimized_ir=ir,
        )
        prompt = fmt.render_prompt(example)
        assert isinstance(prompt, str) and prompt.endswith("[/INST]")
        pairs.append((prompt, fmt.render_completion(example)))
    save_tokenizer(train_tokenizer([p + c for p, c in pairs], vocab_size=4096, clean=False), tmp_path / "tok")
    tok = AutoTokenizer.from_pretrained(str(tmp_path / "tok"))
    for prompt, completion in pairs:
        alone = tok(prompt)["input_ids"]
        assert tok(prompt + completion)["input_ids"][: len(alone)] == alone
