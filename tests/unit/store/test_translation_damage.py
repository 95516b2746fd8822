"""Damage counts of translations: computed once per revision, recomputed after a change."""

from __future__ import annotations

from datetime import timedelta

from reader.store import Store
from reader.store.damage import stale
from tests.conftest import FETCHED, make_article

EN = "<h2>1. Basis</h2><p>China joined the 1958 Convention on 22 April 1987.</p>"
FR_DAMAGED = (
    "<h2>XNUMX. Base</h2><p>La Chine a adhéré à la Convention de XNUMX le XNUMX avril XNUMX.</p>"
)
FR_GOOD = "<h2>1. Base</h2><p>La Chine a adhéré à la Convention de 1958 le 22 avril 1987.</p>"
DE_GARBLED = "<h2>1. Grundlage</h2><p>China trat 1958 dem Übereinkommen am 2. April 1978 bei.</p>"


def test_damaged_translations_are_counted_and_kept_per_revision(
    store: Store, source_id: int
) -> None:
    store.write_article(
        source_id,
        make_article(
            "awards",
            {
                "en": ("Awards", EN),
                "fr": ("Sentences", FR_DAMAGED),
                "de": ("Schiedssprüche", DE_GARBLED),
            },
        ),
    )
    store.write_article(
        source_id, make_article("clean", {"en": ("Clean", EN), "fr": ("Propre", FR_GOOD)})
    )
    assert store.translation_damage() == {}  # not counted yet
    assert store.update_translation_damage(limit=1) is True  # one of three: more to do
    assert store.update_translation_damage() is False
    assert store.translation_damage() == {("test", "awards"): {"fr": 4, "de": 1}}

    # Repaired upstream: the new revision makes the stored count stale.
    repaired = make_article(
        "awards",
        {"en": ("Awards", EN), "fr": ("Sentences", FR_GOOD), "de": ("Schiedssprüche", DE_GARBLED)},
        fetched_at=FETCHED + timedelta(days=1),
    )
    store.write_article(source_id, repaired)
    assert len(stale(store._read())) == 1  # only the new French revision
    assert store.update_translation_damage() is False
    assert store.translation_damage() == {("test", "awards"): {"de": 1}}


def test_counting_again_reads_nothing_new(sample_store: Store) -> None:
    assert sample_store.update_translation_damage() is False
    first = sample_store.translation_damage()
    assert set(first) == {
        ("sample", "apostille-convention-in-force-for-china"),
        ("sample", "civil-procedure-law-2023-foreign-related-amendments"),
        ("sample", "company-chops-and-seals"),
        ("sample", "enforcing-foreign-arbitral-awards-prior-reporting"),
    }
    assert first[("sample", "enforcing-foreign-arbitral-awards-prior-reporting")].keys() == {"ar"}
    # Counted once: nothing is stale until a new revision arrives.
    assert stale(sample_store._read()) == []
    assert sample_store.update_translation_damage() is False
    assert sample_store.translation_damage() == first
