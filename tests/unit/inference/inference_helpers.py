"""Constants and helpers the inference tests share (imported by name: this directory is on sys.path in tests)."""

from __future__ import annotations

import re

from llmopt.prompts.ir_text import model_ir_text
from llmopt.toolchain import IRModule

# LLVM 19.1.7: newgvn,dse,newgvn rewrites gcd_euclid's loop test so the loop never ends; the function shrinks from
# 67 to 51 bytes after -Oz (see tests/unit/autotune/test_autotune_gated.py).
MISCOMPILE = "function(newgvn,dse,newgvn),default<Oz>"
SURE_ANSWER = "I am sure!\nRun passes `mem2reg,instcombine` to reduce instruction count from 6 to 2."
RETRY_ANSWER = f"Let me try again.\nRun passes `{MISCOMPILE}` to reduce instruction count from 20 to 12."
_DEFINE_RE = re.compile(r"^define .*?^}\n?", re.DOTALL | re.MULTILINE)


def define_block(module: IRModule) -> str:
    """What the tiny models are shown: the first ``define ... }`` block of the module as models read it
    (``model_ir_text``: no comments; short prompts)."""
    match = _DEFINE_RE.search(model_ir_text(module.text))
    assert match is not None, module.name
    return match.group(0).rstrip("\n") + "\n"
