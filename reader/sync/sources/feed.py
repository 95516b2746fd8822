"""Standard RSS 2.0 and Atom feeds (NPC Observer, DigiChina, China Law Translate …).

Full content is taken from the feed when it carries it (``content:encoded``, Atom
``<content>``); otherwise the linked page is fetched and its main text extracted. The
feed itself is fetched with a conditional request, so an unchanged feed costs one 304.
"""

from __future__ import annotations

import codecs
import email.utils
import functools
import hashlib
import html
import html.entities
import re
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

from reader.model import ArticleRecord, AssetRecord, DocumentRecord, Term, TermKind
from reader.sync.assets import AssetFetcher
from reader.sync.engine import Fetched, Gone, JobResult, NotModified, SyncContext
from reader.sync.extract import iso_date, main_text_html
from reader.sync.http import (
    FetchError,
    HttpClient,
    Response,
    as_chinese,
    codec_for,
    header_charset,
)
from reader.sync.ingest import build_document, html_to_text, resolve
from reader.sync.work import Done, Offload, inline, with_images

_NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "atom": "http://www.w3.org/2005/Atom",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rss1": "http://purl.org/rss/1.0/",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_FEED_ETAG = "feed_etag"
_FEED_MODIFIED = "feed_last_modified"
# Feed content shorter than this (as text) and no longer than the summary is an excerpt.
_FULL_CONTENT_CHARS = 400


class FeedError(ValueError):
    pass


@dataclass(frozen=True)
class FeedItem:
    guid: str
    link: str
    title: str
    summary_html: str
    content_html: str | None
    published: date | None
    authors: tuple[str, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    lang: str
    items: tuple[FeedItem, ...]


def _text(el: ET.Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _lang(code: str) -> str:
    code = code.strip().lower().replace("_", "-")
    if not code:
        return "en"
    if code.startswith("zh"):
        # Traditional characters: Taiwan, Hong Kong, Macau, or the script named outright.
        traditional = ("zh-tw", "zh-hk", "zh-mo", "zh-hant")
        return "zh-tw" if code.startswith(traditional) else "zh-cn"
    return code.split("-")[0]


# Year, month, day as Chinese sites write them when they do not follow the standards:
# 2024/05/01, 2024.5.1, 2024-5-1, 2024年5月1日 (a time may follow).
_YEAR_MONTH_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def _date(raw: str) -> date | None:
    """RFC 3339 (Atom) or RFC 822 (RSS) dates, else a year, month and day in order."""
    found = iso_date(raw)
    if found is not None or not raw.strip():
        return found
    try:
        return email.utils.parsedate_to_datetime(raw.strip()).date()
    except (TypeError, ValueError):
        pass
    ymd = _YEAR_MONTH_DAY.search(raw)
    if ymd is None:
        return None
    try:
        return date(int(ymd[1]), int(ymd[2]), int(ymd[3]))
    except ValueError:  # 2024-02-30
        return None


_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)", re.I | re.S)
_ALTERNATE = re.compile(r"""<link[^>]+type=["']application/(?:rss|atom)\+xml["'][^>]*>""", re.I)
_HREF = re.compile(r"""href=["']([^"']+)["']""", re.I)


def _web_page_error(data: bytes, url: str) -> FeedError:
    text = data[:20000].decode("utf-8", "replace")
    for tag in _ALTERNATE.findall(text):
        href = _HREF.search(tag)
        if href:
            return FeedError(
                f"the address serves a web page, not a feed; the page names its feed at "
                f"{urljoin(url, href.group(1))}"
            )
    return FeedError("the address serves a web page, not an RSS or Atom feed")


def parse_feed(data: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """Parse RSS 2.0, RSS 1.0 or Atom whole; FeedError with a plain message otherwise."""
    reader = FeedReader(data, url, content_type)
    items = tuple(reader.items())
    return ParsedFeed(reader.title, reader.lang, items)


# The XML is handed to the parser in slices, so the first items are ready (and their
# preparation under way) while the rest of a large feed is still being read.
_SLICE = 1 << 16
_ATOM = f"{{{_NS['atom']}}}"
_RSS1 = f"{{{_NS['rss1']}}}"  # RSS 1.0's element names are in its namespace
_RSS1_ITEM = f"{_RSS1}item"


class FeedReader:
    """Reads RSS 2.0, RSS 1.0 or Atom, giving its items as the parser reaches them.

    ``lang`` is settled before the first item is given: an RSS feed names its language
    before its items, as a rule, and when one does not, its items wait until it does (or
    until the channel ends). A feed that breaks half way gives the items before the
    break, then raises FeedError; the faults feeds commonly have are mended instead, and
    the reading goes on (``_repaired``)."""

    def __init__(self, data: bytes, url: str, content_type: str = "") -> None:
        if _HTML_START.match(data[:2000]):
            raise _web_page_error(data, url)
        if not data or data.isspace():
            raise FeedError("the address answered with nothing at all")
        if data[:200].lstrip().startswith(b"{"):
            raise FeedError("the address serves a JSON Feed; give the site's RSS or Atom feed")
        self.data = _in_utf8(_declaration_first(data), header_charset(content_type))
        self.url = url
        self.title = ""
        self.lang = "en"

    def items(self) -> Iterator[FeedItem]:
        given = 0
        try:
            for item in self._read(self.data):
                given += 1
                yield item
            return
        except FeedError:
            repaired = _repaired(self.data)
            if repaired is None:
                raise
        # One of the faults feeds commonly have stopped the parser (see _repaired): read
        # the feed again with them mended, and go on after the items already given.
        for n, item in enumerate(self._read(repaired)):
            if n >= given:
                yield item

    def _read(self, data: bytes) -> Iterator[FeedItem]:
        kind = ""  # "rss", "atom" or "rdf", from the root element
        container: ET.Element | None = None  # the element whose children are the items
        inside = False  # within the container (an RSS feed's first channel, else the root)
        lang_known = titled = False
        waiting: list[FeedItem] = []  # items read before the language was known
        depth = 0
        for event, elem in _events(data):
            if event == "start":
                depth += 1
                if depth == 1:
                    kind = _root_kind(elem)
                    if kind != "rss":
                        container, inside, lang_known = elem, True, True
                        self.lang = _lang(elem.get(_XML_LANG, "")) if kind == "atom" else "en"
                elif depth == 2 and kind == "rss" and elem.tag == "channel" and container is None:
                    container, inside = elem, True
                continue
            depth -= 1
            if elem is container:
                inside = False
                lang_known = True  # the channel ended without naming a language
            if not inside or depth != (2 if kind == "rss" else 1):
                continue  # not a child of the channel (RSS) or of the root
            if kind == "rss" and elem.tag == "language" and not lang_known:
                self.lang, lang_known = _lang(_text(elem)), True
            elif elem.tag in ("title", f"{_ATOM}title") and not titled and kind != "rdf":
                self.title, titled = _text(elem), True
            item = self._item(kind, elem)
            if item is not None:
                elem.clear()  # read: let it go
                waiting.append(item)
            if lang_known and waiting:
                yield from waiting
                waiting = []
        if kind == "rss" and container is None:
            raise FeedError("an RSS document without a <channel>")
        yield from waiting

    def _item(self, kind: str, elem: ET.Element) -> FeedItem | None:
        if kind == "rss" and elem.tag == "item":
            return _rss_item(elem, self.url)
        if kind == "atom" and elem.tag == f"{_ATOM}entry":
            return _atom_entry(elem, self.url)
        if kind == "rdf" and elem.tag == _RSS1_ITEM:
            return _rss_item(elem, self.url, rss1=True)
        return None


def _as_windows_1252(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("cp1252", "replace"), err.end


codecs.register_error("lexsinica-stray-bytes", _as_windows_1252)


def _repaired(data: bytes) -> bytes | None:
    """``data`` (UTF-8, as ``_in_utf8`` leaves every feed without a byte order mark) with
    the faults feeds commonly have mended, as other feed readers mend them; None when
    it has none of them:

    * a feed that is GBK through and through (``as_chinese``) is read as GB18030;
    * a byte that is not UTF-8 (a stray windows-1252 quote) is read as windows-1252;
    * an HTML entity XML does not define (``&nbsp;``, ``&mdash;``) becomes its character;
    * an ampersand that starts no entity (``AT&T``) becomes ``&amp;``.

    CDATA sections and comments are left as they are: those are allowed in them."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    text = as_chinese(data) or data.decode("utf-8", "lexsinica-stray-bytes")
    parts = _VERBATIM.split(text)
    parts[::2] = [_ENTITY_OR_AMPERSAND.sub(_mended, part) for part in parts[::2]]
    mended = "".join(parts).encode("utf-8")
    return mended if mended != data else None


_VERBATIM = re.compile(r"(<!\[CDATA\[.*?\]\]>|<!--.*?-->)", re.S)
_ENTITY_OR_AMPERSAND = re.compile(r"&(?:([A-Za-z][A-Za-z0-9]*);|#[0-9]+;|#[xX][0-9A-Fa-f]+;)?")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _mended(m: re.Match[str]) -> str:
    name = m.group(1)
    if m.group(0) == "&":
        return "&amp;"  # an ampersand on its own
    if name is None or name in _XML_ENTITIES:
        return m.group(0)  # a character reference or one of XML's own
    char = html.entities.html5.get(f"{name};")
    return html.escape(char) if char is not None else f"&amp;{name};"


def _declaration_first(data: bytes) -> bytes:
    """Blank lines before the XML declaration dropped (a byte order mark with them): many
    sites send them (a template's stray line), and the parser refuses the document."""
    body = data.removeprefix(b"\xef\xbb\xbf")
    trimmed = body.lstrip(b" \t\r\n")
    if len(trimmed) < len(body) and trimmed.startswith(b"<?xml"):
        return trimmed
    return data


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']""")


def _in_utf8(data: bytes, header: str | None = None) -> bytes:
    """The feed as UTF-8 when it declares another character encoding, or when it
    declares none and the HTTP header names one. The XML parser reads only UTF-8, UTF-16
    and single-byte encodings itself, and Chinese sites often serve GB2312, GBK or Big5;
    decoding here covers every encoding Python knows (GB2312 and GBK read as GB18030,
    Big5 as Big5-HKSCS: see ``codec_for``). A byte that does not decode becomes U+FFFD
    rather than costing the feed, and an encoding no one knows is read as UTF-8."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return data  # a byte order mark says it all, and the parser reads it
    declared = _DECLARED.match(data[:500])
    if declared is None:
        codec = codec_for(header) if header else None
        if codec is None or codec in ("utf-8", "ascii"):
            return data  # read as UTF-8, XML's default
        return data.decode(codec, "replace").encode("utf-8")
    label = declared.group(1).decode("ascii", "replace").strip().lower()
    if label in ("utf-8", "us-ascii"):  # as the parser reads them itself
        return data
    text = data[declared.end() :].decode(codec_for(label) or "utf-8", "replace")
    start = data[: declared.start(1)] + b"utf-8" + data[declared.end(1) : declared.end()]
    return start + text.encode("utf-8")


def _events(data: bytes) -> Iterator[tuple[str, ET.Element]]:
    """The parser's ("start" or "end", element) events, reading a slice at a time."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    view = memoryview(data)
    try:
        for start in [*range(0, len(data), _SLICE), None]:
            if start is None:
                parser.close()
            else:
                parser.feed(view[start : start + _SLICE])
            # Only start and end events are asked for: (name, element) pairs.
            yield from cast(Iterator[tuple[str, ET.Element]], parser.read_events())
    except ET.ParseError as err:
        raise FeedError(f"the feed is not well-formed XML ({err})") from err


def _root_kind(root: ET.Element) -> str:
    tag = root.tag.rsplit("}", 1)[-1].lower()
    kinds = {"rss": "rss", "feed": "atom", "rdf": "rdf"}
    if tag not in kinds:
        raise FeedError(f"not an RSS or Atom feed (the document is <{tag}>)")
    return kinds[tag]


_CONTENT_ENCODED = f"{{{_NS['content']}}}encoded"
_DC_CREATOR = f"{{{_NS['dc']}}}creator"
_DC_DATE = f"{{{_NS['dc']}}}date"


def _rss_item(item: ET.Element, base: str, rss1: bool = False) -> FeedItem:
    # One pass over the item's children: the first of each name, every creator and
    # category (what find and findall would give, without a path look-up each).
    first: dict[object, ET.Element] = {}
    creators: list[str] = []
    categories: list[str] = []
    for child in item:
        first.setdefault(child.tag, child)
        if child.tag == _DC_CREATOR:
            creators.append(_text(child))
        elif child.tag == "category":
            categories.append(_text(child))
    own = _RSS1 if rss1 else ""

    def text(name: str) -> str:
        return _text(first.get(name))

    written = text(f"{own}link")
    guid_el = first.get("guid")
    if not written and guid_el is not None and guid_el.get("isPermaLink", "true") != "false":
        # No <link>: a permalink guid (RSS's default) is the item's address.
        permalink = _text(guid_el)
        if permalink.startswith(("http://", "https://")):
            written = permalink
    link = resolve(base, written) if written else ""  # (not the feed's own address)
    content = first.get(_CONTENT_ENCODED)
    authors = creators or [text(f"{own}author")]
    return FeedItem(
        guid=text("guid") or link,
        link=link,
        title=text(f"{own}title"),
        summary_html=text(f"{own}description"),
        content_html=_text(content) if content is not None else None,
        published=_date(text("pubDate") or text(_DC_DATE)),
        authors=tuple(a for a in authors if a),
        categories=tuple(c for c in categories if c),
    )


def _atom_entry(entry: ET.Element, base: str) -> FeedItem:
    link = ""
    for candidate in entry.findall("atom:link", _NS):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = resolve(base, candidate.get("href", ""))
            break
    content = entry.find("atom:content", _NS)
    return FeedItem(
        guid=_text(entry.find("atom:id", _NS)) or link,
        link=link,
        title=_text(entry.find("atom:title", _NS)),
        summary_html=_atom_html(entry.find("atom:summary", _NS)),
        content_html=(
            _atom_html(content) if content is not None and content.get("src") is None else None
        ),
        published=_date(
            _text(entry.find("atom:published", _NS)) or _text(entry.find("atom:updated", _NS))
        ),
        authors=tuple(_text(a.find("atom:name", _NS)) for a in entry.findall("atom:author", _NS)),
        categories=tuple(
            c.get("label") or c.get("term") or "" for c in entry.findall("atom:category", _NS)
        ),
    )


_XHTML = "{http://www.w3.org/1999/xhtml}"


def _atom_html(construct: ET.Element | None) -> str:
    """An Atom text construct as HTML (RFC 4287, 3.1): ``html`` is escaped HTML, so its
    text is the markup; ``xhtml`` is markup inside one XHTML ``div``; ``text``, the
    default, is plain text."""
    if construct is None:
        return ""
    kind = (construct.get("type") or "text").strip().lower()
    if kind == "html":
        return _text(construct)
    if kind == "xhtml":
        return _xhtml_inside(construct)
    return html.escape(_text(construct), quote=False)


def _xhtml_inside(construct: ET.Element) -> str:
    div = next(iter(construct), None)
    if div is None:
        return html.escape(_text(construct), quote=False)
    for el in div.iter():  # XHTML names as HTML ones; other namespaces' attributes go
        if isinstance(el.tag, str):
            el.tag = el.tag.removeprefix(_XHTML)
        for name in [n for n in el.attrib if n.startswith("{")]:
            del el.attrib[name]
    try:
        parts = [ET.tostring(child, encoding="unicode", method="html") for child in div]
    except RecursionError:  # (the serializer recurses) nested past Python's limit
        return html.escape(_text(construct), quote=False)
    return (html.escape(div.text or "", quote=False) + "".join(parts)).strip()


def item_slug(item: FeedItem) -> str:
    """A readable, stable key: the link's path, else a hash of the guid, else (an item
    with neither, which RSS allows) of its title, date and summary."""
    try:
        path = urlsplit(item.link).path.strip("/") if item.link else ""
    except ValueError:  # a link no one can follow (an unclosed [ in its host)
        path = ""
    if path:
        return path
    key = item.guid or "\x00".join((item.title, str(item.published), item.summary_html))
    return "item-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@functools.lru_cache(maxsize=4096)  # a feed repeats a few names on every item
def _slugify(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "untitled"


def _is_full_text(text: str, summary: str) -> bool:
    return len(text) >= _FULL_CONTENT_CHARS or len(text) > len(summary) * 1.5


def has_full_content(item: FeedItem) -> bool:
    """Whether the feed carries the whole post (not just an excerpt)."""
    if not item.content_html:
        return False
    return _is_full_text(html_to_text(item.content_html), html_to_text(item.summary_html))


@dataclass
class FeedJob:
    adapter: FeedAdapter
    slug: str
    item: FeedItem
    lang: str
    validators: tuple[str | None, str | None]
    url: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    """What the document is built with (language, title, address, time)."""
    prepared: Done[tuple[str, _Built | None]] | None = None
    """The item's content already prepared by a worker (see ``FeedAdapter.plan``)."""

    @property
    def local(self) -> bool:
        """Nothing to fetch: the feed carried the whole post and it has no images."""
        if self.prepared is None or self.prepared.error is not None:
            return self.prepared is not None
        built = self.prepared.get()[1]
        return built is not None and not built[2]

    def run(self, client: HttpClient) -> JobResult:
        return self.adapter.fetch_item(self, client)


class FeedAdapter:
    def __init__(self, feed_url: str) -> None:
        self.feed_url = feed_url
        self._images: AssetFetcher | None = None
        self._offload: Offload = inline
        self._new_validators: tuple[str | None, str | None] | None = None

    def plan(self, ctx: SyncContext) -> Iterator[FeedJob]:
        self._images = AssetFetcher(ctx.client)
        self._offload = ctx.offload
        sid = ctx.source.id
        resp = ctx.client.get(
            self.feed_url,
            etag=ctx.store.sync_state(sid, _FEED_ETAG),
            last_modified=ctx.store.sync_state(sid, _FEED_MODIFIED),
            accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
        )
        if resp.not_modified:
            return
        try:
            feed = FeedReader(resp.body, resp.url, resp.content_type)
        except FeedError as err:
            raise FetchError(resp.url, "feed", str(err)) from err
        self._new_validators = (resp.etag, resp.last_modified)
        # Items are planned as the XML is read, and their content is prepared in worker
        # processes, in chunks, ahead of the jobs (reader/sync/work.py).
        jobs: deque[FeedJob] = deque()
        calls = ((job.item, job.args) for job in self._jobs(ctx, feed, jobs))
        for outcome in ctx.offload.map(_from_feed, calls):
            job = jobs.popleft()
            if ctx.cancel.is_set():
                break
            job.prepared = outcome
            yield job

    def _jobs(self, ctx: SyncContext, feed: FeedReader, jobs: deque[FeedJob]) -> Iterator[FeedJob]:
        """The feed's jobs, each also put on ``jobs``."""
        sid = ctx.source.id
        known = ctx.store.known_slugs(sid)
        planned: set[str] = set()
        read = 0
        try:
            for item in feed.items():
                read += 1
                if not ctx.want_more():
                    break
                slug = item_slug(item)
                if slug in planned:
                    continue  # listed again lower down: an older copy of the same post
                planned.add(slug)
                validators: tuple[str | None, str | None] = (None, None)
                if slug in known:
                    validators = ctx.store.validators(sid, slug).get(feed.lang, validators)
                else:
                    ctx.planned_new += 1
                url = item.link or self.feed_url
                args = dict(
                    lang=feed.lang,
                    title=item.title or slug,
                    url=url,
                    fetched_at=datetime.now(UTC),
                    base_url=url,
                )
                jobs.append(FeedJob(self, slug, item, feed.lang, validators, url, args))
                yield jobs[-1]
        except FeedError as err:
            after = f"; the {read} items before the fault were read" if read else ""
            raise FetchError(feed.url, "feed", f"{err}{after}") from err

    def finish(self, ctx: SyncContext) -> None:
        # Remember the feed's validators only once every item was processed.
        if self._new_validators is not None:
            etag, modified = self._new_validators
            ctx.store.set_sync_state(ctx.source.id, _FEED_ETAG, etag)
            ctx.store.set_sync_state(ctx.source.id, _FEED_MODIFIED, modified)

    def fetch_item(self, job: FeedJob, client: HttpClient) -> JobResult:
        item = job.item
        args = dict(job.args)
        # Parsing runs in worker processes; images and pages are fetched here.
        summary, built = job.prepared.get() if job.prepared else _from_feed(item, args)
        args["summary"] = summary
        if built is not None:
            doc, assets, wanted = built
            args["raw_html"] = item.content_html
            doc, assets = with_images(self._offload, self._images, doc, assets, wanted, args)
        else:  # only an excerpt: read the page instead
            if not item.link:
                raise ValueError("the item has neither full content nor a link")
            try:
                resp: Response = client.get(
                    item.link, etag=job.validators[0], last_modified=job.validators[1]
                )
            except FetchError as err:
                if err.status in (404, 410):
                    return Gone(job.slug)
                raise
            if resp.not_modified:
                return NotModified(job.slug)
            args.update(etag=resp.etag, last_modified=resp.last_modified, base_url=resp.url)
            args["raw_html"], (doc, assets, wanted) = self._offload(
                _from_page, resp.text(), item.summary_html, args
            )
            doc, assets = with_images(self._offload, self._images, doc, assets, wanted, args)
        topics = tuple(dict.fromkeys(_slugify(c) for c in item.categories))
        authors = tuple(dict.fromkeys(_slugify(a) for a in item.authors))
        terms = [Term(TermKind.TOPIC, _slugify(c), c) for c in item.categories]
        terms += [Term(TermKind.CONTRIBUTOR, _slugify(a), a) for a in item.authors]
        record = ArticleRecord(
            slug=job.slug,
            published=item.published,
            documents=(doc,),
            topics=topics,
            contributors=authors,
            assets=assets,
            terms=tuple(terms),
        )
        return Fetched(record)


_Built = tuple[DocumentRecord, tuple[AssetRecord, ...], tuple[str, ...]]


def _from_feed(item: FeedItem, args: dict[str, Any]) -> tuple[str, _Built | None]:
    """Run in a worker process: the item's summary as text, and its document prepared
    from the feed's content when that is the whole post (None for an excerpt)."""
    summary = html_to_text(item.summary_html)
    short = summary[:600]
    if not item.content_html:
        return short, None
    built = build_document(summary=short, raw_html=item.content_html, **args)
    return short, (built if _is_full_text(built[0].text, summary) else None)


def _from_page(html: str, summary_html: str, args: dict[str, Any]) -> tuple[str, _Built]:
    """Run in a worker process: the main text of the item's web page, prepared. The
    extracted body comes back only when it asks for images (it is prepared again then)."""
    body = main_text_html(html) or summary_html
    built = build_document(raw_html=body, **args)
    return (body if built[2] else ""), built
