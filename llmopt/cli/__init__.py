"""Layer 9: the command line. Thin commands over library functions; the only reader of flags and env vars."""
