"""Two ways to measure (module, pass list), chosen by ``--measure-with``: the persistent C++ engine and the plain
subprocess chain. (Not to be confused with model backends, ``llmopt.backends``.)

The subprocess chain is the reference: ``opt -passes=P,function(print<cost-model>)`` (optimized bitcode, instruction
count and latency in one run), ``llc`` with the flavour's codegen options, ``llvm-size`` (Berkeley), and
``llvm-readelf -S`` for the per-section table. The engine does the same work in one long-lived process and must give
identical numbers (tested on random pass lists).
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import time
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

from llmopt.errors import ToolError, ToolTimeoutError
from llmopt.metrics.evaluation import CodegenConfig, Evaluation, Status
from llmopt.metrics.tool_output import (
    BerkeleySizes,
    parse_cost_model,
    parse_llvm_size_berkeley,
    parse_readelf_sections,
)
from llmopt.toolchain import IRModule, Toolchain, ToolRun
from llmopt.toolchain.engine import EngineCrash, EngineTimeout, EngineWorker, ensure_engine


class MeasurePath(ABC):
    """Measures one (module, pipeline text) pair; never raises for compiler failures."""

    name: str = ""

    def __init__(self, toolchain: Toolchain) -> None:
        self.toolchain = toolchain

    @abstractmethod
    def measure(
        self,
        module: IRModule,
        pipeline: str,
        codegen: CodegenConfig,
        *,
        want_ir: bool = False,
        timeout_s: float = 120.0,
    ) -> Evaluation:
        """Measure ``module`` after ``pipeline`` (canonical pipeline text; empty = no passes)."""

    def close(self) -> None:  # noqa: B027 - optional hook: most paths hold nothing to release
        """Release processes and temp files."""

    def _result(
        self, status: Status, module: IRModule, pipeline: str, codegen: CodegenConfig, **values: Any
    ) -> Evaluation:
        return Evaluation(
            status=status,
            module_hash=module.hash,
            pipeline=pipeline,
            toolchain=self.toolchain.identity,
            codegen=codegen.label,
            codegen_config=codegen,
            measured_with=self.name,
            **values,
        )


_RUNNING_PASS_RE = re.compile(r'^\s*\d+\.\s+Running pass "([^"]+)" on (\w+) "([^"]*)"', re.M)


def summarize_failure(stderr: str, signal: int | None = None) -> str:
    """A first line that says what went wrong (the LLVM error, or which pass crashed), then the raw stderr tail.

    LLVM's stack dumps are long; the innermost "Running pass" entry (from the pass instrumentation, in opt and in
    the engine alike) is what a user needs to know.
    """
    stderr = stderr.strip()
    for line in stderr.splitlines():
        if "LLVM ERROR:" in line or " error: " in line:
            return f"{line.strip()}\n{stderr}"
    running = _RUNNING_PASS_RE.findall(stderr)
    what = f"crashed in pass {running[-1][0]} on {running[-1][1]} {running[-1][2]}" if running else "crashed"
    if signal:
        what += f" (signal {signal})"
    return f"{what}\n{stderr}" if stderr else what


def read_object_sizes(
    toolchain: Toolchain, obj: Path, timeout_s: float, section_table: bool = True
) -> tuple[BerkeleySizes, dict[str, int]]:
    """Berkeley sizes of an object (``llvm-size``) and, optionally, its allocated sections (``llvm-readelf -S``).

    A failing ``llvm-readelf`` only leaves the section table empty; the binary size always comes from ``llvm-size``.

    Raises:
        ToolTimeoutError: llvm-size ran past ``timeout_s``.
        ToolError: llvm-size failed or printed something unexpected.
    """
    run = toolchain.run("llvm-size", [str(obj)], timeout_s=timeout_s)
    if run.timed_out:
        raise ToolTimeoutError(f"llvm-size timed out after {timeout_s:.0f} s", run.stderr_tail)
    if not run.ok:
        raise ToolError(f"llvm-size failed: {run.first_error_line()}", run.stderr_tail)
    sizes = parse_llvm_size_berkeley(run.stdout_text)
    sections: dict[str, int] = {}
    if section_table:
        readelf = toolchain.run("llvm-readelf", ["-S", "-W", str(obj)], timeout_s=timeout_s)
        if readelf.ok:
            sections = parse_readelf_sections(readelf.stdout_text)
    return sizes, sections


def classify_opt_failure(run: ToolRun) -> Status:
    """Map a failed opt run to a status: verifier failures and pipeline errors are told apart from crashes."""
    if run.timed_out:
        return Status.TIMEOUT
    err = run.stderr_tail
    if "Broken module found" in err or "broken function found" in err.lower():
        return Status.INVALID_IR
    if run.signal is None and (
        "unknown pass name" in err
        or "invalid pass pipeline" in err.lower()
        or ("invalid" in err and "parameter" in err)
        or ("pipeline" in err and "error" in err)
    ):
        return Status.INVALID_PIPELINE
    return Status.CRASH


class SubprocessPath(MeasurePath):
    """The reference chain of tool processes (slow: three to four process starts and parses per evaluation)."""

    name = "subprocess"

    def __init__(self, toolchain: Toolchain, section_table: bool = True) -> None:
        super().__init__(toolchain)
        self.section_table = section_table

    def measure(
        self,
        module: IRModule,
        pipeline: str,
        codegen: CodegenConfig,
        *,
        want_ir: bool = False,
        timeout_s: float = 120.0,
    ) -> Evaluation:
        start = time.perf_counter()
        deadline = start + timeout_s

        def left() -> float:
            return max(0.001, deadline - time.perf_counter())

        def fail(status: Status, run: ToolRun) -> Evaluation:
            message = summarize_failure(run.stderr_tail, run.signal) if status is Status.CRASH else run.stderr_tail
            return self._result(
                status, module, pipeline, codegen, message=message.strip(), walltime_s=time.perf_counter() - start
            )

        with tempfile.TemporaryDirectory(prefix="llmopt-measure-") as tmp:
            src, opt_bc, obj = Path(tmp) / "in.ll", Path(tmp) / "opt.bc", Path(tmp) / "out.o"
            src.write_text(module.text)
            passes = f"{pipeline},function(print<cost-model>)" if pipeline else "function(print<cost-model>)"
            t0 = time.perf_counter()
            run = self.toolchain.optimize_ir(
                src, passes, emit="bitcode", out=opt_bc, extra_args=("-cost-kind=latency",), timeout_s=left()
            )
            pass_s = time.perf_counter() - t0
            if not run.ok:
                return fail(classify_opt_failure(run), run)
            try:
                costs = parse_cost_model(run.stderr.decode("utf-8", errors="replace"))
            except ToolError as e:
                return self._result(Status.CRASH, module, pipeline, codegen, message=str(e))
            t1 = time.perf_counter()
            run = self.toolchain.lower(opt_bc, codegen, out=obj, timeout_s=left())
            codegen_s = time.perf_counter() - t1
            if not run.ok:
                return fail(Status.TIMEOUT if run.timed_out else Status.CODEGEN_ERROR, run)
            try:
                sizes, sections = read_object_sizes(self.toolchain, obj, left(), self.section_table)
            except ToolTimeoutError as e:
                return self._result(Status.TIMEOUT, module, pipeline, codegen, message=str(e))
            except ToolError as e:
                return self._result(Status.CODEGEN_ERROR, module, pipeline, codegen, message=f"{e}\n{e.stderr_tail}")
            ir_text = None
            if want_ir:
                run = self.toolchain.run("llvm-dis", [str(opt_bc), "-o", "-"], timeout_s=left())
                if not run.ok:
                    return fail(Status.TIMEOUT if run.timed_out else Status.CRASH, run)
                ir_text = run.stdout_text
            return self._result(
                Status.OK,
                module,
                pipeline,
                codegen,
                instruction_count=costs.instruction_count,
                latency=costs.latency,
                binary_size=sizes.text + sizes.data,
                berkeley_text=sizes.text,
                berkeley_data=sizes.data,
                berkeley_bss=sizes.bss,
                sections=sections,
                ir=ir_text,
                ir_hash=hashlib.sha256(opt_bc.read_bytes()).hexdigest(),
                walltime_s=time.perf_counter() - start,
                pass_s=pass_s,
                codegen_s=codegen_s,
            )


class EnginePath(MeasurePath):
    """The persistent engine: parse once, then passes + codegen in memory per evaluation; crashes restart it."""

    name = "engine"

    def __init__(self, toolchain: Toolchain, data_dir: Path, memo: bool = True) -> None:
        super().__init__(toolchain)
        self.worker = EngineWorker(ensure_engine(toolchain, data_dir))
        self.memo = memo

    def measure(
        self,
        module: IRModule,
        pipeline: str,
        codegen: CodegenConfig,
        *,
        want_ir: bool = False,
        timeout_s: float = 120.0,
    ) -> Evaluation:
        start = time.perf_counter()
        try:
            reply = self.worker.evaluate(
                module.hash,
                module.text.encode(),
                pipeline,
                codegen,
                want_ir=want_ir,
                memo=self.memo,
                timeout_s=timeout_s,
            )
        except EngineTimeout:
            return self._result(
                Status.TIMEOUT,
                module,
                pipeline,
                codegen,
                message=f"timed out after {timeout_s:.0f} s",
                walltime_s=time.perf_counter() - start,
            )
        except EngineCrash as e:
            return self._result(
                Status.CRASH,
                module,
                pipeline,
                codegen,
                message=summarize_failure(str(e), e.signal),
                walltime_s=time.perf_counter() - start,
            )
        h = reply.header
        status = h.get("status")
        if status != "ok":
            mapped = {
                "invalid_pipeline": Status.INVALID_PIPELINE,
                "invalid_ir": Status.INVALID_IR,
                "codegen_error": Status.CODEGEN_ERROR,
            }.get(str(status), Status.CRASH)
            return self._result(
                mapped,
                module,
                pipeline,
                codegen,
                message=str(h.get("message", status)),
                walltime_s=time.perf_counter() - start,
            )
        return self._result(
            Status.OK,
            module,
            pipeline,
            codegen,
            instruction_count=int(h["instructions"]),
            latency=int(h["latency"]),
            binary_size=int(h["text"]) + int(h["data"]),
            berkeley_text=int(h["text"]),
            berkeley_data=int(h["data"]),
            berkeley_bss=int(h["bss"]),
            sections={str(k): int(v) for k, v in h["sections"].items()},
            ir=reply.payload.decode("utf-8", errors="replace") if want_ir else None,
            ir_hash=str(h["ir_hash"]),
            walltime_s=time.perf_counter() - start,
            pass_s=float(h["pass_s"]),
            codegen_s=float(h["codegen_s"]),
        )

    def close(self) -> None:
        self.worker.close()
