"""Regenerate llmopt/passes/data/catalog-llvm-<major>.json from the installed LLVM's `opt --print-passes`.

Usage: python scripts/generate_pass_catalog.py [--llvm-bin DIR]

The LLVM is chosen as the CLI chooses it: --llvm-bin, else LLMOPT_LLVM_BIN (or the config file's llvm_bin), else the
newest LLVM >= 17 found.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from llmopt.errors import LlmoptError
from llmopt.passes.catalog import DATA_DIR, generate_catalog
from llmopt.settings import Settings
from llmopt.toolchain import Toolchain, write_atomic


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--llvm-bin", default=None, help="LLVM bin directory (default: LLMOPT_LLVM_BIN, then search)")
    args = parser.parse_args()
    try:
        tc = Toolchain.discover(Settings.load(llvm_bin=args.llvm_bin).llvm_bin)
    except LlmoptError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    catalog = generate_catalog(tc)
    out = DATA_DIR / f"catalog-llvm-{tc.major}.json"
    write_atomic(out, json.dumps(catalog.to_json(), indent=1) + "\n")
    print(f"wrote {out}: {len(catalog.names)} searchable passes, {len(catalog.excluded)} excluded ({tc.bin_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
