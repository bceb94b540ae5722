"""Layer 1: the LLVM toolchain: discovery, processes, IR modules and the fast evaluation engine.

This is the only package that starts processes; everything above asks it.
"""

from llmopt.toolchain.discovery import Toolchain
from llmopt.toolchain.flavour import DEFAULT_FLAVOUR, CodegenConfig, Flavour, guess_flavour
from llmopt.toolchain.ir import (
    IRModule,
    assemble_bitcode,
    compile_source,
    count_instructions,
    defined_function_names,
    emit_assembly,
    emit_object,
    iter_input_files,
    load_input,
    normalize_ir,
    normalized_hash,
    parse_ir,
    read_ir,
    replace_directory,
    split_functions,
    write_atomic,
)
from llmopt.toolchain.process import PersistentProcess, ToolRun, run_process

__all__ = [
    "DEFAULT_FLAVOUR",
    "CodegenConfig",
    "Flavour",
    "IRModule",
    "PersistentProcess",
    "ToolRun",
    "Toolchain",
    "assemble_bitcode",
    "compile_source",
    "count_instructions",
    "defined_function_names",
    "emit_assembly",
    "emit_object",
    "guess_flavour",
    "iter_input_files",
    "load_input",
    "normalize_ir",
    "normalized_hash",
    "parse_ir",
    "read_ir",
    "replace_directory",
    "run_process",
    "split_functions",
    "write_atomic",
]
