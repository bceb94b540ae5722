"""Regenerate llmopt/passes/data/catalog-llvm-<major>.json from the installed LLVM's `opt --print-passes`.

Usage: python scripts/generate_pass_catalog.py [--llvm-bin DIR]
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from llmopt.passes.catalog import DATA_DIR, generate_catalog
from llmopt.toolchain import Toolchain, write_atomic


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--llvm-bin", default=None)
    args = parser.parse_args()
    tc = Toolchain.discover(args.llvm_bin)
    catalog = generate_catalog(tc)
    out = DATA_DIR / f"catalog-llvm-{tc.major}.json"
    write_atomic(out, json.dumps(catalog.to_json(), indent=1) + "\n")
    print(f"wrote {out}: {len(catalog.names)} searchable passes, {len(catalog.excluded)} excluded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
