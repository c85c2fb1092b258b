#!/usr/bin/env bash
# Set everything up, score the sample calls into the embedded SQLite database, serve the review UI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/qa demo --host 127.0.0.1 --port "${PORT:-5000}" "$@"
