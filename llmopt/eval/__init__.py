"""Layer 8: evaluation. Versioned benchmark suites (``suite``), the resumable harness that runs a strategy or a
baseline over a suite into one JSON row per program (``harness``), every metric the seed papers report (``metrics``)
and the report (``report``: HTML, Markdown, JSON). See docs/eval.md."""
