#!/usr/bin/env bash
# Installs the app and starts it; an empty library gets the bundled sample library first.
# The library is the per-user default, or $READER_DB, or the path given as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
bash scripts/venv.sh
db="${1:-${READER_DB:-}}"
args=()
if [ -n "$db" ]; then args=(--db "$db"); fi
articles=$(.venv/bin/reader "${args[@]}" info --json | .venv/bin/python -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
if [ "$articles" = "0" ]; then
  .venv/bin/reader "${args[@]}" sample
fi
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"; fi
exec .venv/bin/reader "${args[@]}"
