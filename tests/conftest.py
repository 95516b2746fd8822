from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reader.model import ArticleRecord, RelatedLink
from reader.store import Store
from reader.sync.ingest import build_document
from reader.sync.pack import import_pack, sample_pack_path

FETCHED = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def make_article(
    slug: str,
    docs: dict[str, tuple[str, str]],
    *,
    published: date | None = date(2024, 5, 1),
    categories: tuple[str, ...] = ("insights",),
    topics: tuple[str, ...] = (),
    related: tuple[RelatedLink, ...] = (),
    fetched_at: datetime = FETCHED,
) -> ArticleRecord:
    """An article through the real ingest path; docs maps lang -> (title, body html)."""
    built = [
        build_document(
            lang=lang,
            title=title,
            summary=f"Summary of {title}",
            raw_html=body,
            url=f"https://example.org/{lang}/a/{slug}",
            fetched_at=fetched_at,
        )
        for lang, (title, body) in docs.items()
    ]
    return ArticleRecord(
        slug=slug,
        published=published,
        documents=tuple(d for d, _, _ in built),
        categories=categories,
        topics=topics,
        related=related,
        assets=tuple(a for _, assets, _ in built for a in assets),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "library.sqlite")
    yield s
    s.close()


@pytest.fixture
def source_id(store: Store) -> int:
    return store.add_source("test", "cjo", "test-key", title="Test source").id


@pytest.fixture(scope="session")
def sample_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library file with the bundled sample imported once per test session."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    with Store.open(path) as s:
        report = import_pack(s, sample_pack_path())
        assert report.failed == 0, report.errors
    return path


@pytest.fixture
def sample_store(sample_library: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the sample library."""
    copy = tmp_path / "copy.sqlite"
    shutil.copy(sample_library, copy)
    s = Store.open(copy)
    yield s
    s.close()
