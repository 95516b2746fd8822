#!/usr/bin/env bash
# Installs what the tests need and runs every check headless:
# ruff, mypy (strict for model/store/sync/export), import-linter contracts, pytest.
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
