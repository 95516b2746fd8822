#!/usr/bin/env bash
# Builds the one-folder app with PyInstaller into packaging/dist/lexsinica-reader/.
#
#   bash packaging/build.sh            # uses .venv (created by scripts/venv.sh if missing)
#
# Installs the `package` extra (PyInstaller, Pillow) from PyPI into .venv, renders the
# icons when they are missing, and builds. Build outputs (packaging/build,
# packaging/dist) are git-ignored. Linux; see packaging/README.md for Windows and macOS.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  bash scripts/venv.sh
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[package]"
if [ ! -f packaging/icons/png/256x256.png ] || [ ! -f packaging/icons/lexsinica-reader.ico ]; then
  QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
fi
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath packaging/dist --workpath packaging/build \
  packaging/lexsinica-reader.spec
echo "build: packaging/dist/lexsinica-reader ($(du -sh packaging/dist/lexsinica-reader | cut -f1)) in $(( $(date +%s) - start )) s"
