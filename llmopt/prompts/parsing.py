"""Shared pieces of completion parsing: code blocks, tagged blocks, numbers and pass lists, all total functions.

Every helper here returns ``None`` (plus, where useful, a problem string) instead of raising, so the format parsers
built on them keep the never-raises contract of ``PromptFormat.parse``.

Limits: a code block ends at the first closing tag, so IR that itself contains the text ``</code>`` (possible only
inside a string constant) is cut there. Numbers are plain decimal digits (at most 18, so that a run of thousands of
digits in garbage output cannot trip Python's int-conversion limit); "1,234" reads as 1.
"""

from __future__ import annotations

import re
from typing import Any

from llmopt.errors import PassListError
from llmopt.passes import PassList

CODE_OPEN = "<code>"
CODE_CLOSE = "</code>"
_CODE_BLOCK_RE = re.compile(r"<code>(.*?)<[/\\]code>", re.DOTALL)
_FENCE_CLOSED_RE = re.compile(r"```[ \t]*[\w+.-]*[ \t]*\n(.*?)\n[ \t]*```", re.DOTALL)
INT = r"(?<!\d)(\d{1,18})(?!\d)"
ARROW = r"\s*(?:->|→|=>|to)\s*"


def normalize_block(text: str | None) -> str | None:
    """Block content without surrounding blank lines and ``\\r``, ending in one newline; None if empty."""
    if text is None:
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return None
    return "\n".join(lines) + "\n"


def block_body(text: str) -> str:
    """What a renderer puts between block delimiters: the text without surrounding blank lines or final newline."""
    normalized = normalize_block(text)
    return "" if normalized is None else normalized[:-1]


def extract_code(text: str, what: str = "ir") -> tuple[str | None, str | None]:
    """The first ``<code>...</code>`` block (or, failing that, a closed Markdown fence) of a completion.

    Args:
        text: the completion.
        what: the field name used in the problem message.

    Returns:
        (content, problem): content normalized with ``normalize_block`` or None; problem says why it is None when
        something block-like was there but unusable (unclosed, empty).
    """
    match = _CODE_BLOCK_RE.search(text)
    if match is not None:
        content = normalize_block(match.group(1))
        return (content, None) if content is not None else (None, f"the <code> block for {what} is empty")
    if CODE_OPEN in text:
        return None, f"the <code> block for {what} is not closed with </code> (output cut off?)"
    fenced = _FENCE_CLOSED_RE.search(text)
    if fenced is not None:
        content = normalize_block(fenced.group(1))
        return (content, None) if content is not None else (None, f"the fenced block for {what} is empty")
    if "```" in text:
        return None, f"the fenced block for {what} is not closed with ``` (output cut off?)"
    return None, None


def extract_tag(text: str, tag: str) -> tuple[str | None, str | None]:
    """Content of the first ``<tag>...</tag>`` block, raw (not normalized).

    Returns:
        (content, problem): problem is set when the opening tag is there but not closed.
    """
    open_tag, close_tag = f"<{tag}>", f"</{tag}>"
    start = text.find(open_tag)
    if start < 0:
        return None, None
    end = text.find(close_tag, start + len(open_tag))
    if end < 0:
        return None, f"<{tag}> is not closed with </{tag}> (output cut off?)"
    return text[start + len(open_tag) : end], None


def outside_code(text: str) -> str:
    """``text`` with code blocks (closed, or an unclosed one to the end) replaced by a blank line, so that searches
    for pass lists and numbers never look inside the IR."""
    text = _CODE_BLOCK_RE.sub("\n", text)
    text = _FENCE_CLOSED_RE.sub("\n", text)
    start = text.find(CODE_OPEN)
    return text if start < 0 else text[:start]


def strip_code_wrapping(text: str) -> str:
    """Content of a code block or fence if ``text`` is one, else ``text`` itself (for IR inside ``<answer>``)."""
    stripped = text.strip()
    match = _CODE_BLOCK_RE.fullmatch(stripped)
    if match is not None:
        return match.group(1)
    fenced = _FENCE_CLOSED_RE.fullmatch(stripped)
    if fenced is not None:
        return fenced.group(1)
    return text


def to_int(match: re.Match[str] | None, group: int = 1) -> int | None:
    if match is None:
        return None
    try:
        return int(match.group(group))
    except (ValueError, IndexError):
        return None


_PIPELINE_PREFIX_RE = re.compile(r"^(?:opt\s+)?(?:--?passes\s*=\s*|--?passes\s+|-p\s*=\s*|-p\s+)", re.IGNORECASE)
_QUOTES = "`'\""


def clean_pipeline(raw: str | None) -> str | None:
    """The pipeline text out of what a model wrote: drops quotes, backticks, ``opt``/``-p``/``-passes=`` prefixes and a
    trailing colon or full stop; None when nothing is left."""
    if raw is None:
        return None
    text = raw.strip()
    for _ in range(4):  # peel nested wrappings such as `-p 'a,b'`
        before = text
        text = _PIPELINE_PREFIX_RE.sub("", text).strip()
        if len(text) >= 2 and text[0] in _QUOTES and text[-1] == text[0]:
            text = text[1:-1].strip()
        text = text.rstrip(":.;").strip()
        if text == before:
            break
    if not text or "\n" in text:
        return None
    return text


_LEGACY_FLAGS_RE = re.compile(r"^-[\w<>;=.-]+(?:\s+-[\w<>;=.-]+)*$")
_LEGACY_LEVEL_RE = re.compile(r"^O([0-3sz])$")


def legacy_flags_to_pipeline(text: str) -> str | None:
    """``-reg2mem -instcombine -Oz`` (legacy opt flags, the 2023 paper's answers) as
    ``reg2mem,instcombine,default<Oz>``; None when ``text`` is not a list of dash flags."""
    if not _LEGACY_FLAGS_RE.match(text):
        return None
    names = []
    for flag in text.split():
        name = flag.lstrip("-")
        level = _LEGACY_LEVEL_RE.match(name)
        names.append(f"default<O{level.group(1)}>" if level else name)
    return ",".join(names)


PASS_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^[ \t]*Passes[ \t]*:[ \t]*(\S[^\n]*)$", re.MULTILINE | re.IGNORECASE),
    re.compile(r"\bRun passes[ \t]+(`[^`\n]+`)", re.IGNORECASE),
    re.compile(r"(?<![\w-])-p[ \t]*=?[ \t]*('[^'\n]+'|\"[^\"\n]+\")"),
    re.compile(r"(?<![\w-])--?passes[ \t]*=[ \t]*('[^'\n]+'|\"[^\"\n]+\"|[^\s`'\"]+)"),
    re.compile(r"\bRun passes[ \t]+([^\n]+?)[ \t]+to (?:reduce|get)\b", re.IGNORECASE),
)


_QUOTED_RE = re.compile(r"[`'\"]([^`'\"\s]+)[`'\"]")


def _first_pipeline_token(text: str) -> str:
    """Pipelines hold no spaces: from "`a,b` (shrinks the loop)" or "a,b because ..." keep the pipeline only."""
    if not any(c.isspace() for c in text):
        return text
    quoted = _QUOTED_RE.search(text)
    return quoted.group(1) if quoted else text.split()[0]


def read_pass_list(text: str) -> tuple[str | None, Any, list[str]]:
    """Find the pass list in a completion by the first of ``PASS_PATTERNS`` that matches, clean and validate it.

    Returns:
        (pipeline text or None, PassList or None, problems).
    """
    prose = outside_code(text)
    for pattern in PASS_PATTERNS:
        match = pattern.search(prose)
        if match is None:
            continue
        pipeline = clean_pipeline(match.group(1))
        if pipeline is None:
            continue
        pipeline = legacy_flags_to_pipeline(pipeline) or _first_pipeline_token(pipeline)
        pass_list, problem = validate_pipeline(pipeline)
        return pipeline, pass_list, [problem] if problem else []
    return None, None, []


def validate_pipeline(pipeline: str, catalog: Any = None) -> tuple[Any, str | None]:
    """Parse pipeline text with ``llmopt.passes.PassList``.

    The catalog is ``catalog`` (a ``PassCatalog``) or else the installed LLVM's (``passes.default_catalog``), never a
    stored catalog of another LLVM version.

    Returns:
        (pass_list, problem): the ``PassList`` or None; problem describes an invalid pass list (unknown pass names
        come with the catalog's suggestion).
    """
    try:
        return PassList.parse(pipeline, catalog), None
    except Exception as e:
        if isinstance(e, PassListError):
            return None, f"invalid pass list: {e}"
        return None, f"pass list could not be checked ({type(e).__name__}: {e})"


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


__all__ = [
    "ARROW",
    "CODE_CLOSE",
    "CODE_OPEN",
    "INT",
    "PASS_PATTERNS",
    "block_body",
    "clean_pipeline",
    "extract_code",
    "extract_tag",
    "first_line",
    "legacy_flags_to_pipeline",
    "normalize_block",
    "outside_code",
    "read_pass_list",
    "strip_code_wrapping",
    "to_int",
    "validate_pipeline",
]
