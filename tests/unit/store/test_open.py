import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.store import (
    CorruptLibrary,
    DiskFull,
    NewerSchema,
    NotALibrary,
    ReadOnlyLibrary,
    Store,
    list_backups,
    restore_backup,
)
from reader.store import schema as schema_mod
from tests.conftest import make_article


def test_new_library_is_created_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "lib.sqlite"
    with Store.open(path) as s:
        assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.info().schema_version == schema_mod.SCHEMA_VERSION
    assert list_backups(path) == []  # nothing to back up when creating


def test_non_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"my precious notes\n" * 100)
    with pytest.raises(NotALibrary, match="not an SQLite database"):
        Store.open(path)
    assert path.read_bytes() == b"my precious notes\n" * 100


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotALibrary, match="not a library"):
        Store.open(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_mod.SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchema, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def _library_with_article(path: Path) -> None:
    with Store.open(path) as s:
        sid = s.add_source("src", "cjo", "k").id
        s.write_article(sid, make_article("a", {"en": ("Kept", "<p>kept text</p>")}))
        s.set_bookmark("a")


def test_damaged_file_names_the_latest_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    with Store.open(path) as s:
        backup = s.backup()
        pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
    assert pages > 5
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # overwrite every page after the 2nd
        data[offset + 8 : offset + 400] = os.urandom(392)
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptLibrary) as info:
        Store.open(path)
    assert str(backup) in str(info.value) and "restore" in str(info.value)
    kept = restore_backup(path, backup)
    assert kept is not None and kept.exists()
    with Store.open(path) as s:
        assert s.document("a").text == "kept text"
        assert s.list_articles()[0].bookmarked


def test_truncated_file_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises((CorruptLibrary, NotALibrary)):
        Store.open(path)


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(Exception, match=r"damaged|not a library"):
        restore_backup(path, bad)
    with Store.open(path) as s:
        assert s.info().articles == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_reads_but_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    path.chmod(0o444)
    with Store.open(path) as s:
        assert s.read_only and s.document("a").text == "kept text"
        with pytest.raises(ReadOnlyLibrary, match="read-only"):
            s.set_bookmark("a", False)


def test_read_only_library_via_mode(tmp_path: Path) -> None:
    # Root ignores permission bits, so force the read-only connection path directly.
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    from reader.store import db

    conn, _ = db.open_library(path)
    conn.close()
    s = Store(db._connect(path, read_only=True), path, read_only=True)
    with pytest.raises(ReadOnlyLibrary):
        s.set_bookmark("a", False)
    s.close()


def test_full_disk_during_ingest_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    with Store.open(path) as s:
        sid = s.source("src").id  # type: ignore[union-attr]
        pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
        # SQLite reports SQLITE_FULL once the file would grow past this many pages.
        s._conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        big = "<p>" + "lorem ipsum dolor sit amet " * 20000 + "</p>"
        with pytest.raises(DiskFull, match="full"):
            s.write_article(sid, make_article("big", {"en": ("Big", big)}))
        assert s.info().articles == 1
    with Store.open(path) as s:
        assert [r.slug for r in s.list_articles()] == ["a"]
        assert s.check() == []


def test_migration_backs_up_first_and_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    extra = ("add a column", "ALTER TABLE collection ADD COLUMN colour TEXT;")
    monkeypatch.setattr(schema_mod, "MIGRATIONS", [*schema_mod.MIGRATIONS, extra])
    from reader.store import db

    monkeypatch.setattr(db, "MIGRATIONS", schema_mod.MIGRATIONS)
    monkeypatch.setattr(db, "SCHEMA_VERSION", len(schema_mod.MIGRATIONS))
    old = schema_mod.SCHEMA_VERSION
    with Store.open(path) as s:
        assert s._conn.execute("PRAGMA user_version").fetchone()[0] == old + 1
        s._conn.execute("SELECT colour FROM collection")
    backups = list_backups(path)
    assert len(backups) == 1 and f"pre-migration-v{old}" in backups[0].name
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    assert conn.execute("SELECT count(*) FROM bookmark").fetchone()[0] == 1
    conn.close()


def test_failed_migration_leaves_file_at_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    broken = ("broken", "CREATE TABLE fine (x); INSERT INTO no_such_table VALUES (1);")
    from reader.store import db

    monkeypatch.setattr(db, "MIGRATIONS", [*schema_mod.MIGRATIONS, broken])
    monkeypatch.setattr(db, "SCHEMA_VERSION", len(schema_mod.MIGRATIONS) + 1)
    with pytest.raises(sqlite3.OperationalError):
        Store.open(path)
    monkeypatch.undo()
    with Store.open(path) as s:
        assert s.info().schema_version == schema_mod.SCHEMA_VERSION
        assert (
            s._conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'fine'").fetchone()[0]
            == 0
        )
        assert s.list_articles()[0].bookmarked


def test_backup_to_file_is_a_working_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    dest = tmp_path / "out" / "copy.sqlite"
    with Store.open(path) as s:
        s.backup(dest)
    shutil.copy(dest, tmp_path / "c2.sqlite")
    with Store.open(tmp_path / "c2.sqlite") as s:
        assert s.search("kept")[0].slug == "a"


def test_large_library_gets_a_light_check_at_open_and_a_full_one_on_demand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.store import db

    path = tmp_path / "lib.sqlite"
    _library_with_article(path)
    with Store.open(path) as s:
        s.backup()
        root_pages = {r[0] for r in s._conn.execute("SELECT rootpage FROM sqlite_master")}
        pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
    victim = max(set(range(2, pages + 1)) - root_pages)  # a non-root page
    data = bytearray(path.read_bytes())
    data[(victim - 1) * 4096 : victim * 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    monkeypatch.setattr(db, "FULL_CHECK_AT_OPEN", 0)  # treat the file as large
    # The light check at open may or may not touch the damaged page; the full check does.
    with pytest.raises(CorruptLibrary, match="restore"), Store.open(path) as s:
        s.verify()
