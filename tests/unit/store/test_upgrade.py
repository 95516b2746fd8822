"""Libraries written by every released schema open, migrate and keep the user's data.

tests/data/library-schema-N.sqlite is a small library made by schema N (3 sample
articles, a bookmark, a collection and an annotation). Add one for each released schema.
"""

import shutil
from pathlib import Path

import pytest

from reader.store import SCHEMA_VERSION, Store, list_backups

DATA = Path(__file__).parents[2] / "data"
FIXTURES = sorted(DATA.glob("library-schema-*.sqlite"))


def test_there_is_a_fixture_for_an_older_schema() -> None:
    assert FIXTURES, "keep a fixture library from each released schema"


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
