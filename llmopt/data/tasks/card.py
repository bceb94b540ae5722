"""The dataset card (README.md) of a task dataset, rendered from its manifest.

The YAML header declares one ``default`` config with a Parquet glob per split, so ``datasets.load_dataset(<dir>)``
works as well as ``load_dataset("parquet", data_files=...)``. The body records what a reader needs to trust or
reproduce the data: task and prompt style, corpus and its sources and licences, flavour, LLVM version, counts per
split, skip reasons, the token-length histogram, wall time and the command line.
"""

from __future__ import annotations

from typing import Any

from llmopt.data.assemble import SPLITS


def render_task_card(manifest: dict[str, Any]) -> str:
    """Markdown with a Hugging Face ``configs`` header for a task dataset manifest (see ``runner``)."""
    counts: dict[str, int] = manifest["counts"]
    lines = ["---", "configs:", "- config_name: default", "  data_files:"]
    for split in SPLITS:
        if counts.get(split):
            lines += [f"  - split: {split}", f"    path: data/{split}-*.parquet"]
    corpus = manifest["corpus"]
    lines += [
        "---",
        "",
        f"# {manifest['task']} ({manifest['style']} style)",
        "",
        (
            f"Training and evaluation examples for the `{manifest['task']}` task, built by `llmopt data build` from "
            f"the `{manifest['level']}` rows of the corpus `{corpus.get('name')}`. Every label was computed with "
            "the real compiler; rows for which that failed are counted below, not kept."
        ),
        "",
        f"- prompt style: `{manifest['style']}`"
        + (f" (format options {manifest['format_options']})" if manifest["format_options"] else ""),
        f"- IR flavour: `{manifest['flavour']}`; level: `{manifest['level']}`",
        f"- LLVM: `{manifest['llvm']}` (corpus built with `{corpus.get('llvm')}`)",
        f"- corpus: `{corpus.get('path')}` (created {corpus.get('created')})",
        f"- seed: {manifest['seed']}; rows per split: {manifest['limit'] or 'all'}",
        f"- task options: {manifest['options'] or 'none'}",
        f"- token counts: `{manifest['tokenizer']}` tokenizer, prompt + completion"
        + (f"; examples over {manifest['max_tokens']} tokens dropped" if manifest["max_tokens"] else ""),
        f"- created: {manifest['created']}; wall time of the last run: {manifest['walltime_s']} s",
        f"- command: `{manifest['command'] or '(library call)'}`",
        "",
        "Columns: `prompt` (text; for chat styles the message contents joined by a blank line), `messages` "
        "(chat styles: the prompt messages as JSON), `completion` (the label), token counts, the corpus row's "
        "identity (`name`, `package`, `normalized_hash`, `source`, `licence`) and task columns: "
        + ", ".join(f"`{c}`" for c in manifest["columns"] if c not in _BASE)
        + ".",
        "",
        "## Counts",
        "",
        "| split | corpus rows read | examples | skipped |",
        "|---|---|---|---|",
    ]
    for split, n in counts.items():
        skipped = sum(manifest["skipped"].get(split, {}).values())
        lines.append(f"| {split} | {manifest['rows_read'].get(split, 0)} | {n} | {skipped} |")
    if manifest.get("chunks_missing"):
        lines += ["", f"**Partial build:** {manifest['chunks_missing']} chunks are not finished yet."]
    lines += ["", "## Skipped rows by reason", ""]
    reasons = sorted({r for per in manifest["skipped"].values() for r in per})
    if reasons:
        lines += ["| reason | " + " | ".join(counts) + " | example |", "|---" * (len(counts) + 2) + "|"]
        for reason in reasons:
            example = (manifest["skip_examples"].get(reason) or [""])[0].replace("|", "/").replace("\n", " ")[:120]
            per = " | ".join(str(manifest["skipped"].get(s, {}).get(reason, 0)) for s in counts)
            lines.append(f"| {reason.replace('|', '/')} | {per} | {example} |")
    else:
        lines.append("none")
    lines += [
        "",
        "## Token-length histogram",
        "",
        "Examples per length bin (upper bound, prompt + completion tokens).",
        "",
    ]
    hist = {s: dict(pairs) for s, pairs in manifest["token_histogram"].items()}
    bins = sorted({b for h in hist.values() for b in h})
    if bins:
        lines += ["| ≤ tokens | " + " | ".join(hist) + " |", "|---" * (len(hist) + 1) + "|"]
        lines += [f"| {b} | " + " | ".join(str(hist[s].get(b, 0)) for s in hist) + " |" for b in bins]
    lines += ["", "## Sources and licences", "", "Corpus sources:", ""]
    for source in corpus.get("sources", []):
        desc = ", ".join(f"{k}={v}" for k, v in source.items() if k not in ("name", "kind") and v not in (None, []))
        lines.append(f"- `{source.get('name')}` ({source.get('kind')}){': ' + desc if desc else ''}")
    lines += [
        "",
        "Examples per licence (of the corpus row each example was made from):",
        "",
        "| licence | examples |",
        "|---|---|",
    ]
    lines += [f"| {lic.replace('|', '/')} | {n} |" for lic, n in manifest["licences"].items()]
    lines += [
        "",
        "## Use",
        "",
        "```python",
        "import datasets",
        "ds = datasets.load_dataset(path)  # or: from llmopt.data.tasks.runner import load_task_dataset",
        "```",
        "",
    ]
    return "\n".join(lines)


_BASE = (
    "name",
    "package",
    "split",
    "normalized_hash",
    "source",
    "licence",
    "prompt",
    "messages",
    "completion",
    "prompt_tokens",
    "completion_tokens",
)

__all__ = ["render_task_card"]
