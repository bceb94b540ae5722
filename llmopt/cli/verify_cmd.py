"""``llmopt verify``: check that a target IR module refines a source module, one verdict per function.

Single pair: ``llmopt verify SRC.ll TGT.ll [--function F] [--verifier smt] [--timeout 10] [--json]``.
Batch: ``llmopt verify --batch PAIRS.jsonl`` where each line is ``{"source": PATH, "target": PATH}`` (or
``source_ir``/``target_ir`` holding IR text) with optional ``"function"`` and ``"id"``; every pair gets its own time
limit. ``--json`` prints a list with one object per function (``function``, ``result``, ``reason``,
``counterexample``...; batch rows add ``pair``).

Exit code: 0 when every function is equivalent, 2 when any is not_equivalent or syntax_error, 3 when the rest are
inconclusive; 1 for misuse (missing file, unknown verifier).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

EXIT_REFUTED = 2
EXIT_INCONCLUSIVE = 3


def _read_module(path: Path, role: str, toolchain: Any):
    """The module at ``path``; bitcode is disassembled. Unparsable content is left for the verifier to report."""
    from llmopt.errors import InputError
    from llmopt.toolchain import IRModule

    if not path.is_file():
        raise InputError(f"{role} {path}: no such file")
    data = path.read_bytes()
    if data[:2] == b"BC" or data[:4] == b"\xde\xc0\x17\x0b":
        from llmopt.toolchain import parse_ir

        try:
            return parse_ir(toolchain, data, name=path.stem, source=str(path))
        except InputError as e:
            return IRModule(text=f"; invalid bitcode: {e}\n!!!", name=path.stem)
    return IRModule(text=data.decode("utf-8", errors="replace"), name=path.stem, provenance={"source": str(path)})


def _exit_code(rows: list[dict[str, Any]]) -> int:
    results = {r["result"] for r in rows}
    if results & {"not_equivalent", "syntax_error"}:
        return EXIT_REFUTED
    if results - {"equivalent"}:
        return EXIT_INCONCLUSIVE
    return 0


def _print_rows(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        prefix = f"[{r['pair']}] " if "pair" in r else ""
        typer.echo(f"{prefix}@{r['function']}: {r['result']} ({r['walltime_s']:.2f} s) {r['reason']}")


def _verify_within(
    verifier: Any, src: Any, tgt: Any, function: str | None, timeout_s: float, time_limit_s: float | None
) -> list[dict[str, Any]]:
    """Verify ``src`` against ``tgt``; with ``time_limit_s``, one function at a time within a whole-run deadline
    (each function gets at most what is left), and the functions the deadline leaves unchecked are inconclusive."""
    import time

    from llmopt.cli.common import progress
    from llmopt.verify.result import Verdict, VerificationResult

    if time_limit_s is None:
        with progress(f"verifying {src.name} against {tgt.name}"):
            return [r.to_json() for r in verifier.verify(src, tgt, function=function, timeout_s=timeout_s)]
    deadline = time.monotonic() + time_limit_s
    names = [function] if function is not None else list(src.defined_functions) or [None]
    rows: list[dict[str, Any]] = []
    for i, name in enumerate(names, 1):
        left = deadline - time.monotonic()
        if left <= 0:
            reason = f"not checked: the whole-run time limit ({time_limit_s:g} s, --time-limit) was reached"
            rows.append(VerificationResult(function=str(name), verdict=Verdict.INCONCLUSIVE, reason=reason).to_json())
            continue
        with progress(f"verifying @{name} ({i}/{len(names)}, {left:.0f} s left)"):
            results = verifier.verify(src, tgt, function=name, timeout_s=min(timeout_s, left))
        rows.extend(r.to_json() for r in results)
    return rows


def _batch_rows(batch: Path, verifier, timeout_s: float, toolchain: Any) -> list[dict[str, Any]]:
    from llmopt.errors import InputError
    from llmopt.toolchain import IRModule

    if not batch.is_file():
        raise InputError(f"{batch}: no such file")
    rows: list[dict[str, Any]] = []
    for lineno, line in enumerate(batch.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            spec = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{batch}:{lineno}: not JSON ({e.msg})") from e
        pair_id = spec.get("id", lineno)
        modules = []
        for role in ("source", "target"):
            if f"{role}_ir" in spec:
                modules.append(IRModule(text=spec[f"{role}_ir"], name=f"{pair_id}.{role}"))
            elif role in spec:
                path = Path(spec[role])
                if not path.is_absolute():
                    path = batch.parent / path
                modules.append(_read_module(path, role, toolchain))
            else:
                raise InputError(f"{batch}:{lineno}: needs '{role}' (a path) or '{role}_ir' (IR text)")
        for result in verifier.verify(modules[0], modules[1], function=spec.get("function"), timeout_s=timeout_s):
            rows.append({"pair": pair_id, **result.to_json()})
    return rows


def register(app: typer.Typer) -> None:
    @app.command("verify")
    def verify_command(
        source: Path | None = typer.Argument(None, help="Source (original) IR, .ll or .bc."),
        target: Path | None = typer.Argument(None, help="Target (transformed) IR that must refine the source."),
        function: str | None = typer.Option(None, "--function", "-f", help="Only this function (no @)."),
        batch: Path | None = typer.Option(
            None,
            "--batch",
            help='JSONL, one pair per line: {"source": PATH, "target": PATH} or source_ir/target_ir '
            'with IR text; optional "function" and "id". Paths are relative to the file.',
        ),
        verifier_name: str = typer.Option("smt", "--verifier", help="smt, alive2 or differential."),
        alive_tv: Path | None = typer.Option(
            None, "--alive-tv", help="Path of alive-tv (for --verifier alive2; default: found on PATH)."
        ),
        timeout: float = typer.Option(10.0, "--timeout", help="Time limit in seconds for each function of each pair."),
        time_limit: float | None = typer.Option(
            None,
            "--time-limit",
            help="Whole-run limit in seconds (single pair): functions left unchecked are inconclusive.",
        ),
        undef_memory: bool | None = typer.Option(
            None,
            "--undef-memory/--no-undef-memory",
            help="smt: a proof must also hold where the caller's memory holds undef bytes (the default; "
            "--no-undef-memory skips that check: faster, but a target that uses a loaded value more often than "
            "the source may then be called equivalent).",
            show_default=False,
        ),
        as_json: bool = typer.Option(False, "--json", help="Print a JSON list, one object per function."),
        llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory (default: discover)."),
    ) -> None:
        """Check that TARGET refines SOURCE per function: equivalent / not_equivalent / syntax_error / inconclusive."""
        from llmopt.cli.common import settings_from, toolchain_from
        from llmopt.errors import ConfigError
        from llmopt.verify.registry import get_verifier

        if timeout <= 0:
            raise ConfigError(f"--timeout must be positive, got {timeout}")
        if time_limit is not None and time_limit <= 0:
            raise ConfigError(f"--time-limit must be positive, got {time_limit}")
        options: dict[str, object] = {"alive_tv_path": alive_tv} if alive_tv is not None else {}
        if options and verifier_name != "alive2":
            raise ConfigError("--alive-tv only applies to --verifier alive2")
        if undef_memory is not None:
            if verifier_name != "smt":
                raise ConfigError("--undef-memory/--no-undef-memory only applies to --verifier smt")
            options["undef_memory"] = undef_memory
        # The LLVM from --llvm-bin / LLMOPT_LLVM_BIN / config, as every command uses; alive2 brings its own.
        tc = toolchain_from(settings_from(llvm_bin, None))
        if verifier_name in ("smt", "differential"):
            options["toolchain"] = tc
        verifier = get_verifier(verifier_name, **options)
        if batch is not None:
            if source is not None or target is not None:
                raise ConfigError("give either SOURCE TARGET or --batch PAIRS.jsonl, not both")
            rows = _batch_rows(batch, verifier, timeout, tc)
        else:
            if source is None or target is None:
                raise ConfigError("give SOURCE and TARGET IR files (or --batch PAIRS.jsonl)")
            src, tgt = _read_module(source, "source", tc), _read_module(target, "target", tc)
            rows = _verify_within(verifier, src, tgt, function, timeout, time_limit)
        if as_json:
            typer.echo(json.dumps(rows, indent=2, default=str))
        else:
            _print_rows(rows)
        code = _exit_code(rows)
        if code:
            raise typer.Exit(code)

    @app.command("gate")
    def gate_command(
        pipeline: str = typer.Argument(..., help="Pass list to check (pipeline text or a,b,c)."),
        flavour: str = typer.Option(
            "size",
            "--flavour",
            help="IR flavour the programs are compiled in (and its codegen level: size -O2, "
            "paper -O0); use the flavour the list was tuned for.",
        ),
        csmith: int = typer.Option(10, "--csmith", help="Csmith programs to include (checksum vs -O0)."),
        programs: str | None = typer.Option(
            None, "--programs", help="Only these self-testing programs: names or number prefixes, comma-separated."
        ),
        run_all: bool = typer.Option(
            False, "--all", help="Run every program instead of stopping at the first failure."
        ),
        data_dir: Path | None = typer.Option(None, "--data-dir", help="Caches (default: LLMOPT_DATA_DIR)."),
        llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory."),
        as_json: bool = typer.Option(False, "--json", help="Print the verdict as JSON."),
    ) -> None:
        """PassListEval: does PIPELINE keep every self-testing program and Csmith checksum correct? Exit 2 if not."""
        from llmopt.cli.common import settings_from, toolchain_from
        from llmopt.passes import PassList
        from llmopt.toolchain import Flavour
        from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, GateConfig

        settings = settings_from(llvm_bin, data_dir)
        tc = toolchain_from(settings)
        pipeline_text = PassList.parse(pipeline).to_pipeline()
        # The same gate and verdict store `llmopt autotune` uses (one cache under the data dir).
        names = tuple(p.strip() for p in programs.split(",") if p.strip()) if programs else None
        config = AcceptanceConfig(flavour=Flavour.parse(flavour), gate=GateConfig(csmith=csmith, programs=names))
        from llmopt.cli.common import progress

        with Acceptance(tc, config, settings.data_dir) as acceptance:
            with progress(f"PassListEval gate: compiling and running the self-testing programs under {pipeline_text}"):
                verdict = acceptance.gate_verdict(pipeline_text, run_all=run_all)
        if as_json:
            typer.echo(json.dumps(verdict.to_json(), indent=2))
        else:
            state = "passed" if verdict.passed else "REJECTED"
            typer.echo(
                f"{pipeline_text}: {state} ({verdict.programs_checked} programs, {verdict.walltime_s:.1f} s"
                f"{', cached' if verdict.cached else ''})"
            )
            for failure in verdict.failures:
                typer.echo(f"  {failure.to_json()}")
        if not verdict.passed:
            raise typer.Exit(EXIT_REFUTED)
