"""Notes are Markdown; raw HTML in them is shown, never interpreted."""

from __future__ import annotations

from reader.export.note_html import render_note


def test_markdown_is_rendered() -> None:
    html = render_note("**Key** point, see *Art. 289*:\n\n- first\n- second")
    assert "<strong>Key</strong>" in html and "<em>Art. 289</em>" in html
    assert "<li>first</li>" in html
    assert render_note("   ") == ""


def test_raw_html_is_text_and_links_are_safe() -> None:
    html = render_note(
        'SPC <script>alert(1)</script> <img src="http://x/y.png"> <b onclick="x()">b</b>\n\n'
        "[web](https://example.org) [bad](javascript:alert(1)) ![pic](http://x/y.png)"
    )
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and "<b" not in html.replace("<blockquote", "")
    assert 'href="https://example.org"' in html
    assert "javascript:" not in html
