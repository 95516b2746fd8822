"""Notes are Markdown; this renders them to HTML for the notes panel and for PDFs.

Raw HTML written in a note is shown as text, never interpreted: the Markdown parser's
HTML block and inline-HTML rules are switched off, so ``<script>`` or ``<b>`` in a note
come out as the characters typed. The result then passes an allow-list sanitizer
(nh3): the tags Markdown makes, no images (they would load from the network), and
links only to http(s) and mailto addresses.
"""

from __future__ import annotations

import markdown
import nh3

NOTE_TAGS = {
    "p", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a", "br", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip


def _parser() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def render_note(text: str) -> str:
    """Safe HTML for a Markdown note (empty string for an empty note)."""
    if not text.strip():
        return ""
    html = _parser().convert(text)
    return nh3.clean(html, tags=NOTE_TAGS, url_schemes={"http", "https", "mailto"}, link_rel=None)
