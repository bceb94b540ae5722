"""``Measurer``: the one entry point for measuring modules under pass lists, and the -O0/-Oz baselines.

It picks how to measure (``measure_with``: the engine when it can be built, else the subprocess chain), routes every
measurement through the persistent cache, and chooses codegen options from the module's flavour. ``BaselineCache`` keeps
the -O0 and -Oz measurements per module hash, the base of every normalisation.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path
from typing import Literal

from llmopt.errors import ConfigError, EngineError, InputError
from llmopt.metrics.cache import MeasurementCache, cache_key
from llmopt.metrics.evaluation import CodegenConfig, Evaluation, Status
from llmopt.metrics.measure_paths import EnginePath, MeasurePath, SubprocessPath, read_object_sizes
from llmopt.passes import PassCatalog, PassList
from llmopt.settings import DEFAULT_DATA_DIR
from llmopt.toolchain import IRModule, Toolchain, guess_flavour

log = logging.getLogger(__name__)
MeasureWithName = Literal["auto", "engine", "subprocess"]
OZ_PIPELINE = "default<Oz>"


class Measurer:
    """Measures (module, pass list) pairs with caching.

    Args:
        toolchain: the LLVM to measure with.
        measure_with: "engine" (fast, needs llvm-dev to build), "subprocess" (opt/llc/llvm-size per evaluation), or
            "auto" (engine if it builds, else subprocess, with a log message).
        data_dir: where the engine binary and the cache live.
        cache: a cache to use; True = ``<data_dir>/cache/measurements.sqlite``; False/None = no cache.
        timeout_s: limit for one measurement (passes + codegen); a timeout is a result, not an error.
    """

    def __init__(
        self,
        toolchain: Toolchain,
        *,
        measure_with: MeasureWithName | str = "auto",
        data_dir: Path | None = None,
        cache: MeasurementCache | bool | None = True,
        timeout_s: float = 120.0,
    ) -> None:
        self.toolchain = toolchain
        self.data_dir = Path(data_dir or DEFAULT_DATA_DIR).expanduser()
        self.timeout_s = timeout_s
        self.catalog = PassCatalog.for_toolchain(toolchain, self.data_dir)
        if cache is True:
            cache = MeasurementCache(self.data_dir / "cache" / "measurements.sqlite")
        self.cache: MeasurementCache | None = cache if isinstance(cache, MeasurementCache) else None
        self.path: MeasurePath = self._make_path(str(measure_with))

    def _make_path(self, measure_with: str) -> MeasurePath:
        if measure_with == "subprocess":
            return SubprocessPath(self.toolchain)
        if measure_with not in ("engine", "auto"):
            raise ConfigError(f"unknown --measure-with {measure_with!r}; use engine, subprocess or auto")
        try:
            return EnginePath(self.toolchain, self.data_dir)
        except EngineError:
            if measure_with == "engine":
                raise
            log.warning("evaluation engine unavailable; falling back to the (slower) subprocess chain", exc_info=True)
            return SubprocessPath(self.toolchain)

    def parse_passes(self, passes: PassList | str) -> PassList:
        """Raises: PassListError for unknown or malformed pass lists."""
        return passes if isinstance(passes, PassList) else PassList.parse(passes, self.catalog)

    def codegen_for(self, module: IRModule) -> CodegenConfig:
        return CodegenConfig.for_flavour(module.flavour or guess_flavour(module.text))

    def measure(
        self, module: IRModule, passes: PassList | str, *, codegen: CodegenConfig | None = None, want_ir: bool = False
    ) -> Evaluation:
        """Metrics of ``module`` after ``passes``; a crash, invalid result or timeout comes back as a status.

        Raises:
            PassListError: ``passes`` is text that does not parse against the catalog (misuse, not a result).
        """
        pipeline = self.parse_passes(passes).to_pipeline()
        return self.measure_pipeline(module, pipeline, codegen=codegen, want_ir=want_ir)

    def measure_pipeline(
        self, module: IRModule, pipeline: str, *, codegen: CodegenConfig | None = None, want_ir: bool = False
    ) -> Evaluation:
        """Like ``measure`` for pipeline text already in canonical form (no catalog check: opt decides)."""
        codegen = codegen or self.codegen_for(module)
        key = cache_key(module.hash, pipeline, self.toolchain.identity, codegen.label, want_ir)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return hit
        result = self.path.measure(module, pipeline, codegen, want_ir=want_ir, timeout_s=self.timeout_s)
        if self.cache is not None:
            self.cache.put(key, result)
        return result

    def close(self) -> None:
        self.path.close()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> Measurer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class BaselineCache:
    """-O0 (no passes) and -Oz (``default<Oz>``) measurements per module hash, kept in memory and in the cache."""

    def __init__(self, measurer: Measurer) -> None:
        self.measurer = measurer
        self._memory: dict[tuple[str, str, str], Evaluation] = {}

    def get(self, module: IRModule, level: Literal["O0", "Oz"], codegen: CodegenConfig | None = None) -> Evaluation:
        codegen = codegen or self.measurer.codegen_for(module)
        pipeline = {"O0": "", "Oz": OZ_PIPELINE}[level]
        key = (module.hash, level, codegen.label)
        if key not in self._memory:
            self._memory[key] = self.measurer.measure_pipeline(module, pipeline, codegen=codegen)
        return self._memory[key]

    def o0(self, module: IRModule, codegen: CodegenConfig | None = None) -> Evaluation:
        return self.get(module, "O0", codegen)

    def oz(self, module: IRModule, codegen: CodegenConfig | None = None) -> Evaluation:
        return self.get(module, "Oz", codegen)


def measure_clang_object(
    toolchain: Toolchain, source: Path, flags: tuple[str, ...] = ("-Oz",), timeout_s: float = 120.0
) -> Evaluation:
    """Size of the object real ``clang <flags> -c`` makes from a C/C++ file: the baseline users actually ship.

    Raises:
        InputError: the source does not compile.
        ToolError: llvm-size failed on the object.
    """
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="llmopt-clang-") as tmp:
        obj = Path(tmp) / "out.o"
        driver = "clang++" if source.suffix in (".cc", ".cpp", ".cxx") else "clang"
        run = toolchain.run(driver, [*flags, "-g0", "-c", str(source), "-o", str(obj)], timeout_s=timeout_s)
        if not run.ok:
            raise InputError(f"{source}: does not compile: {run.first_error_line()}")
        size, sections = read_object_sizes(toolchain, obj, timeout_s)
    return Evaluation(
        status=Status.OK,
        module_hash="",
        pipeline=f"clang {' '.join(flags)}",
        toolchain=toolchain.identity,
        codegen=f"clang {' '.join(flags)} -c",
        measured_with="clang",
        binary_size=size.text + size.data,
        berkeley_text=size.text,
        berkeley_data=size.data,
        berkeley_bss=size.bss,
        sections=sections,
        walltime_s=time.perf_counter() - start,
    )
