"""How a document's plain text is cut from its HTML: shared by ingest, which stores
the text, and by the exporters, which find annotated passages in the HTML again.

One line per block element; table cells separated by a space; runs of the space
characters below collapsed to one; lines stripped; empty lines dropped.
"""

from __future__ import annotations

# fmt: off
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead",
    "tr", "ul",
})
# fmt: on
CELL_TAGS = frozenset({"td", "th"})
SPACE_CHARS = " \t\r\f\v\u00a0"
"""The characters collapsed (a regular-expression character class body)."""
