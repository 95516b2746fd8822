"""The one ingest path: untrusted HTML in, sanitized documents and assets out.

Sync sources and the pack importer both build an :class:`ArticleRecord` with
:func:`build_document`, so an article from a pack is stored exactly as a synced one.

* images: each ``<img src>`` is handed to the caller's ``fetch_asset``; what it
  returns is stored in the library and the ``src`` becomes ``asset:<sha256>``; images
  it cannot provide keep their address (the reading view never loads remote content);
* sanitizing: an allow-list (nh3) keeps structure (headings, lists, tables, quotes,
  footnotes, figures, links) and drops scripts, styles, event handlers and frames;
* text: block elements become line breaks, inline elements run together, so the
  plain text reads like the page and is what search and annotations work on.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import nh3
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from reader.model import AssetRecord, DocumentRecord
from reader.model.text import BLOCK_TAGS, CELL_TAGS, SPACE_CHARS
from reader.store import stored_form

# (bytes, mime type, canonical URL) of an image, or None when it cannot be had.
AssetFetcher = Callable[[str], "tuple[bytes, str, str] | None"]

ASSET_SCHEME = "asset"
MAX_ASSET_BYTES = 8 * 1024 * 1024

_TAGS = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "section",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
}
_ATTRIBUTES = {
    "*": {"lang", "dir", "id", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
_SCHEMES = {"http", "https", "mailto", ASSET_SCHEME}

_BLOCKS = BLOCK_TAGS
# Collapsing: every other space character becomes a space, then runs of spaces one
# space. str.replace is ten times faster here than a regular expression (and
# str.translate, on text that is not all Latin-1).
_OTHER_SPACES = SPACE_CHARS.replace(" ", "")


@dataclass(frozen=True)
class PreparedHtml:
    html: str
    text: str
    assets: tuple[AssetRecord, ...]
    wanted: tuple[str, ...] = ()
    """Every image address offered to ``fetch_asset`` (or that would have been)."""


class KnownImages:
    """An ``AssetFetcher`` that answers from images already fetched: what a worker
    process is given, since only the sync's own process talks to the network."""

    def __init__(self, images: dict[str, tuple[bytes, str, str]]) -> None:
        self.images = images

    def __call__(self, src: str) -> tuple[bytes, str, str] | None:
        return self.images.get(src)


def sanitize(html: str) -> str:
    """Allow-list sanitizing of article HTML."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def inner_html(tree: HTMLParser) -> str:
    """The HTML inside ``<body>``."""
    body = tree.body
    if body is None:
        return ""
    whole = body.html or ""
    if whole.startswith("<body>") and whole.endswith("</body>"):
        return whole[6:-7]  # one call instead of one per child (when the body has no attributes)
    parts: list[str] = []
    child = body.child
    while child is not None:
        parts.append(child.html or "")
        child = child.next
    return "".join(parts)


def _localize_images(
    tree: HTMLParser, fetch_asset: AssetFetcher | None, wanted: list[str]
) -> list[AssetRecord]:
    assets: dict[str, AssetRecord] = {}
    for img in tree.tags("img"):
        src = str(img.attributes.get("src") or "").strip()
        if not src or src.startswith(f"{ASSET_SCHEME}:"):
            continue
        wanted.append(src)
        if fetch_asset is None:
            continue
        got = fetch_asset(src)
        if got is None:
            continue
        data, mime, url = got
        if len(data) > MAX_ASSET_BYTES or not mime.startswith("image/"):
            continue
        digest = hashlib.sha256(data).hexdigest()
        assets.setdefault(digest, AssetRecord(digest, mime, data, url))
        img.attrs["src"] = f"{ASSET_SCHEME}:{digest}"
    return list(assets.values())


def html_to_text(html: str) -> str:
    """Plain text of sanitized HTML: one line per block, whitespace collapsed."""
    if not any(ch in html for ch in "<&\r\0"):
        # No markup, no entity, nothing the parser rewrites (a feed's plain summary):
        # the text is the string itself, so parsing it would change nothing.
        return _lines(html)
    return _lines(_tree_text(html))


def _lines(text: str) -> str:
    return "\n".join(filter(None, map(str.strip, _collapsed(text).split("\n"))))


def _tree_text(html: str) -> str:
    """The text of ``html`` with a line break around each block (before collapsing)."""
    body = HTMLParser(f"<body>{html}</body>").body
    out: list[str] = []
    # A walk in document order with a stack, not recursion: a body may nest elements
    # thousands deep (the parsers and the sanitizer keep them), deeper than Python's
    # recursion limit. ``after`` holds, for each element being read, where to go on
    # and what to write when it ends.
    after: list[tuple[Node | None, str]] = []
    node = body.child if body is not None else None
    while True:
        while node is not None:
            tag = node.tag or ""
            if tag == "-text":
                out.append(node.text_content or "")
                node = node.next
                continue
            if tag in _BLOCKS:
                out.append("\n")
                end = "\n"
            elif tag in CELL_TAGS:
                out.append(" ")
                end = ""
            elif tag.startswith("-"):  # a comment
                node = node.next
                continue
            else:
                end = ""
            after.append((node.next, end))
            node = node.child
        if not after:
            return "".join(out)
        node, end = after.pop()
        out.append(end)


def _collapsed(text: str) -> str:
    """Every run of the space characters (line breaks are not among them) as one space."""
    for ch in _OTHER_SPACES:
        if ch in text:
            text = text.replace(ch, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _absolutize(tree: HTMLParser, base_url: str) -> None:
    # (Elements by name: a CSS selector costs more to run than the whole look-up.)
    for attr, tag in (("href", "a"), ("src", "img")):
        for node in tree.tags(tag):
            written = node.attributes.get(attr)
            value = str(written or "").strip()
            if value and not value.startswith(("#", "data:", "mailto:", f"{ASSET_SCHEME}:")):
                resolved = resolve(base_url, value)
                if resolved != written:  # (spaces around an address go too)
                    node.attrs[attr] = resolved


_AS_IS = re.compile(r"https?://[^/?#;\s][^;\s]*")
_FROM_ROOT = re.compile(r"/(?!/)[^;\s]*")


def resolve(base_url: str, value: str) -> str:
    """``urljoin(base_url, value)``, without its cost in the two usual cases:

    * an absolute web address, which it would give back unchanged: the scheme in lower
      case, a host, and nothing urljoin drops or rewrites (tabs or line breaks, ``;``
      parameters, an empty ``?`` query or ``#`` fragment);
    * a path from the root of the base's web site (``/posts/a``), which it would put
      after the base's scheme and host unchanged, under the same conditions and when
      the path has no ``.`` or ``..`` step.

    An address urljoin cannot read (an unclosed ``[`` in a host, say) comes back as
    written: one broken link must not cost the article or the feed item it is in."""
    if value.endswith(("?", "#")) or "?#" in value:
        return _joined(base_url, value)
    if _AS_IS.fullmatch(value):
        return value
    if _FROM_ROOT.fullmatch(value):
        origin = _origin(base_url)
        path = value.partition("#")[0].partition("?")[0]
        if origin is not None and "/." not in path:
            return origin + value
    return _joined(base_url, value)


def _joined(base_url: str, value: str) -> str:
    try:
        return urljoin(base_url, value)
    except ValueError:
        return value


@functools.lru_cache(maxsize=64)  # the links of one page share its address
def _origin(base_url: str) -> str | None:
    """``scheme://host`` of an http(s) address, as urljoin reads it; None for others."""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def prepare_html(
    raw_html: str, fetch_asset: AssetFetcher | None = None, base_url: str | None = None
) -> PreparedHtml:
    """Make addresses absolute (against ``base_url``), store images, sanitize, and
    extract text from one document body, all from one parse."""
    tree = HTMLParser(f"<body>{raw_html}</body>")
    if base_url:
        _absolutize(tree, base_url)
    wanted: list[str] = []
    assets = _localize_images(tree, fetch_asset, wanted)
    clean = sanitize(inner_html(tree)).strip()
    return PreparedHtml(clean, html_to_text(clean), tuple(assets), tuple(dict.fromkeys(wanted)))


def clean_line(text: str) -> str:
    """A title or summary: tags dropped, entities decoded, whitespace collapsed."""
    if "<" in text or "&" in text:
        body = HTMLParser(f"<body>{text}</body>").body
        text = body.text() if body is not None else ""
    return " ".join(text.split())


def content_hash(title: str, summary: str, html: str) -> str:
    return hashlib.sha256("\x00".join((title, summary, html)).encode("utf-8")).hexdigest()


def build_document(
    *,
    lang: str,
    title: str,
    summary: str,
    raw_html: str,
    url: str,
    fetched_at: datetime,
    fetch_asset: AssetFetcher | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    base_url: str | None = None,
) -> tuple[DocumentRecord, tuple[AssetRecord, ...], tuple[str, ...]]:
    """Turn one fetched language version into a storable document, its images, and the
    image addresses the body asks for: a caller without ``fetch_asset`` (a worker
    process) has those fetched and calls again with :class:`KnownImages`. Relative
    addresses in the body are resolved against ``base_url`` when given."""
    prepared = prepare_html(raw_html, fetch_asset, base_url)
    title = clean_line(title)
    summary = clean_line(summary)
    record = DocumentRecord(
        lang=lang,
        title=title,
        summary=summary,
        html=prepared.html,
        text=prepared.text,
        url=url,
        content_hash=content_hash(title, summary, prepared.html),
        fetched_at=fetched_at,
        etag=etag,
        last_modified=last_modified,
        asset_hashes=tuple(a.sha256 for a in prepared.assets),
    )
    record = replace(record, stored=stored_form(record))
    return record, prepared.assets, prepared.wanted
