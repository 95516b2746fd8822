"""Finding the main text of a page by its shape, not its class names.

Used for the China Justice Observer pages (whose markup is unknown and may change)
and for blog pages linked from excerpt-only feeds. The container of the article text is
the element holding the most paragraph text (a paragraph's parent scores its length,
the grandparent half of it), after removing what is never content.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

NEVER_CONTENT = (
    "script, style, noscript, template, iframe, form, button, input, select, textarea, svg"
)
CHROME = "nav, header, footer, aside"
_CHROME_HINT = re.compile(
    r"(^|[-_ ])(nav|menu|sidebar|side-bar|comments?|footer|header|share|social|related|widget|breadcrumbs?|ad|ads|banner)([-_ ]|$)",
    re.I,
)
_PARA_TAGS = ("p", "li", "blockquote", "pre", "td", "dd")


def iso_date(raw: str) -> date | None:
    """The date of an ISO 8601 date or timestamp ('Z' accepted), else None."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def text_of(node: Node) -> str:
    return " ".join((node.text(deep=True, separator=" ") or "").split())


def link_text_len(node: Node) -> int:
    return sum(len(text_of(a)) for a in node.css("a"))


def strip_never_content(tree: HTMLParser) -> None:
    for node in tree.css(NEVER_CONTENT):
        node.decompose()


def strip_chrome(root: Node) -> None:
    """Drop page chrome: semantic chrome elements and elements named like chrome."""
    for node in root.css(CHROME):
        node.decompose()
    for node in root.css("[class], [id]"):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _CHROME_HINT.search(names) and node.tag not in ("body", "html", "main", "article"):
            node.decompose()


def best_container(root: Node) -> Node | None:
    """The element that holds the most paragraph text."""
    scores: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    for para in root.css(",".join(_PARA_TAGS)):
        length = len(text_of(para))
        if length < 25:
            continue
        weight = 1 + length / 100
        parent = para.parent
        if parent is None:
            continue
        key = parent.mem_id
        nodes[key] = parent
        scores[key] = scores.get(key, 0.0) + weight
        grand = parent.parent
        if grand is not None and grand.tag not in ("html", "-document"):
            gkey = grand.mem_id
            nodes[gkey] = grand
            scores[gkey] = scores.get(gkey, 0.0) + weight / 2
    if not scores:
        return None
    # Prefer the deeper element on ties so that headers outside the text stay out.
    best = max(scores, key=lambda k: scores[k])
    return nodes[best]


def children(node: Node) -> list[Node]:
    """Element children; loose text becomes part of no child (it is rare in content)."""
    out: list[Node] = []
    child = node.child
    while child is not None:
        if not (child.tag or "-").startswith("-") or (
            child.tag == "-text" and (child.text_content or "").strip()
        ):
            out.append(child)
        child = child.next
    return out


def outer_html(nodes: list[Node]) -> str:
    parts = []
    for n in nodes:
        if n.tag == "-text":
            text = (n.text_content or "").strip()
            if text:
                parts.append(f"<p>{_escape(text)}</p>")
        else:
            parts.append(n.html or "")
    return "\n".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def json_ld_objects(tree: HTMLParser) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page (``@graph`` members included); bad JSON is skipped."""
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(deep=True) or "")
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if "@graph" in item:
                    stack.append(item["@graph"])


def meta_content(tree: HTMLParser, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"]') or tree.css_first(f'meta[name="{name}"]')
        if node is not None:
            value = str(node.attributes.get("content") or "").strip()
            if value:
                return value
    return None


def main_text_html(html: str) -> str:
    """The main text of an ordinary web page (blog post, news page) as HTML."""
    tree = HTMLParser(html)
    strip_never_content(tree)
    root = tree.body
    if root is None:
        return ""
    strip_chrome(root)
    container = best_container(root)
    if container is None:
        return ""
    kept = [c for c in children(container) if c.tag != "h1"]
    return outer_html(kept)
