"""Take a screenshot of the app showing one article (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshot.py \
        LIBRARY SLUG LANG OUT.png [--tab notes|related] [--notebook] [--side-by-side LANG2] \
        [--ui-lang CODE]

Used to make the images in docs/screenshots; the library is used as it is.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("slug")
    parser.add_argument("lang")
    parser.add_argument("out", type=Path)
    parser.add_argument("--tab", choices=["notes", "related"], default="related")
    parser.add_argument("--notebook", action="store_true")
    parser.add_argument("--delay", type=float, default=3.0)
    parser.add_argument("--reveal", action="store_true", help="scroll to the first highlight")
    parser.add_argument(
        "--side-by-side", metavar="LANG2", help="open View → Side by side… with LANG2 on the right"
    )
    parser.add_argument(
        "--ui-lang", metavar="CODE", default="en", help="interface language (zh_CN, ar, ja …)"
    )
    args = parser.parse_args()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    os.environ["READER_CONFIG_DIR"] = tempfile.mkdtemp()  # no settings of the user's

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import Session
    from reader.export.scheme import register_scheme
    from reader.settings import Settings
    from reader.ui.binding import protect_none

    protect_none()
    register_scheme()
    app = QApplication(sys.argv)
    from reader.ui.interface_language import apply_language

    apply_language(args.ui_lang)  # translations, and right to left for ar and he
    session = Session(Settings(Path(tempfile.mkdtemp()) / "settings.json"))
    error = session.open(args.library)
    if error:
        print(error, file=sys.stderr)
        return 1
    window = session.window
    assert window is not None
    window.resize(1440, 900)
    window.move(0, 0)
    source = window.store.document(args.slug, args.lang).summary.source

    def show() -> None:
        window.open_article(source, args.slug, args.lang)
        window.side_tabs.setCurrentIndex(1 if args.tab == "notes" else 0)
        if args.notebook:
            window.annotation_ctl.show_notebook()
            nb = window.annotation_ctl.notebook
            if nb is not None:
                nb.move(240, 160)

    def shoot() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(args.out))
        print(f"wrote {args.out}")
        session.close()
        app.quit()

    def reveal() -> None:
        panel = window.notes_panel
        if panel.list.count():
            panel.list.setCurrentRow(0)
            window.view.reveal_annotation(panel.selected_id())

    def side_by_side() -> None:
        win = window.translation_ctl.open_side_by_side()
        if win is not None:
            win.right.setCurrentIndex(max(0, win.right.findData(args.side_by_side)))
            win.move(0, 0)
            win.resize(1440, 900)
            # Start at the first aligned paragraph: the body, its damage marks, headings.
            first_row = "document.querySelector('tr.sbs-row').scrollIntoView(); ''"
            win.view.loadFinished.connect(lambda _ok: win.view.page().runJavaScript(first_row, 1))

    QTimer.singleShot(800, show)
    if args.side_by_side:
        QTimer.singleShot(1600, side_by_side)
    if args.reveal:
        QTimer.singleShot(int(args.delay * 1000) - 200, reveal)
    QTimer.singleShot(int(args.delay * 1000) + 800, shoot)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
