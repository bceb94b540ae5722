"""The persistent evaluation engine: a small C++ program against the installed LLVM, driven over pipes."""

from llmopt.toolchain.engine.build import engine_source_hash, ensure_engine
from llmopt.toolchain.engine.worker import EngineCrash, EngineReply, EngineTimeout, EngineWorker

__all__ = ["EngineCrash", "EngineReply", "EngineTimeout", "EngineWorker", "engine_source_hash", "ensure_engine"]
