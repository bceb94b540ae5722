"""Layer 2: the pass catalog of each LLVM version and validated pass lists."""

from llmopt.passes.catalog import PassCatalog, PassInfo, PassKind, generate_catalog
from llmopt.passes.pass_list import Pass, PassList, default_catalog

__all__ = ["Pass", "PassCatalog", "PassInfo", "PassKind", "PassList", "default_catalog", "generate_catalog"]
