"""A tiny real suite for the evaluation tests: two small C files written here (a directory suite: each file a TU plus
its functions), compiled and measured with the real LLVM."""

from __future__ import annotations

from pathlib import Path

import pytest

TINY_C = {
    "alpha/sum.c": """
int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int twice(int x) { return sum(&x, 1) * 2; }
""",
    "beta/max.c": """
static int max2(int a, int b) { return a > b ? a : b; }
int max3(int a, int b, int c) { return max2(max2(a, b), c); }
""",
}


@pytest.fixture(scope="session")
def tiny_suite_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny-suite")
    for rel, text in TINY_C.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root
