"""Libraries written by every released schema open, migrate and keep the user's data.

tests/data/library-schema-N.sqlite is a small library made by schema N (3 sample
articles, a bookmark, a collection and an annotation). Add one for each released schema
with tests/data/make_fixture_library.py (run from that release's checkout).
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.store import SCHEMA_VERSION, Store, list_backups

DATA = Path(__file__).parents[2] / "data"
FIXTURES = sorted(DATA.glob("library-schema-*.sqlite"))


def test_there_is_a_fixture_for_an_older_schema() -> None:
    assert FIXTURES, "keep a fixture library from each released schema"


# What a user made or cannot fetch again: every row must survive every upgrade.
KEPT = (
    "article",
    "document",
    "revision",
    "bookmark",
    "collection",
    "collection_item",
    "reading_state",
    "annotation",
)


def _rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in KEPT}
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_row_of_user_data_survives_the_upgrade(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    shutil.copy(fixture, path)
    before = _rows(path)
    assert before["article"] and before["bookmark"] and before["annotation"]
    with Store.open(path) as s:
        assert s.info().schema_version == SCHEMA_VERSION
    assert _rows(path) == before


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_the_backup_made_before_an_upgrade_is_the_old_library(
    fixture: Path, tmp_path: Path
) -> None:
    old_version = int(fixture.stem.rsplit("-", 1)[1])
    if old_version == SCHEMA_VERSION:
        pytest.skip("the current schema: nothing to upgrade")
    path = tmp_path / "library.sqlite"
    shutil.copy(fixture, path)
    with Store.open(path):
        pass
    backup = list_backups(path)[0]
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    finally:
        conn.close()
    assert _rows(backup) == _rows(fixture)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_library_migrates_without_loss(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    shutil.copy(fixture, path)
    old_version = int(fixture.stem.rsplit("-", 1)[1])
    with Store.open(path) as s:
        assert s.info().schema_version == SCHEMA_VERSION
        assert s.info().articles == 3
        assert [r.slug for r in s.list_articles(None) if r.bookmarked] == [
            "company-chops-and-seals"
        ]
        assert [slug for _, slug in s.collection_slugs("Matter: Acme v. Zhang")] == [
            "supreme-court-embraces-presumed-reciprocity",
            "company-chops-and-seals",
        ]
        notes = s._conn.execute("SELECT note FROM annotation").fetchall()
        assert notes == [("note",)]
        assert s.search("reciprocity")
        assert s.document("supreme-court-embraces-presumed-reciprocity").revisions[-1].number == 2
    if old_version < SCHEMA_VERSION:
        backups = list_backups(path)
        assert backups and f"pre-migration-v{old_version}" in backups[0].name
