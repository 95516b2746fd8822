"""Editing collections: renaming, descriptions and the order set by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import SearchFilter
from reader.store import Conflict, NotFound, Store
from tests.conftest import make_article


def _slugs(store: Store, name: str) -> list[str]:
    return [slug for _, slug in store.collection_slugs(name)]


def _listed(store: Store, name: str) -> list[str]:
    """The slugs the article list shows for the collection, in its order."""
    ids = store.document_ids(SearchFilter(collection=name), "collection")
    return [s.slug for s in store.summaries(ids)]


@pytest.fixture
def matter(store: Store, source_id: int) -> Store:
    for s in ("a", "b", "c", "d"):
        store.write_article(source_id, make_article(s, {"en": (s.upper(), "<p>x</p>")}))
    store.create_collection("Matter", "Contract dispute")
    store.add_to_collection("Matter", ["a", "b", "c", "d"])
    return store


def test_rename_and_describe_keep_the_items(matter: Store) -> None:
    renamed = matter.update_collection("Matter", new_name="  Matter 2024  ")
    assert (renamed.name, renamed.description, renamed.count) == (
        "Matter 2024",
        "Contract dispute",
        4,
    )
    assert [c.name for c in matter.collections()] == ["Matter 2024"]
    assert _listed(matter, "Matter 2024") == ["a", "b", "c", "d"]
    with pytest.raises(NotFound):
        matter.collection_slugs("Matter")
    described = matter.update_collection("Matter 2024", description="Shanghai arbitration")
    assert described.description == "Shanghai arbitration"
    assert described.name == "Matter 2024"
    # Both at once, and a rename to the same name is no conflict.
    both = matter.update_collection("Matter 2024", new_name="Matter 2024", description="")
    assert (both.name, both.description) == ("Matter 2024", "")


def test_rename_refuses_an_empty_or_taken_name_and_changes_nothing(matter: Store) -> None:
    matter.create_collection("Other", "keep")
    with pytest.raises(Conflict, match="already exists"):
        matter.update_collection("Matter", new_name="Other", description="lost?")
    with pytest.raises(Conflict, match="needs a name"):
        matter.update_collection("Matter", new_name="   ")
    with pytest.raises(NotFound, match="No collection named 'Nope'"):
        matter.update_collection("Nope", description="x")
    by_name = {c.name: c for c in matter.collections()}
    assert by_name["Matter"].description == "Contract dispute"  # the failed call rolled back
    assert by_name["Other"].description == "keep"
    assert _slugs(matter, "Matter") == ["a", "b", "c", "d"]


def test_move_renumbers_and_the_list_follows(matter: Store) -> None:
    assert matter.move_in_collection("Matter", "d", 0) == 0
    assert _slugs(matter, "Matter") == ["d", "a", "b", "c"]
    assert matter.move_in_collection("Matter", "d", 2) == 2
    assert _slugs(matter, "Matter") == ["a", "b", "d", "c"]
    assert _listed(matter, "Matter") == ["a", "b", "d", "c"]
    # Out of range is clamped to the ends.
    assert matter.move_in_collection("Matter", "a", 99) == 3
    assert matter.move_in_collection("Matter", "c", -5) == 0
    assert _slugs(matter, "Matter") == ["c", "b", "d", "a"]
    positions = [
        r[0]
        for r in matter._read().execute("SELECT position FROM collection_item ORDER BY position")
    ]
    assert positions == [1, 2, 3, 4]


def test_move_after_remove_and_add(matter: Store, source_id: int) -> None:
    matter.remove_from_collection("Matter", "b")
    matter.write_article(source_id, make_article("e", {"en": ("E", "<p>x</p>")}))
    matter.move_in_collection("Matter", "d", 0)
    matter.add_to_collection("Matter", ["e"])  # new items go to the end of the hand order
    assert _slugs(matter, "Matter") == ["d", "a", "c", "e"]
    matter.move_in_collection("Matter", "e", 1)
    assert _listed(matter, "Matter") == ["d", "e", "a", "c"]


def test_move_errors(matter: Store, source_id: int) -> None:
    matter.write_article(source_id, make_article("z", {"en": ("Z", "<p>x</p>")}))
    with pytest.raises(NotFound, match="not in this collection"):
        matter.move_in_collection("Matter", "z", 0)
    with pytest.raises(NotFound, match="No collection"):
        matter.move_in_collection("Nope", "a", 0)
    with pytest.raises(NotFound, match="No article"):
        matter.move_in_collection("Matter", "missing", 0)
    assert _slugs(matter, "Matter") == ["a", "b", "c", "d"]


def test_the_order_survives_reopening(matter: Store) -> None:
    matter.move_in_collection("Matter", "c", 0)
    matter.update_collection("Matter", new_name="Renamed", description="d")
    path = Path(matter.path)
    matter.close()
    with Store.open(path) as again:
        assert _slugs(again, "Renamed") == ["c", "a", "b", "d"]
        assert again.collections()[0].description == "d"


def test_revision_heading_is_each_revisions_own(store: Store, source_id: int) -> None:
    store.write_article(source_id, make_article("r", {"en": ("First title", "<p>x</p>")}))
    store.write_article(source_id, make_article("r", {"en": ("Second title", "<p>y</p>")}))
    doc = store.document("r", "en")
    assert [r.number for r in doc.revisions] == [1, 2]
    first, second = (store.revision_heading(doc.summary.document_id, n) for n in (1, 2))
    assert first is not None and first[0] == "First title"
    assert second is not None and second[0] == "Second title"
    assert store.revision_heading(doc.summary.document_id, 3) is None
