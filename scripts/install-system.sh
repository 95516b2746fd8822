#!/usr/bin/env bash
# Debian/Ubuntu packages that Qt, Qt WebEngine, the fonts and the PDF checks need, and
# the validators of the desktop file and AppStream metainfo (packaging/linux), binutils
# for PyInstaller (packaging/build.sh).
# Runs apt-get as root, or through sudo when not root. Skips when all are present.
set -euo pipefail

packages=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libthai0 fonts-noto-core fonts-noto-cjk poppler-utils
  libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  desktop-file-utils appstream binutils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "install-system: not a Debian/Ubuntu system; install these yourself: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-system: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
