"""The command line, run as a real subprocess against real library files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader import __version__

LIST_KEYS = {"slug", "lang", "title", "published", "categories", "topics", "contributors", "url"}


def run(
    *args: str, db: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "reader"]
    if db is not None:
        cmd += ["--db", str(db)]
    full_env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    full_env.update(env or {})
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=full_env, timeout=120)


def ok(*args: str, db: Path | None = None) -> Any:
    res = run(*args, db=db)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout) if "--json" in args else res.stdout


def fails(*args: str, db: Path | None = None, env: dict[str, str] | None = None) -> str:
    res = run(*args, db=db, env=env)
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    return lines[0]


@pytest.fixture
def lib(sample_library: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    return copy


def test_version() -> None:
    assert ok("--version").strip() == f"reader {__version__}"


def test_missing_db_is_created_empty_and_info(tmp_path: Path) -> None:
    db = tmp_path / "new" / "lib.sqlite"
    assert ok("info", "--json", db=db) == {
        "path": str(db),
        "articles": 0,
        "documents": 0,
        "languages": [],
        "sources": [],
    }
    assert db.exists()


def test_env_variable_names_the_library(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    res = run("info", "--json", env={"READER_DB": str(db)})
    assert res.returncode == 0 and json.loads(res.stdout)["path"] == str(db)


def test_sample_then_search_in_scripts(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    report = ok("sample", "--json", db=db)
    assert report["new"] >= 24 and report["failed"] == 0
    info = ok("info", "--json", db=db)
    assert info["articles"] >= 24 and len(info["languages"]) >= 20 and info["sources"] == ["sample"]
    zh = ok("search", "法院", "--json", db=db)
    assert zh and all(set(h) >= {"slug", "lang", "title", "snippet"} for h in zh)
    assert any(h["lang"] == "zh-cn" and "<mark>法院</mark>" in h["snippet"] for h in zh)
    ar = ok("search", "المحكمة", "--lang", "ar", "--json", db=db)
    assert ar and {h["lang"] for h in ar} == {"ar"}
    th = ok("search", "ศาล", "--json", db=db)
    assert any(h["lang"] == "th" for h in th)
    assert len(ok("search", "court", "--limit", "3", "--json", db=db)) == 3
    # Plain output: hits in brackets, text as written (the snippet's HTML entities decoded).
    plain = ok("search", "People's court", "--limit", "3", db=db)
    assert "[People's] [Court]" in plain and "&#x27;" not in plain and "<mark>" not in plain


def test_list_keys_and_filters(lib: Path) -> None:
    rows = ok("list", "--json", db=lib)
    assert rows and all(set(r) == LIST_KEYS for r in rows)
    dates = [r["published"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    assert all(len(r["published"]) == 10 for r in rows)
    zh = ok("list", "--lang", "zh-cn", "--limit", "5", "--json", db=lib)
    assert len(zh) == 5 and {r["lang"] for r in zh} == {"zh-cn"}
    cat = ok("list", "--category", "china-law-in-one-minute", "--json", db=lib)
    assert cat and all("China Law in One Minute" in r["categories"] for r in cat)
    topic = ok("list", "--topic", "judge-quota-system", "--json", db=lib)
    assert topic and all("Judge Quota System" in r["topics"] for r in topic)


def test_show(lib: Path) -> None:
    slug = ok("list", "--json", db=lib)[0]["slug"]
    doc = ok("show", slug, "--json", db=lib)
    assert set(doc) >= LIST_KEYS | {
        "summary",
        "text",
        "translations",
        "related",
        "revisions",
        "images",
    }
    assert doc["lang"] == "en" and doc["text"] and len(doc["translations"]) >= 4
    assert all(
        set(r) >= {"slug", "title", "kind"} and r["kind"] in {"site", "computed"}
        for r in doc["related"]
    )
    assert isinstance(doc["revisions"], int) and isinstance(doc["images"], int)
    zh = ok("show", slug, "--lang", "zh-cn", "--json", db=lib)
    assert zh["lang"] == "zh-cn" and zh["published"] == doc["published"]
    revised = ok("show", "supreme-court-embraces-presumed-reciprocity", "--json", db=lib)
    assert revised["revisions"] == 2
    with_image = ok("show", "serving-process-on-chinese-defendants", "--json", db=lib)
    assert with_image["images"] >= 1


def test_bookmarks_and_collections(lib: Path) -> None:
    slugs = [r["slug"] for r in ok("list", "--json", db=lib)[:3]]
    ok("bookmark", slugs[0], db=lib)
    assert [r["slug"] for r in ok("list", "--bookmarked", "--json", db=lib)] == [slugs[0]]
    ok("unbookmark", slugs[0], db=lib)
    assert ok("list", "--bookmarked", "--json", db=lib) == []
    ok("collection", "add", "Matter A", slugs[2], slugs[1], db=lib)
    cols = ok("collection", "list", "--json", db=lib)
    assert cols == [
        {"name": "Matter A", "description": "", "count": 2, "items": [slugs[2], slugs[1]]}
    ]


def test_errors_are_one_clear_line(lib: Path, tmp_path: Path) -> None:
    assert "no-such-slug" in fails("show", "no-such-slug", "--json", db=lib)
    assert "no-such-slug" in fails("bookmark", "no-such-slug", db=lib)
    assert "not held" in fails(
        "show", "supreme-court-embraces-presumed-reciprocity", "--lang", "xx", db=lib
    )
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello " * 1000)
    assert "not an SQLite database" in fails("info", db=not_db)
    assert not_db.read_text() == "hello " * 1000
    assert "--limit" in fails("list", "--limit", "0", db=lib)
    assert "invalid choice" in fails("frobnicate", db=lib)
    assert "no-such" in fails("collection", "add", "M", "no-such", db=lib)
    assert "pack.json is missing" in fails("import", str(tmp_path), db=lib)


def test_backup_restore_and_check(lib: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.sqlite"
    ok("backup", "-o", str(out), db=lib)
    assert out.exists()
    assert "sound" in ok("check", db=lib)
    ok("bookmark", "supreme-court-embraces-presumed-reciprocity", db=lib)
    ok("restore", str(out), db=lib)
    assert ok("list", "--bookmarked", "--json", db=lib) == []


def test_output_cut_short_by_its_reader_is_not_an_error(lib: Path) -> None:
    # `reader list | head -1`: the pipe closes before the command has written its output.
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "--db", str(lib), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "Broken pipe" not in err
