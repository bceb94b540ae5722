"""Layer 5: corpora of unoptimized IR and (later) task datasets built from them.

Corpus side: ``Source``s (directory, compile_commands.json, Debian source packages, Csmith) → ``build_corpus``
(parallel, resumable per item) → ``assemble_dataset`` (dedup by normalized hash, package-disjoint splits, token-length
filter, Parquet shards + dataset card) → ``load_corpus`` / ``compute_overlap``.

Extension point for task datasets (``llmopt data build TASK``, ``llmopt data render``): a task builder reads corpus
rows with ``load_corpus`` (or the shards directly), turns each into ``IRModule`` with ``module_of_row``, and writes its
own dataset next to the corpus; it registers a CLI subcommand in ``llmopt.cli.data_cmd`` (see ``data_app``).

Imports here are light; pyarrow/datasets load only when a build, assembly or load actually runs.
"""

from llmopt.data.assemble import (
    AssembleOptions,
    DatasetSummary,
    assemble_dataset,
    load_corpus,
    read_manifest,
    split_of_package,
)
from llmopt.data.build import BuildOptions, BuildSummary, build_corpus
from llmopt.data.extract import ExtractOptions, ItemRecord, module_of_row
from llmopt.data.heldout import HELDOUT_PACKAGES, check_not_heldout, is_heldout
from llmopt.data.overlap import OverlapReport, compute_overlap
from llmopt.data.sources import (
    SOURCE_KINDS,
    CompileCommandsSource,
    CsmithSource,
    DirectorySource,
    Source,
    SourceItem,
    create_source,
)


def __getattr__(name: str) -> object:
    # DebianSource pulls in nothing heavy, but keeping it lazy keeps `import llmopt.data` free of apt checks.
    if name in ("DebianSource", "AptSourceConfig"):
        from llmopt.data import debian

        return getattr(debian, name)
    raise AttributeError(name)


__all__ = [
    "HELDOUT_PACKAGES",
    "SOURCE_KINDS",
    "AptSourceConfig",
    "AssembleOptions",
    "BuildOptions",
    "BuildSummary",
    "CompileCommandsSource",
    "CsmithSource",
    "DatasetSummary",
    "DebianSource",
    "DirectorySource",
    "ExtractOptions",
    "ItemRecord",
    "OverlapReport",
    "Source",
    "SourceItem",
    "assemble_dataset",
    "build_corpus",
    "check_not_heldout",
    "compute_overlap",
    "create_source",
    "is_heldout",
    "load_corpus",
    "module_of_row",
    "read_manifest",
    "split_of_package",
]
