"""``reader annotate``, ``reader annotations``, ``reader export annotations`` and
``reader import annotations``, run as real subprocesses against real library files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.integration.test_cli import fails, ok, run

ARTICLE = "supreme-court-embraces-presumed-reciprocity"
OTHER = "choice-of-court-agreements-with-chinese-parties"
KEYS = {"id", "uuid", "slug", "lang", "quote", "note", "state", "start", "end", "color", "tags"}


@pytest.fixture
def lib(sample_library: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    return copy


@pytest.fixture
def annotated(lib: Path) -> Path:
    """English, Arabic and Chinese annotations made through the command line."""
    ok("annotate", ARTICLE, "--lang", "en", "--quote", "For decades, a creditor",
       "--note", "**Key** point", "--tag", "reciprocity", "--tag", "old rule",
       "--color", "green", "--json", db=lib)  # fmt: skip
    ok("annotate", ARTICLE, "--lang", "ar", "--quote", "على مدى عقود",
       "--note", "ملاحظة", "--color", "blue", "--json", db=lib)  # fmt: skip
    ok("annotate", ARTICLE, "--lang", "zh-cn", "--quote", "持有来自与",
       "--color", "pink", "--json", db=lib)  # fmt: skip
    return lib


def test_annotate_prints_the_annotation(lib: Path) -> None:
    data = ok("annotate", ARTICLE, "--lang", "zh-cn", "--quote", "持有来自与", "--note",
              "*注*", "--tag", "互惠", "--json", db=lib)  # fmt: skip
    assert data.keys() >= KEYS
    text = ok("show", ARTICLE, "--lang", "zh-cn", "--json", db=lib)["text"]
    assert text[data["start"] : data["end"]] == "持有来自与" == data["quote"]
    assert (data["state"], data["note"], data["tags"], data["color"]) == (
        "anchored", "*注*", ["互惠"], "yellow")  # fmt: skip
    assert data["prefix"] and text[: data["start"]].endswith(data["prefix"])
    plain = ok("annotate", ARTICLE, "--lang", "en", "--quote", "For decades,", db=lib)
    assert plain.startswith("Annotation ") and ARTICLE in plain


def test_annotate_errors_are_one_line(lib: Path) -> None:
    assert "not in the text" in fails(
        "annotate", ARTICLE, "--lang", "en", "--quote", "words the article lacks", db=lib
    )
    assert "--prefix or --suffix" in fails(
        "annotate", ARTICLE, "--lang", "en", "--quote", "the", db=lib
    )
    assert "no-such-article" in fails(
        "annotate", "no-such-article", "--lang", "en", "--quote", "x", db=lib
    )
    assert "not held in 'fr'" in fails("annotate", ARTICLE, "--lang", "fr", "--quote", "x", db=lib)
    res = run("annotate", ARTICLE, "--lang", "en", "--quote", "x", "--color", "red", db=lib)
    assert res.returncode == 2 and "invalid choice" in res.stderr
    assert ok("annotations", "--json", db=lib) == []


def test_prefix_picks_one_of_several_occurrences(lib: Path) -> None:
    text = ok("show", ARTICLE, "--lang", "en", "--json", db=lib)["text"]
    first = text.index(" the ")
    second = text.index(" the ", first + 1)
    prefix = text[second - 12 : second]
    data = ok("annotate", ARTICLE, "--lang", "en", "--quote", "the", "--prefix", prefix,
              "--suffix", text[second + 4 : second + 14], "--json", db=lib)  # fmt: skip
    assert (data["start"], data["end"]) == (second + 1, second + 4)


def test_annotations_listing_and_filters(annotated: Path) -> None:
    rows = ok("annotations", "--json", db=annotated)
    assert [r["lang"] for r in rows] == ["ar", "en", "zh-cn"]
    assert all(r.keys() >= KEYS and r["state"] == "anchored" for r in rows)
    assert [r["lang"] for r in ok("annotations", "--slug", ARTICLE, "--json", db=annotated)] == [
        "ar", "en", "zh-cn"]  # fmt: skip
    assert ok("annotations", "--slug", OTHER, "--json", db=annotated) == []
    assert [r["quote"] for r in ok("annotations", "--tag", "old rule", "--json", db=annotated)] == [
        "For decades, a creditor"]  # fmt: skip
    assert [r["lang"] for r in ok("annotations", "--search", "ملاحظة", "--json", db=annotated)] == [
        "ar"]  # fmt: skip
    assert [r["lang"] for r in ok("annotations", "--color", "pink", "--json", db=annotated)] == [
        "zh-cn"]  # fmt: skip
    ok("collection", "add", "Matter 7", OTHER, "-q", db=annotated)
    assert ok("annotations", "--collection", "Matter 7", "--json", db=annotated) == []
    ok("collection", "add", "Matter 7", ARTICLE, "-q", db=annotated)
    assert len(ok("annotations", "--collection", "Matter 7", "--json", db=annotated)) == 3
    assert "No collection named 'Nope'" in fails(
        "annotations", "--collection", "Nope", "--json", db=annotated
    )
    listing = ok("annotations", db=annotated)
    assert "“For decades, a creditor”" in listing and "#old rule" in listing
    assert "**Key** point" in listing


def test_export_json_and_import_into_a_fresh_library(
    annotated: Path, sample_library: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.jsonld"
    assert "Wrote" in ok("export", "annotations", "--format", "json", "-o", str(out), db=annotated)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    assert not list(tmp_path.glob(".notes.jsonld.*"))  # no temporary file left behind

    fresh = tmp_path / "fresh.sqlite"
    shutil.copy(sample_library, fresh)
    counts = ok("import", "annotations", str(out), "--json", db=fresh)
    assert counts == {"new": 3, "present": 0, "orphaned": 0, "total": 3}
    strip = ("id", "created", "modified")  # the row id differs; times are kept (checked below)
    before = [{k: v for k, v in r.items() if k not in strip} for r in ok("annotations", "--json", db=annotated)]  # fmt: skip
    after = [{k: v for k, v in r.items() if k not in strip} for r in ok("annotations", "--json", db=fresh)]  # fmt: skip
    assert after == before
    again = ok("import", "annotations", str(out), db=fresh)
    assert "0 new, 3 already present" in again
    assert len(ok("annotations", "--json", db=fresh)) == 3

    empty = tmp_path / "empty.sqlite"
    counts = ok("import", "annotations", str(out), "--json", db=empty)
    assert counts["new"] == 3 and counts["orphaned"] == 3
    kept = ok("annotations", "--json", db=empty)
    assert {r["quote"] for r in kept} == {r["quote"] for r in before}
    assert {r["state"] for r in kept} == {"orphaned"}


def test_export_markdown_of_a_collection(annotated: Path, tmp_path: Path) -> None:
    ok("collection", "add", "Matter 7", ARTICLE, "-q", db=annotated)
    out = tmp_path / "matter.md"
    ok("export", "annotations", "--format", "md", "--collection", "Matter 7", "-o", str(out),
       db=annotated)  # fmt: skip
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Matter 7\n")
    assert "> For decades, a creditor" in text and "**Key** point" in text
    assert "> 持有来自与" in text and "ملاحظة" in text
    url = ok("show", ARTICLE, "--lang", "en", "--json", db=annotated)["url"]
    assert f"<{url}>" in text and "revision " in text and "language zh-cn" in text


def test_export_to_stdout_and_for_one_article(annotated: Path) -> None:
    md = ok("export", "annotations", "--format", "md", "--slug", ARTICLE, "--lang", "ar",
            "-o", "-", db=annotated)  # fmt: skip
    assert "ملاحظة" in md and "For decades" not in md
    data = json.loads(
        ok("export", "annotations", "--format", "json", "--slug", ARTICLE, "-o", "-", db=annotated)
    )
    assert data["total"] == 3


def test_export_never_replaces_a_file_unasked(annotated: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    out.write_text("my own notes", encoding="utf-8")
    args = ("export", "annotations", "--format", "md", "-o", str(out))
    assert "exists; use --force" in fails(*args, db=annotated)
    assert out.read_text(encoding="utf-8") == "my own notes"
    ok(*args, "--force", db=annotated)
    assert "For decades, a creditor" in out.read_text(encoding="utf-8")
    assert "does not exist" in fails(
        "export", "annotations", "--format", "md", "-o", str(tmp_path / "no" / "x.md"),
        db=annotated)  # fmt: skip
    assert "is a folder" in fails(
        "export", "annotations", "--format", "md", "-o", str(tmp_path), db=annotated
    )
    assert "No article with the slug" in fails(
        "export", "annotations", "--format", "md", "--slug", "nope", "-o", "-", db=annotated
    )
    assert "not both" in fails(
        "export", "annotations", "--format", "md", "--slug", ARTICLE, "--collection", "x",
        "-o", "-", db=annotated)  # fmt: skip


def test_import_of_malformed_files(annotated: Path, sample_library: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    ok("export", "annotations", "--format", "json", "-o", str(good), db=annotated)
    data = json.loads(good.read_text(encoding="utf-8"))
    del data["first"]["items"][2]["target"]["selector"][0]  # the quote selector
    cases = {
        "notjson.json": ("{ oops", "not JSON"),
        "list.json": ("[1, 2]", "expected a JSON object"),
        "noquote.json": (json.dumps(data), "annotation 3 (urn:uuid:"),
    }
    fresh = tmp_path / "fresh.sqlite"
    shutil.copy(sample_library, fresh)
    for name, (content, message) in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        line = fails("import", "annotations", str(tmp_path / name), db=fresh)
        assert message in line and "nothing was imported" in line, line
    assert "no such file" in fails("import", "annotations", str(tmp_path / "absent"), db=fresh)
    assert ok("annotations", "--json", db=fresh) == []
    assert "import takes one pack" in fails("import", "some-pack", str(good), db=fresh)
