"""The shortcut for a target function identical to the source's: refinement is reflexive, so no model is needed,
provided everything the code's meaning rests on is identical too (attribute groups, metadata, named types, the
globals it reaches through initializers, the declarations and their attributes). Anything else, an alias say, goes
to the full check."""

from __future__ import annotations

import re

from llmopt.verify.smt.ir import Module
from llmopt.verify.smt.parser import resolve_attrs


def same_code(src_mod: Module, tgt_mod: Module, name: str) -> bool:
    """Byte-identical function (attribute groups expanded) whose globals and callees are declared identically:
    refinement is reflexive, so this needs no model of what the code does."""
    a = src_mod.functions[name]
    b = tgt_mod.functions[name]

    def expand(text: str, module: Module) -> str:
        return re.sub(r"#\d+\b", lambda m: "{" + " ".join(module.attribute_groups.get(m.group(), ())) + "}", text)

    text_a = expand("\n".join([a.header, *a.body]), src_mod)  # type: ignore[attr-defined]
    text_b = expand("\n".join([b.header, *b.body]), tgt_mod)  # type: ignore[attr-defined]
    if text_a != text_b:
        return False
    # Metadata such as !range changes semantics: the nodes referenced (transitively) must be identical too.
    pending, seen = re.findall(r"![0-9]+\b", text_a), set()
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        if src_mod.metadata.get(node) != tgt_mod.metadata.get(node):
            return False
        pending.extend(re.findall(r"![0-9]+\b", src_mod.metadata.get(node, "")))
    # Named types laid out alike, and every global reached from the code (through initializers too) alike.
    for t in set(re.findall(r"%[-\w$.]+", text_a)):
        if src_mod.named_types.get(t) != tgt_mod.named_types.get(t):
            return False
    pending_globals, seen_globals = set(re.findall(r"@([-\w$.]+)", text_a)), set()
    while pending_globals:
        g = pending_globals.pop()
        seen_globals.add(g)
        known = g in src_mod.globals or g in src_mod.declarations or g in src_mod.functions
        if not known or src_mod.globals.get(g) != tgt_mod.globals.get(g):
            return False  # an alias, an ifunc, or a global that differs: decided by the full check
        init = src_mod.globals[g].initializer if g in src_mod.globals else None
        if init is not None:
            pending_globals |= set(re.findall(r"Global\(name='([^']+)'", repr(init))) - seen_globals
        if src_mod.declaration_value_attrs.get(g) != tgt_mod.declaration_value_attrs.get(g):
            return False
        da, db = src_mod.declarations.get(g), tgt_mod.declarations.get(g)
        if (da is None) != (db is None) or (
            da is not None
            and db is not None
            and (da[:2] != db[:2] or set(resolve_attrs(da[2], src_mod)) != set(resolve_attrs(db[2], tgt_mod)))
        ):
            return False
        if (g in src_mod.functions) != (g in tgt_mod.functions):
            return False
    return True


__all__ = ["same_code"]
