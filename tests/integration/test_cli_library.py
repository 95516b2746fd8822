"""``reader backup`` / ``reader restore`` around a library the app has open, and the
command line following the library chosen in the app."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader import app
from reader.store import Store, backup_files
from tests.integration.test_cli import fails, ok, run

SLUG = "supreme-court-embraces-presumed-reciprocity"


@pytest.fixture
def lib(sample_library: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    return copy


def test_restore_refuses_while_the_app_has_the_library_open(lib: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.sqlite"
    ok("backup", "-o", str(backup), db=lib)
    ok("bookmark", SLUG, db=lib)
    lock = app.lock_library(lib)  # what a running window holds
    assert lock is not None
    try:
        assert "close it first" in fails("restore", str(backup), db=lib)
    finally:
        lock.unlock()
    assert [a["slug"] for a in ok("list", "--bookmarked", "--json", db=lib)] == [SLUG]
    assert not [b for b in backup_files(lib) if b.reason == "replaced"]

    ok("restore", str(backup), db=lib)  # closed: it goes ahead, keeping the file aside
    assert ok("list", "--bookmarked", "--json", db=lib) == []
    replaced = [b for b in backup_files(lib) if b.reason == "replaced"]
    with Store.open(replaced[0].path) as kept:
        assert [r.slug for r in kept.list_articles(None) if r.bookmarked] == [SLUG]


def test_backup_without_a_file_goes_to_the_backups_folder(lib: Path) -> None:
    printed = ok("backup", db=lib).strip()
    made = backup_files(lib)
    assert [str(b.path) for b in made] == [printed]
    assert made[0].reason == "manual"


def test_the_command_line_uses_the_library_chosen_in_the_app(lib: Path, tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}
    settings = tmp_path / "cfg" / "LexSinicaReader" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"library_path": str(lib)}))
    res = run("info", "--json", env=env)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["path"] == str(lib)
