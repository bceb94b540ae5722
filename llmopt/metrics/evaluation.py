"""What one measurement of (module, pass list) produces: an ``Evaluation`` that is a result or a typed failure.

A crashing pass, an invalid pipeline, IR that fails the verifier after the passes, or a timeout are ordinary outcomes
of search over pass lists, so they are statuses here rather than exceptions: one bad candidate never kills a batch.
Every evaluation records what is needed to replay it: module hash, pipeline text, LLVM version, codegen options,
how it was measured (engine or subprocess) and wall time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

from llmopt.toolchain import CodegenConfig

__all__ = ["CodegenConfig", "Evaluation", "Status"]


class Status(str, Enum):
    OK = "ok"
    CRASH = "crash"  # opt/llc died (signal, fatal error)
    INVALID_PIPELINE = "invalid_pipeline"  # opt rejected the pipeline text
    INVALID_IR = "invalid_ir"  # the passes produced IR that fails the verifier
    CODEGEN_ERROR = "codegen_error"  # llc could not lower the optimized IR
    TIMEOUT = "timeout"


@dataclass(frozen=True)
class Evaluation:
    """One (module, pass list) measurement, or why there is none.

    Attributes:
        status: OK or the failure kind; on failure only ``message`` and the identifying fields are meaningful.
        message: the compiler's message for failures (stderr tail), empty on success.
        module_hash / pipeline / toolchain / codegen / measured_with: identify and replay the measurement.
        codegen_config: the codegen as data (``CodegenConfig``; ``codegen`` is its label, the cache key); None for
            objects llmopt did not lower itself (``measure_clang_object``).
        instruction_count: IR instructions over all defined functions after the passes.
        binary_size: ``berkeley_text + berkeley_data``: the LLM Compiler definition (see ``llmopt.metrics.metric``).
        berkeley_text / berkeley_data / berkeley_bss: the three columns of ``llvm-size`` (Berkeley format). Its
            "text" column is every allocated read-only section (``.text`` + ``.rodata*`` + ``.eh_frame`` ...), not
            the ``.text`` section; that one is ``text_section_size`` (``sections``).
        sections: size of every allocated section of the object (``.text``, ``.rodata.str1.1``, ...).
        latency: sum of TTI latency costs over all instructions (``print<cost-model>``, ``-cost-kind=latency``).
        ir: the optimized IR text, only when asked for.
        ir_hash: SHA-256 of the optimized module's bitcode (specific to the measure path; used to memoize codegen).
    """

    status: Status
    module_hash: str
    pipeline: str
    toolchain: str
    codegen: str
    measured_with: str
    message: str = ""
    instruction_count: int | None = None
    binary_size: int | None = None
    berkeley_text: int | None = None
    berkeley_data: int | None = None
    berkeley_bss: int | None = None
    sections: Mapping[str, int] = field(default_factory=dict)
    latency: int | None = None
    ir: str | None = None
    ir_hash: str | None = None
    walltime_s: float = 0.0
    pass_s: float | None = None
    codegen_s: float | None = None
    cached: bool = False
    codegen_config: CodegenConfig | None = None

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    @property
    def text_section_size(self) -> int | None:
        """Size of the ``.text`` sections (``.text`` and ``.text.*``): CompilerGym's definition; None on failure."""
        return self.section_group(".text") if self.ok else None

    def section_group(self, prefix: str) -> int:
        """Total of the sections whose name is ``prefix`` or starts with ``prefix.`` (``.rodata`` includes
        ``.rodata.str1.1``); lets other size definitions be derived, e.g. CompilerGym's ``.text`` only."""
        return sum(size for name, size in self.sections.items() if name == prefix or name.startswith(prefix + "."))

    def to_json(self, include_ir: bool = True) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["sections"] = dict(self.sections)
        data["codegen_config"] = self.codegen_config.to_json() if self.codegen_config is not None else None
        data["text_section_size"] = self.text_section_size
        if not include_ir:
            data.pop("ir")
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evaluation:
        values = dict(data)
        values["status"] = Status(values["status"])
        if "backend" in values and "measured_with" not in values:  # records written before the rename
            values["measured_with"] = values.pop("backend")
        for old, new in (("text_size", "berkeley_text"), ("data_size", "berkeley_data"), ("bss_size", "berkeley_bss")):
            if old in values and new not in values:  # records written before the fields were named for what they are
                values[new] = values.pop(old)
        config = values.get("codegen_config")
        if isinstance(config, Mapping):
            values["codegen_config"] = CodegenConfig.from_json(config)
        elif config is None and str(values.get("codegen", "")).startswith("llc "):  # rows from before the field
            values["codegen_config"] = CodegenConfig.from_json(str(values["codegen"]))
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in values.items() if k in known})
