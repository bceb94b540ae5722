#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a working llmopt: LLVM 19 and Csmith from Debian's packages, a
# virtual environment in .venv with llmopt and its pinned dependencies, and the prebuilt evaluation engine.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if ! dpkg -s clang-19 llvm-19 llvm-19-dev csmith libcsmith-dev dpkg-dev chromium >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends clang-19 llvm-19 llvm-19-dev lld-19 csmith libcsmith-dev dpkg-dev g++ make chromium >/dev/null
fi
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then "$PYTHON" -m venv .venv; fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
# Build the C++ evaluation engine now rather than on first use (it links against llvm-19-dev; ~30 s).
.venv/bin/llmopt doctor --build-engine
