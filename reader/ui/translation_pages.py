"""Pages the reading view serves for translations: damage warnings drawn into a
translation, and the side-by-side page (``lexsinica://side-by-side/view?…``).

Kept apart from reading_view.py (which calls in here) so that the view's scheme
handler needs only two small calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QUrl, QUrlQuery

from reader.export.article_html import PageOptions
from reader.export.side_by_side import compose_side_by_side, mark_page_damage
from reader.model import ENGLISH, Document
from reader.store import Store, StoreError

log = logging.getLogger(__name__)

SCHEME = "lexsinica"
SIDE_BY_SIDE_HOST = "side-by-side"
_KEYS = ("source", "slug", "lang", "other")


def side_by_side_url(source: str, slug: str, lang: str, other: str) -> QUrl:
    url = QUrl(f"{SCHEME}://{SIDE_BY_SIDE_HOST}/view")
    query = QUrlQuery()
    for key, value in zip(_KEYS, (source, slug, lang, other), strict=True):
        query.addQueryItem(key, bytes(QUrl.toPercentEncoding(value).data()).decode())
    url.setQuery(query)
    return url


def parse_side_by_side_url(url: QUrl) -> tuple[str, str, str, str] | None:
    if url.scheme() != SCHEME or url.host() != SIDE_BY_SIDE_HOST:
        return None
    query = QUrlQuery(url)
    values = [QUrl.fromPercentEncoding(query.queryItemValue(k).encode()) for k in _KEYS]
    return (values[0], values[1], values[2], values[3]) if all(values) else None


def _english(store: Store, doc: Document) -> Document | None:
    if ENGLISH not in doc.translations and doc.summary.lang != ENGLISH:
        return None
    try:
        return store.document(doc.summary.slug, ENGLISH, source=doc.summary.source)
    except StoreError:
        return None


def mark_translation_damage(
    store: Store, doc: Document, page: str, tr: Callable[[str], str] = str
) -> str:
    """The composed page of ``doc`` with its translation damage drawn (unchanged for
    English, or when the library does not hold the English original)."""
    if doc.summary.lang == ENGLISH:
        return page
    english = _english(store, doc)
    if english is None:
        return page
    try:
        marked, _count = mark_page_damage(page, english.html, tr)
    except Exception:  # a bug must not cost the reader the article itself
        log.exception("could not mark translation damage in %s", doc.summary.slug)
        return page
    return marked


def side_by_side_page(
    store: Store,
    url: QUrl,
    options: PageOptions,
    *,
    asset_url: Callable[[str], str],
    article_link: Callable[[str], str | None],
    tr: Callable[[str], str] = str,
) -> str | None:
    """The side-by-side page a ``lexsinica://side-by-side/…`` URL names (None when the
    URL is not one). Raises StoreError when a language is not held."""
    target = parse_side_by_side_url(url)
    if target is None:
        return None
    source, slug, lang, other = target
    left = store.document(slug, lang, source=source)
    right = store.document(slug, other, source=source)
    english = left if lang == ENGLISH else right if other == ENGLISH else _english(store, left)
    return compose_side_by_side(
        left, right, options, asset_url=asset_url, article_link=article_link, english=english, tr=tr
    )
