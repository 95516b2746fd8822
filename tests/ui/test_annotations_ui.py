"""Highlighting in the real reading view (Qt WebEngine, offscreen), the notes panel,
undo, the notebook and the list marks."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import Annotation
from tests.ui.conftest import Harness

# Selects, inside the article body, from the first occurrence of one passage to the
# end of the next occurrence of another (the same one for a simple selection).
_SELECT = r"""
(function (first, last) {
  var body = document.querySelector('article.body');
  var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  var text = '', where = [];
  while (walker.nextNode()) {
    var node = walker.currentNode;
    for (var i = 0; i < node.data.length; i++) {
      var ch = node.data[i];
      if (/\s/.test(ch)) {
        if (text.length && text[text.length - 1] === ' ') continue;
        ch = ' ';
      }
      text += ch;
      where.push([node, i]);
    }
  }
  var at = text.indexOf(first);
  if (at < 0) return false;
  var to = text.indexOf(last, at) + last.length - 1;
  if (to < at) return false;
  var r = document.createRange();
  r.setStart(where[at][0], where[at][1]);
  r.setEnd(where[to][0], where[to][1] + 1);
  var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
  return true;
})(%s, %s)
"""


def _js(h: Harness, qtbot: QtBot, script: str) -> Any:
    box: list[Any] = []
    h.window.view.page().runJavaScript(script, 1, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def _open(h: Harness, qtbot: QtBot, slug: str, lang: str) -> str:
    doc = h.store.document(slug, lang)
    h.window.open_article(doc.summary.source, slug, lang)
    qtbot.waitUntil(lambda: h.window.view.title() == doc.summary.title, timeout=15000)
    return doc.text


def _select(h: Harness, qtbot: QtBot, first: str, last: str | None = None) -> None:
    script = _SELECT % (json.dumps(first), json.dumps(last if last is not None else first))
    assert _js(h, qtbot, script) is True


def _bare(text: str) -> str:
    """Text without white space: the page's white space differs from the stored text."""
    return "".join(text.split())


def _marked(h: Harness, qtbot: QtBot, annotation_id: int) -> str:
    script = (
        "Array.from(document.querySelectorAll('mark.hl')).filter(function (m) {"
        f" return (m.getAttribute('data-annotation') || '').split(' ').indexOf('{annotation_id}') >= 0;"
        " }).map(function (m) { return m.textContent; }).join('')"
    )
    return _bare(str(_js(h, qtbot, script)))


def _highlight(h: Harness, qtbot: QtBot, colour: str) -> Annotation:
    before = {a.id for a in h.store.annotations()}
    h.window.annotation_ctl.highlight_selection(colour)
    qtbot.waitUntil(lambda: len(h.store.annotations()) == len(before) + 1, timeout=5000)
    (new,) = [a for a in h.store.annotations() if a.id not in before]
    return new


def test_select_and_highlight_in_three_scripts(qtbot: QtBot, sample_window: Harness) -> None:
    h = sample_window
    store = h.store
    slugs = {
        lang: next(s.slug for s in store.list_articles(limit=100) if lang in s.languages)
        for lang in ("en", "ar", "zh-cn")
    }
    for lang, colour in (("en", "yellow"), ("ar", "green"), ("zh-cn", "blue")):
        text = _open(h, qtbot, slugs[lang], lang)
        lines = [line for line in text.split("\n") if len(line) > 30]
        # Within one paragraph…
        inside = lines[1][3:25]
        _select(h, qtbot, inside)
        note = _highlight(h, qtbot, colour)
        assert note.exact == inside
        assert (note.lang, note.color, note.state) == (lang, colour, "anchored")
        # The page reloads with the highlight drawn.
        qtbot.waitUntil(lambda n=note: _marked(h, qtbot, n.id) == _bare(n.exact), timeout=10000)
        # …and across the end of one paragraph and the start of the next.
        tail, head = lines[2].split()[-1][-8:], lines[3].split()[0][:8]
        _select(h, qtbot, tail, head)
        across = _highlight(h, qtbot, "purple")
        start = text.index(lines[2]) + len(lines[2]) - len(tail)
        assert across.exact == text[start : start + len(across.exact)]
        assert across.exact.startswith(tail) and across.exact.endswith(head)
        assert "\n" in across.exact
        qtbot.waitUntil(lambda n=across: _marked(h, qtbot, n.id) == _bare(n.exact), timeout=10000)
    # The panel lists the current article's notes; the list marks annotated articles.
    assert h.window.notes_panel.list.count() == 2
    qtbot.waitUntil(lambda: bool(h.window.model.annotated), timeout=5000)
    assert {(s, sl) for s, sl in h.window.model.annotated} >= {
        ("sample", slugs["en"]),
        ("sample", slugs["ar"]),
        ("sample", slugs["zh-cn"]),
    }


def test_panel_edit_delete_undo_and_notebook(qtbot: QtBot, sample_window: Harness) -> None:
    h = sample_window
    slug = h.store.list_articles(limit=1)[0].slug
    text = _open(h, qtbot, slug, "en")
    words = text.split("\n")[1].split()[:4]
    passage = " ".join(words)
    _select(h, qtbot, passage)
    note = _highlight(h, qtbot, "pink")
    assert note.exact == passage
    panel = h.window.notes_panel
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    panel.select(note.id)

    panel.recolour("purple")
    qtbot.waitUntil(lambda: h.store.annotation(note.id).color == "purple", timeout=5000)
    panel.delete_selected()
    qtbot.waitUntil(lambda: h.store.annotations() == [], timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=5000)
    # Undo brings the highlight back (deleted notes are only marked, never dropped).
    h.window.annotation_ctl.undo()
    qtbot.waitUntil(lambda: len(h.store.annotations()) == 1, timeout=5000)
    assert h.store.annotation(note.id).color == "purple"
    h.window.annotation_ctl.undo()  # the colour change
    qtbot.waitUntil(lambda: h.store.annotation(note.id).color == "pink", timeout=5000)

    h.store.update_annotation(note.id, note="Check **reciprocity** here", tags=["matter-17"])
    ctl = h.window.annotation_ctl
    ctl.show_notebook()
    book = ctl.notebook
    assert book is not None
    qtbot.waitUntil(lambda: book.tree.topLevelItemCount() == 1, timeout=5000)
    book.query.setText("reciprocity")
    qtbot.waitUntil(lambda: book.tree.topLevelItemCount() == 1, timeout=5000)
    book.query.setText("nothing-like-this")
    qtbot.waitUntil(lambda: book.tree.topLevelItemCount() == 0, timeout=5000)
    book.query.setText("")
    qtbot.waitUntil(lambda: book.tree.topLevelItemCount() == 1, timeout=5000)
    item = book.tree.topLevelItem(0)
    assert item is not None and item.text(4) == "matter-17"
    book.close()
    QApplication.processEvents()


def test_export_and_import_notes_from_the_window(
    qtbot: QtBot, make_window: Any, sample_library: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    first_db, second_db = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    shutil.copy(sample_library, first_db)
    shutil.copy(sample_library, second_db)
    h = make_window(first_db)
    made = []
    for summary in h.store.list_articles(limit=100):
        for lang in ("en", "ar", "zh-cn"):
            if lang in summary.languages and not any(m.lang == lang for m in made):
                made.append(h.store.annotate(summary.slug, lang, 2, 20, note=f"note {lang}"))
    assert len(made) == 3
    md, js = tmp_path / "notes.md", tmp_path / "notes.jsonld"
    h.window.annotation_ctl.export_to(md, "md", {})
    h.window.annotation_ctl.export_to(js, "json", {})
    qtbot.waitUntil(lambda: md.exists() and js.exists(), timeout=5000)
    text = md.read_text(encoding="utf-8")
    assert all(m.exact.strip() in text and f"note {m.lang}" in text for m in made)

    other = make_window(second_db)
    assert other.store.annotations() == []
    other.window.annotation_ctl.import_from(js)
    qtbot.waitUntil(lambda: len(other.store.annotations()) == 3, timeout=5000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    back = {(a.slug, a.lang): a for a in other.store.annotations()}
    for m in made:
        got = back[(m.slug, m.lang)]
        assert (got.exact, got.start, got.end, got.note, got.state) == (
            m.exact,
            m.start,
            m.end,
            m.note,
            "anchored",
        )
    # A file that is not an annotation export is refused with a message, nothing added.
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    errors: list[str] = []
    other.window.show_error = errors.append  # type: ignore[method-assign]
    other.window.annotation_ctl.import_from(bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "bad.jsonld" in errors[0]
    assert len(other.store.annotations()) == 3


def test_bookmark_from_the_view_marks_the_article_shown(
    qtbot: QtBot, sample_window: Harness
) -> None:
    h = sample_window
    summaries = h.store.list_articles(limit=3)
    h.window.table.selectRow(0)  # the list's current row is one article…
    shown = summaries[2]  # …the view shows another (opened from a link, say)
    h.window.view.show_article(shown.source, shown.slug, shown.lang)
    qtbot.waitUntil(lambda: h.window.view.title() == shown.title, timeout=15000)
    h.window.view.bookmark_requested.emit()
    qtbot.waitUntil(lambda: h.store.list_articles(limit=3)[2].bookmarked, timeout=5000)
    assert not h.store.list_articles(limit=1)[0].bookmarked
