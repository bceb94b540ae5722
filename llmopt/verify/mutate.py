"""Mutation operators on LLVM IR text: make likely-wrong variants of a correct target, for verifier negatives.

Each operator changes one instruction (or swaps two adjacent ones) inside a function body:

* ``swap_operands``: the two operands of a non-commutative binary operation (sub, div, rem, shifts, fsub, fdiv);
* ``flip_predicate``: an ``icmp``/``fcmp`` predicate to an off-by-one neighbour or its negation;
* ``change_constant``: an integer constant operand of an instruction, to a nearby value;
* ``add_flags``: ``nsw``/``nuw``/``exact`` that the original did not have (often unjustified, not always);
* ``swap_select``: the true and false values of a ``select``;
* ``drop_store``: delete one ``store``;
* ``reorder_memory``: swap two adjacent memory operations (load/store/memory intrinsics) of one block.

Limits: operators are textual and only look at one line (two for ``reorder_memory``), so a mutant may be invalid IR
(``generate_mutants`` keeps only those LLVM's parser accepts) or may still be equivalent (a store to dead memory, a
flag that happens to hold, a constant in unreachable code). Nothing here decides whether a mutant is really wrong:
``corpus.py`` asks the differential tester for a counterexample and labels mutants without one "unconfirmed".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from llmopt.errors import InputError
from llmopt.toolchain import IRModule, Toolchain, parse_ir

MUTATION_KINDS = (
    "swap_operands",
    "flip_predicate",
    "change_constant",
    "add_flags",
    "swap_select",
    "drop_store",
    "reorder_memory",
)

_NON_COMMUTATIVE = ("sub", "sdiv", "udiv", "srem", "urem", "shl", "lshr", "ashr", "fsub", "fdiv", "frem")
_FLAGGABLE = {
    "add": ("nsw", "nuw"),
    "sub": ("nsw", "nuw"),
    "mul": ("nsw", "nuw"),
    "shl": ("nsw", "nuw"),
    "udiv": ("exact",),
    "sdiv": ("exact",),
    "lshr": ("exact",),
    "ashr": ("exact",),
}
_ICMP_NEIGHBOURS = {
    "eq": ("ne",),
    "ne": ("eq",),
    "slt": ("sle", "sge"),
    "sle": ("slt", "sgt"),
    "sgt": ("sge", "sle"),
    "sge": ("sgt", "slt"),
    "ult": ("ule", "uge", "slt"),
    "ule": ("ult", "ugt"),
    "ugt": ("uge", "ule", "sgt"),
    "uge": ("ugt", "ult"),
}
_FCMP_NEIGHBOURS = {
    "oeq": ("one",),
    "one": ("oeq",),
    "olt": ("ole", "oge"),
    "ole": ("olt", "ogt"),
    "ogt": ("oge", "ole"),
    "oge": ("ogt", "olt"),
    "ult": ("ule", "olt"),
    "ule": ("ult",),
    "ugt": ("uge", "ogt"),
    "uge": ("ugt",),
    "une": ("oeq",),
    "ueq": ("one",),
}

_RESULT = r"(?P<res>%[-\w$.]+) = "
_BINOP_RE = re.compile(
    rf"^(?P<indent>\s+){_RESULT}(?P<op>\w+)"
    r"(?P<flags>(?: (?:nuw|nsw|exact|disjoint|fast|nnan|ninf|nsz|arcp|contract|afn|reassoc))*)"
    r" (?P<ty>\S+) (?P<a>[^,]+), (?P<b>[^,]+?)(?P<tail>(?:, !.*)?)$"
)
_CMP_RE = re.compile(rf"^(?P<indent>\s+){_RESULT}(?P<op>icmp|fcmp)(?P<fl>(?: \w+)*?) (?P<pred>[a-z]+) (?P<rest>\S.*)$")
_SELECT_RE = re.compile(
    rf"^(?P<indent>\s+){_RESULT}select(?P<fl>(?: \w+)*) (?P<cty>\S+) (?P<c>[^,]+), (?P<ty1>\S+) (?P<x>[^,]+), "
    r"(?P<ty2>\S+) (?P<y>[^,]+?)(?P<tail>(?:, !.*)?)$"
)
_INT_CONST_RE = re.compile(r"(?<![\w.])i(?P<bits>\d+) (?P<val>-?\d+)(?![\w.])")
_MEMORY_RE = re.compile(r"^\s+(?:%[-\w$.]+ = )?(?:load|store)\b|^\s+(?:tail )?call void @llvm\.mem(?:cpy|set|move)")


@dataclass(frozen=True)
class MutationSite:
    """One possible mutation: replace ``lines[start:start + len(old)]`` by ``new``."""

    kind: str
    start: int
    old: tuple[str, ...]
    new: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Mutant:
    """A valid-IR variant of a module made by one mutation."""

    kind: str
    description: str
    module: IRModule


def _body_line_indices(lines: Sequence[str], function: str | None) -> Iterable[int]:
    inside = False
    for i, line in enumerate(lines):
        if line.startswith("define "):
            inside = function is None or f"@{function}(" in line or f'@"{function}"(' in line
            continue
        if line.startswith("}"):
            inside = False
            continue
        if inside:
            yield i


def _code(line: str) -> str:
    """The line without a trailing ``; comment`` (IR comments never hold code)."""
    return line.split(";", 1)[0].rstrip() if '"' not in line else line


def find_mutation_sites(ir_text: str, function: str | None = None) -> list[MutationSite]:
    """Every mutation the operators can make in the body of ``function`` (or of every defined function).

    Returns:
        The sites in line order; applying one gives text that may or may not be valid IR.
    """
    lines = ir_text.splitlines()
    sites: list[MutationSite] = []
    body = list(_body_line_indices(lines, function))
    for i in body:
        line = _code(lines[i])
        if not line.strip() or not line[0].isspace():
            continue
        b = _BINOP_RE.match(line)
        if b:
            op, flags = b["op"], b["flags"].split()
            if op in _NON_COMMUTATIVE and b["a"].strip() != b["b"].strip():
                new = f"{b['indent']}{b['res']} = {op}{b['flags']} {b['ty']} {b['b']}, {b['a']}{b['tail']}"
                sites.append(MutationSite("swap_operands", i, (lines[i],), (new,), f"swap operands of {op}"))
            for flag in _FLAGGABLE.get(op, ()):
                if flag not in flags and b["ty"].startswith("i"):
                    new = f"{b['indent']}{b['res']} = {op} {flag}{b['flags']} {b['ty']} {b['a']}, {b['b']}{b['tail']}"
                    sites.append(MutationSite("add_flags", i, (lines[i],), (new,), f"add {flag} to {op}"))
        c = _CMP_RE.match(line)
        if c:
            table = _ICMP_NEIGHBOURS if c["op"] == "icmp" else _FCMP_NEIGHBOURS
            for pred in table.get(c["pred"], ()):
                new = f"{c['indent']}{c['res']} = {c['op']}{c['fl']} {pred} {c['rest']}"
                sites.append(MutationSite("flip_predicate", i, (lines[i],), (new,), f"{c['op']} {c['pred']} -> {pred}"))
        s = _SELECT_RE.match(line)
        if s and s["x"].strip() != s["y"].strip():
            new = (
                f"{s['indent']}{s['res']} = select{s['fl']} {s['cty']} {s['c']}, {s['ty1']} {s['y']}, "
                f"{s['ty2']} {s['x']}{s['tail']}"
            )
            sites.append(MutationSite("swap_select", i, (lines[i],), (new,), "swap select arms"))
        stripped = line.strip()
        # alloca sizes, GEP indices (struct field numbers) and call arguments (volatile flags, intrinsic
        # immediates) are left alone: changing them mostly gives invalid IR or changes nothing observable
        # binary operations and compares write the type once: "add i32 %x, 7"; give the literal its type
        typed = line
        shape = b or c
        if shape is not None:
            ty_match = re.search(r"\bi(\d+) ", line[shape.end("res") :])
            last = line.rsplit(", ", 1)
            if ty_match and len(last) == 2 and re.fullmatch(r"-?\d+", last[1].strip()):
                typed = f"{last[0]}, i{ty_match.group(1)} {last[1].strip()}"
        retyped = typed != line
        if "@llvm.mem" in line or not any(word in line for word in (" alloca ", "getelementptr", "call ", "phi ")):
            line = typed
            for m in _INT_CONST_RE.finditer(line):
                bits, val = int(m["bits"]), int(m["val"])
                if bits <= 1 or line[: m.start()].rstrip().endswith("align"):
                    continue
                for new_val in dict.fromkeys((val + 1, val - 1 if val != 0 else 2)):
                    new = line[: m.start()] + f"i{bits} {new_val}" + line[m.end() :]
                    if retyped and m.start() >= len(typed.rsplit(", ", 1)[0]):
                        new = new.replace(f", i{bits} {new_val}", f", {new_val}")  # untyped operand again
                    sites.append(
                        MutationSite("change_constant", i, (lines[i],), (new,), f"constant {val} -> {new_val}")
                    )
                break  # one constant per line is enough variety
        if stripped.startswith("store "):
            sites.append(MutationSite("drop_store", i, (lines[i],), (), f"drop `{stripped[:60]}`"))
    body_set = set(body)
    for i in body:
        j = i + 1
        if j not in body_set or not _MEMORY_RE.match(lines[i]) or not _MEMORY_RE.match(lines[j]):
            continue
        first_res = re.match(r"^\s+(%[-\w$.]+) = ", lines[i])
        if first_res and re.search(re.escape(first_res.group(1)) + r"(?![-\w$.])", lines[j]):
            continue  # the second uses the first's result: swapping would break dominance
        if lines[i].lstrip().startswith("%") and lines[j].lstrip().startswith("%"):
            continue  # two loads commute: that swap could never be wrong
        sites.append(
            MutationSite(
                "reorder_memory", i, (lines[i], lines[j]), (lines[j], lines[i]), "swap adjacent memory operations"
            )
        )
    return sites


def apply_site(ir_text: str, site: MutationSite) -> str:
    """The text with one mutation applied.

    Raises:
        ValueError: the site does not match the text (it came from other text).
    """
    lines = ir_text.splitlines()
    if tuple(lines[site.start : site.start + len(site.old)]) != site.old:
        raise ValueError(f"mutation site at line {site.start + 1} does not match this text")
    lines[site.start : site.start + len(site.old)] = list(site.new)
    return "\n".join(lines) + "\n"


def generate_mutants(
    toolchain: Toolchain,
    module: IRModule,
    count: int = 2,
    seed: int = 0,
    function: str | None = None,
    kinds: Sequence[str] = MUTATION_KINDS,
    max_attempts: int = 12,
) -> list[Mutant]:
    """Up to ``count`` valid-IR mutants of ``module``, of as many different kinds as possible.

    Sites are tried in a seeded random order, one kind after another (round robin), and each candidate is checked
    with ``parse_ir``; invalid ones are dropped. Cost: at most ``max_attempts`` parser runs (two processes each).

    Args:
        toolchain: LLVM, for the validity check.
        module: a correct target (usually one function).
        count: how many mutants to return at most.
        seed: makes the choice deterministic.
        function: restrict mutations to this function's body.
        kinds: the operators to use (a subset of ``MUTATION_KINDS``).
        max_attempts: parser runs allowed before giving up.

    Returns:
        Valid mutants, each different from the original text and from each other.

    Raises:
        ValueError: an unknown kind was asked for.
    """
    unknown = set(kinds) - set(MUTATION_KINDS)
    if unknown:
        raise ValueError(f"unknown mutation kinds {sorted(unknown)}; valid: {', '.join(MUTATION_KINDS)}")
    rng = random.Random(seed)
    by_kind: dict[str, list[MutationSite]] = {k: [] for k in kinds}
    for site in find_mutation_sites(module.text, function):
        if site.kind in by_kind:
            by_kind[site.kind].append(site)
    for sites in by_kind.values():
        rng.shuffle(sites)
    order = [k for k in kinds if by_kind[k]]
    rng.shuffle(order)
    # added flags are mostly harmless at run time, so they rarely become confirmed negatives: try them last
    order.sort(key=lambda k: k == "add_flags")
    mutants: list[Mutant] = []
    seen = {module.text}
    attempts = 0
    while len(mutants) < count and attempts < max_attempts and any(by_kind[k] for k in order):
        for kind in order:
            if not by_kind[kind] or len(mutants) >= count or attempts >= max_attempts:
                continue
            site = by_kind[kind].pop()
            text = apply_site(module.text, site)
            if text in seen:
                continue
            seen.add(text)
            attempts += 1
            try:
                checked = parse_ir(toolchain, text.encode(), name=module.name, source=f"mutant {site.description}")
            except InputError:
                continue
            mutants.append(
                Mutant(
                    kind=kind,
                    description=f"{site.description} (line {site.start + 1})",
                    module=module.with_text(checked.text),
                )
            )
    return mutants
