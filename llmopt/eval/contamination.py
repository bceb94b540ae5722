"""The contamination check that runs with every evaluation: which suite programs the model saw in training.

Why: a model scored on programs it was trained on reports memory, not skill. The project's rule (HELDOUT.md,
``data.overlap``) is an exact match of *normalized* IR hashes (``toolchain.normalized_hash``: names, metadata and
debug info removed), so a copy of a function under another name still counts. This module applies that rule between a
suite and a model's training manifest and returns a JSON-ready report that the harness stores
(``contamination.json``) and the report prints.

Where a model's training manifest comes from (first found wins):

1. ``<model dir>/training_manifest.json``: ``{"normalized_hashes": {"size": [...], "paper": [...]}}``, or a flat
   list under ``"normalized_hashes"`` (any flavour).
2. ``<model dir>/default_model.json`` (``llmopt train default``): its ``release.path`` names the training release,
   whose ``programs.parquet`` has a ``normalized_hash`` (and ``flavour``) per training program.

A model without either is reported as ``checked: false`` with the reason, never as clean.

Limits: exact normalized matches only (an edited copy counts as unseen); a suite TU is compared as a whole module, its
functions only where the suite holds them as function programs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from llmopt.errors import InputError, ToolError
from llmopt.eval.suite import ROOT, Suite
from llmopt.toolchain import Toolchain, normalized_hash

MANIFEST_FILE = "training_manifest.json"
DEFAULT_MODEL_INFO = "default_model.json"


def model_dir_of(model: str | None) -> Path | None:
    """The directory of an ``hf:DIR`` / ``vllm:DIR`` model spec (``default``: the packaged model), else None."""
    if not model:
        return None
    from llmopt.backends.base import packaged_model_dir, parse_spec
    from llmopt.errors import ConfigError

    try:
        spec = parse_spec(model)
    except ConfigError:
        return None
    if spec.kind == "default":
        return packaged_model_dir()
    if spec.kind in ("hf", "vllm"):
        return Path(spec.target).expanduser()
    return None


def training_hashes(model_dir: Path) -> tuple[dict[str, set[str]] | None, str]:
    """(flavour → normalized hashes, where they came from), or (None, why not). Flavour ``*``: any flavour."""
    manifest = model_dir / MANIFEST_FILE
    if manifest.is_file():
        data = json.loads(manifest.read_text())
        hashes = data.get("normalized_hashes", {})
        if isinstance(hashes, list):
            return {"*": set(hashes)}, str(manifest)
        return {str(k): set(v) for k, v in hashes.items()}, str(manifest)
    info = model_dir / DEFAULT_MODEL_INFO
    if info.is_file():
        release = json.loads(info.read_text()).get("release", {})
        path = Path(str(release.get("path", "")))
        # A relative release path is the training command's (run from a checkout): try it from here, then from the
        # checkout this package lives in.
        candidates = [path] if path.is_absolute() else [path, ROOT / path, model_dir / path]
        programs = next((c / "programs.parquet" for c in candidates if (c / "programs.parquet").is_file()), None)
        if programs is None:
            return None, f"{info} names the release {path}, which has no programs.parquet here"
        import pyarrow.parquet as pq

        table = pq.read_table(programs, columns=["normalized_hash", "flavour"]).to_pydict()
        out: dict[str, set[str]] = {}
        for h, flavour in zip(table["normalized_hash"], table["flavour"], strict=True):
            out.setdefault(str(flavour), set()).add(str(h))
        return out, str(programs)
    return None, f"{model_dir} has no {MANIFEST_FILE} or {DEFAULT_MODEL_INFO} (no training manifest to check against)"


def check_contamination(
    suite: Suite, toolchain: Toolchain, model: str | None, model_dir: Path | None = None
) -> dict[str, Any]:
    """The suite's programs whose normalized hash is in the model's training manifest.

    Returns:
        ``{"checked": bool, "reason"/"manifest": str, "programs": n, "overlapping": [names], "share": x, ...}``.
    """
    base: dict[str, Any] = {"suite": suite.name, "suite_manifest_sha256": suite.manifest_hash, "model": model}
    where = model_dir or model_dir_of(model)
    if where is None:
        why = "no model (a baseline)" if not model else f"model {model!r} has no local directory to read"
        return {**base, "checked": False, "reason": why}
    hashes, source = training_hashes(Path(where))
    if hashes is None:
        return {**base, "checked": False, "reason": source}
    seen = hashes.get(suite.flavour.value, set()) | hashes.get("*", set())
    overlapping: list[str] = []
    unreadable: list[str] = []
    for program in suite.programs:
        try:
            digest = normalized_hash(toolchain, program.to_module())
        except (InputError, ToolError) as e:
            unreadable.append(f"{program.name}: {e}"[:200])
            continue
        if digest in seen:
            overlapping.append(program.name)
    return {
        **base,
        "checked": True,
        "manifest": source,
        "training_hashes": len(seen),
        "programs": len(suite.programs),
        "overlapping": overlapping,
        "share": len(overlapping) / len(suite.programs) if suite.programs else 0.0,
        "unreadable": unreadable,
    }


__all__ = ["MANIFEST_FILE", "check_contamination", "model_dir_of", "training_hashes"]
