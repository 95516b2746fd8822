"""The sidebar's "Laws and cases": every cited law, interpretation, regulation, treaty
and case, grouped by kind, with the number of articles citing it. Selecting one lists
those articles (the list filters with ``SearchFilter(citation=key)``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.i18n import N_, trn
from reader.model import Citation, SearchFilter
from reader.store import Store

GROUPS: tuple[tuple[str, str], ...] = (
    ("law", N_("Laws")),
    ("interpretation", N_("Judicial interpretations and rules")),
    ("regulation", N_("Regulations")),
    ("treaty", N_("Treaties")),
    ("case", N_("Cases")),
    ("document", N_("Other documents")),
)
PER_GROUP = 300
"""Entries shown per group (most cited first); the rest are reached with the command
line (``reader citations``)."""


@dataclass(frozen=True)
class CitationEntry:
    label: str
    filter: SearchFilter
    count: int
    tip: str


def label_of(c: Citation) -> str:
    if c.native_name and c.native_name != c.name:
        return f"{c.name} {c.native_name}"
    return c.name


def citation_groups(
    store: Store, tr: Callable[[str], str] = str
) -> list[tuple[str, list[CitationEntry]]]:
    """(heading, entries) per kind that has citations, in the order of ``GROUPS``."""
    by_kind: dict[str, list[Citation]] = {}
    for c in store.citations():
        by_kind.setdefault(c.kind, []).append(c)
    out = []
    for kind, heading in GROUPS:
        found = by_kind.get(kind, [])
        if not found:
            continue
        entries = [
            CitationEntry(
                label_of(c),
                SearchFilter(citation=c.key),
                c.articles,
                trn("%Ln article(s) cite {name}", c.articles).format(name=c.name),
            )
            for c in found[:PER_GROUP]
        ]
        out.append((tr(heading), entries))
    return out
