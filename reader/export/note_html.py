"""Notes are Markdown; this renders them to HTML for the notes panel and for PDFs.

Raw HTML written in a note is shown as text, never interpreted: the Markdown parser's
HTML block and inline-HTML rules are switched off, so ``<script>`` or ``<img src=…>``
in a note come out escaped. Links keep only http(s) and mailto targets.
"""

from __future__ import annotations

import re

import markdown

_SAFE_LINK = re.compile(r'href="(?!https?:|mailto:)[^"]*"', re.IGNORECASE)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


def _parser() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def render_note(text: str) -> str:
    """HTML for a Markdown note (empty string for an empty note)."""
    if not text.strip():
        return ""
    html = _parser().convert(text)
    # Images would load from the network; links to anything but the web lose their
    # target (javascript:, file: …).
    html = _IMG.sub("", html)
    return _SAFE_LINK.sub("", html)
