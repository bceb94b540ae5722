"""A small model on IR statistics that ranks a coreset's lists: the baseline every language-model ranker must beat.

Why: a language model sees only what fits its context and costs a forward pass per list; statistics of the IR
(AutoPhase-style: how often each opcode, type and construct occurs) have no context limit, take milliseconds, and
train in seconds on a size matrix (every program measured under every list). Whether the LM beats this is measured,
not assumed (issue 14).

``ir_features`` reads printed IR line by line (no LLVM call): the share of each instruction opcode among all
instructions, shares of a few constructs (phi, calls to intrinsics, vector types, volatile, atomics, landing pads),
and the log of the counts of instructions, blocks, defined functions, globals and declarations.

``FeatureRanker`` holds one ridge regression per list from the standardized features to
``log(size under the list / size under -Oz)``; ``rank`` orders lists by predicted ratio, smallest first. A list the
model was not fitted on keeps its place after the fitted ones (in the order given). Saved as JSON (weights,
feature names, list texts, training provenance), so it ships as data like the coreset.

Limits: the features ignore operand structure and control flow beyond block counts; regression targets are clipped
at log(4) so a list that failed (or blew up a few programs) does not dominate.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from llmopt.errors import ConfigError

FORMAT = "llmopt-feature-ranker"
OPCODES = (
    "add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr", "and", "or", "xor",
    "fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "icmp", "fcmp", "select", "phi", "call", "invoke",
    "load", "store", "alloca", "getelementptr", "br", "switch", "ret", "unreachable", "trunc", "zext", "sext",
    "fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp", "ptrtoint", "inttoptr", "bitcast",
    "extractvalue", "insertvalue", "extractelement", "insertelement", "shufflevector", "freeze",
    "atomicrmw", "cmpxchg", "fence", "landingpad", "resume", "indirectbr", "va_arg",
)  # fmt: skip
CONSTRUCTS = ("intrinsic_call", "vector_type", "volatile", "memcpy_like", "loop_metadata", "noinline", "optnone")
COUNTS = ("instructions", "blocks", "functions", "globals", "declarations")
FEATURE_NAMES = (
    tuple(f"op:{o}" for o in OPCODES) + tuple(f"has:{c}" for c in CONSTRUCTS) + tuple(f"log:{c}" for c in COUNTS)
)
_ASSIGN_RE = re.compile(r"^\s*%[-\w.$]+\s*=\s*(?:tail\s+|musttail\s+|notail\s+)?([a-z_]+)")
_BARE_RE = re.compile(
    r"^\s*(?:tail\s+|musttail\s+|notail\s+)?(store|br|ret|switch|unreachable|call|fence|resume|indirectbr|invoke)\b"
)
_LABEL_RE = re.compile(r"^[-\w.$]+:")
_TERMINATORS = frozenset({"br", "switch", "ret", "unreachable", "resume", "indirectbr", "invoke"})
CLIP = math.log(4.0)


def ir_features(ir: str) -> np.ndarray:
    """The feature vector of one module's printed IR (``FEATURE_NAMES`` order)."""
    ops: dict[str, int] = dict.fromkeys(OPCODES, 0)
    has = dict.fromkeys(CONSTRUCTS, 0)
    counts = dict.fromkeys(COUNTS, 0)
    in_body = False
    for line in ir.splitlines():
        if line.startswith("define "):
            counts["functions"] += 1
            in_body = True
            has["noinline"] += "noinline" in line
            has["optnone"] += "optnone" in line
            continue
        if line.startswith("declare "):
            counts["declarations"] += 1
            continue
        if line.startswith("@"):
            counts["globals"] += 1
            continue
        if line.startswith("}"):
            in_body = False
            continue
        if not in_body:
            continue
        if _LABEL_RE.match(line):
            continue
        m = _ASSIGN_RE.match(line) or _BARE_RE.match(line)
        if m is None:
            continue
        op = m.group(1)
        if op in ops:
            ops[op] += 1
        counts["instructions"] += 1
        counts["blocks"] += op in _TERMINATORS  # every block ends in exactly one terminator
        if op == "call" and "@llvm." in line:
            has["intrinsic_call"] += 1
            if "@llvm.memcpy" in line or "@llvm.memset" in line or "@llvm.memmove" in line:
                has["memcpy_like"] += 1
        if "<" in line and " x " in line:
            has["vector_type"] += 1
        if " volatile " in line:
            has["volatile"] += 1
        if "!llvm.loop" in line:
            has["loop_metadata"] += 1
    total = max(1, counts["instructions"])
    vec = [ops[o] / total for o in OPCODES]
    vec += [has[c] / total for c in CONSTRUCTS]
    vec += [math.log1p(counts[c]) for c in COUNTS]
    return np.asarray(vec, dtype=np.float64)


def feature_scaling(features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-feature mean and standard deviation of a (programs x features) matrix, a constant feature's scale 1 (so
    standardizing never divides by zero); the rankers fitted on ``ir_features`` standardize with it."""
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale == 0] = 1.0
    return mean, scale


@dataclass
class FeatureRanker:
    """One ridge regression per list (see the module docstring); ``provenance`` says what it was fitted on."""

    lists: tuple[str, ...]
    weights: np.ndarray  # (len(lists), n_features + 1): bias last
    mean: np.ndarray
    scale: np.ndarray
    alpha: float = 1.0
    provenance: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        features: np.ndarray,
        log_ratios: np.ndarray,
        lists: Sequence[str],
        *,
        alpha: float = 1.0,
        provenance: Mapping[str, Any] | None = None,
    ) -> FeatureRanker:
        """Fit on ``features`` (programs x features) and ``log_ratios`` (programs x lists; NaN: not measured or
        failed, clipped to ``CLIP``).

        Raises:
            ConfigError: shapes disagree or there are no programs.
        """
        n, d = features.shape
        if n == 0 or log_ratios.shape != (n, len(lists)):
            raise ConfigError(f"ranker fit needs programs x lists targets, got {log_ratios.shape} for {n} programs")
        mean, scale = feature_scaling(features)
        x = np.hstack([(features - mean) / scale, np.ones((n, 1))])
        targets = np.clip(np.nan_to_num(log_ratios, nan=CLIP), -CLIP, CLIP)
        reg = alpha * np.eye(d + 1)
        reg[-1, -1] = 0.0  # the bias is not shrunk
        weights = np.linalg.solve(x.T @ x + reg, x.T @ targets).T
        return cls(tuple(lists), weights, mean, scale, alpha, dict(provenance or {}))

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Predicted log(size / -Oz size) per list, for one feature vector or a matrix of them."""
        single = features.ndim == 1
        x = np.atleast_2d(features)
        x = np.hstack([(x - self.mean) / self.scale, np.ones((x.shape[0], 1))])
        out = x @ self.weights.T
        return out[0] if single else out

    def rank(self, ir: str, lists: Sequence[str] | None = None) -> tuple[str, ...]:
        """``lists`` (default: the fitted ones) ordered by predicted size, smallest first; lists the model does not
        know follow in their given order."""
        lists = tuple(self.lists if lists is None else lists)
        predicted = dict(zip(self.lists, self.predict(ir_features(ir)).tolist(), strict=True))
        known = sorted((p for p in lists if p in predicted), key=lambda p: (predicted[p], lists.index(p)))
        return (*known, *(p for p in lists if p not in predicted))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": 1,
            "features": list(FEATURE_NAMES),
            "lists": list(self.lists),
            "weights": self.weights.tolist(),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "alpha": self.alpha,
            "provenance": self.provenance,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FeatureRanker:
        """Raises: ConfigError for another format or feature set (a ranker made by another llmopt version)."""
        if data.get("format") != FORMAT:
            raise ConfigError(f"not a feature ranker (format {data.get('format')!r})")
        if tuple(data.get("features", ())) != FEATURE_NAMES:
            raise ConfigError("feature ranker made with another feature set; refit it with this llmopt")
        return cls(
            tuple(data["lists"]),
            np.asarray(data["weights"], dtype=np.float64),
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            float(data.get("alpha", 1.0)),
            dict(data.get("provenance", {})),
        )

    def save(self, path: Path) -> Path:
        from llmopt.toolchain.ir import write_atomic

        write_atomic(path, json.dumps(self.to_json()))
        return path

    @classmethod
    def load(cls, path: Path) -> FeatureRanker:
        """Raises: ConfigError when the file is missing or not a ranker."""
        if not Path(path).is_file():
            raise ConfigError(f"{path}: no such feature ranker file")
        try:
            return cls.from_json(json.loads(Path(path).read_text()))
        except (json.JSONDecodeError, KeyError, ValueError) as e:
            raise ConfigError(f"{path}: not a readable feature ranker ({e})") from None


def log_ratio_matrix(
    sizes: Sequence[Mapping[str, float | None]], oz: Sequence[float], lists: Sequence[str]
) -> np.ndarray:
    """Programs x lists of log(size / -Oz size); NaN where a list was not measured or failed."""
    out = np.full((len(sizes), len(lists)), np.nan)
    for i, (row, base) in enumerate(zip(sizes, oz, strict=True)):
        for j, pipeline in enumerate(lists):
            size = row.get(pipeline)
            if size is not None and base and size > 0 and math.isfinite(size):
                out[i, j] = math.log(size / base)
    return out


__all__ = ["FEATURE_NAMES", "FeatureRanker", "feature_scaling", "ir_features", "log_ratio_matrix"]
