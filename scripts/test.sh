#!/usr/bin/env bash
# Installs what the tests need and runs every check headless:
# ruff, mypy (strict for model/store/sync/export), import-linter contracts, pytest, and
# on CI (CI=true) or with READER_SMOKE=1 the frozen build's smoke test (packaging/smoke.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
bash scripts/venv.sh test

export QT_QPA_PLATFORM=offscreen
if [ "$(id -u)" -eq 0 ]; then
  # Chromium (inside Qt WebEngine) refuses its sandbox as root.
  export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox"
fi

echo "== ruff"; .venv/bin/ruff check reader tests bench
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest"; .venv/bin/python -m pytest "$@"
# The frozen build and its smoke test (about two minutes): always on CI, else on request.
if [ "${CI:-}" = "true" ] || [ "${READER_SMOKE:-}" = "1" ]; then
  echo "== frozen build smoke test"; bash packaging/smoke.sh
fi
