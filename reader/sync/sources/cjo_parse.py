"""Reading China Justice Observer pages by meaning (site-notes.md lists the cues).

The markup is unknown, so nothing here depends on class names. The cues are: the URL
patterns (/a/, /c/, /t/, /editors/), <h1>/<title>, the English date line, the label words
"Categories:", "Contributors:", "Editor:", the "You might also like" block of /a/ links,
and og:/JSON-LD/canonical data when a page has them. Translated pages give only title,
summary and body; their header lines (garbled dates, translated labels) are recognised
by position and shape: everything before the summary paragraph is header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from reader.sync.extract import (
    best_container,
    children,
    iso_date,
    json_ld_objects,
    link_text_len,
    meta_content,
    outer_html,
    strip_never_content,
    text_of,
)

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DAY_FIRST = re.compile(
    r"\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b", re.I
)
_MONTH_FIRST = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_LABEL = re.compile(r"\b(Categor(?:y|ies)|Topics?|Contributors?|Authors?|Editors?)\s*:", re.I)
_RELATED = re.compile(r"you\s+might\s+also\s+like|related\s+(?:articles|posts|reading)", re.I)
_SAVE_PDF = re.compile(r"save\s+as\s+pdf|download\s+pdf|\bpdf\b", re.I)
_CJK_TAIL = re.compile(r"\s*([\u3400-\u9fff\uf900-\ufaff·・]+)\s*$")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—]\s+")


@dataclass(frozen=True)
class Link:
    kind: str  # article | category | topic | contributor
    slug: str
    text: str


@dataclass
class ParsedPage:
    slug: str | None
    title: str
    summary: str
    body_html: str
    published: date | None = None
    categories: list[tuple[str, str]] = field(default_factory=list)
    topics: list[tuple[str, str]] = field(default_factory=list)
    contributors: list[tuple[str, str, str | None]] = field(default_factory=list)
    editor: tuple[str, str, str | None] | None = None
    related: list[tuple[str, str, str]] = field(default_factory=list)
    summary_in_body: bool = False
    offered: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ListingRow:
    slug: str
    title: str
    teaser: str
    published: date | None
    categories: tuple[tuple[str, str], ...] = ()
    topics: tuple[tuple[str, str], ...] = ()
    contributors: tuple[tuple[str, str, str | None], ...] = ()


@dataclass
class ParsedListing:
    rows: list[ListingRow]
    next_url: str | None
    title: str = ""
    description: str = ""


def parse_date(text: str) -> date | None:
    """The first English or ISO date in ``text``."""
    for rx, order in ((_DAY_FIRST, "dmy"), (_MONTH_FIRST, "mdy"), (_ISO_DATE, "ymd")):
        m = rx.search(text)
        if not m:
            continue
        try:
            if order == "dmy":
                return date(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
            if order == "mdy":
                return date(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def split_name(text: str) -> tuple[str, str | None]:
    """'Guodong Du 杜国栋' -> ('Guodong Du', '杜国栋')."""
    m = _CJK_TAIL.search(text)
    if m and m.start() > 0:
        return text[: m.start()].strip(" ,"), m.group(1)
    return text.strip(" ,"), None


class SiteUrls:
    """Recognises the site's addresses in every host form and language."""

    def __init__(self, base_url: str, language_url: str) -> None:
        self.base = base_url.rstrip("/")
        self.template = language_url
        base_parts = urlsplit(self.base)
        self._base_host = _canonical_host(base_parts.netloc)
        self._base_path = base_parts.path.rstrip("/")
        lang_parts = urlsplit(language_url.replace("{lang}", "LANG"))
        host_pattern = re.escape(_canonical_host(lang_parts.netloc)).replace(
            "LANG", "[a-z]{2}(?:-[a-z]{2})?"
        )
        self._lang_host = re.compile(f"^{host_pattern}$")
        path_pattern = re.escape(lang_parts.path.rstrip("/")).replace(
            "LANG", "[a-z]{2}(?:-[a-z]{2})?"
        )
        self._lang_prefix = re.compile(f"^{path_pattern}(?=/|$)") if path_pattern else None
        marked = urlsplit(language_url.replace("{lang}", "\x00"))
        self._marked_host = _canonical_host(marked.netloc)
        self._marked_path = marked.path.rstrip("/")
        self._cache: dict[str, Link | None] = {}
        self._joined: dict[tuple[str, str], str] = {}

    def article_url(self, slug: str, lang: str = "en") -> str:
        if lang == "en":
            return f"{self.base}/a/{slug}"
        return self.template.format(lang=lang).rstrip("/") + f"/a/{slug}"

    def page_url(self, path: str) -> str:
        return f"{self.base}{path}"

    def language_of(self, url: str) -> str | None:
        """The language whose host (or path prefix) serves ``url``; 'en' for the base."""
        parts = urlsplit(url)
        host = _canonical_host(parts.netloc)
        lang_host, lang_path = self._marked_host, self._marked_path
        if "\x00" in lang_host:
            head, tail = lang_host.split("\x00", 1)
            if host.startswith(head) and host.endswith(tail) and host != self._base_host:
                return host[len(head) : len(host) - len(tail)] or None
        elif "\x00" in lang_path and host == lang_host:
            head, tail = lang_path.split("\x00", 1)
            m = re.match(
                re.escape(head) + r"([a-z]{2}(?:-[a-z]{2})?)" + re.escape(tail) + "(?=/|$)",
                parts.path,
            )
            if m:
                return m.group(1)
        if host == self._base_host:
            return "en"
        return None

    def classify(self, href: str, page_url: str) -> Link | None:
        """What a link points at on this site (None: elsewhere, or not an article,
        category, topic or contributor address). Cached by the absolute address: pages
        repeat their links. A link no one can follow (an unclosed ``[`` in its host) is
        None too: it must not cost the page it is on."""
        try:
            return self._classified(href, page_url)
        except ValueError:
            return None

    def _classified(self, href: str, page_url: str) -> Link | None:
        if not href.startswith(("http://", "https://")):
            if not href or href.startswith(("#", "mailto:", "javascript:")):
                return None
            if href.startswith("/") and not href.startswith("//"):
                # Site-relative: the address depends on the page's origin only.
                key = (_origin(page_url), href)
                if key not in self._joined:
                    self._joined[key] = urljoin(key[0], href)
                href = self._joined[key]
            else:
                href = urljoin(page_url, href)
        try:
            return self._cache[href]
        except KeyError:
            if len(self._cache) > 100_000:
                self._cache.clear()
                self._joined.clear()
            link = self._cache[href] = self._classify(href)
            return link

    def _classify(self, absolute: str) -> Link | None:
        parts = urlsplit(absolute)
        host = _canonical_host(parts.netloc)
        path = parts.path
        if host == self._base_host and (not self._base_path or path.startswith(self._base_path)):
            path = path[len(self._base_path) :]
            if self._lang_prefix is not None and self._lang_host.match(host):
                path = self._lang_prefix.sub("", path)
        elif self._lang_host.match(host):
            if self._lang_prefix is not None:
                path = self._lang_prefix.sub("", path)
        else:
            return None
        segs = [s for s in path.split("/") if s]
        if len(segs) == 2 and segs[0] in ("a", "c", "t", "editors"):
            kind = {"a": "article", "c": "category", "t": "topic", "editors": "contributor"}[
                segs[0]
            ]
            return Link(kind, segs[1], "")
        if len(segs) == 2 and segs[1].endswith(".html") and segs[0] not in ("p", "law"):
            return Link("article", segs[1][: -len(".html")], "")
        return None


def _origin(url: str) -> str:
    """``scheme://host[:port]`` of an absolute address."""
    start = url.find("//") + 2
    end = url.find("/", start)
    return url if end < 0 else url[:end]


def _canonical_host(netloc: str) -> str:
    host = netloc.lower()
    return host[4:] if host.startswith("www.") else host


class CjoParser:
    def __init__(self, urls: SiteUrls) -> None:
        self.urls = urls

    # ---- links -------------------------------------------------------------------

    def _links(self, node: Node, page_url: str) -> list[Link]:
        out = []
        for a in node.css("a[href]"):
            link = self.urls.classify(str(a.attributes.get("href") or ""), page_url)
            if link is not None:
                out.append(Link(link.kind, link.slug, text_of(a)))
        return out

    # ---- article pages -------------------------------------------------------------

    def parse_article(
        self,
        html: str,
        url: str,
        *,
        english: bool = True,
        teaser: str = "",
        expect_summary: bool = True,
    ) -> ParsedPage:
        tree = HTMLParser(html)
        ld = _article_ld(tree)
        strip_never_content(tree)
        root = tree.body
        if root is None:
            raise ValueError("the page has no body")
        own = self.urls.classify(url, url)
        slug = own.slug if own and own.kind == "article" else None

        title = self._title(tree, root, ld)
        if not title:
            raise ValueError("no title found (no <h1>, og:title, JSON-LD headline or <title>)")
        meta_summary = _clean(
            meta_content(tree, "og:description", "description") or str(ld.get("description") or "")
        )

        page = ParsedPage(slug=slug, title=title, summary="", body_html="")
        if english:
            self._metadata(page, tree, root, ld, url)

        container = best_container(root)
        if container is None:
            raise ValueError("no article text found on the page")
        kids = children(container)
        start, summary = self._body_start(kids, title, teaser or meta_summary, url, expect_summary)
        end = self._body_end(kids, start, url, slug)
        body_nodes = [k for k in kids[start:end] if not self._is_meta_block(k, url)]
        page.summary = summary or teaser or meta_summary
        page.summary_in_body = bool(summary)
        page.body_html = outer_html(body_nodes)
        if not page.body_html.strip():
            raise ValueError("the article body is empty")
        if english:
            page.related = self._related(root, url, slug)
            page.offered = self._offered(tree, url, slug)
        return page

    def _offered(self, tree: HTMLParser, url: str, slug: str | None) -> list[str]:
        """Languages the page links to as versions of itself (hreflang, language bar)."""
        found: list[str] = []
        nodes = tree.css("link[hreflang][href]") + tree.css("a[href]")
        for node in nodes:
            href = str(node.attributes.get("href") or "")
            link = self.urls.classify(href, url)
            if link is None or link.kind != "article" or link.slug != slug:
                continue
            lang = self.urls.language_of(urljoin(url, href))
            if lang and lang not in found:
                found.append(lang)
        return found if len(found) > 1 or (found and found != ["en"]) else []

    def _title(self, tree: HTMLParser, root: Node, ld: dict[str, Any]) -> str:
        h1 = root.css_first("h1")
        if h1 is not None and text_of(h1):
            return text_of(h1)
        for candidate in (str(ld.get("headline") or ""), meta_content(tree, "og:title") or ""):
            if candidate.strip():
                return _clean(candidate)
        node = tree.css_first("title")
        raw = text_of(node) if node is not None else ""
        site = meta_content(tree, "og:site_name")
        parts = [p for p in _TITLE_SEPARATORS.split(raw) if p and p != site]
        return max(parts, key=len) if parts else ""

    def _metadata(
        self, page: ParsedPage, tree: HTMLParser, root: Node, ld: dict[str, Any], url: str
    ) -> None:
        published = None
        for raw in (
            str(ld.get("datePublished") or ""),
            meta_content(tree, "article:published_time") or "",
        ):
            published = _iso_date(raw)
            if published:
                break
        if published is None:
            for t in root.css("time[datetime]"):
                published = _iso_date(str(t.attributes.get("datetime") or ""))
                if published:
                    break
        if published is None:
            published = parse_date(text_of(root)[:3000])
        page.published = published

        labelled = self._labelled_links(root, url)
        for role, link in labelled:
            name = link.text
            if link.kind == "category" and role != "editor":
                page.categories.append((link.slug, name))
            elif link.kind == "topic" and role != "editor":
                page.topics.append((link.slug, name))
            elif link.kind == "contributor":
                full, native = split_name(name)
                if role == "editor":
                    page.editor = page.editor or (link.slug, full, native)
                elif (link.slug, full, native) not in page.contributors:
                    page.contributors.append((link.slug, full, native))
        if not labelled:
            self._metadata_from_ld(page, tree, ld)
        page.categories = _unique(page.categories)
        page.topics = _unique(page.topics)

    def _metadata_from_ld(self, page: ParsedPage, tree: HTMLParser, ld: dict[str, Any]) -> None:
        sections = ld.get("articleSection") or meta_content(tree, "article:section") or []
        for name in [sections] if isinstance(sections, str) else sections:
            page.categories.append((_slugify(str(name)), str(name)))
        keywords = ld.get("keywords") or []
        if isinstance(keywords, str):
            keywords = [k.strip() for k in keywords.split(",") if k.strip()]
        for name in keywords:
            page.topics.append((_slugify(str(name)), str(name)))
        authors = ld.get("author") or []
        for author in [authors] if isinstance(authors, (dict, str)) else authors:
            name = author.get("name", "") if isinstance(author, dict) else str(author)
            link = (
                self.urls.classify(str(author.get("url") or ""), self.urls.base)
                if isinstance(author, dict)
                else None
            )
            full, native = split_name(str(name))
            if full:
                page.contributors.append((link.slug if link else _slugify(full), full, native))
        editor = ld.get("editor")
        if isinstance(editor, dict) and editor.get("name"):
            full, native = split_name(str(editor["name"]))
            page.editor = (_slugify(full), full, native)

    def _labelled_links(self, root: Node, url: str) -> list[tuple[str, Link]]:
        """(role, link) for taxonomy links that follow a label word.

        The scope of a label is its nearest ancestor that holds taxonomy links (the
        label may sit in its own <span> or <dt>); within it each link belongs to the
        label before it.
        """
        found: list[tuple[str, Link]] = []
        seen: set[int] = set()
        for node in root.traverse(include_text=True):
            if node.tag != "-text" or not _LABEL.search(node.text_content or ""):
                continue
            scope = node.parent
            for _ in range(4):
                if scope is None or any(link.kind != "article" for link in self._links(scope, url)):
                    break
                scope = scope.parent
            if scope is None or scope.mem_id in seen or len(text_of(scope)) > 1000:
                continue
            seen.add(scope.mem_id)
            found.extend(self._links_after_labels(scope, url))
        return [(r, link) for r, link in found if link.kind != "article"]

    def _links_after_labels(self, block: Node, url: str) -> list[tuple[str, Link]]:
        out: list[tuple[str, Link]] = []
        role: str | None = None
        for node in block.traverse(include_text=True):
            if node.tag == "-text":
                labels = _LABEL.findall(node.text_content or "")
                if labels:
                    role = _role(labels[-1])
            elif node.tag == "a" and role is not None:
                link = self.urls.classify(str(node.attributes.get("href") or ""), url)
                if link is not None:
                    out.append((role, Link(link.kind, link.slug, text_of(node))))
        return out

    def _is_definite_header(self, node: Node, title: str, url: str) -> bool:
        """The title, a date line, taxonomy/label lines or a bar of links."""
        if node.tag == "-text":
            return False
        text = text_of(node)
        if node.tag == "h1" or (text and text == title):
            return True
        if node.tag in ("h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ol", "figure"):
            return False
        if self._is_meta_block(node, url):
            return True
        if len(text) < 60 and parse_date(text) is not None:
            return True
        links = len(node.css("a"))
        return links >= 3 and len(text) < 400 and link_text_len(node) > 0.7 * len(text)

    @staticmethod
    def _looks_like_dateline(node: Node) -> bool:
        text = text_of(node) if node.tag != "-text" else (node.text_content or "").strip()
        has_links = node.tag != "-text" and node.css_first("a") is not None
        return len(text) < 60 and not has_links and bool(re.search(r"\d|XNUMX", text))

    def _body_start(
        self, kids: list[Node], title: str, summary_hint: str, url: str, expect_summary: bool
    ) -> tuple[int, str]:
        """Index of the first body element, and the summary paragraph's text if found.

        Header material (title, date line, labels, language bar) counts only when the
        container holds it; a garbled date line right after it is header too.
        """
        last = -1
        for i, k in enumerate(kids[:15]):
            if self._is_definite_header(k, title, url):
                last = i
        start = last + 1
        if last >= 0:
            while start < len(kids) and self._looks_like_dateline(kids[start]):
                start += 1
        hint = _norm(summary_hint)
        for i in range(start, min(start + 3, len(kids))):
            k = kids[i]
            text = text_of(k) if k.tag != "-text" else (k.text_content or "")
            if hint and _norm(text) == hint:
                return i + 1, _clean(text)
        if (
            expect_summary
            and not hint
            and start < len(kids)
            and kids[start].tag in ("p", "div", "-text")
        ):
            k = kids[start]
            first = text_of(k) if k.tag != "-text" else (k.text_content or "")
            if 40 <= len(first) <= 800:
                return start + 1, _clean(first)
        return start, ""

    def _body_end(self, kids: list[Node], start: int, url: str, slug: str | None) -> int:
        """Index where the trailing blocks begin: related articles, save-as-PDF, credits."""
        end = len(kids)
        for i in range(start, len(kids)):
            k = kids[i]
            text = text_of(k) if k.tag != "-text" else (k.text_content or "")
            if _RELATED.search(text) and len(text) < 80:
                end = i
                break
            others = [
                link for link in self._links(k, url) if link.kind == "article" and link.slug != slug
            ]
            if (
                k.tag in ("ul", "ol", "div", "section")
                and len(others) >= 2
                and link_text_len(k) > len(text) / 3
            ):
                end = i
                break
        while end > start:
            k = kids[end - 1]
            text = text_of(k) if k.tag != "-text" else (k.text_content or "")
            if (
                self._is_meta_block(k, url)
                or (_SAVE_PDF.search(text) and len(text) < 60)
                or not text
            ):
                if k.tag in ("figure", "img", "table") or k.css_first("img") is not None:
                    break
                end -= 1
                continue
            break
        return end

    def _is_meta_block(self, node: Node, url: str) -> bool:
        """A short block of taxonomy links (with or without a label), or a PDF link."""
        if node.tag == "-text":
            return False
        text = text_of(node)
        if len(text) > 300:
            return False
        links = self._links(node, url)
        if any(link.kind in ("category", "topic", "contributor") for link in links):
            return True
        if _LABEL.match(text):
            return True
        return bool(_SAVE_PDF.search(text)) and len(text) < 40

    def _related(self, root: Node, url: str, slug: str | None) -> list[tuple[str, str, str]]:
        """The "You might also like" block: (slug, title, teaser) in page order."""
        heading = None
        for node in root.css("h1, h2, h3, h4, h5, h6, p, div, span, strong, b, header"):
            text = text_of(node)
            if len(text) < 60 and _RELATED.search(text):
                heading = node
        if heading is None:
            return []
        # The block is the heading's nearest ancestor that holds article links.
        scope = heading
        while scope.parent is not None and not any(
            link.kind == "article" and link.slug != slug for link in self._links(scope, url)
        ):
            scope = scope.parent
        entries: list[tuple[str, str, list[str]]] = []  # slug, title, teaser parts
        after = False
        for node in scope.traverse(include_text=True):
            if node.mem_id == heading.mem_id:
                after = True
                continue
            if not after:
                continue
            if node.tag == "a":
                link = self.urls.classify(str(node.attributes.get("href") or ""), url)
                if link is not None and link.kind == "article" and link.slug != slug:
                    if not entries or entries[-1][0] != link.slug:
                        entries.append((link.slug, text_of(node), []))
                    continue
            if node.tag == "-text" and entries:
                parent = node.parent
                in_link = parent is not None and (
                    parent.tag == "a" or (parent.parent is not None and parent.parent.tag == "a")
                )
                if not in_link:
                    entries[-1][2].append((node.text_content or "").strip())
        result = [(s, t, _clean(" ".join(parts))[:400]) for s, t, parts in entries]
        return [r for r in _unique(result) if r[1]]

    # ---- listing pages -------------------------------------------------------------

    def parse_listing(self, html: str, url: str) -> ParsedListing:
        tree = HTMLParser(html)
        strip_never_content(tree)
        root = tree.body
        if root is None:
            return ParsedListing([], None)
        article_links = []
        for a in root.css("a[href]"):
            link = self.urls.classify(str(a.attributes.get("href") or ""), url)
            if link is not None and link.kind == "article":
                article_links.append((a, link.slug))
        # Which article slugs each element holds: a row is the largest element around a
        # title link that holds no other article's link (one pass, not one per link).
        slugs_under: dict[int, set[str]] = {}
        for a, slug in article_links:
            node = a.parent
            while node is not None and node.tag not in ("body", "html"):
                slugs_under.setdefault(node.mem_id, set()).add(slug)
                node = node.parent
        rows: dict[str, ListingRow] = {}
        for a, slug in article_links:
            if slug in rows:
                continue
            row_node = a.parent
            node = a.parent
            while (
                node is not None
                and node.tag not in ("body", "html")
                and slugs_under.get(node.mem_id) == {slug}
            ):
                row_node, node = node, node.parent
            if row_node is not None:
                rows[slug] = self._row(row_node, slug, text_of(a), url)
        title_node = root.css_first("h1")
        desc = ""
        if title_node is not None:
            sib = title_node.next
            while sib is not None and (sib.tag or "").startswith("-"):
                sib = sib.next
            if sib is not None and sib.tag == "p":
                desc = text_of(sib)
        return ParsedListing(
            rows=[r for r in rows.values() if r.title],
            next_url=self._next_page(root, url),
            title=text_of(title_node) if title_node is not None else "",
            description=desc,
        )

    def _row(self, node: Node, slug: str, link_text: str, url: str) -> ListingRow:
        links = self._links(node, url)
        titles = [
            link.text
            for link in links
            if link.kind == "article" and link.slug == slug and link.text
        ]
        title = max(titles, key=len) if titles else link_text
        full = text_of(node)
        teaser = ""
        for p in node.css("p, div, span"):
            t = text_of(p)
            if len(t) > len(teaser) and title not in t and not self._links(p, url):
                teaser = t
        return ListingRow(
            slug=slug,
            title=title,
            teaser=teaser,
            published=parse_date(full),
            categories=tuple(_unique([(k.slug, k.text) for k in links if k.kind == "category"])),
            topics=tuple(_unique([(k.slug, k.text) for k in links if k.kind == "topic"])),
            contributors=tuple(
                (k.slug, *split_name(k.text)) for k in links if k.kind == "contributor"
            ),
        )

    def _next_page(self, root: Node, url: str) -> str | None:
        current = _page_number(url)
        for a in root.css("a[href]"):
            href = str(a.attributes.get("href") or "")
            rel = str(a.attributes.get("rel") or "")
            try:
                target = urljoin(url, href)
                if urlsplit(target).path != urlsplit(url).path:
                    continue
            except ValueError:  # a link no one can follow
                continue
            if "next" in rel.split() or _page_number(target) == current + 1:
                return target
        return None


def _page_number(url: str) -> int:
    m = re.search(r"[?&]p=(\d+)", url)
    return int(m.group(1)) if m else 1


def _article_ld(tree: HTMLParser) -> dict[str, Any]:
    for obj in json_ld_objects(tree):
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(str(k).endswith(("Article", "BlogPosting", "Report")) for k in kinds):
            return obj
    return {}


def _iso_date(raw: str) -> date | None:
    return iso_date(raw) or (parse_date(raw) if raw.strip() else None)


def _role(label: str) -> str:
    word = label.lower()
    if word.startswith("editor"):
        return "editor"
    if word.startswith(("contributor", "author")):
        return "contributor"
    return "category"


def _clean(text: str) -> str:
    return " ".join(text.split())


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "untitled"


def _unique(items: list[Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        key = item[0]
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
