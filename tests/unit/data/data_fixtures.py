"""Helpers of the data tests: tiny C package trees (offline) and small, seeded Csmith settings."""

from __future__ import annotations

from pathlib import Path

# Small Csmith programs keep the tests fast; the option names are Csmith 2.3's.
SMALL_CSMITH_ARGS = ("--max-funcs", "2", "--max-block-depth", "2", "--max-expr-complexity", "3")

PACKAGES = {
    "alpha": {"a.c": "int add(int a, int b) { return a + b; }\nint mul(int a, int b) { return a * b; }\n"},
    # `plus` is `add` under another name: the same normalized hash, so one of them is a duplicate.
    "beta": {
        "b.c": "int plus(int x, int y) { return x + y; }\nint neg(int a) { return -a; }\n",
        "broken.c": "int broken(\n",
    },
    "gamma": {
        "c.c": '#include "g.h"\nint gsum(int n) { int s = 0; for (int i = 0; i < n; i++) s += G(i); return s; }\n',
        "g.h": "#define G(x) ((x) * 3)\n",
    },
    "delta": {"d.c": "unsigned dhash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + *s++; return h; }\n"},
    "epsilon": {"e.c": "static int sq(int x) { return x * x; }\nint esq(int x) { return sq(x) + 1; }\n"},
}


def write_tree(root: Path, packages: dict[str, dict[str, str]] = PACKAGES) -> Path:
    for package, files in packages.items():
        for name, text in files.items():
            path = root / package / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    return root
