"""Annotations in a real library file: saving, editing, undo, search, and what happens
to them when a new revision of their article arrives."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from reader.store import Conflict, NotFound, Store
from tests.conftest import FETCHED, make_article

BODY = (
    "<p>The Supreme People's Court issued a judicial interpretation on 1 March.</p>"
    "<p>Under Article 289 of the Civil Procedure Law, a foreign judgment may be "
    "recognised.</p>"
    "<p>The court found reciprocity between the two countries.</p>"
    "<p>Enforcement followed in the Wuhan Intermediate People's Court.</p>"
)
ZH = "<p>根据《民事诉讼法》第二百八十九条，外国判决可以得到承认。</p><p>武汉中院裁定执行。</p>"


def _write(store: Store, source_id: int, body: str, zh: str = ZH, days: int = 0) -> None:
    rec = make_article(
        "reciprocity",
        {"en": ("Reciprocity", body), "zh-cn": ("互惠", zh)},
        fetched_at=FETCHED + timedelta(days=days),
    )
    store.write_article(source_id, rec)


def _span(store: Store, passage: str, lang: str = "en") -> tuple[int, int]:
    text = store.document("reciprocity", lang).text
    start = text.index(passage)
    return start, start + len(passage)


def test_save_edit_delete_undo_and_search(store: Store, source_id: int) -> None:
    _write(store, source_id, BODY)
    a = store.annotate(
        "reciprocity",
        "en",
        *_span(store, "Article 289 of the Civil Procedure Law"),
        note="Compare **Article 290**.",
        tags=["#reciprocity", "civil procedure", "reciprocity"],
        color="green",
    )
    assert a.exact == "Article 289 of the Civil Procedure Law"
    assert a.prefix.endswith("Under ") and a.suffix.startswith(", a foreign")
    assert a.tags == ("reciprocity", "civil procedure")  # cleaned, no duplicates
    assert (a.state, a.revision, a.anchored_revision, a.current_revision) == ("anchored", 1, 1, 1)
    zh = store.annotate_quote(
        "reciprocity", "zh-cn", "《民事诉讼法》第二百八十九条", note="第289条"
    )
    assert zh.lang == "zh-cn"

    # Search reaches quotes, notes and tags, in every script.
    assert [x.id for x in store.annotations(query="Article 290")] == [a.id]
    assert [x.id for x in store.annotations(query="民事诉讼")] == [zh.id]
    assert [x.id for x in store.annotations(query="第289条")] == [zh.id]
    assert [x.id for x in store.annotations(tag="civil procedure")] == [a.id]
    assert [x.id for x in store.annotations(color="green")] == [a.id]

    changed = store.update_annotation(a.id, note="Now about *service*.", color="blue")
    assert (changed.note, changed.color, changed.tags) == (
        "Now about *service*.",
        "blue",
        ("reciprocity", "civil procedure"),
    )
    assert store.annotations(query="Article 290") == []
    assert [x.id for x in store.annotations(query="service")] == [a.id]

    store.delete_annotation(a.id)
    assert [x.id for x in store.annotations()] == [zh.id]
    assert [x.id for x in store.annotations(deleted=True)] == [a.id]
    assert store.annotations(query="service") == []
    store.delete_annotation(a.id, deleted=False)  # undo
    assert {x.id for x in store.annotations()} == {a.id, zh.id}
    assert [x.id for x in store.annotations(query="service")] == [a.id]
    assert dict(store.annotation_tags()) == {"reciprocity": 1, "civil procedure": 1}


def test_bad_requests_are_refused_with_reasons(store: Store, source_id: int) -> None:
    _write(store, source_id, BODY)
    with pytest.raises(NotFound, match="not in the text"):
        store.annotate_quote("reciprocity", "en", "Article 290")
    with pytest.raises(Conflict, match="occurs 2 times"):
        store.annotate_quote("reciprocity", "en", "People's Court")
    # A suffix tells the two apart.
    ok = store.annotate_quote("reciprocity", "en", "People's Court", suffix=".")
    assert ok.suffix.startswith(".") and "Wuhan" in ok.prefix
    with pytest.raises(Conflict, match="colour"):
        store.annotate("reciprocity", "en", 0, 5, color="orange")
    with pytest.raises(Conflict, match="No passage"):
        store.annotate("reciprocity", "en", 0, 10_000)
    with pytest.raises(NotFound):
        store.annotation(999)
    with pytest.raises(NotFound):
        store.annotate("no-such-article", "en", 0, 5)


def test_new_revision_reanchors_every_annotation(store: Store, source_id: int) -> None:
    _write(store, source_id, BODY)
    kept = store.annotate("reciprocity", "en", *_span(store, "judicial interpretation"))
    moving = store.annotate(
        "reciprocity", "en", *_span(store, "Article 289 of the Civil Procedure Law")
    )
    fuzzy = store.annotate(
        "reciprocity", "en", *_span(store, "The court found reciprocity between the two countries.")
    )
    gone = store.annotate("reciprocity", "en", *_span(store, "Wuhan Intermediate People's Court"))
    deleted = store.annotate("reciprocity", "en", *_span(store, "a foreign judgment"))
    store.delete_annotation(deleted.id)
    zh = store.annotate_quote("reciprocity", "zh-cn", "武汉中院")

    edited = (
        BODY.replace("1 March.</p>", "1 March.</p><p>Editor's note: this article was updated.</p>")
        .replace("court found", "court had found")
        .replace("may be recognised", "may be recognized")
        .replace("<p>Enforcement followed in the Wuhan Intermediate People's Court.</p>", "")
    )
    # judicial interpretation stays where it was: the insertion comes after it.
    _write(store, source_id, edited, days=3)
    text = store.document("reciprocity", "en").text
    state = {a.id: a for a in store.annotations()}
    assert state[kept.id].state == "anchored"
    assert state[moving.id].state == "moved"
    assert text[state[moving.id].start : state[moving.id].end] == moving.exact
    assert state[fuzzy.id].state == "moved"
    assert state[fuzzy.id].exact == "The court had found reciprocity between the two countries."
    assert state[gone.id].state == "orphaned"
    # An orphan keeps its quote and says where it last anchored.
    assert state[gone.id].exact == "Wuhan Intermediate People's Court"
    assert state[gone.id].anchored_revision == 1
    assert state[moving.id].anchored_revision == 2
    assert state[gone.id].current_revision == 2 and state[gone.id].revision == 1
    # The other language was not revised: untouched.
    assert state[zh.id].state == "anchored" and state[zh.id].anchored_revision == 1
    # A deleted annotation followed too, so undo finds it in place.
    store.delete_annotation(deleted.id, deleted=False)
    back = store.annotation(deleted.id)
    assert text[back.start : back.end] == "a foreign judgment"
    # Nothing was dropped, and the article says it changed since it was annotated.
    assert len(store.annotations()) == 6
    assert ("test", "reciprocity") in store.updated_since_annotated()
    assert store.annotated_articles() == {("test", "reciprocity")}

    # Re-attach the orphan to the passage the reader picks in the new text.
    start = text.index("Editor's note")
    again = store.reattach_annotation(gone.id, start, start + len("Editor's note"))
    assert (again.state, again.exact, again.anchored_revision) == ("anchored", "Editor's note", 2)


def test_unchanged_resync_touches_nothing(store: Store, source_id: int) -> None:
    _write(store, source_id, BODY)
    a = store.annotate("reciprocity", "en", *_span(store, "judicial interpretation"))
    _write(store, source_id, BODY, days=1)
    b = store.annotation(a.id)
    assert (b.state, b.anchored_revision, b.current_revision) == ("anchored", 1, 1)
    assert store.updated_since_annotated() == set()


def test_bookmarked_article_updated_since(store: Store, source_id: int) -> None:
    _write(store, source_id, BODY)
    store.set_bookmark("reciprocity")
    assert store.updated_since_annotated() == set()
    # Revisions fetched after the bookmark was set (the store's clock is "now").
    _write(store, source_id, BODY.replace("1 March", "2 March"), days=4000)
    assert ("test", "reciprocity") in store.updated_since_annotated()


def test_annotations_survive_reopening_and_an_upgrade_indexes_old_ones(tmp_path: Path) -> None:
    # The schema-1 fixture holds annotations made before annotation search existed.
    old = Path(__file__).parents[2] / "data" / "library-schema-1.sqlite"
    copy = tmp_path / "old.sqlite"
    shutil.copy(old, copy)
    with Store.open(copy) as s:
        before = s.annotations()
        assert before, "the fixture has annotations"
        word = before[0].exact.split()[0]
        assert before[0].id in {a.id for a in s.annotations(query=word)}
