#!/usr/bin/env bash
# Smoke test of the frozen build: build it, then run the bundled binary headless on a
# fresh library: import the sample library, search it, back it up, export one article
# to PDF, sync a feed from a local server, open the window and show an article in the
# reading view (Qt WebEngine), the interface in Japanese (translations), portable mode,
# and install the build for a user and remove it again. Exits 0 when every step passed.
#
#   bash packaging/smoke.sh              # build, then test
#   bash packaging/smoke.sh --no-build   # test the build already in packaging/dist
#
# Needs the system libraries of scripts/install-system.sh (and poppler-utils for the PDF
# check). Takes about 100 s on two cores: a build of 40-65 s, 35 s of tests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)
if [ "${1:-}" != "--no-build" ]; then
  bash packaging/build.sh
fi
app="$root/packaging/dist/lexsinica-reader"
bin="$app/lexsinica-reader"
[ -x "$bin" ] || { echo "smoke: no build at $bin" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  rm -f "$app/portable.txt"
  rm -rf "$app/data"
}
trap cleanup EXIT
# Keep the user's own settings and library out of it.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work/home"
export QT_QPA_PLATFORM=offscreen
unset READER_DB
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi
lib="$work/library.sqlite"
step() { echo "== smoke: $*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
tests_start=$(date +%s)

step "version and contents"
"$bin" --version
qm=$(find "$app/_internal/reader/resources/i18n" -name 'reader_*.qm' 2>/dev/null | wc -l)
ts=$(find "$app/_internal/reader" -name '*.ts' | wc -l)
echo "interface translations: $qm"
[ "$ts" = "0" ] || fail "translation sources (.ts) in the build"
[ -x "$app/_internal/PySide6/Qt/libexec/QtWebEngineProcess" ] || fail "no QtWebEngineProcess"

step "a fresh library"
[ "$("$bin" --db "$lib" info --json | json 'd["articles"]')" = "0" ] || fail "new library not empty"

step "import the sample library"
"$bin" --db "$lib" sample
n=$("$bin" --db "$lib" info --json | json 'd["articles"]')
[ "$n" -ge 20 ] || fail "sample import gave $n articles"

step "search"
hits=$("$bin" --db "$lib" search reciprocity --json | json 'len(d)')
[ "$hits" -ge 1 ] || fail "no search hits"
hits=$("$bin" --db "$lib" search 法院 --json | json 'len(d)')
[ "$hits" -ge 1 ] || fail "no search hits in Chinese"

step "backup"
"$bin" --db "$lib" backup -o "$work/backup.sqlite" >/dev/null
[ -s "$work/backup.sqlite" ] || fail "no backup file"

step "export one article to PDF"
slug=supreme-court-embraces-presumed-reciprocity
if "$bin" export pdf --help >/dev/null 2>&1; then
  "$bin" --db "$lib" export pdf "$slug" -o "$work/article.pdf"
  [ "$(head -c 5 "$work/article.pdf")" = "%PDF-" ] || fail "not a PDF"
  if command -v pdftotext >/dev/null; then
    text=$(pdftotext "$work/article.pdf" -)
    grep -qi "presumed reciprocity" <<<"$text" || fail "PDF lacks the article text"
  fi
  echo "PDF: $(stat -c %s "$work/article.pdf") bytes"
else
  echo "PDF export is not in this build (no 'reader export pdf'); step skipped"
fi

step "sync a feed from a local server (pages parsed in worker processes)"
mkdir -p "$work/site"
python3 - "$work/site/feed.xml" <<'PY'
import html, sys
body = "<p>" + "The court recognised the foreign judgment on the basis of reciprocity. " * 12
items = "".join(
    f"<item><title>Smoke item {i}</title><link>http://127.0.0.1:9/posts/{i}</link>"
    f"<guid>smoke-{i}</guid><description>Item {i}</description>"
    f"<content:encoded>{html.escape(body + str(i) + '</p>')}</content:encoded></item>"
    for i in range(40)
)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
              f"<title>Smoke feed</title>{items}</channel></rss>")
PY
python3 -c '
import functools, http.server, sys
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass
handler = functools.partial(Quiet, directory=sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
open(sys.argv[2], "w").write(str(server.server_port))
server.serve_forever()' "$work/site" "$work/port" &
feed_server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
"$bin" --db "$lib" source add feed "http://127.0.0.1:$(cat "$work/port")/feed.xml" --name smoke >/dev/null
report=$("$bin" --db "$lib" sync smoke --json)
kill "$feed_server"
new=$(json 'd["new"]' <<<"$report")
workers=$(json 'd["sources"][0]["workers"]' <<<"$report")
echo "feed sync: $new new, parsed by $workers worker processes"
[ "$new" = "40" ] || fail "feed sync stored $new of 40 items"
if [ "$(nproc)" -ge 2 ]; then [ "$workers" -ge 1 ] || fail "no worker processes in the frozen build"; fi
[ "$("$bin" --db "$lib" search reciprocity --json | json 'len(d)')" -ge 2 ] || fail "synced items not found"

step "the window shows an article"
out=$("$bin" --db "$lib" --quit-after 10 2>"$work/gui.err") || {
  tail -20 "$work/gui.err" >&2
  fail "the window did not show an article (exit $?)"
}
echo "$out"
grep -q "article shown: ." <<<"$out" || fail "the reading view stayed empty"
packages=$(sed -n 's/^about: version .*, \([0-9]*\) packages$/\1/p' <<<"$out")
[ "${packages:-0}" -ge 10 ] || fail "the About dialog finds no package metadata"

step "the interface in Japanese"
mkdir -p "$XDG_CONFIG_HOME/LexSinicaReader"
echo '{"ui_language": "ja"}' >"$XDG_CONFIG_HOME/LexSinicaReader/settings.json"
out=$("$bin" --db "$lib" --quit-after 8 2>>"$work/gui.err") || fail "the Japanese window"
grep "^menus:" <<<"$out"
grep -q "^menus: ファイル" <<<"$out" || fail "the menus are not in Japanese"
rm "$XDG_CONFIG_HOME/LexSinicaReader/settings.json"

step "portable mode"
touch "$app/portable.txt"
path=$("$bin" info --json | json 'd["path"]')
[ "$path" = "$app/data/library.sqlite" ] || fail "portable library at $path"
[ -f "$app/data/library.sqlite" ] || fail "no portable library file"
rm -f "$app/portable.txt"
path=$("$bin" info --json | json 'd["path"]')
[ "$path" = "$work/data/LexSinicaReader/library.sqlite" ] || fail "installed library at $path"

step "the command-line executable"
"$app/reader" --db "$lib" info --json | json 'd["articles"]' >/dev/null

step "install for a user and uninstall"
prefix="$work/prefix"
bash packaging/install-linux.sh --prefix "$prefix" >/dev/null
"$prefix/bin/reader" --version
desktop="$prefix/share/applications/io.github.lexsinica.Reader.desktop"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
grep -q "^Exec=$prefix/bin/lexsinica-reader" "$desktop" || fail "desktop entry Exec"
[ -f "$prefix/share/icons/hicolor/256x256/apps/io.github.lexsinica.Reader.png" ] || fail "icons"
bash packaging/install-linux.sh --prefix "$prefix" --uninstall >/dev/null
[ ! -e "$prefix/bin/reader" ] && [ ! -e "$prefix/lib/lexsinica-reader" ] || fail "uninstall left files"

end=$(date +%s)
echo "smoke: passed (tests $((end - tests_start)) s, all $((end - start)) s)"
