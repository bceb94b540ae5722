"""Per-function pipelines: apply a different pass list to each function of one module.

``opt`` applies one pipeline to a whole module; LLVM 19 has no pass-level filter that restricts a pipeline to some
functions (``-filter-print-funcs`` only filters printing). So ``apply_function_pipelines`` composes the result from
whole-module runs, one per distinct pass list, with ``llvm-extract``, ``llvm-link`` and ``opt``:

1. *Externalize*: ``llvm-extract --rfunc=.* --rglob=.*`` keeps everything and gives every local (internal/private)
   function and global external hidden linkage. Now no pass can change a function's signature, delete it, or assume
   it knows all uses of a global, so bodies optimized in different runs still fit together.
2. For each distinct list L: run L on the externalized module (a function still sees its callees' bodies, so L may
   inline them into it), then keep only the bodies of the functions assigned to L: every other original function and
   every original global becomes a declaration (``llvm-extract --delete``). What L created (switch tables, outlined
   functions) stays with the function that uses it.
3. The *base* part holds the original globals (initializers unoptimized) and no function bodies.
4. ``llvm-link`` the base and the parts, then ``internalize`` (everything that was local becomes internal again; the
   public API file lists the originally non-local definitions, which keep their linkage) and a module cleanup
   (``cleanup``: interprocedural constant propagation, global optimization, dead arguments, ``globaldce``), which
   recovers part of what externalizing cost and drops local functions inlined at every call site.

Cost: 2 + 2 x (distinct lists) + 2 tool runs. The composite is valid IR (``opt`` verifies it), but it is not what one
whole-module list would give: passes cannot change signatures or internal globals across functions (no dead-argument
elimination, argument promotion or global optimization of what was local), and the globals keep their unoptimized
initializers until the cleanup. With ``default<Oz>`` for every function, 25 of the 35 benchmark TUs came out exactly
as large as whole-module ``-Oz``, one smaller and nine larger (the Csmith TUs by 1-16 %; docs/whole_programs.md).

Expected failures (a list that crashes ``opt``, an extraction or link that fails) come back as a
``FunctionPipelinesResult`` with ``ok`` False and the stage; exceptions only for misuse (an unknown function name).
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from llmopt.errors import ConfigError
from llmopt.toolchain.discovery import Toolchain
from llmopt.toolchain.ir import defined_function_names
from llmopt.toolchain.process import DEFAULT_TIMEOUT_S, ToolRun

OZ = "default<Oz>"
_LOCAL = ("internal", "private")
_GLOBAL_RE = re.compile(r'^@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*=\s*(.*)$', re.M)
_DEFINE_RE = re.compile(r'^define\b([^@]*)@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*\(', re.M)


@dataclass(frozen=True)
class FunctionPipelinesResult:
    """The composite module (``text``) or why it could not be made.

    Attributes:
        ok: the composite was built and verified.
        text: its IR ("" when not ok).
        stage: where it failed ("externalize", "optimize", "split", "link", "relink"; "" when ok).
        message: the tool's first error line ("" when ok).
        pipeline: the list that failed in the "optimize" or "split" stage ("" otherwise).
        tool_runs / walltime_s: what it cost.
    """

    ok: bool
    text: str = ""
    stage: str = ""
    message: str = ""
    pipeline: str = ""
    tool_runs: int = 0
    walltime_s: float = 0.0


def _plain(name: str) -> str:
    return name[1:-1] if name.startswith('"') else name


def _global_names(ir_text: str) -> tuple[list[str], list[str]]:
    """(global variables, aliases) defined at module level, without the ``@``."""
    variables: list[str] = []
    aliases: list[str] = []
    for m in _GLOBAL_RE.finditer(ir_text):
        rest = m.group(2)
        (aliases if re.search(r"\b(alias|ifunc)\b", rest.split("(", 1)[0]) else variables).append(_plain(m.group(1)))
    return variables, aliases


def public_names(ir_text: str) -> list[str]:
    """Names of the definitions (functions and globals) that are not local: what ``internalize`` must keep."""
    names = []
    for m in _DEFINE_RE.finditer(ir_text):
        if not any(word in _LOCAL for word in m.group(1).split()):
            names.append(_plain(m.group(2)))
    for m in _GLOBAL_RE.finditer(ir_text):
        words = m.group(2).split()
        if "external" not in words[:3] and not any(w in _LOCAL for w in words[:3]):
            names.append(_plain(m.group(1)))
    return names


def _extract(toolchain: Toolchain, text: str, args: list[str], timeout_s: float) -> ToolRun:
    return toolchain.run("llvm-extract", [*args, "-S", "-o", "-", "-"], input=text.encode(), timeout_s=timeout_s)


def _externalize(toolchain: Toolchain, ir_text: str, timeout_s: float) -> ToolRun:
    """Step 1 of the module docstring: everything kept, every local symbol external hidden."""
    variables, aliases = _global_names(ir_text)
    # llvm-extract refuses a pattern that matches nothing, so only name the kinds of symbols the module has.
    keep_all = ["--rfunc=.*", *(["--rglob=.*"] if variables else []), *(["--ralias=.*"] if aliases else [])]
    return _extract(toolchain, ir_text, keep_all, timeout_s)


def _link_internalized(
    toolchain: Toolchain, ir_text: str, parts: list[str], cleanup: str, timeout_s: float
) -> tuple[str, ToolRun, int]:
    """Step 4 of the module docstring: link ``parts`` (module texts), make local again what was local in
    ``ir_text``, then run ``cleanup``. Returns (the failed stage, "link" or "relink", or "" when ok; the last tool
    run, whose output is the composite when ok; tool runs used)."""
    with tempfile.TemporaryDirectory(prefix="llmopt-perfn-") as tmp:
        files = []
        for index, text in enumerate(parts):
            files.append(Path(tmp) / f"part{index}.ll")
            files[-1].write_text(text)
        linked = toolchain.run("llvm-link", ["-S", "-o", "-", *map(str, files)], timeout_s=timeout_s)
        if not linked.ok:
            return "link", linked, 1
        api = Path(tmp) / "public.txt"
        api.write_text("".join(f"{n}\n" for n in public_names(ir_text)))
        final = toolchain.optimize_ir(
            linked.stdout_text,
            f"internalize,{cleanup}" if cleanup else "internalize",
            extra_args=(f"-internalize-public-api-file={api}",),
            timeout_s=timeout_s,
        )
    return ("" if final.ok else "relink"), final, 2


def apply_function_pipelines(
    toolchain: Toolchain,
    ir_text: str,
    assignment: Mapping[str, str],
    *,
    default: str = OZ,
    cleanup: str = "ipsccp,globalopt,deadargelim,globaldce",
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> FunctionPipelinesResult:
    """Apply ``assignment[f]`` to each defined function f (``default`` to the others); see the module docstring.

    Args:
        toolchain: the LLVM to use.
        ir_text: the module (textual IR, as LLVM prints it).
        assignment: function name (as ``defined_function_names`` gives it, quotes allowed) -> canonical pipeline text.
        default: the pipeline of functions not in ``assignment``.
        cleanup: module passes run on the linked composite after ``internalize``: the interprocedural passes that
            externalizing blocked (constant propagation across calls, optimization of what were internal globals,
            dead arguments, unused functions). Measured on the 35 benchmark TUs with ``default<Oz>`` for every
            function: ``globaldce`` alone left csmith_3 28 % above whole-module -Oz, this default 16 %.
        timeout_s: limit of each tool run.

    Raises:
        ConfigError: ``assignment`` names a function the module does not define.
    """
    start = time.perf_counter()
    functions = [_plain(n) for n in defined_function_names(ir_text)]
    unknown = sorted(set(map(_plain, assignment)) - set(functions))
    if unknown:
        raise ConfigError(f"per-function pipelines name functions the module does not define: {', '.join(unknown)}")
    plan = {f: default for f in functions}
    plan.update({_plain(k): v for k, v in assignment.items()})
    variables, aliases = _global_names(ir_text)
    runs = 0

    def failed(stage: str, run: ToolRun, pipeline: str = "") -> FunctionPipelinesResult:
        return FunctionPipelinesResult(
            False, "", stage, run.first_error_line(), pipeline, runs, time.perf_counter() - start
        )

    def extract(text: str, args: list[str]) -> ToolRun:
        nonlocal runs
        runs += 1
        return _extract(toolchain, text, args, timeout_s)

    runs += 1
    run = _externalize(toolchain, ir_text, timeout_s)
    if not run.ok:
        return failed("externalize", run)
    externalized = run.stdout_text
    base = extract(externalized, ["--delete", "--rfunc=.*"])
    if not base.ok:
        return failed("split", base)
    parts = [base.stdout_text]
    others = [f"--glob={g}" for g in variables] + [f"--alias={a}" for a in aliases]
    for pipeline in dict.fromkeys(plan.values()):
        runs += 1
        optimized = toolchain.optimize_ir(externalized, pipeline, timeout_s=timeout_s)
        if not optimized.ok:
            return failed("optimize", optimized, pipeline)
        drop = [f"--func={f}" for f in functions if plan[f] != pipeline]
        kept = extract(optimized.stdout_text, ["--delete", *drop, *others])
        if not kept.ok:
            return failed("split", kept, pipeline)
        parts.append(kept.stdout_text)
    stage, final, used = _link_internalized(toolchain, ir_text, parts, cleanup, timeout_s)
    runs += used
    if stage:
        return failed(stage, final)
    return FunctionPipelinesResult(True, final.stdout_text, tool_runs=runs, walltime_s=time.perf_counter() - start)


def replace_functions(
    toolchain: Toolchain, ir_text: str, bodies: Mapping[str, str], *, timeout_s: float = DEFAULT_TIMEOUT_S
) -> FunctionPipelinesResult:
    """The module with each function f in ``bodies`` replaced by the definition in ``bodies[f]`` (a module that
    defines f and declares what it uses, e.g. a rewrite of ``split_functions``' part for f).

    The same externalize / link / internalize steps as ``apply_function_pipelines``, without optimizing anything: the
    peephole step uses it to put proved rewrites back, so nothing but the given bodies may change.

    Raises:
        ConfigError: ``bodies`` names a function the module does not define.
    """
    start = time.perf_counter()
    functions = {_plain(n) for n in defined_function_names(ir_text)}
    unknown = sorted(set(map(_plain, bodies)) - functions)
    if unknown:
        raise ConfigError(f"replacement bodies name functions the module does not define: {', '.join(unknown)}")
    runs = 1

    def failed(stage: str, run: ToolRun) -> FunctionPipelinesResult:
        return FunctionPipelinesResult(False, "", stage, run.first_error_line(), "", runs, time.perf_counter() - start)

    run = _externalize(toolchain, ir_text, timeout_s)
    if not run.ok:
        return failed("externalize", run)
    runs += 1
    base = _extract(toolchain, run.stdout_text, ["--delete", *(f"--func={_plain(f)}" for f in bodies)], timeout_s)
    if not base.ok:
        return failed("split", base)
    stage, final, used = _link_internalized(toolchain, ir_text, [base.stdout_text, *bodies.values()], "", timeout_s)
    runs += used
    if stage:
        return failed(stage, final)
    return FunctionPipelinesResult(True, final.stdout_text, tool_runs=runs, walltime_s=time.perf_counter() - start)


def extract_functions(
    toolchain: Toolchain, ir_text: str, names: list[str], timeout_s: float = DEFAULT_TIMEOUT_S
) -> ToolRun:
    """One module holding the named functions (and declarations of what they use): ``llvm-extract --func=...``.
    What a prompt shows when only some functions fit; ``run.ok`` False when a name is not defined."""
    return _extract(toolchain, ir_text, [f"--func={_plain(n)}" for n in names], timeout_s)


__all__ = [
    "FunctionPipelinesResult",
    "apply_function_pipelines",
    "extract_functions",
    "public_names",
    "replace_functions",
]
