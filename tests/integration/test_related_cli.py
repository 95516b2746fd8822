"""Related articles and the citation index from the command line (real subprocesses),
after importing the sample library and after syncing the fixture site."""

from __future__ import annotations

import json
from pathlib import Path

from tests.fixtures.cjo_site import CjoFixtureServer, site_from_sample
from tests.fixtures.feeds import FeedFixtureServer, generated_feed
from tests.integration.test_cli_sync import add_cjo, reader

CPL = "civil-procedure-law-2023-foreign-related-amendments"


def _json(db: Path, *args: str) -> object:
    res = reader(db, *args, "--json")
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_show_lists_both_kinds_with_reasons(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    assert reader(db, "sample").returncode == 0
    doc = _json(db, "show", CPL)
    assert isinstance(doc, dict)
    related = doc["related"]
    site = [r for r in related if r["kind"] == "site"]
    computed = [r for r in related if r["kind"] == "computed"]
    assert [r["slug"] for r in site] == [
        "supreme-court-embraces-presumed-reciprocity",
        "serving-process-on-chinese-defendants",
        "choice-of-court-agreements-with-chinese-parties",
        "china-international-commercial-court",
    ]
    assert len(computed) >= 5
    for r in related:
        assert {"kind", "slug", "title", "reason"} <= set(r)
        assert r["title"]
    assert all(r["reason"] for r in computed)
    assert any("cites the Civil Procedure Law" in r["reason"] for r in computed)
    # In Chinese, targets held in Chinese are named by their Chinese title.
    zh = _json(db, "show", CPL, "--lang", "zh-cn")
    assert isinstance(zh, dict)
    titles = {r["slug"]: r["title"] for r in zh["related"]}
    assert titles["supreme-court-embraces-presumed-reciprocity"] != next(
        r["title"] for r in site if r["slug"] == "supreme-court-embraces-presumed-reciprocity"
    )


def test_citations_json(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    assert reader(db, "sample").returncode == 0
    index = _json(db, "citations", "--articles")
    assert isinstance(index, list)
    by_key = {c["key"]: c for c in index}
    cpl = by_key["civil procedure law"]
    assert cpl["kind"] == "law" and cpl["native_name"] == "民事诉讼法"
    assert cpl["articles"] == len(cpl["citing"]) >= 8
    assert CPL in cpl["citing"]
    assert by_key["(2019)京0105民初12345号"]["kind"] == "case"
    counts = [c["articles"] for c in index]
    assert counts == sorted(counts, reverse=True)
    cases = _json(db, "citations", "--kind", "case")
    assert isinstance(cases, list) and {c["kind"] for c in cases} == {"case"}
    citing = _json(db, "citing", "judges law")
    assert isinstance(citing, list)
    assert {a["slug"] for a in citing} == {
        "china-international-commercial-court",
        "judge-quota-system-explained",
    }


def test_sync_then_related_present(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    with CjoFixtureServer(site_from_sample()) as srv:
        add_cjo(db, srv)
        res = reader(db, "sync", "--json")
        assert res.returncode == 0, res.stderr
        summary = json.loads(res.stdout)
        assert summary["new"] == 24
        assert summary["related"]["computed"] == 24
    # Offline now: everything is in the library.
    doc = _json(db, "show", "judge-quota-system-explained")
    assert isinstance(doc, dict)
    kinds = {r["kind"] for r in doc["related"]}
    assert kinds == {"site", "computed"}
    assert all(r["reason"] for r in doc["related"] if r["kind"] == "computed")
    update = _json(db, "related-update")
    assert update == {"extracted": 0, "computed": 0, "neighbours": 0, "seconds": update["seconds"]}
    full = _json(db, "related-update", "--full")
    assert isinstance(full, dict) and full["computed"] == 24


def test_unknown_citation_lists_nothing(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    assert reader(db, "sample").returncode == 0
    assert _json(db, "citing", "no such law") == []


def test_a_large_first_sync_computes_every_list(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    with FeedFixtureServer(generated_feed(240)) as server:
        assert reader(db, "source", "add", "feed", server.feed_url(), "--name", "b").returncode == 0
        report = _json(db, "sync")
    assert isinstance(report, dict) and report["new"] == 240
    # 240 changed articles: enough for the command to read them in worker processes
    # (tests/unit/store/test_related.py compares that with reading them here).
    assert report["related"]["computed"] == 240
    again = _json(db, "related-update", "--full")
    assert again == {**again, "extracted": 240, "computed": 240}
    doc = _json(db, "show", "posts/post-00100")
    assert isinstance(doc, dict)
    assert any("Civil Procedure Law" in r["reason"] for r in doc["related"])
