#!/usr/bin/env bash
# Installs the build in packaging/dist/lexsinica-reader for one user (no root needed):
#
#   bash packaging/install-linux.sh                 # into ~/.local
#   bash packaging/install-linux.sh --prefix /usr/local   # for every user (as root)
#   bash packaging/install-linux.sh --uninstall [--prefix P]
#
# Puts the program folder in PREFIX/lib/lexsinica-reader, the commands `lexsinica-reader`
# and `reader` in PREFIX/bin, the desktop entry, the icons (hicolor theme) and the
# AppStream metainfo under PREFIX/share, so that the app appears in the desktop's menu.
# The library and settings stay where they are (per-user folders); uninstalling never
# touches them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
id=io.github.lexsinica.Reader
prefix="$HOME/.local"
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    *) echo "install-linux: unknown argument $1" >&2; exit 2 ;;
  esac
done
share="$prefix/share"
files=(
  "$prefix/bin/lexsinica-reader" "$prefix/bin/reader"
  "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
  "$share/icons/hicolor/scalable/apps/$id.svg"
)
for png in "$here"/icons/png/*.png; do
  size=$(basename "$png" .png)
  files+=("$share/icons/hicolor/$size/apps/$id.png")
done

if [ "$uninstall" = 1 ]; then
  rm -f "${files[@]}"
  rm -rf "$prefix/lib/lexsinica-reader"
  echo "install-linux: removed from $prefix (your library and settings are kept)"
  exit 0
fi

build="$here/dist/lexsinica-reader"
[ -x "$build/lexsinica-reader" ] || { echo "install-linux: build first: bash packaging/build.sh" >&2; exit 1; }
mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
rm -rf "$prefix/lib/lexsinica-reader.new"
cp -a "$build" "$prefix/lib/lexsinica-reader.new"
rm -rf "$prefix/lib/lexsinica-reader"
mv "$prefix/lib/lexsinica-reader.new" "$prefix/lib/lexsinica-reader"
ln -sfn "$prefix/lib/lexsinica-reader/lexsinica-reader" "$prefix/bin/lexsinica-reader"
ln -sfn "$prefix/lib/lexsinica-reader/reader" "$prefix/bin/reader"
# The desktop entry names the command; give its full path so it starts even when
# PREFIX/bin is not on the PATH of the desktop session.
sed "s|^Exec=lexsinica-reader|Exec=$prefix/bin/lexsinica-reader|" \
  "$here/linux/$id.desktop" >"$share/applications/$id.desktop"
cp "$here/linux/$id.metainfo.xml" "$share/metainfo/"
install -D -m 644 "$here/../reader/resources/icons/$id.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for png in "$here"/icons/png/*.png; do
  size=$(basename "$png" .png)
  install -D -m 644 "$png" "$share/icons/hicolor/$size/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "install-linux: installed in $prefix; start it from the menu or with $prefix/bin/lexsinica-reader"
