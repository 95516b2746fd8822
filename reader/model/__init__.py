"""Plain values shared by every layer: no I/O, no Qt.

Articles are keyed by (source, slug); each article holds one document per language.
User data (reading state, bookmarks, collections, annotations) is keyed by the
source's stable ``key`` plus the slug, never by a row id, so that nothing sync does to
articles can remove it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

ENGLISH = "en"

# The languages the site publishes in, with their names written in their own script.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "zh-cn": "简体中文",
    "zh-tw": "繁體中文",
    "nl": "Nederlands",
    "fr": "Français",
    "de": "Deutsch",
    "hi": "हिन्दी",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "pt": "Português",
    "ru": "Русский",
    "es": "Español",
    "sv": "Svenska",
    "he": "עברית",
    "id": "Bahasa Indonesia",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "tr": "Türkçe",
    "ms": "Bahasa Melayu",
}

RTL_LANGUAGES = frozenset({"ar", "he"})


class TermKind(enum.StrEnum):
    CATEGORY = "category"
    TOPIC = "topic"
    CONTRIBUTOR = "contributor"


class RelatedKind(enum.StrEnum):
    SITE = "site"
    COMPUTED = "computed"


@dataclass(frozen=True)
class Source:
    id: int
    name: str
    kind: str
    key: str
    title: str
    base_url: str
    config: dict[str, object] = field(default_factory=dict)
    sample: bool = False


@dataclass(frozen=True)
class Term:
    """A category, topic or contributor of one source."""

    kind: TermKind
    slug: str
    name: str
    native_name: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class RelatedLink:
    slug: str
    title: str
    teaser: str = ""
    kind: RelatedKind = RelatedKind.SITE
    reason: str = ""
    held: bool = False
    published: date | None = None
    lang: str = ""
    """The language of the held version named by ``title`` ('' when not held)."""
    score: float = 0.0


# ---- what ingest hands to the store ------------------------------------------------


@dataclass(frozen=True)
class DocumentRecord:
    """One language version of an article, already sanitized and reduced to text."""

    lang: str
    title: str
    summary: str
    html: str
    text: str
    url: str
    content_hash: str
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    asset_hashes: tuple[str, ...] = ()
    stored: StoredForm | None = None
    """Worked out ahead by whoever has a core to spare (a sync worker process), from the
    fields above; when None the store works it out as it writes."""


@dataclass(frozen=True)
class StoredForm:
    """What the store derives from a document: its HTML compressed, and its title,
    summary and text as the full-text index takes them (segmented)."""

    html_z: bytes
    index: tuple[str, str, str]


@dataclass(frozen=True)
class AssetRecord:
    sha256: str
    mime: str
    data: bytes
    url: str


@dataclass(frozen=True)
class ArticleRecord:
    """Everything needed to write one article in one transaction.

    ``categories``/``topics``/``contributors`` are term slugs; terms not yet known to
    the store are created with the slug as their name. With ``has_metadata`` False (a
    sync that saw only translations change) the stored date, taxonomy and related links
    are left as they are.
    """

    slug: str
    published: date | None
    documents: tuple[DocumentRecord, ...]
    categories: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    editor: str | None = None
    related: tuple[RelatedLink, ...] = ()
    assets: tuple[AssetRecord, ...] = ()
    has_metadata: bool = True
    offered: tuple[str, ...] = ()
    """Languages the source offers the article in (empty: not known)."""
    terms: tuple[Term, ...] = ()
    """Names (and native names) of the terms the article uses, as the source gave them."""


class WriteOutcome(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


# ---- what the store hands back -----------------------------------------------------


@dataclass(frozen=True)
class ArticleSummary:
    """A row of the article list: one document of one article."""

    article_id: int
    document_id: int
    source: str
    slug: str
    lang: str
    title: str
    published: date | None
    url: str
    categories: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    bookmarked: bool = False
    read: bool = False
    sample: bool = False


@dataclass(frozen=True)
class Revision:
    number: int
    content_hash: str
    fetched_at: datetime
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class Document:
    """One language version of an article at its newest revision."""

    summary: ArticleSummary
    summary_text: str
    html: str
    text: str
    editor: str | None
    revision: int
    revisions: tuple[Revision, ...]
    translations: tuple[str, ...]
    related: tuple[RelatedLink, ...]
    images: int
    removed_upstream: datetime | None = None
    terms: tuple[Term, ...] = ()
    offered: tuple[str, ...] = ()
    """Languages the source offers, held or not (empty when the source did not say)."""


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    source: str
    slug: str
    lang: str
    title: str
    snippet: str
    """Plain text of the best passage with hits wrapped in ``<mark>``…``</mark>``;
    everything else is HTML-escaped."""
    published: date | None


@dataclass(frozen=True)
class SearchFilter:
    lang: str | None = None
    category: str | None = None
    topic: str | None = None
    bookmarked: bool = False
    since: date | None = None
    until: date | None = None
    source: str | None = None
    contributor: str | None = None
    collection: str | None = None
    read: bool | None = None
    """True: only articles read (in any language); False: only unread ones."""
    title_contains: str | None = None
    citation: str | None = None
    """Only articles citing this law or case (its key, see ``Citation``)."""


@dataclass(frozen=True)
class Citation:
    """A law, regulation, judicial interpretation, treaty or case cited in the library."""

    key: str
    kind: str
    name: str
    native_name: str = ""
    articles: int = 0
    """How many articles cite it."""


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    description: str
    count: int


@dataclass(frozen=True)
class LibraryInfo:
    path: str
    articles: int
    documents: int
    languages: tuple[str, ...]
    sources: tuple[str, ...]
    schema_version: int


ANNOTATION_COLORS = ("yellow", "green", "blue", "pink", "purple")
"""Highlight colours, in the order the menus offer them."""


@dataclass(frozen=True)
class Annotation:
    """A highlight (with an optional Markdown note) on one language of one article.

    ``exact``/``prefix``/``suffix`` and ``start``/``end`` are the text quote and text
    position selectors over :attr:`Document.text` of revision ``anchored_revision``
    (the newest revision where it was found); ``revision`` is the one it was made on.
    An orphaned annotation keeps the quote and offsets it last had.
    """

    id: int
    uuid: str
    source: str
    """Source name (empty when the source has been removed)."""
    source_key: str
    slug: str
    lang: str
    revision: int
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    color: str
    note: str
    tags: tuple[str, ...]
    state: str
    """``anchored``, ``moved`` or ``orphaned``."""
    anchored_revision: int
    created_at: datetime
    modified_at: datetime
    title: str = ""
    """The document's current title ('' when the article is no longer held)."""
    current_revision: int = 0
    """The document's newest revision (0 when not held): newer than ``revision``
    means the article was updated since the annotation was made."""
    deleted: bool = False
