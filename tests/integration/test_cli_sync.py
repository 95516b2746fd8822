"""``reader source …`` and ``reader sync`` as real subprocesses against the fixture site."""

from __future__ import annotations

import json
import os
import pty
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.sync.work import default_workers
from tests.fixtures.cjo_site import CjoFixtureServer, site_from_sample
from tests.fixtures.feeds import FeedFixtureServer


def reader(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    return subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


@pytest.fixture
def server() -> Iterator[CjoFixtureServer]:
    with CjoFixtureServer(site_from_sample()) as srv:
        yield srv


def add_cjo(db: Path, srv: CjoFixtureServer, *extra: str) -> None:
    res = reader(
        db,
        "source",
        "add",
        "cjo",
        "--base-url",
        srv.base_url,
        "--language-url",
        srv.language_url,
        "--languages",
        "zh-cn,ar",
        "--delay",
        "0",
        *extra,
    )
    assert res.returncode == 0, res.stderr


def test_source_commands(tmp_path: Path, server: CjoFixtureServer) -> None:
    db = tmp_path / "lib.sqlite"
    add_cjo(db, server)
    with FeedFixtureServer() as feeds:
        res = reader(db, "source", "add", "feed", feeds.feed_url("rss"), "--name", "blog")
        assert res.returncode == 0, res.stderr
    listed = json.loads(reader(db, "source", "list", "--json").stdout)
    assert [(s["name"], s["kind"]) for s in listed] == [("blog", "feed"), ("cjo", "cjo")]
    assert listed[1]["languages"] == ["en", "zh-cn", "ar"] and listed[1]["url"] == server.base_url
    dup = reader(db, "source", "add", "cjo", "--base-url", server.base_url, "--name", "again")
    assert dup.returncode == 1 and "already exists" in dup.stderr
    bad = reader(db, "source", "add", "cjo", "--language-url", "https://example.org/x")
    assert bad.returncode == 1 and "{lang}" in bad.stderr
    assert reader(db, "source", "remove", "blog").returncode == 0
    assert [s["name"] for s in json.loads(reader(db, "source", "list", "--json").stdout)] == ["cjo"]
    missing = reader(db, "source", "remove", "nope")
    assert missing.returncode == 1 and "nope" in missing.stderr
    # An address that cannot be a source's: one line, no traceback, nothing added.
    for address, why in [
        ("http://[bad/feed", "Invalid IPv6 URL"),
        ("ftp://example.org/feed", "http:// or https://"),
        ("https:///feed", "no host"),
    ]:
        res = reader(db, "source", "add", "feed", address)
        assert res.returncode == 1 and why in res.stderr and "Traceback" not in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
    assert len(json.loads(reader(db, "source", "list", "--json").stdout)) == 1


def test_sync_json_report(tmp_path: Path, server: CjoFixtureServer) -> None:
    db = tmp_path / "lib.sqlite"
    add_cjo(db, server)
    server.set_fault("company-chops-and-seals", "500")
    res = reader(db, "sync", "--json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert {"new", "updated", "unchanged", "failed", "errors"} <= set(report)
    assert report["new"] == len(server.site.articles) - 1 and report["failed"] == 1
    # The pages were parsed in worker processes (one per core; none on one core).
    assert report["sources"][0]["workers"] == default_workers()
    (error,) = report["errors"]
    assert error["article"] == "company-chops-and-seals" and "500" in error["error"]
    shown = json.loads(
        reader(db, "show", "supreme-court-embraces-presumed-reciprocity", "--json").stdout
    )
    assert set(shown["translations"]) == {"en", "zh-cn", "ar"}
    assert any(r["kind"] == "site" for r in shown["related"])


def test_sync_limit_and_unknown_source(tmp_path: Path, server: CjoFixtureServer) -> None:
    db = tmp_path / "lib.sqlite"
    add_cjo(db, server)
    report = json.loads(reader(db, "sync", "cjo", "--limit", "3", "--json").stdout)
    assert report["new"] == 3
    res = reader(db, "sync", "nope")
    assert res.returncode == 1 and len(res.stderr.strip().splitlines()) == 1


def test_sync_that_cannot_run_fails_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    assert reader(db, "sync").returncode == 1  # no sources at all
    reader(db, "source", "add", "feed", "http://127.0.0.1:9/feed/", "--delay", "0")
    res = reader(db, "sync")
    assert res.returncode == 1
    assert len(res.stderr.strip().splitlines()) == 1 and "could not run" in res.stderr


def _committed_articles(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet
    finally:
        conn.close()


def _library_is_consistent(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        slugs = conn.execute("SELECT count(DISTINCT slug) FROM article").fetchone()[0]
        assert articles == slugs
        documents = conn.execute("SELECT count(*) FROM document").fetchone()[0]
        assert (
            conn.execute(
                "SELECT count(*) FROM document d JOIN revision r ON r.id = d.revision_id"
            ).fetchone()[0]
            == documents
        )
        assert conn.execute("SELECT count(*) FROM document_fts").fetchone()[0] == documents
        # Every article has its English document: no article was left half written.
        assert (
            conn.execute(
                "SELECT count(*) FROM article a WHERE NOT EXISTS "
                "(SELECT 1 FROM document d WHERE d.article_id = a.id AND d.lang = 'en')"
            ).fetchone()[0]
            == 0
        )
        return {"articles": articles, "documents": documents}
    finally:
        conn.close()


def test_killed_sync_leaves_a_consistent_library(tmp_path: Path, server: CjoFixtureServer) -> None:
    db = tmp_path / "lib.sqlite"
    add_cjo(db, server)
    for slug in server.site.articles:
        server.set_fault(slug, "slow", delay=0.15)  # every language page of every article
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "--db", str(db), "sync"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.monotonic() + 60
    while _committed_articles(db) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    helpers = _descendants(proc.pid)  # the parsing workers
    assert helpers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in helpers if _alive(pid)], "worker processes outlived the sync"
    partial = _library_is_consistent(db)
    assert 0 < partial["articles"] < len(server.site.articles)

    server.clear_fault()
    server.reset_log()
    res = reader(db, "sync", "--json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    final = _library_is_consistent(db)
    assert final["articles"] == len(server.site.articles)
    assert report["new"] == len(server.site.articles) - partial["articles"]
    # Articles already held were not downloaded again.
    conn = sqlite3.connect(db)
    held_before = {
        r[0]
        for r in conn.execute(
            "SELECT slug FROM article ORDER BY first_seen LIMIT ?", (partial["articles"],)
        )
    }
    conn.close()
    refetched = [
        r
        for r in server.log
        if r.path.endswith(tuple(f"/a/{s}" for s in held_before)) and r.status == 200
    ]
    assert refetched == []


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = {int(k) for k in (task / "children").read_text().split()}
            except OSError:
                continue
            todo += list(kids - found)
            found |= kids
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to read its status counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_progress_is_shown_on_a_terminal_only(tmp_path: Path, server: CjoFixtureServer) -> None:
    db = tmp_path / "lib.sqlite"
    add_cjo(db, server)
    main, side = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:  # read as it comes, so that the child never blocks on a full pty
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the other side is closed and everything was read
                return
            if not chunk:
                return
            chunks.append(chunk)

    reading = threading.Thread(target=drain)
    reading.start()
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(db), "sync"],
        stdout=subprocess.PIPE,
        stderr=side,
        text=True,
        timeout=300,
        env=env,
    )
    os.close(side)
    reading.join(timeout=10)
    os.close(main)
    assert proc.returncode == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert f"/{len(server.site.articles)}" in shown and "new " in shown  # the sync's counts
    assert "finding related articles:" in shown  # and the related lists after it
    assert "new" in proc.stdout  # the summary goes to stdout
    res = reader(db, "sync")  # no terminal: no progress lines
    assert res.returncode == 0 and "\r" not in res.stderr
