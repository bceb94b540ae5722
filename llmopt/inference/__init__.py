"""Layer 7: strategies that turn a program into an optimized one (standard pipelines now; models later)."""
