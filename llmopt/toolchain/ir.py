"""LLVM IR modules: compile C/C++ to unoptimized IR, read .ll/.bc, split per function, count, normalize, hash.

Two flavours of unoptimized IR exist because they answer different questions:

* ``paper``: ``clang -O0 -Xclang -disable-O0-optnone``, the setup of the seed papers and the input Meta's LLM Compiler
  models were trained on. Every function stays ``noinline`` and lacks ``minsize optsize``, so ``default<Oz>`` on it is
  ~20 % larger than real ``clang -Oz``: gains "over -Oz" in this flavour are partly gains over that handicap.
* ``size`` (the default): ``clang -Oz -Xclang -disable-llvm-passes``, IR before any optimization that keeps the size
  attributes, so ``default<Oz>`` plus ``size`` codegen reproduces ``clang -Oz -c`` exactly (tested).

Limits: instruction counting and normalization work on the textual IR as LLVM prints it (``llvm-dis``/``opt -S``
output), which is what every producer here hands them; hand-written IR is first round-tripped through ``llvm-as``.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from llmopt.errors import InputError, ToolError, ToolTimeoutError
from llmopt.toolchain.discovery import Toolchain
from llmopt.toolchain.flavour import DEFAULT_FLAVOUR, CodegenConfig, Flavour
from llmopt.toolchain.process import DEFAULT_TIMEOUT_S, ToolRun

C_SUFFIXES = frozenset({".c"})
CXX_SUFFIXES = frozenset({".cc", ".cpp", ".cxx", ".c++", ".C"})
IR_SUFFIXES = frozenset({".ll", ".bc"})


@dataclass(frozen=True)
class IRModule:
    """Immutable textual IR plus a name, optional flavour and provenance (where it came from, its licence).

    The content ``hash`` ignores the ``; ModuleID`` comment and the ``source_filename`` line (both only echo the path
    the file was compiled from) so the same IR read or compiled from two places is one cache entry, and everything
    seeded by the hash (random search draws, splits) is the same in any checkout.
    """

    text: str
    name: str = "module"
    flavour: Flavour | None = None
    provenance: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "provenance", MappingProxyType(dict(self.provenance)))

    @cached_property
    def hash(self) -> str:
        return content_hash(self.text)

    @cached_property
    def instruction_count(self) -> int:
        return count_instructions(self.text)

    @cached_property
    def defined_functions(self) -> tuple[str, ...]:
        return tuple(defined_function_names(self.text))

    @property
    def size_bytes(self) -> int:
        return len(self.text.encode())

    def with_text(self, text: str, **changes: object) -> IRModule:
        """A new module with other IR (e.g. optimized), keeping name, flavour and provenance unless overridden."""
        fields_: dict[str, object] = {"name": self.name, "flavour": self.flavour, "provenance": dict(self.provenance)}
        fields_.update(changes)
        return IRModule(text=text, **fields_)  # type: ignore[arg-type]


def content_hash(ir_text: str) -> str:
    """SHA-256 of the IR without its path lines (``; ModuleID`` first, ``source_filename`` at the top level)."""
    lines = [ln for ln in ir_text.splitlines() if not ln.startswith(("; ModuleID", "source_filename = "))]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


# --------------------------------------------------------------------------------------------------------------------
# Counting and names (pure text; no tools)

_DEFINE_RE = re.compile(r'^define\b[^@]*@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*\(', re.M)
_LABEL_RE = re.compile(r'^(?:"(?:[^"\\]|\\.)*"|[-\w$.]+):')
_CLAUSE_PREFIXES = ("cleanup", "catch ", "filter ", "to label ")  # continuation lines (landingpad, invoke)


def defined_function_names(ir_text: str) -> list[str]:
    """Names of the functions defined (not just declared) in the module, in order, without the ``@``."""
    return [m.group(1) for m in _DEFINE_RE.finditer(ir_text)]


def count_instructions(ir_text: str) -> int:
    """Number of IR instructions over every defined function, as ``Function::getInstructionCount`` counts them.

    Debian's LLVM has no ``-stats``, so this reads the printed IR: inside a function body every indented line is one
    instruction except labels, comments, debug records (``#dbg_value``), ``switch`` case lines, ``landingpad``
    clauses and the ``to label ... unwind label ...`` line of ``invoke``, which continue the instruction above them.
    """
    count = 0
    in_body = False
    in_bracket = False
    for raw in ir_text.splitlines():
        if not in_body:
            if raw.startswith("define ") and raw.rstrip().endswith("{"):
                in_body = True
            continue
        line = raw.strip()
        if in_bracket:
            if line.startswith("]"):
                in_bracket = False
            continue
        if not line or line.startswith(";"):
            continue
        if raw.startswith("}"):
            in_body = False
            continue
        if not raw[0].isspace():  # labels start in column 0
            if _LABEL_RE.match(raw):
                continue
        if line.startswith("#dbg_") or line.startswith(_CLAUSE_PREFIXES) or line.startswith("uselistorder"):
            continue
        count += 1
        code = line.split(";", 1)[0].rstrip() if '"' not in line else line
        if code.endswith("["):  # switch: case lines follow until "]"
            in_bracket = True
    return count


# --------------------------------------------------------------------------------------------------------------------
# Tools


def _check(run: ToolRun, what: str) -> ToolRun:
    if run.timed_out:
        raise ToolTimeoutError(f"{what}: timed out after {run.walltime_s:.0f} s", run.stderr_tail)
    if not run.ok:
        raise ToolError(f"{what}: {run.first_error_line()}", run.stderr_tail)
    return run


def decode_text(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{source} is not UTF-8 text (byte {e.start}); pass LLVM IR as .ll text or .bc bitcode") from e


def compile_source(
    toolchain: Toolchain,
    path: str | Path,
    flavour: Flavour = DEFAULT_FLAVOUR,
    extra_args: Sequence[str] = (),
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> IRModule:
    """Compile one C/C++ file to unoptimized IR of the given flavour (x86-64 ELF target of the host clang).

    Raises:
        InputError: the file is missing or does not compile (message: clang's first error line).
    """
    path = Path(path)
    flavour = Flavour.parse(flavour)
    check_input_file(path)
    driver = "clang++" if path.suffix in CXX_SUFFIXES else "clang"
    tool = driver if (toolchain.bin_dir / driver).exists() else "clang"
    args = [*flavour.clang_flags, "-g0", "-emit-llvm", "-S", "-o", "-", *extra_args, str(path)]
    run = toolchain.run(tool, args, timeout_s=timeout_s)
    if run.timed_out:
        raise InputError(f"{path}: clang timed out after {timeout_s:.0f} s")
    if not run.ok:
        raise InputError(f"{path}: does not compile: {run.first_error_line()}")
    return IRModule(
        text=run.stdout_text,
        name=path.stem,
        flavour=flavour,
        provenance={"source": str(path), "compiler": toolchain.identity, "flags": " ".join(flavour.clang_flags)},
    )


def parse_ir(
    toolchain: Toolchain,
    data: bytes,
    name: str = "module",
    source: str = "<input>",
    flavour: Flavour | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> IRModule:
    """Validate IR (text or bitcode) with LLVM's own parser and return it as canonical text.

    Raises:
        InputError: not valid IR, not UTF-8 text, or empty.
    """
    if not data.strip():
        raise InputError(f"{source} is empty; expected LLVM IR")
    is_bitcode = data[:2] == b"BC" or data[:4] == b"\xde\xc0\x17\x0b"
    if not is_bitcode:
        decode_text(data, source)
    # llvm-dis parses (text via llvm-as first) and prints canonical text; both verify the module.
    if not is_bitcode:
        as_run = toolchain.run("llvm-as", ["-o", "-", "-"], input=data, timeout_s=timeout_s)
        if not as_run.ok:
            raise InputError(f"{source} is not valid LLVM IR: {_strip_tool_prefix(as_run.first_error_line())}")
        data = as_run.stdout
    dis = toolchain.run("llvm-dis", ["-o", "-", "-"], input=data, timeout_s=timeout_s)
    if not dis.ok:
        raise InputError(f"{source} is not valid LLVM bitcode: {_strip_tool_prefix(dis.first_error_line())}")
    return IRModule(text=dis.stdout_text, name=name, flavour=flavour, provenance={"source": source})


def _strip_tool_prefix(line: str) -> str:
    return re.sub(r"^\S*(llvm-as|llvm-dis|opt)(-\d+)?: ", "", line).replace("<stdin>:", "line ")


def read_ir(toolchain: Toolchain, path: str | Path, flavour: Flavour | None = None) -> IRModule:
    """Read a .ll or .bc file (validated by LLVM's parser).

    Raises:
        InputError: missing, unreadable or invalid.
    """
    path = Path(path)
    check_input_file(path)
    return parse_ir(toolchain, path.read_bytes(), name=path.stem, source=str(path), flavour=flavour)


def load_input(toolchain: Toolchain, path: str | Path, flavour: Flavour = DEFAULT_FLAVOUR) -> IRModule:
    """C/C++ source is compiled in ``flavour``; .ll/.bc is read as is and *labelled* ``flavour``: the flavour the
    caller names holds for IR too, so gate, guards and measurements all use that flavour's codegen (nothing re-guesses
    it from the text).

    Raises:
        InputError: the file is missing, a directory, of an unknown kind, invalid or does not compile.
    """
    path = Path(path)
    flavour = Flavour.parse(flavour)
    check_input_file(path)
    if path.suffix in C_SUFFIXES or path.suffix in CXX_SUFFIXES:
        return compile_source(toolchain, path, flavour)
    if path.suffix in IR_SUFFIXES:
        return read_ir(toolchain, path, flavour=flavour)
    raise InputError(
        f"{path}: unknown input kind {path.suffix!r}; expected C/C++ source (.c, .cc, .cpp) or IR (.ll, .bc)"
    )


def check_input_file(path: Path) -> None:
    """Raises: InputError: ``path`` does not exist, is a directory, or is not a readable file (one clear line)."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory; pass one file (C/C++ source, .ll or .bc)")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")


def split_functions(toolchain: Toolchain, module: IRModule, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[IRModule]:
    """One module per defined function, holding that function and declarations of everything it uses.

    ``llvm-extract`` gives a static (internal) function external hidden linkage, so optimizing the extracted module
    cannot simply delete it as unused.

    Raises:
        ToolError: llvm-extract failed on a function (the module itself is then broken).
    """
    parts = []
    # The module goes in on stdin and its own ModuleID line is kept: a temporary file's path would otherwise end up
    # in every extracted module (and in every prompt made from it).
    module_id = next((ln for ln in module.text.splitlines()[:1] if ln.startswith("; ModuleID = ")), None)
    payload = module.text.encode()
    for name in module.defined_functions:
        plain = name[1:-1] if name.startswith('"') else name
        run = _check(
            toolchain.run(
                "llvm-extract", [f"--func={plain}", "-S", "-o", "-", "-"], input=payload, timeout_s=timeout_s
            ),
            f"llvm-extract --func={plain}",
        )
        text = run.stdout_text
        if module_id is not None and text.startswith("; ModuleID = "):
            text = module_id + text[text.index("\n") :]
        parts.append(
            module.with_text(text, name=f"{module.name}:{plain}", provenance={**module.provenance, "function": plain})
        )
    return parts


# --------------------------------------------------------------------------------------------------------------------
# Normalization for deduplication

_META_ATTACH_RE = re.compile(r",\s*!(?:[-\w.]+)\s+(?:!\d+|!\{[^}]*\}|distinct\s+!\{[^}]*\})")
_GLOBAL_DEF_RE = re.compile(r'^(?:define\b[^@]*|)@("(?:[^"\\]|\\.)*"|[-\w$.]+)(?=\s*(?:\(|=))', re.M)


def normalize_ir(toolchain: Toolchain, module: IRModule, timeout_s: float = DEFAULT_TIMEOUT_S) -> str:
    """Text of the module with debug info, metadata, comments and names that carry no meaning removed.

    Local value names are dropped by LLVM's ``strip`` pass; functions and globals *defined* here are renamed to
    ``@d0, @d1, ...`` in order of definition (so a function copied under another name hashes the same), while
    external declarations keep their names (calling ``memcpy`` differs from calling ``free``).

    Raises:
        ToolError: opt failed on the module.
    """
    run = _check(
        toolchain.optimize_ir(module.text, "strip", extra_args=("--strip-debug",), timeout_s=timeout_s),
        "normalize",
    )
    kept = []
    for line in run.stdout_text.splitlines():
        if not line or line.startswith((";", "!", "source_filename", "attributes #")):
            continue
        if '"' not in line:  # a trailing "; preds = ..." comment; string constants may contain ';' so leave those
            line = line.split(";", 1)[0].rstrip()
        kept.append(_META_ATTACH_RE.sub("", line))
    text = "\n".join(kept)
    defined = []
    for m in _GLOBAL_DEF_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text.startswith("declare", line_start):
            continue
        defined.append(m.group(1))
    mapping = {name: f"d{i}" for i, name in enumerate(dict.fromkeys(defined))}
    if mapping:
        alternatives = "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True))
        pattern = re.compile("@(" + alternatives + r")(?![-\w$.])")
        text = pattern.sub(lambda m: "@" + mapping[m.group(1)], text)
    text = re.sub(r"\s#\d+\b", "", text)  # attribute group numbers vary with unrelated functions
    return text + "\n"


def normalized_hash(toolchain: Toolchain, module: IRModule) -> str:
    """Hash of ``normalize_ir``: equal for copies of a function that differ only in names, metadata or debug info."""
    return hashlib.sha256(normalize_ir(toolchain, module).encode()).hexdigest()


def emit_object(
    toolchain: Toolchain,
    ir_text: str,
    codegen: CodegenConfig,
    out: str | Path,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> None:
    """Lower IR to an object file at ``out`` (written atomically) with exactly the codegen the metrics measure.

    Raises:
        ToolError: llc failed or timed out.
    """
    run = _check(toolchain.lower(ir_text, codegen, timeout_s=timeout_s), "llc")
    write_atomic(out, run.stdout)


def emit_assembly(
    toolchain: Toolchain,
    ir_text: str,
    codegen: CodegenConfig | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> str:
    """Lower IR to assembly text with ``llc`` (the module's own target triple; llc verifies the IR first).

    Args:
        toolchain: the LLVM to use.
        ir_text: textual IR.
        codegen: opt level and relocation model (default: the ``size`` flavour's, ``-O2`` PIC).
        timeout_s: limit for llc.

    Returns:
        The assembly, as llc prints it.

    Raises:
        ToolError: llc rejected the IR or failed; ToolTimeoutError: it timed out.
    """
    run = toolchain.lower(ir_text, codegen or CodegenConfig(), filetype="asm", timeout_s=timeout_s)
    return _check(run, "llc").stdout_text


def assemble_bitcode(toolchain: Toolchain, ir_text: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> bytes:
    """Textual IR to bitcode bytes. Raises: ToolError if llvm-as rejects it."""
    return _check(
        toolchain.run("llvm-as", ["-o", "-", "-"], input=ir_text.encode(), timeout_s=timeout_s), "llvm-as"
    ).stdout


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write a file so readers see the old content or the new one, never half of it (temp file + rename).

    The file gets the mode a plain ``open(path, "w")`` would give it (``0o666`` minus the umask; an existing file
    keeps its mode), not ``mkstemp``'s private ``0o600``.

    Raises:
        InputError: the output path cannot be written (read-only directory, a parent that is a file, a directory in the
            way); one line naming the path and the reason.
    """
    import os

    path = Path(path)
    payload = data.encode() if isinstance(data, str) else data
    if path.is_dir():
        raise InputError(f"{path}: is a directory; name a file to write")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~current_umask()
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write: {e.strerror or e}") from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """This process's umask, read without changing it where Linux reports it (``/proc/self/status``)."""
    import os

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore (not thread-safe, but only reached off Linux)
    os.umask(mask)
    return mask


def replace_directory(staging: str | Path, final: str | Path) -> None:
    """Put a fully written ``staging`` directory in place of ``final`` by renames only, so a reader (or a killed
    process) finds the old tree or the new one; a leftover ``<final>.old`` from a killed swap is removed first."""
    import shutil

    staging, final = Path(staging), Path(final)
    old = final.with_name(final.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def iter_input_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into the C/C++/IR files they contain (sorted), keep files as given."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.suffix in C_SUFFIXES | CXX_SUFFIXES | IR_SUFFIXES))
        else:
            out.append(p)
    return out
