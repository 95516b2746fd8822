"""Annotation export and import: W3C Web Annotation JSON-LD (checked against the W3C
conformance tests' MUST assertions) and Markdown, on real library files."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from reader.export import annotations_md, annotations_w3c
from reader.export.annotations_scope import gather
from reader.export.annotations_w3c import AnnotationFileError
from reader.model import Annotation
from reader.model.anchoring import Quote
from reader.store import NotFound, Store
from tests.conftest import FETCHED, make_article

SPEC = Path(__file__).resolve().parents[2] / "data" / "w3c-annotation-model"
ARTICLE = "supreme-court-embraces-presumed-reciprocity"  # held in en, ar, nl and zh-cn
OTHER = "choice-of-court-agreements-with-chinese-parties"  # en, ar, ja, zh-cn


# ---- the W3C conformance tests (copied into tests/data, see COPIED.md there) -------------


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


_REGISTRY: Registry[Any] = Registry().with_resources(
    (p.name, Resource.from_contents(_load(p), default_specification=DRAFT4))
    for p in sorted((SPEC / "definitions").glob("*.json"))
)


def must_failures(test_name: str, doc: dict[str, Any]) -> tuple[list[str], int]:
    """(MUST assertions of one core test that ``doc`` fails, how many ran)."""
    failed: list[str] = []
    ran = 0
    for ref in _load(SPEC / "core" / test_name)["assertions"]:
        if not (SPEC / ref).exists():
            continue  # not available upstream (listed in SOURCES.tsv)
        schema = _load(SPEC / ref)
        if schema.get("assertionType", "must") != "must":
            continue
        ran += 1
        valid = Draft4Validator(
            schema, registry=_REGISTRY, format_checker=Draft4Validator.FORMAT_CHECKER
        ).is_valid(doc)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            failed.append(f"{ref}: {schema.get('errorMessage')}")
    return failed, ran


def test_format_checks_are_active() -> None:
    """Without rfc3339-validator and rfc3987 jsonschema skips date-time and uri checks,
    and the conformance tests would pass things they should not."""
    checker = Draft4Validator.FORMAT_CHECKER
    assert not checker.conforms("2025-03-01 noon", "date-time")
    assert checker.conforms("2025-03-01T12:00:00Z", "date-time")
    assert not checker.conforms("not a uri", "uri")
    assert checker.conforms("urn:uuid:6f0e7d0a-1c2b-4b7e-9a40-0c6f1d1b2a3c", "uri")


def test_the_conformance_checks_catch_a_broken_annotation() -> None:
    broken = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "not an iri",
        "type": "Note",
        "created": "yesterday",
    }
    failed, ran = must_failures("annotationMusts.test", broken)
    assert ran == 14
    assert len(failed) >= 4, failed


# ---- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def annotated(sample_store: Store) -> Store:
    """The sample with annotations in English, Arabic and Chinese, one orphan, one
    deleted annotation (never exported) and a collection of two articles."""
    s = sample_store
    s.annotate_quote(
        ARTICLE,
        "en",
        "For decades, a creditor",
        note="**Key**: the *old* rule.\n\n- reciprocity\n- [SPC](https://example.org)",
        tags=["reciprocity", "enforcement"],
        color="green",
    )
    ar = s.document(ARTICLE, "ar").text
    s.annotate(ARTICLE, "ar", ar.index("على مدى عقود"), ar.index("على مدى عقود") + 12,
               note="ملاحظة **مهمة**", tags=["عربي"], color="blue")  # fmt: skip
    zh = s.document(ARTICLE, "zh-cn").text
    s.annotate(ARTICLE, "zh-cn", zh.index("持有来自与"), zh.index("持有来自与") + 5, color="pink")
    s.annotate(ARTICLE, "en", 0, 5)  # a plain highlight: no note, no tags
    s.restore_annotation_record(
        key=s.require_source("sample").key,
        slug=ARTICLE,
        lang="en",
        quote=Quote("a passage the article lost", "before ", " after", 40, 66),
        revision=1,
        color="purple",
        note="Gone upstream.",
        tags=["lost"],
        uuid="0b7f5f0e-8f0a-4c55-9d2f-1f2e3d4c5b6a",
        created_at=datetime.fromisoformat("2025-01-02T03:04:05+00:00"),
    )
    gone = s.annotate_quote(OTHER, "en", s.document(OTHER, "en").text[20:50])
    s.delete_annotation(gone.id)
    s.annotate_quote(OTHER, "ja", s.document(OTHER, "ja").text[10:20], note="日本語")
    s.create_collection("Matter 42", "Recognition of a **US** judgment in Shanghai.")
    s.add_to_collection("Matter 42", [OTHER, ARTICLE])
    return s


@pytest.fixture
def fresh_sample(sample_library: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "fresh.sqlite"
    shutil.copy(sample_library, copy)
    s = Store.open(copy)
    yield s
    s.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "empty.sqlite")
    yield s
    s.close()


def _by_uuid(store: Store) -> dict[str, Annotation]:
    return {a.uuid: a for a in store.annotations()}


def _export(store: Store, **scope: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(annotations_w3c.dumps(gather(store, **scope)))
    return data


# ---- W3C export ----------------------------------------------------------------------------


def test_export_passes_the_w3c_must_tests(annotated: Store) -> None:
    data = _export(annotated)
    items = data["first"]["items"]
    assert data["type"] == "AnnotationCollection" and data["total"] == len(items) == 6
    failed, ran = must_failures("pageMusts.test", data)  # a collection with an embedded page
    assert ran == 14 and failed == []
    for item in items:
        # Embedded annotations take the collection's @context, as JSON-LD does.
        failed, ran = must_failures("annotationMusts.test", {"@context": data["@context"], **item})
        assert ran == 14 and failed == [], (item["id"], failed)
    for note in annotated.annotations():  # and each one on its own
        failed, _ = must_failures("annotationMusts.test", annotations_w3c.annotation_json(note))
        assert failed == []


def test_exported_annotation_in_the_models_terms(annotated: Store) -> None:
    data = _export(annotated, slug=ARTICLE)
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["@context"][1] == {"lexsinica": annotations_w3c.NAMESPACE}
    items = {i["lexsinica:lang"] + ":" + i["target"]["selector"][0]["exact"]: i
             for i in data["first"]["items"]}  # fmt: skip
    en = items["en:For decades, a creditor"]
    assert en["id"].startswith("urn:uuid:")
    assert en["motivation"] == "commenting"
    note, *tags = en["body"]
    assert note == {
        "type": "TextualBody",
        "purpose": "commenting",
        "format": "text/markdown",
        "value": "**Key**: the *old* rule.\n\n- reciprocity\n- [SPC](https://example.org)",
    }
    assert [t["value"] for t in tags] == ["reciprocity", "enforcement"]
    assert all(t["purpose"] == "tagging" and t["type"] == "TextualBody" for t in tags)
    doc = annotated.document(ARTICLE, "en")
    target = en["target"]
    assert target["type"] == "SpecificResource"
    assert target["source"]["id"] == doc.summary.url and target["source"]["language"] == "en"
    quote, position = target["selector"]
    start = doc.text.index("For decades, a creditor")
    assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
    assert doc.text[position["start"] : position["end"]] == quote["exact"]
    assert (position["start"], position["end"]) == (start, start + 23)
    assert doc.text[:start].endswith(quote["prefix"]) and quote["prefix"]
    assert doc.text[start + 23 :].startswith(quote["suffix"]) and quote["suffix"]
    assert en["lexsinica:color"] == "green" and en["lexsinica:state"] == "anchored"
    assert en["lexsinica:slug"] == ARTICLE and en["lexsinica:sourceKey"] == "pack:sample"
    assert en["lexsinica:revision"] == doc.revision
    for moment in (en["created"], en["modified"], data["generated"]):
        assert datetime.fromisoformat(moment).tzinfo is not None and moment.endswith("Z")
    plain = next(i for i in data["first"]["items"] if i["lexsinica:lang"] == "en"
                 and i["target"]["selector"][1]["start"] == 0)  # fmt: skip
    assert plain["motivation"] == "highlighting" and "body" not in plain
    orphan = next(i for i in data["first"]["items"] if i["lexsinica:state"] == "orphaned")
    assert orphan["target"]["selector"][0]["exact"] == "a passage the article lost"


def test_deleted_annotations_are_not_exported(annotated: Store) -> None:
    data = _export(annotated, slug=OTHER)
    assert [i["lexsinica:lang"] for i in data["first"]["items"]] == ["ja"]


def test_collection_export_has_its_articles_in_order(annotated: Store) -> None:
    aset = gather(annotated, collection="Matter 42")
    assert aset.label == "Matter 42" and "US" in aset.description
    assert [d.slug for d in aset.documents] == [OTHER, ARTICLE, ARTICLE, ARTICLE]
    data = json.loads(annotations_w3c.dumps(aset))
    assert data["label"] == "Matter 42" and data["total"] == 6
    with pytest.raises(NotFound):
        gather(annotated, collection="No such matter")


# ---- import: round trip ------------------------------------------------------------------


def test_round_trip_into_a_fresh_library(annotated: Store, fresh_sample: Store, tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "notes.jsonld"
    path.write_text(annotations_w3c.dumps(gather(annotated)), encoding="utf-8")
    report = annotations_w3c.import_file(fresh_sample, path)
    assert (report.new, report.present, report.orphaned) == (6, 0, 1)
    before, after = _by_uuid(annotated), _by_uuid(fresh_sample)
    assert before.keys() == after.keys()
    for uuid, a in before.items():
        b = after[uuid]
        assert (b.slug, b.lang, b.source_key) == (a.slug, a.lang, a.source_key)
        assert (b.exact, b.prefix, b.suffix, b.start, b.end) == (
            a.exact, a.prefix, a.suffix, a.start, a.end)  # fmt: skip
        assert (b.note, b.tags, b.color, b.state) == (a.note, a.tags, a.color, a.state)
        assert b.created_at == a.created_at
    orphan = after["0b7f5f0e-8f0a-4c55-9d2f-1f2e3d4c5b6a"]
    assert orphan.state == "orphaned" and orphan.anchored_revision == 1
    # Searchable like any annotation made here.
    assert [a.lang for a in fresh_sample.annotations(query="مهمة")] == ["ar"]

    again = annotations_w3c.import_file(fresh_sample, path)
    assert (again.new, again.present, again.orphaned) == (0, 6, 0)
    assert len(fresh_sample.annotations()) == 6


def test_import_into_a_library_without_the_articles_keeps_orphans(annotated: Store, empty: Store) -> None:  # fmt: skip
    items = annotations_w3c.parse(annotations_w3c.dumps(gather(annotated, slug=ARTICLE)))
    report = annotations_w3c.restore(empty, items)
    assert (report.new, report.orphaned) == (5, 5)
    kept = _by_uuid(empty)
    for a in annotated.annotations(slug=ARTICLE):
        b = kept[a.uuid]
        assert b.state == "orphaned"
        assert (b.exact, b.prefix, b.suffix, b.note, b.tags, b.color) == (
            a.exact, a.prefix, a.suffix, a.note, a.tags, a.color)  # fmt: skip
    # The orphans export again, with a stand-in address for the missing article.
    data = _export(empty)
    assert data["total"] == 5
    for item in data["first"]["items"]:
        assert item["target"]["source"]["id"].startswith("tag:lexsinica-reader,2026:")
        failed, _ = must_failures("annotationMusts.test", {"@context": data["@context"], **item})
        assert failed == []


def test_the_position_is_only_a_hint(fresh_sample: Store) -> None:
    """Written by another tool: no lexsinica: terms, the article found by its address,
    the passage by its quote although the offsets point elsewhere."""
    doc = fresh_sample.document(ARTICLE, "zh-cn")
    start = doc.text.index("持有来自与")
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://annotations.example.org/anno/17",
        "type": "Annotation",
        "bodyValue": "Seen in another reader",
        "target": {
            "source": doc.summary.url,
            "selector": [
                {"type": "TextQuoteSelector", "exact": "持有来自与"},
                {"type": "TextPositionSelector", "start": 0, "end": 5},
            ],
        },
    }
    report = annotations_w3c.restore(fresh_sample, annotations_w3c.parse(json.dumps(foreign)))
    assert (report.new, report.orphaned) == (1, 0)
    (a,) = fresh_sample.annotations()
    assert (a.lang, a.start, a.end, a.note, a.color) == (
        "zh-cn", start, start + 5, "Seen in another reader", "yellow")  # fmt: skip
    again = annotations_w3c.restore(fresh_sample, annotations_w3c.parse(json.dumps(foreign)))
    assert (again.new, again.present) == (0, 1)


# ---- import: malformed files -------------------------------------------------------------


def _valid(annotated: Store) -> dict[str, Any]:
    return _export(annotated, slug=ARTICLE)


def _break_second(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    item = data["first"]["items"][1]
    for key, value in changes.items():
        if value is None:
            item.pop(key)
        else:
            item[key] = value
    return data


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: "{not json", "not JSON (line 1"),
        (lambda d: json.dumps([d]), "expected a JSON object"),
        (lambda d: json.dumps({**d, "type": "Bookmarks"}), "its type is Bookmarks"),
        (lambda d: json.dumps({**d, "first": "urn:uuid:x"}), "pages are not embedded"),
        (
            lambda d: json.dumps(_break_second(d, target={"source": "https://x.org/a"})),
            "annotation 2 (urn:uuid:",
        ),
        (
            lambda d: json.dumps(
                _break_second(d, target={"source": "https://x.org/a", "selector": []})
            ),
            "no TextQuoteSelector",
        ),
        (lambda d: json.dumps(_break_second(d, target=None)), "has no target"),
        (lambda d: json.dumps(_break_second(d, **{"lexsinica:color": "red"})), "unknown colour"),
        (lambda d: json.dumps(_break_second(d, created="last week")), "not an ISO 8601"),
        (lambda d: json.dumps(_break_second(d, id=None)), "has no id"),
    ],
)
def test_malformed_files_are_refused_whole(
    annotated: Store, fresh_sample: Store, tmp_path: Path, damage: Any, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(damage(_valid(annotated)), encoding="utf-8")
    with pytest.raises(AnnotationFileError) as err:
        annotations_w3c.import_file(fresh_sample, path)
    text = str(err.value)
    assert message in text and "\n" not in text and text.startswith(str(path))
    assert fresh_sample.annotations() == []  # the valid first annotation was not written


def test_an_annotation_naming_no_held_article_stops_the_import(
    annotated: Store, fresh_sample: Store
) -> None:
    data = _valid(annotated)
    for item in data["first"]["items"][2:]:
        for key in [k for k in item if k.startswith("lexsinica:")]:
            item.pop(key)
        item["target"]["source"] = "https://nowhere.example.org/a/b"
    with pytest.raises(
        AnnotationFileError, match=r"annotation 3 .* not an article in this library"
    ):
        annotations_w3c.restore(fresh_sample, annotations_w3c.parse(json.dumps(data)))
    assert fresh_sample.annotations() == []


def test_missing_and_unreadable_files(fresh_sample: Store, tmp_path: Path) -> None:
    with pytest.raises(AnnotationFileError, match="no such file"):
        annotations_w3c.import_file(fresh_sample, tmp_path / "absent.json")
    with pytest.raises(AnnotationFileError, match="is a folder"):
        annotations_w3c.import_file(fresh_sample, tmp_path)
    (tmp_path / "latin1.json").write_bytes(b'{"type": "Annotation", "id": "caf\xe9"}')
    with pytest.raises(AnnotationFileError, match=r"not UTF-8|not JSON"):
        annotations_w3c.import_file(fresh_sample, tmp_path / "latin1.json")


# ---- Markdown ------------------------------------------------------------------------------


def test_markdown_of_an_article(annotated: Store) -> None:
    text = annotations_md.render(gather(annotated, slug=ARTICLE))
    en = annotated.document(ARTICLE, "en")
    ar = annotated.document(ARTICLE, "ar")
    assert text.startswith(f"# Annotations: {en.summary.title}")
    assert f"## {ar.summary.title} [ar]" in text
    assert "> For decades, a creditor\n" in text
    assert "**Key**: the *old* rule.\n\n- reciprocity\n- [SPC](https://example.org)" in text
    assert "Tags: `#reciprocity`, `#enforcement` · Colour: green · State: anchored" in text
    assert "> 持有来自与" in text and "Colour: pink" in text
    assert "ملاحظة **مهمة**" in text
    published = en.summary.published.isoformat() if en.summary.published else "undated"
    retrieved = next(r for r in en.revisions if r.number == en.revision).fetched_at.date()
    assert (
        f"Source: Sample library (China Justice Observer style) · <{en.summary.url}> · "
        f"published {published} · retrieved {retrieved.isoformat()} · "
        f"revision {en.revision} · language en."
    ) in text
    # Text order within a document; the orphan last, under its own heading.
    en_part = text[text.index(f"## {en.summary.title} [en]") :]
    en_part = en_part[: en_part.index("\n## ", 5)] if "\n## " in en_part[5:] else en_part
    assert (
        en_part.index("> 1\\. Wh")
        < en_part.index("> For decades")
        < en_part.index("### Orphaned annotations")
        < en_part.index("> a passage the article lost")
    )
    assert "**orphaned**: passage not found; last anchored in revision 1" in en_part


def test_markdown_of_a_collection_starts_with_its_name_and_description(annotated: Store) -> None:
    text = annotations_md.render(gather(annotated, collection="Matter 42"))
    assert text.startswith("# Matter 42\n\nRecognition of a **US** judgment in Shanghai.\n")
    other = annotated.document(OTHER, "ja").summary.title
    first = annotated.document(ARTICLE, "en").summary.title
    assert text.index(other) < text.index(first)  # the collection's order, not the slugs'
    assert "6 annotations on 2 articles" in text


def test_markdown_quotes_are_text_not_markup() -> None:
    assert annotations_md.blockquote("# 1. Art. *5* [a]\n2. next\n- item") == (
        "> \\# 1. Art. \\*5\\* \\[a\\]\n>\n> 2\\. next\n>\n> \\- item"
    )


# ---- after an upstream edit -----------------------------------------------------------------

BODY = (
    "<p>The Supreme People's Court issued a judicial interpretation on 1 March.</p>"
    "<p>Under Article 289 of the Civil Procedure Law, a foreign judgment may be "
    "recognised.</p>"
    "<p>Enforcement followed in the Wuhan Intermediate People's Court.</p>"
)
EDITED = BODY.replace(
    "1 March.</p>", "1 March.</p><p>Editor's note: this article was updated.</p>"
).replace("<p>Enforcement followed in the Wuhan Intermediate People's Court.</p>", "")


def _write(store: Store, source_id: int, body: str, days: int = 0) -> None:
    rec = make_article("reciprocity", {"en": ("Reciprocity", body)},
                       fetched_at=FETCHED + timedelta(days=days))  # fmt: skip
    store.write_article(source_id, rec)


def test_states_after_an_upstream_edit_survive_export(
    store: Store, source_id: int, tmp_path: Path
) -> None:
    _write(store, source_id, BODY)
    text = store.document("reciprocity", "en").text
    for passage in ("judicial interpretation", "Article 289", "Wuhan Intermediate"):
        store.annotate_quote("reciprocity", "en", passage, note=f"on {passage}")
    _write(store, source_id, EDITED, days=3)
    states = {a.exact: a for a in store.annotations()}
    assert [states[p].state for p in ("judicial interpretation", "Article 289", "Wuhan Intermediate")] == [
        "anchored", "moved", "orphaned"]  # fmt: skip
    data = _export(store)
    by_quote = {i["target"]["selector"][0]["exact"]: i for i in data["first"]["items"]}
    assert by_quote["Wuhan Intermediate"]["lexsinica:anchoredRevision"] == 1
    assert by_quote["Article 289"]["lexsinica:anchoredRevision"] == 2
    md = annotations_md.render(gather(store))
    assert "State: moved (found again in revision 2)" in md
    assert "last anchored in revision 1" in md and "revision 2 · language en" in md

    # A library that holds the edited article: the quotes find their passages again,
    # the orphan stays an orphan of revision 1.
    with Store.open(tmp_path / "other.sqlite") as other:
        _write(other, other.add_source("test", "cjo", "test-key").id, EDITED)
        report = annotations_w3c.restore(other, annotations_w3c.parse(json.dumps(data)))
        assert (report.new, report.orphaned) == (3, 1)
        after = {a.exact: a for a in other.annotations()}
        for passage in ("judicial interpretation", "Article 289"):
            assert (after[passage].start, after[passage].end) == (
                states[passage].start, states[passage].end)  # fmt: skip
            # Found where the file says: the exported state comes back as it was.
            assert after[passage].state == states[passage].state
        orphan = after["Wuhan Intermediate"]
        assert (orphan.state, orphan.anchored_revision, orphan.note) == (
            "orphaned", 1, "on Wuhan Intermediate")  # fmt: skip
        assert orphan.start == text.index("Wuhan Intermediate")
