"""llmopt: language models steer LLVM to make programs smaller, with the compiler and a verifier keeping them honest."""

__version__ = "0.1.0"
