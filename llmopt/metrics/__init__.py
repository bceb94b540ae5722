"""Layer 3: measuring modules under pass lists (size, instructions, latency), caching and baselines."""

from llmopt.metrics.cache import MeasurementCache
from llmopt.metrics.compare import SizeComparison, geomean, relative_gain
from llmopt.metrics.evaluation import CodegenConfig, Evaluation, Status
from llmopt.metrics.measurer import BaselineCache, Measurer, measure_clang_object
from llmopt.metrics.metric import BINARY_SIZE, INSTRUCTION_COUNT, LATENCY, METRICS, TEXT_SIZE, Metric, get_metric
from llmopt.metrics.spec import MeasurerSpec, worker_measurer

__all__ = [
    "BINARY_SIZE",
    "INSTRUCTION_COUNT",
    "LATENCY",
    "METRICS",
    "TEXT_SIZE",
    "BaselineCache",
    "CodegenConfig",
    "Evaluation",
    "MeasurementCache",
    "Measurer",
    "MeasurerSpec",
    "Metric",
    "SizeComparison",
    "Status",
    "geomean",
    "get_metric",
    "measure_clang_object",
    "relative_gain",
    "worker_measurer",
]
