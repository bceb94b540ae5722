"""The neighbour ranker: a coreset order refitted, per program, on the training programs whose IR looks most alike.

Why: the coreset's fixed order is the greedy best *on average*; a program is not average. Ranking each list alone
(the ridge ``FeatureRanker``, or a language model's probability of each list) loses to the fixed order at 10
compilations (measured, docs/training.md): the top lists such a ranker picks are alike, so the second to ninth add
little. This ranker keeps what makes the fixed order strong, the greedy choice of the list that adds the most to the
lists already chosen, and changes only *whose* gains it adds: the ``k`` training programs nearest to this one in
IR-statistics space (``llmopt.inference.features.ir_features``, standardized), measured under every list (a release's
dense size matrix). Lists no neighbour gains from any more keep the given (fixed) order.

Cost: a distance to every stored program and a greedy pass over ``k`` x lists numbers (milliseconds); no model call,
no context limit. Shipped as data (``neighbours-llvm<major>-<flavour>-v<N>.npz`` beside the coreset), so it
needs no training on the user's machine; ``llmopt train ranker`` refits it from a committed release in minutes.

Limits: the features ignore operand structure and control flow beyond block counts; sizes are only as good as the
release's LLVM and codegen (the file records both, and a ranker for another LLVM major is not loaded); lists the
ranker was not fitted on follow in their given order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from llmopt.errors import ConfigError
from llmopt.inference.features import FEATURE_NAMES, feature_scaling, ir_features
from llmopt.toolchain import CodegenConfig, Flavour, Toolchain, write_atomic

FORMAT = "llmopt-neighbour-ranker"
VERSION = 1
DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_K = 400  # chosen by package-grouped cross-validation on the training split (docs/training.md)
CLIP = float(np.log(0.25))  # a list never counts as more than 4x smaller than -Oz (one outlier does not rule)
_LOADED: dict[tuple[str, int], NeighbourRanker] = {}  # per process: (path, mtime) -> ranker (read-only once loaded)
_FILE_RE = re.compile(r"^neighbours-llvm(\d+)-(\w+)-v(\d+)\.npz$")


@dataclass
class NeighbourRanker:
    """Training programs' standardized features and their gains under each list (see the module docstring).

    Attributes:
        lists: the pipelines the gains are measured under (columns of ``gains``).
        features: (programs, features) standardized with ``mean``/``scale``.
        gains: (programs, lists) ``log(size under the list / size under -Oz)``, clipped to [``CLIP``, 0]: -Oz is
            always the backup, so a list worse than -Oz (or one that failed) gains nothing.
        k: neighbours per ranking.
        provenance: what it was fitted on (release, manifest SHA-256, splits, levels, LLVM, codegen, flavour).
    """

    lists: tuple[str, ...]
    features: np.ndarray
    gains: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    k: int = DEFAULT_K
    provenance: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        features: np.ndarray,
        log_ratios: np.ndarray,
        lists: Sequence[str],
        *,
        k: int = DEFAULT_K,
        provenance: Mapping[str, Any] | None = None,
    ) -> NeighbourRanker:
        """Store ``features`` (programs x ``FEATURE_NAMES``) and ``log_ratios`` (programs x lists; NaN: failed).

        Raises:
            ConfigError: shapes disagree, no programs, or k < 1.
        """
        n = features.shape[0]
        if n == 0 or log_ratios.shape != (n, len(lists)) or features.shape[1] != len(FEATURE_NAMES):
            raise ConfigError(
                f"neighbour ranker fit needs programs x {len(FEATURE_NAMES)} features and programs x lists gains, "
                f"got {features.shape} and {log_ratios.shape} for {len(lists)} lists"
            )
        if k < 1:
            raise ConfigError(f"k must be >= 1, got {k}")
        mean, scale = feature_scaling(features)
        gains = np.clip(np.nan_to_num(log_ratios, nan=0.0), CLIP, 0.0)
        # Held at float16 precision (what ``save`` writes), so a loaded ranker ranks exactly as the fitted one.
        return cls(
            tuple(lists),
            ((features - mean) / scale).astype(np.float16).astype(np.float32),
            gains.astype(np.float16).astype(np.float32),
            mean,
            scale,
            k,
            dict(provenance or {}),
        )

    def neighbours(self, features: np.ndarray) -> np.ndarray:
        """Row indices of the ``k`` stored programs nearest to one (raw) feature vector."""
        x = ((features - self.mean) / self.scale).astype(np.float32)
        distances = np.square(self.features - x).sum(axis=1)
        k = min(self.k, len(distances))
        return np.argsort(distances, kind="stable")[:k]

    def order(self, features: np.ndarray, lists: Sequence[str]) -> tuple[str, ...]:
        """``lists`` greedily reordered for the program with these features: at each step the known list that adds
        the most to the neighbours' best so far (ties: the given order); once no list adds anything, the rest in the
        given order. Lists the ranker does not know keep their given order after the ranked ones."""
        lists = tuple(lists)
        column = {p: j for j, p in enumerate(self.lists)}
        known = [p for p in lists if p in column]
        if not known:
            return lists
        local = self.gains[self.neighbours(features)][:, [column[p] for p in known]]
        best = np.zeros(local.shape[0], dtype=np.float32)
        chosen: list[str] = []
        remaining = list(range(len(known)))
        while remaining:
            totals = np.minimum(best[:, None], local[:, remaining]).sum(axis=0)
            pick = int(np.argmin(totals))  # the first of equal totals: the given order breaks ties
            if totals[pick] >= best.sum() - 1e-9:
                break  # nothing adds anything any more
            j = remaining.pop(pick)
            chosen.append(known[j])
            best = np.minimum(best, local[:, j])
        taken = set(chosen)
        return (*chosen, *(p for p in lists if p not in taken))

    def rank(self, ir: str, lists: Sequence[str] | None = None) -> tuple[str, ...]:
        """``lists`` (default: the fitted ones) in the order this program should try them (``order``)."""
        return self.order(ir_features(ir), self.lists if lists is None else lists)

    def save(self, path: Path) -> None:
        """One compressed ``.npz`` (arrays in float32, the metadata as a JSON string), written atomically."""
        import io

        meta = {
            "format": FORMAT,
            "version": VERSION,
            "features": list(FEATURE_NAMES),
            "lists": list(self.lists),
            "k": self.k,
            "provenance": self.provenance,
        }
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
            features=self.features.astype(np.float16),
            gains=self.gains.astype(np.float16),
            mean=self.mean,
            scale=self.scale,
        )
        write_atomic(Path(path), buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> NeighbourRanker:
        """Read ``save`` output.

        Raises:
            ConfigError: missing or unreadable file, another format, or features other than this version's.
        """
        try:
            with np.load(Path(path), allow_pickle=False) as data:
                meta = json.loads(bytes(data["meta"]).decode())
                arrays = {name: np.asarray(data[name]) for name in ("features", "gains", "mean", "scale")}
        except (OSError, ValueError, KeyError) as e:
            raise ConfigError(f"cannot read neighbour ranker {path}: {e}") from e
        if meta.get("format") != FORMAT or tuple(meta.get("features", ())) != FEATURE_NAMES:
            raise ConfigError(f"{path} is not a neighbour ranker of this llmopt (format or features differ)")
        return cls(
            tuple(meta["lists"]),
            arrays["features"].astype(np.float32),
            arrays["gains"].astype(np.float32),
            arrays["mean"],
            arrays["scale"],
            int(meta["k"]),
            dict(meta.get("provenance") or {}),
        )


def fit_from_release(
    release: Path,
    *,
    flavour: Flavour | str = Flavour.SIZE,
    levels: Sequence[str] = ("function", "module"),
    split: str = "train",
    k: int = DEFAULT_K,
) -> NeighbourRanker:
    """Fit on a release's ``split`` programs of these levels (functions and whole modules together: the features'
    counts keep them apart as neighbours), over the release's gate-accepted lists.

    Raises:
        ConfigError: the release fails its check, or holds no such programs.
    """
    import hashlib

    from llmopt.data.release import load_size_matrix

    wanted = Flavour.parse(flavour).value
    parts = [load_size_matrix(release, level=level, flavour=wanted).split(split) for level in levels]
    parts = [m for m in parts if m.programs]
    if not parts:
        raise ConfigError(f"release {release} has no {wanted} {'/'.join(levels)} programs in split {split!r}")
    lists = parts[0].lists
    programs = [p for m in parts for p in m.programs]
    from llmopt.data.heldout import is_heldout

    held = sorted({str(p["package"]) for p in programs if p.get("package") and is_heldout(str(p["package"]))})
    if held:
        raise ConfigError(
            f"release {release} split {split!r} holds held-out packages ({', '.join(held[:5])}): they are for "
            "evaluation only, never for fitting a ranker"
        )
    features = np.stack([ir_features(p["ir"]) for p in programs])
    log_ratios = np.vstack([m.log_ratios() for m in parts])
    labels = [p["label"] for p in programs]
    provenance = {
        "release": Path(release).name,
        "manifest_sha256": hashlib.sha256((Path(release) / "manifest.json").read_bytes()).hexdigest(),
        "split": split,
        "levels": {m.programs[0]["level"]: len(m.programs) for m in parts},
        "flavour": wanted,
        "toolchain": sorted({str(r["toolchain"]) for r in labels}),
        "codegen": sorted({CodegenConfig.from_json(r["codegen"]).label for r in labels}),
        "k": k,
    }
    return NeighbourRanker.fit(features, log_ratios, lists, k=k, provenance=provenance)


def shipped_ranker_path(llvm_major: int, flavour: Flavour | str, directory: Path = DATA_DIR) -> Path | None:
    """The newest shipped neighbour ranker (``neighbours-llvm{M}-{flavour}-vN.npz``) for this LLVM major and
    flavour, or None when none ships."""
    wanted = Flavour.parse(flavour).value
    found = []
    for path in Path(directory).glob("neighbours-llvm*-*-v*.npz"):
        m = _FILE_RE.match(path.name)
        if m and int(m.group(1)) == llvm_major and m.group(2) == wanted:
            found.append((int(m.group(3)), path))
    return max(found)[1] if found else None


def load_ranker(path: Path) -> NeighbourRanker:
    """``NeighbourRanker.load``, once per process and file version: a strategy ranks every program with the same
    file, and reading and decompressing it per program would cost more than the ranking.

    Raises:
        ConfigError: as ``NeighbourRanker.load``.
    """
    try:
        key = (str(Path(path).resolve()), Path(path).stat().st_mtime_ns)
    except OSError as e:
        raise ConfigError(f"cannot read neighbour ranker {path}: {e}") from e
    if key not in _LOADED:
        _LOADED[key] = NeighbourRanker.load(path)
    return _LOADED[key]


def load_shipped_ranker(toolchain: Toolchain, flavour: Flavour | str) -> NeighbourRanker | None:
    """The shipped neighbour ranker for this LLVM major and flavour (``load_ranker``); None when none ships."""
    path = shipped_ranker_path(toolchain.major, flavour)
    return None if path is None else load_ranker(path)


def ranker_file_name(major: int, flavour: Flavour | str, version: int = VERSION) -> str:
    return f"neighbours-llvm{major}-{Flavour.parse(flavour).value}-v{version}.npz"


__all__ = [
    "CLIP",
    "DATA_DIR",
    "DEFAULT_K",
    "NeighbourRanker",
    "fit_from_release",
    "load_ranker",
    "load_shipped_ranker",
    "ranker_file_name",
    "shipped_ranker_path",
]
