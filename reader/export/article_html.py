"""The full HTML page of one stored document, for the reading view and for PDF.

:func:`compose_article` is the one place that turns a :class:`~reader.model.Document`
into a self-contained page: the reader stylesheet is inlined, a strict Content Security
Policy forbids every script and every remote load, stored images are pointed at the
caller's asset URLs, remote images become placeholders, and links to articles held in
the library are pointed at the caller's in-app URLs.

The body is rewritten without inserting text into it: paragraph numbers, image
placeholders and printed link targets are CSS generated content driven by attributes.
The text of ``<article class="body">`` therefore stays the text the store indexed
(``Document.text``), which is what annotation selectors are anchored on.

No Qt here: the page is plain text, so the CLI and tests can build it headless.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from html import escape
from importlib import resources
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader import i18n
from reader.export.highlight import highlight
from reader.model import LANGUAGES, RTL_LANGUAGES, Annotation, Document, TermKind

THEMES = ("light", "dark", "sepia")
MIN_FONT_SIZE = 8
MAX_FONT_SIZE = 72

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src lexsinica: data:; style-src 'unsafe-inline' lexsinica:; "
    "font-src lexsinica: data:; base-uri 'none'; form-action 'none'"
)

# Family names as fontconfig reports them (Debian fonts-noto-core, fonts-noto-cjk,
# fonts-dejavu). Each list ends with a CJK face because articles in every language
# quote Chinese terms (《民事诉讼法》, 营业执照); without it the fallback would pick
# whatever CJK face fontconfig prefers, often the Japanese one.
_LATIN = ["Noto Serif", "DejaVu Serif", "Noto Serif CJK SC"]
_SC = ["Noto Sans CJK SC", "Noto Serif CJK SC"]
_LATIN_LANGS = ["en", "nl", "fr", "de", "it", "pt", "ru", "es", "sv", "id", "vi", "tr", "ms"]
LANGUAGE_FONT_FAMILIES: dict[str, list[str]] = {
    **{lang: list(_LATIN) for lang in _LATIN_LANGS},
    "zh-cn": list(_SC),
    "zh-tw": ["Noto Sans CJK TC", "Noto Serif CJK TC"],
    "ja": ["Noto Sans CJK JP", "Noto Serif CJK JP"],
    "ko": ["Noto Sans CJK KR", "Noto Serif CJK KR"],
    "th": ["Noto Sans Thai", "Noto Serif Thai", "Noto Sans", *_SC],
    "hi": ["Noto Sans Devanagari", "Noto Serif Devanagari", "Noto Sans", *_SC],
    "ar": ["Noto Naskh Arabic", "Noto Sans Arabic", "Noto Serif", *_SC],
    "he": ["Noto Sans Hebrew", "Noto Serif Hebrew", "Noto Sans", *_SC],
}
_GENERIC: dict[str, str] = {
    **{lang: "sans-serif" for lang in ("zh-cn", "zh-tw", "ja", "ko", "th", "hi", "he")},
    "ar": "serif",
}
# CSS :lang() selectors per key, most general first: :lang(zh) catches zh, zh-Hans,
# zh-SG …; the Traditional forms come later and win for zh-tw, zh-hk, zh-Hant.
_LANG_SELECTORS: dict[str, str] = {
    "zh-cn": ":lang(zh), :lang(zh-cn), :lang(zh-Hans)",
    "zh-tw": ":lang(zh-tw), :lang(zh-hk), :lang(zh-mo), :lang(zh-Hant)",
}

# fmt: off
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
# fmt: on

# The page chrome (header labels, banner) is in the interface language (reader.i18n);
# its direction is independent of the article's.

_DROP_ELEMENTS = (
    "script, style, link, meta, base, iframe, frame, frameset, object, embed, applet, "
    "form, input, button, textarea, select, template, noscript, svg, math, "
    "audio, video, source, track, canvas, portal"
)
_SAFE_SCHEMES = {"http", "https", "mailto"}
_SHA256 = re.compile(r"[0-9a-f]{64}")
# fmt: off
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "ul",
})
# fmt: on


def _t(text: str) -> str:
    """Translate a label of the page chrome into the interface language."""
    return i18n.tr(text)


@dataclass(frozen=True)
class PageOptions:
    theme: str = "light"
    """One of THEMES (light, dark, sepia); ignored when ``for_print``."""
    font_size: int = 18
    """Base font size in CSS px."""
    paragraph_numbers: bool = False
    """Number body paragraphs and list items (``data-para``) and show the numbers."""
    for_print: bool = False
    """Black on white, no width limit, no page breaks inside figures and table rows."""
    sample: bool = False
    """Show the "sample content" banner (pass ``doc.summary.sample``)."""

    def __post_init__(self) -> None:
        if self.theme not in THEMES:
            raise ValueError(f"Unknown theme {self.theme!r}; expected one of {THEMES}.")
        if not MIN_FONT_SIZE <= self.font_size <= MAX_FONT_SIZE:
            raise ValueError(
                f"Font size {self.font_size} is outside {MIN_FONT_SIZE}–{MAX_FONT_SIZE} px."
            )


def document_text_direction(lang: str) -> str:
    """The base direction of a language tag: "rtl" for Arabic and Hebrew, else "ltr"."""
    return "rtl" if lang.lower().split("-")[0] in RTL_LANGUAGES else "ltr"


def compose_article(
    doc: Document,
    options: PageOptions,
    *,
    asset_url: Callable[[str], str],
    article_link: Callable[[str], str | None],
    annotations: Sequence[Annotation] = (),
) -> str:
    """The complete, self-contained HTML page for ``doc``.

    ``annotations`` on this document are drawn as highlights (``<mark class="hl">``,
    see :mod:`reader.export.highlight`).

    ``asset_url(sha256)`` gives the URL of a stored image; ``article_link(url)`` gives
    an in-app URL for an absolute http(s) link to an article held in the library, or
    None to keep the link as it is. The page never runs script and never loads
    anything remote: remote images are replaced by placeholders and links with other
    schemes than http, https and mailto lose their target. The output is a pure
    function of its arguments.
    """
    lang = doc.summary.lang
    direction = document_text_direction(lang)
    classes = ["print" if options.for_print else f"theme-{options.theme}"]
    if options.paragraph_numbers:
        classes.append("para-numbers")
    body = _rewrite_body(doc, options, asset_url, article_link, annotations)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_attr(lang)}" dir="{direction}" class="{" ".join(classes)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.summary.title)}</title>",
        f"<style>{_stylesheet()}\nhtml {{ font-size: {int(options.font_size)}px; }}</style>",
        "</head>",
        "<body>",
        '<main class="page">',
        _banner() if options.sample else "",
        _header(doc),
        f'<article class="body">\n{body}\n</article>',
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


# ---- header ------------------------------------------------------------------------


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _long_date(day: date) -> str:
    if i18n.current_language() != "en":  # the interface language's own long form
        return i18n.format_date(day, long=True)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _time(moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        utc = moment.astimezone(UTC) if moment.tzinfo else moment
        return f'<time datetime="{utc.isoformat()}">{_long_date(utc.date())}</time>'
    return f'<time datetime="{moment.isoformat()}">{_long_date(moment)}</time>'


def _ui_attrs() -> str:
    lang = i18n.content_code(i18n.current_language())
    return f'lang="{lang}" dir="{document_text_direction(lang)}"'


def _banner() -> str:
    return (
        f'<aside class="sample-banner" role="note" {_ui_attrs()}>'
        f"<strong>{escape(_t('Sample content written for this app'))}</strong> "
        f"{escape(_t('It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.'))}"
        "</aside>"
    )


def _row(label: str, value_html: str, cls: str) -> str:
    return f'<div class="{cls}"><dt>{escape(label)}</dt><dd>{value_html}</dd></div>'


def _names(names: tuple[str, ...], doc: Document) -> str:
    native = {t.name: t.native_name for t in doc.terms if t.kind is TermKind.CONTRIBUTOR}
    out = []
    for name in names:
        extra = native.get(name)
        label = escape(name) + (f' <span class="native">{escape(extra)}</span>' if extra else "")
        out.append(f'<span class="name">{label}</span>')
    return ", ".join(out)


def _terms(names: tuple[str, ...]) -> str:
    return " ".join(f'<span class="term">{escape(n)}</span>' for n in names)


def _header(doc: Document) -> str:
    s = doc.summary
    rows: list[str] = []
    if s.published is not None:
        rows.append(_row(_t("Published"), _time(s.published), "published"))
    if s.categories:
        rows.append(_row(_t("Categories"), _terms(s.categories), "categories"))
    if s.topics:
        rows.append(_row(_t("Topics"), _terms(s.topics), "topics"))
    if s.contributors:
        rows.append(_row(_t("Contributors"), _names(s.contributors, doc), "contributors"))
    if doc.editor:
        rows.append(_row(_t("Editor"), _names((doc.editor,), doc), "editor"))
    if _scheme(s.url) in ("http", "https"):
        link = f'<a class="external source-url" href="{_attr(s.url)}">{escape(s.url)}</a>'
        rows.append(_row(_t("Source"), link, "source"))
    newest = _newest_revision(doc)
    if newest is not None:
        rows.append(_row(_t("Retrieved on"), _time(newest), "retrieved"))
    if len(doc.revisions) > 1:
        rows.append(_row(_t("Revision"), str(doc.revision), "revision"))
    native = LANGUAGES.get(s.lang, s.lang)
    direction = document_text_direction(s.lang)
    language = f'<span lang="{_attr(s.lang)}" dir="{direction}">{escape(native)}</span>'
    rows.append(_row(_t("Language"), language, "language"))
    parts = [
        '<header class="article-header">',
        f'<h1 class="title">{escape(s.title)}</h1>',
        f'<dl class="meta" {_ui_attrs()}>{"".join(rows)}</dl>',
    ]
    if doc.removed_upstream is not None:
        when = _time(doc.removed_upstream)
        parts.append(
            f'<p class="removed-notice" role="note" {_ui_attrs()}>'
            f"{escape(_t('Removed from the source on'))} {when}</p>"
        )
    if doc.summary_text.strip():
        parts.append(f'<p class="lead">{escape(doc.summary_text)}</p>')
    parts.append("</header>")
    return "\n".join(parts)


def _newest_revision(doc: Document) -> datetime | None:
    current = [r for r in doc.revisions if r.number == doc.revision]
    pool = current or list(doc.revisions)
    return max(pool, key=lambda r: r.number).fetched_at if pool else None


# ---- body --------------------------------------------------------------------------


def _rewrite_body(
    doc: Document,
    options: PageOptions,
    asset_url: Callable[[str], str],
    article_link: Callable[[str], str | None],
    annotations: Sequence[Annotation] = (),
) -> str:
    tree = LexborHTMLParser(f"<body>{doc.html}</body>")
    root = tree.body
    if root is None:
        return ""
    for node in tree.css(_DROP_ELEMENTS):
        node.decompose()
    for node in root.traverse():
        _strip_attributes(node)
    if annotations:
        highlight(tree, root, doc.text, annotations)
    for img in tree.css("img"):
        _rewrite_image(tree, img, asset_url)
    for a in tree.css("a"):
        _rewrite_link(a, doc.summary.url, article_link)
    # Innermost first, so that a nested table is wrapped inside the copy of its parent.
    for table in reversed(tree.css("table")):
        wrapper = tree.create_node("div")
        wrapper.attrs["class"] = "table-scroll"
        # selectolax 1.0 silently drops a node moved into an attached parent: fill the
        # detached wrapper with a copy, then swap it in.
        wrapper.insert_child(table)
        table.replace_with(wrapper, move=True)
    if options.paragraph_numbers:
        _number_paragraphs(root, 0)
    return "".join(child.html or "" for child in _children(root))


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _strip_attributes(node: LexborNode) -> None:
    """Defence behind the ingest sanitizer: drop anything that could run, load, restyle
    or impersonate this page's own markup (classes, data-* attributes)."""
    tag = node.tag or ""
    for name in list(node.attributes):
        low = name.lower()
        if (
            low.startswith(("on", "data-", "xlink:", "xmlns"))
            or low in ("style", "class", "srcset", "ping", "formaction", "action", "target")
            or low in ("background", "poster", "lowsrc", "dynsrc", "usemap")
            or (low == "href" and tag != "a")
            or (low == "src" and tag != "img")
        ):
            del node.attrs[name]


def _scheme(url: str) -> str:
    """The scheme of ``url`` ("" for a relative address; "?" for one no one can read,
    such as an unclosed ``[`` in its host, which is then no link at all)."""
    # Browsers ignore tabs and newlines inside URLs and spaces/controls around them.
    cleaned = "".join(ch for ch in url if ch not in "\t\n\r").strip("\x00 \x0b\x0c")
    if ":" not in cleaned:
        return ""
    try:
        return urlsplit(cleaned).scheme.lower()
    except ValueError:
        return "?"


def _rewrite_image(
    tree: LexborHTMLParser, img: LexborNode, asset_url: Callable[[str], str]
) -> None:
    src = (img.attributes.get("src") or "").strip()
    if src.startswith("asset:") and _SHA256.fullmatch(src[len("asset:") :]):
        img.attrs["src"] = asset_url(src[len("asset:") :])
        return
    if src.startswith("data:image/") and _scheme(src) == "data":
        return
    # Not held offline: never load it (the page must make no remote request).
    alt = (img.attributes.get("alt") or "").strip()
    box = tree.create_node("span")
    box.attrs["class"] = "image-placeholder"
    box.attrs["role"] = "img"
    box.attrs["aria-label"] = alt or _t("Image")
    box.attrs["data-alt"] = alt
    box.attrs["data-note"] = _t("Image not available offline")
    if _scheme(src) in ("http", "https"):
        box.attrs["title"] = src
    img.replace_with(box, move=True)


def _rewrite_link(a: LexborNode, page_url: str, article_link: Callable[[str], str | None]) -> None:
    href = (a.attributes.get("href") or "").strip()
    if not href:
        return
    if href.startswith("#"):
        a.attrs["class"] = "fragment"
        return
    scheme = _scheme(href)
    if not scheme and _scheme(page_url) in ("http", "https"):
        try:
            href = urljoin(page_url, href)  # a relative link of the original page
        except ValueError:
            scheme = "?"
        else:
            scheme = _scheme(href)
    if scheme not in _SAFE_SCHEMES:
        del a.attrs["href"]
        return
    local = article_link(href) if scheme in ("http", "https") else None
    if local is not None:
        a.attrs["href"] = local
        a.attrs["class"] = "internal"
        a.attrs["data-original-href"] = href
    else:
        a.attrs["href"] = href
        a.attrs["class"] = "external"


def _is_paragraph_like(node: LexborNode) -> bool:
    """A div/section holding only inline content reads as one paragraph."""
    has_text = False
    for child in _children(node):
        tag = child.tag or ""
        if tag in _BLOCK_TAGS:
            return False
        if tag == "-text":
            has_text = has_text or bool((child.text_content or "").strip())
        elif not tag.startswith("-"):
            has_text = True
    return has_text


def _number(node: LexborNode, counter: int) -> int:
    counter += 1
    node.attrs["data-para"] = str(counter)
    return counter


def through_wrappers(
    root: LexborNode, wrappers: Collection[str], whole: Callable[[LexborNode], bool]
) -> Iterator[LexborNode]:
    """The children of ``root`` in document order, with each wrapper element (a tag in
    ``wrappers`` that is not ``whole``) replaced by its own children, and so on down.
    A stack, not recursion: wrappers may nest deeper than Python's recursion limit."""
    pending = [iter(_children(root))]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
        elif (child.tag or "") in wrappers and not whole(child):
            pending.append(iter(_children(child)))
        else:
            yield child


def _number_paragraphs(container: LexborNode, counter: int) -> int:
    """Number, in document order, the paragraphs a reader would cite: top-level
    paragraphs and block quotes, the items of top-level lists, and paragraph-like
    div/section blocks; descend through div/section wrappers. Nested lists belong to
    their item, figures, tables and headings are not numbered."""
    for child in through_wrappers(container, ("div", "section"), _is_paragraph_like):
        tag = child.tag or ""
        if tag in ("p", "blockquote", "pre", "div", "section"):
            counter = _number(child, counter)
        elif tag in ("ol", "ul"):
            for item in _children(child):
                if item.tag == "li":
                    counter = _number(item, counter)
    return counter


# ---- stylesheet --------------------------------------------------------------------


@cache
def _stylesheet() -> str:
    css = (resources.files("reader") / "resources" / "reader" / "reader.css").read_text(
        encoding="utf-8"
    )
    return _font_rules() + "\n" + css


def _font_rules() -> str:
    """:lang() font rules generated from LANGUAGE_FONT_FAMILIES (one source of truth
    for the view, the PDF and the font check of the PDF export)."""
    latin = ", ".join(f":lang({k})" for k in _LATIN_LANGS)
    rules = [
        f"html {{ font-family: {_family_list('en')}; }}",
        f"{latin} {{ font-family: {_family_list('en')}; }}",
    ]
    for lang in LANGUAGE_FONT_FAMILIES:
        if lang not in _LATIN_LANGS:
            selector = _LANG_SELECTORS.get(lang, f":lang({lang})")
            rules.append(f"{selector} {{ font-family: {_family_list(lang)}; }}")
    return "\n".join(rules)


def _family_list(lang: str) -> str:
    families = [f'"{name}"' for name in LANGUAGE_FONT_FAMILIES[lang]]
    return ", ".join([*families, _GENERIC.get(lang, "serif")])
