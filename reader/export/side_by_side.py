"""Two language versions of one article side by side, and translation damage drawn
into a page.

:func:`compose_side_by_side` builds one self-contained page (the reader stylesheet and
Content Security Policy of :func:`~reader.export.article_html.compose_article`, no
script): a table whose rows pair the blocks of the two versions by structure (see
:func:`reader.model.damage.align`), each cell with its own ``lang`` and ``dir``, so an
Arabic column reads right to left beside an English one, and both scroll together.

:func:`mark_page_damage` draws, into a composed page of a translation, each ``XNUMX``
token as ``<mark class="damage">`` (like highlights: in the HTML, without script), with
the aligned English paragraph and its real numbers in the mark's ``title`` (hover) and
``data-english`` (shown by CSS while the mark has focus, i.e. after a click). Nothing is
inserted as text into the article body, so annotation offsets stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from html import escape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader.export.article_html import (
    CONTENT_SECURITY_POLICY,
    PageOptions,
    compose_article,
    document_text_direction,
    through_wrappers,
)
from reader.export.highlight import text_map, text_runs
from reader.model import ENGLISH, LANGUAGES, Document
from reader.model.damage import BlockDamage, align, block_damage

Translate = Callable[[str], str]

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_UNITS = {
    "p": "p",
    "blockquote": "quote",
    "pre": "pre",
    "figure": "figure",
    "table": "table",
    "hr": "hr",
    "dl": "dl",
    "address": "p",
}
_CONTAINERS = frozenset({"div", "section", "article", "main", "header", "footer", "aside", "nav"})
_BLOCKISH = frozenset({*_HEADINGS, *_UNITS, *_CONTAINERS, "ol", "ul", "li"})
_TITLE_LIMIT = 700

DAMAGE_CSS = """
mark.damage { background: rgba(235, 87, 60, 0.30); color: inherit; cursor: help;
  border-bottom: 2px dotted #c0392b; border-radius: 2px; outline: none; }
mark.damage:focus { background: rgba(235, 87, 60, 0.5); }
/* The English paragraph, under the clicked mark's line, as wide as the column: placed
   against the article body (or the side-by-side cell), so it never leaves the page. */
article.body, table.sbs td { position: relative; }
mark.damage:focus::after { content: attr(data-english); position: absolute; z-index: 10;
  left: 0; right: 0; margin-top: 1.7em; padding: 0.5em 0.75em;
  background: var(--bg); color: var(--fg); border: 1px solid var(--notice-border);
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25); font-size: 0.85rem; line-height: 1.45;
  white-space: pre-line; direction: ltr; text-align: left; unicode-bidi: isolate; }
.damage-block { background: rgba(235, 87, 60, 0.10); }
.damage-notice { background: var(--notice-bg); color: var(--notice-fg);
  border: 1px solid var(--notice-border); border-radius: 4px; padding: 0.5em 0.8em;
  font-family: sans-serif; font-size: 0.85rem; margin: 0 0 1.5em; }
"""

SIDE_BY_SIDE_CSS = """
.page.sbs { max-width: none; padding-inline: 1.25rem; }
table.sbs { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.sbs > tbody > tr > td { vertical-align: top; padding: 0.2rem 0.9rem; width: 50%;
  border-top: 1px solid var(--rule); }
table.sbs > tbody > tr.sbs-head > td { border-top: none; }
table.sbs td.pad { background: repeating-linear-gradient(135deg, transparent 0 6px,
  rgba(127, 127, 127, 0.07) 6px 12px); }
table.sbs td > :first-child { margin-top: 0.4rem; }
table.sbs .article-header h1.title { font-size: 1.45rem; }
table.sbs .article-header .lead { font-size: 1.05rem; }
/* The second column repeats only what differs between languages: source and language. */
table.sbs tr.sbs-head > td + td dl.meta > div:not(.source):not(.language) { display: none; }
"""


@dataclass(frozen=True)
class Block:
    """A unit of an article's body that is aligned as a whole: a heading, a paragraph,
    a list item (with any list nested in it), a block quote, a table, a figure …"""

    node: LexborNode
    kind: str
    text: str


def blocks(root: LexborNode) -> list[Block]:
    """The aligned units of a body, in document order: headings, paragraphs, block
    quotes, tables and figures; the items of lists; paragraph-like div/section blocks;
    other div/section wrappers are looked into."""
    out: list[Block] = []

    def add(node: LexborNode, kind: str) -> None:
        out.append(Block(node, kind, text_map(node).text))

    for child in through_wrappers(root, _CONTAINERS, _paragraph_like):
        tag = child.tag or ""
        if tag in _HEADINGS:
            add(child, tag)
        elif tag in ("ol", "ul"):
            for item in _children(child):
                if item.tag == "li":
                    add(item, "li")
        elif tag in _CONTAINERS:  # (one that reads as a paragraph)
            add(child, "p")
        elif tag in _UNITS:
            add(child, _UNITS[tag])
        elif tag == "-text":
            if (child.text_content or "").strip():
                out.append(Block(child, "p", " ".join((child.text_content or "").split())))
        elif not tag.startswith("-") and (child.text_content or "").strip():
            add(child, "p")  # inline content straight in the body
    return out


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _paragraph_like(node: LexborNode) -> bool:
    has_text = False
    for child in _children(node):
        tag = child.tag or ""
        if tag in _BLOCKISH:
            return False
        if tag == "-text":
            has_text = has_text or bool((child.text_content or "").strip())
        elif not tag.startswith("-"):
            has_text = True
    return has_text


def body_blocks(html: str) -> list[Block]:
    """The blocks of a stored document body (``Document.html``)."""
    tree = LexborHTMLParser(f"<body>{html}</body>")
    return blocks(tree.body) if tree.body is not None else []


def align_blocks(
    left: Sequence[Block], right: Sequence[Block]
) -> list[tuple[int | None, int | None]]:
    """Rows pairing two versions' blocks by structure (see :func:`reader.model.damage.align`)."""
    return align(
        [b.kind for b in left],
        [b.kind for b in right],
        [len(b.text) for b in left],
        [len(b.text) for b in right],
    )


# ---- damage --------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundDamage:
    block: int
    damage: BlockDamage
    english: str


def find_damage(translation: Sequence[Block], english: Sequence[Block]) -> list[FoundDamage]:
    """Each damaged block of a translation, with the English block aligned with it."""
    pairs = align_blocks(translation, english)
    found = []
    for t, e in pairs:
        if t is None:
            continue
        eng = english[e].text if e is not None else ""
        damage = block_damage(translation[t].text, eng or None)
        if damage.damaged:
            found.append(FoundDamage(t, damage, eng))
    return found


def _explanation(found: FoundDamage, tr: Translate) -> str:
    parts = []
    if found.damage.numbers:
        parts.append(tr("Numbers in the English original:") + " " + ", ".join(found.damage.numbers))
    if found.damage.dates:
        parts.append(tr("Dates in the English original:") + " " + "; ".join(found.damage.dates))
    english = found.english
    if len(english) > _TITLE_LIMIT:
        english = english[: _TITLE_LIMIT - 1] + "…"
    if english:
        parts.append(tr("English:") + " " + english)
    else:
        parts.append(tr("No English paragraph is aligned with this one."))
    return "\n".join(parts)


def _mark_block(tree: LexborHTMLParser, block: Block, found: FoundDamage, tr: Translate) -> int:
    """Wrap each XNUMX of a block in a damage mark; a block whose dates were garbled
    without a token is tinted as a whole. Returns the number of marks drawn."""
    note = _explanation(found, tr)
    if not found.damage.spots:
        if block.node.tag != "-text":
            block.node.attrs["class"] = "damage-block"
            block.node.attrs["title"] = note
        return 0
    mapping = text_map(block.node)
    if mapping.text != block.text:
        return 0
    pieces: dict[int, tuple[LexborNode, list[tuple[int, int]]]] = {}
    for start, end in found.damage.spots:
        for node, lo, hi in text_runs(mapping, start, end):
            pieces.setdefault(node.mem_id, (node, []))[1].append((lo, hi))
    drawn = 0
    for node, ranges in pieces.values():
        content = node.text_content or ""
        pos = 0
        for lo, hi in sorted(ranges):
            if lo > pos:
                node.insert_before(content[pos:lo])
            mark = tree.create_node("mark")
            mark.attrs["class"] = "damage"
            mark.attrs["tabindex"] = "0"
            mark.attrs["title"] = note
            mark.attrs["data-english"] = note
            mark.insert_child(content[lo:hi])
            node.insert_before(mark)
            drawn += 1
            pos = hi
        if pos < len(content):
            node.insert_before(content[pos:])
        node.decompose()
    return drawn


def mark_damage(
    tree: LexborHTMLParser, translation: Sequence[Block], english: Sequence[Block], tr: Translate
) -> list[FoundDamage]:
    """Draw the damage of ``translation`` (blocks of ``tree``) into ``tree``."""
    found = find_damage(translation, english)
    for f in found:
        _mark_block(tree, translation[f.block], f, tr)
    return found


def mark_page_damage(page: str, english_html: str, tr: Translate = str) -> tuple[str, int]:
    """A composed translation page with its damage drawn, and how many blocks are
    damaged (0: the page is returned unchanged)."""
    tree = LexborHTMLParser(page)
    body = tree.css_first("article.body")
    if body is None:
        return page, 0
    found = mark_damage(tree, blocks(body), body_blocks(english_html), tr)
    if not found:
        return page, 0
    spots = sum(len(f.damage.spots) for f in found)
    notice = tree.create_node("p")
    notice.attrs["class"] = "damage-notice"
    notice.attrs["role"] = "note"
    notice.attrs["lang"] = "en"
    notice.attrs["dir"] = "ltr"
    notice.insert_child(
        tr(
            "The machine translation damaged {spots} numbers or dates in {blocks} paragraphs "
            "(XNUMX stands for lost digits). Point at a marked spot, or click it, to read "
            "the English paragraph with the real numbers."
        ).format(spots=spots or len(found), blocks=len(found))
    )
    header = tree.css_first("header.article-header")
    (header or body).insert_before(notice)  # under the title bar, before the article
    _add_style(tree, DAMAGE_CSS)
    return tree.html or page, len(found)


def _add_style(tree: LexborHTMLParser, css: str) -> None:
    head = tree.head
    if head is None:
        return
    style = tree.create_node("style")
    style.insert_child(css)
    head.insert_child(style)


# ---- side by side ----------------------------------------------------------------------


def compose_side_by_side(
    left: Document,
    right: Document,
    options: PageOptions,
    *,
    asset_url: Callable[[str], str],
    article_link: Callable[[str], str | None],
    english: Document | None = None,
    tr: Translate = str,
) -> str:
    """One page showing ``left`` and ``right`` (two languages of one article) in two
    columns, blocks aligned by structure. ``english`` (the English version, when held)
    is used to mark translation damage in a non-English column."""
    opts = replace(options, paragraph_numbers=False)
    sides = []
    for doc in (left, right):
        page = compose_article(doc, opts, asset_url=asset_url, article_link=article_link)
        tree = LexborHTMLParser(page)
        body = tree.css_first("article.body")
        header = tree.css_first("header.article-header")
        sides.append((doc, tree, blocks(body) if body is not None else [], header))
    english_blocks = body_blocks(english.html) if english is not None else []
    for doc, tree, bl, _ in sides:
        if doc.summary.lang != ENGLISH and english_blocks:
            mark_damage(tree, bl, english_blocks, tr)
    (ldoc, ltree, lblocks, lhead), (rdoc, _rtree, rblocks, rhead) = sides
    rows = align_blocks(lblocks, rblocks)
    html_node = ltree.css_first("html")
    classes = (html_node.attributes.get("class") if html_node is not None else None) or ""
    style = ltree.css_first("head style")
    css = style.text() if style is not None else ""
    title = tr("{title} — side by side").format(title=left.summary.title)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en" dir="ltr" class="{escape(classes, quote=True)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title>",
        f"<style>{css}\n{DAMAGE_CSS}\n{SIDE_BY_SIDE_CSS}</style>",
        "</head>",
        "<body>",
        '<main class="page sbs">',
        '<table class="sbs"><tbody>',
        '<tr class="sbs-head">'
        + _cell(ldoc, (lhead.html or "") if lhead is not None else "", "head")
        + _cell(rdoc, (rhead.html or "") if rhead is not None else "", "head")
        + "</tr>",
    ]
    for a, b in rows:
        out.append(
            '<tr class="sbs-row">'
            + _block_cell(ldoc, lblocks, a)
            + _block_cell(rdoc, rblocks, b)
            + "</tr>"
        )
    out += ["</tbody></table>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _cell(doc: Document, inner: str, kind: str, index: int | None = None) -> str:
    lang = doc.summary.lang
    attrs = f'lang="{escape(lang, quote=True)}" dir="{document_text_direction(lang)}"'
    extra = f' data-block="{index}"' if index is not None else ""
    cls = "pad" if kind == "pad" else "cell"
    return f'<td class="{cls}" data-kind="{kind}"{extra} {attrs}>{inner}</td>'


def _block_cell(doc: Document, bl: Sequence[Block], index: int | None) -> str:
    if index is None:
        return _cell(doc, "", "pad")
    block = bl[index]
    node = block.node
    if block.kind == "li":
        parent = node.parent
        tag = parent.tag if parent is not None and parent.tag in ("ol", "ul") else "ul"
        start = ""
        if tag == "ol" and parent is not None:
            position = [c for c in _children(parent) if c.tag == "li"].index(node) + 1
            start = f' start="{position}"'
        inner = f"<{tag}{start}>{node.html or ''}</{tag}>"
    elif block.kind == "table":
        inner = f'<div class="table-scroll">{node.html or ""}</div>'
    elif node.tag == "-text":
        inner = f"<p>{escape(block.text)}</p>"
    else:
        inner = node.html or ""
    return _cell(doc, inner, block.kind, index)


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)
