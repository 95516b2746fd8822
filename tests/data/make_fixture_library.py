"""Make the fixture library of the current schema: tests/data/library-schema-N.sqlite.

Run it from the checkout of each release (N = the number of migrations there), before
the next release adds migrations, and commit the file; tests/unit/store/test_upgrade.py
then checks that every later version upgrades it without losing anything:

    .venv/bin/python tests/data/make_fixture_library.py

The library is small on purpose (three sample articles, ~400 KB): one article with two
revisions (as the sample pack has it), a bookmark, a collection of two articles in a chosen order, reading state and
an annotation with a note. An existing fixture is never overwritten.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from reader.store import SCHEMA_VERSION, Store
from reader.sync.pack import import_pack, sample_pack_path

HERE = Path(__file__).resolve().parent
SLUGS = (
    "company-chops-and-seals",
    "serving-process-on-chinese-defendants",
    "supreme-court-embraces-presumed-reciprocity",
)
REVISED = "supreme-court-embraces-presumed-reciprocity"
BOOKMARKED = "company-chops-and-seals"
COLLECTION = "Matter: Acme v. Zhang"


def small_pack(folder: Path) -> Path:
    """The sample pack with only SLUGS (and their assets)."""
    pack = folder / "pack"
    shutil.copytree(sample_pack_path(), pack)
    for article in (pack / "articles").iterdir():
        if article.name not in SLUGS:
            shutil.rmtree(article)
    return pack


def make(dest: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pack = small_pack(Path(tmp))
        with Store.open(dest) as store:
            import_pack(store, pack)  # the sample has an article with two revisions
            revisions = store.document(REVISED).revisions
            assert len(revisions) == 2, "the sample pack changed: pick another revised article"
            store.set_bookmark(BOOKMARKED, True)
            store.add_to_collection(COLLECTION, [REVISED, BOOKMARKED])
    # No annotation API in every release: write the row the schema has had since 1.
    conn = sqlite3.connect(dest, isolation_level=None)
    try:
        conn.execute(
            "INSERT INTO annotation (uuid, source_key, slug, lang, revision, exact, start, "
            "end, note, anchored_revision, created_at, modified_at) "
            "SELECT 'a1', source_key, ?, 'en', 1, 'seal', 10, 14, 'note', 1, "
            "'2025-01-01T00:00:00', '2025-01-01T00:00:00' FROM bookmark WHERE slug = ?",
            (BOOKMARKED, BOOKMARKED),
        )
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def main() -> int:
    dest = HERE / f"library-schema-{SCHEMA_VERSION}.sqlite"
    if dest.exists():
        print(f"{dest.name} exists already; fixtures are never remade.", file=sys.stderr)
        return 1
    part = dest.with_suffix(".part")
    part.unlink(missing_ok=True)
    make(part)
    part.rename(dest)
    print(f"wrote {dest} ({dest.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
