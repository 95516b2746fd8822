import hashlib
import re
from urllib.parse import urljoin

from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from reader.export.highlight import text_map
from reader.model.text import BLOCK_TAGS, CELL_TAGS, SPACE_CHARS
from reader.sync.ingest import (
    _collapsed,
    _lines,
    _tree_text,
    build_document,
    clean_line,
    html_to_text,
    inner_html,
    prepare_html,
    resolve,
    sanitize,
)
from tests.conftest import FETCHED


def test_sanitize_drops_active_content_and_keeps_structure() -> None:
    raw = (
        '<h2 onclick="x()">1. Heading</h2><script>alert(1)</script><style>p{}</style>'
        '<p style="color:red">Text <a href="javascript:evil()">bad</a> '
        '<a href="https://example.org/a/x">good</a><sup>[1]</sup></p>'
        "<iframe src='https://evil'></iframe><table><thead><tr><th>A</th></tr></thead>"
        "<tbody><tr><td>1</td></tr></tbody></table><blockquote>Quoted</blockquote>"
        '<ol class="footnotes"><li id="fn1">Note</li></ol><form><input></form>'
    )
    clean = sanitize(raw)
    for gone in ("script", "alert", "onclick", "style", "javascript", "iframe", "<form", "<input"):
        assert gone not in clean
    for kept in (
        "<h2>",
        "<table>",
        "<th>",
        "<blockquote>",
        "<sup>[1]</sup>",
        'id="fn1"',
        'href="https://example.org/a/x"',
    ):
        assert kept in clean


def test_text_has_one_line_per_block_and_joins_inline() -> None:
    html = "<h2>1. Title</h2><p>Hello <b>bold</b>   world</p><ul><li>one</li><li>two</li></ul>"
    assert html_to_text(html) == "1. Title\nHello bold world\none\ntwo"


def test_table_cells_are_separated() -> None:
    assert html_to_text("<table><tr><td>a</td><td>b</td></tr></table>") == "a b"


def test_images_are_stored_and_rewritten() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 50

    def fetch(src: str) -> tuple[bytes, str, str] | None:
        return (png, "image/png", "https://ex.org/i.png") if src == "i.png" else None

    prepared = prepare_html('<p><img src="i.png" alt="A"><img src="missing.png"></p>', fetch)
    digest = hashlib.sha256(png).hexdigest()
    assert f'src="asset:{digest}"' in prepared.html
    assert 'src="missing.png"' in prepared.html  # left as is; the view never loads it
    assert [a.sha256 for a in prepared.assets] == [digest]


def test_non_images_and_oversized_assets_are_refused() -> None:
    def fetch(src: str) -> tuple[bytes, str, str] | None:
        if src == "page.html":
            return (b"<html>", "text/html", src)
        return (b"0" * (9 * 1024 * 1024), "image/png", src)

    prepared = prepare_html('<img src="page.html"><img src="huge.png">', fetch)
    assert prepared.assets == ()


def test_titles_are_plain_text() -> None:
    assert clean_line("  <b>A</b> &amp;\n B  ") == "A & B"


def test_content_hash_tracks_content_only() -> None:
    a, _, _ = build_document(
        lang="en", title="T", summary="S", raw_html="<p>x</p>", url="u1", fetched_at=FETCHED
    )
    b, _, _ = build_document(
        lang="en",
        title="T",
        summary="S",
        raw_html="<p>x</p>",
        url="u2",
        fetched_at=FETCHED,
        etag='"e"',
    )
    c, _, _ = build_document(
        lang="en", title="T", summary="S", raw_html="<p>y</p>", url="u1", fetched_at=FETCHED
    )
    assert a.content_hash == b.content_hash != c.content_hash


@given(st.text(alphabet=" \t\r\f\v\u00a0\n\u2003\u3000ab中", max_size=40))
def test_space_runs_collapse_as_the_text_rules_say(text: str) -> None:
    # reader/model/text.py: runs of SPACE_CHARS become one space; line breaks stay.
    assert _collapsed(text) == re.sub(f"[{SPACE_CHARS}]+", " ", text)


_SCHEMES = st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "//", "", "/"])
_HOSTS = st.sampled_from(["a.example", "", "[::1", "é.example", "a.example:8080", "u@a"])
_TAILS = st.lists(
    st.sampled_from(["/", "b", "?", "#", ";", "=", ".", "..", " ", "\t", "\n", "%20", "法", "x"]),
    max_size=6,
).map("".join)
_ADDRESSES = st.tuples(_SCHEMES, _HOSTS, _TAILS).map("".join)
_BASES = st.sampled_from(
    [
        "https://site.example/a/b",
        "http://site.example/",
        "https://site.example/x?y#z",
        "",
        "HTTPS://Site.Example:8080",
        "ftp://site.example/a",
        " https://u@site.example/a",
        "https:///a",
    ]
)


@settings(max_examples=1000)
@given(_BASES, _ADDRESSES)
@example("https://site.example/", "https://a.example/b?#c")  # an empty query is dropped
@example("https://site.example/", "https://a.example/b?")
@example("https://site.example/", "https://a.example/b#")
@example("https://site.example/", "https://a.example/b;")  # so are empty parameters
@example("https://site.example/", "https://a.example/b\tc")  # and tabs and line breaks
@example("https://site.example/", "https:///b")  # no host: a path on the base's host
@example("https://site.example/a", "https://a.example/b?x#y;z")
@example("https://site.example/a/b", "/x/y?q#f")  # from the root of the base's site
@example("HTTPS://Site.Example:8080/a", "/x")  # (the scheme in lower case, the host as given)
@example("https://site.example/a/b", "/x/./y")  # steps urljoin removes
@example("https://site.example/a/b", "/x/../y")
@example("https://site.example/a/b", "/x#y/../z")  # (not in the fragment)
@example("https://site.example/a/b", "/.well-known/x")
@example("https://site.example/a/b", "/x;p")
@example("https://site.example/a/b", "/x?")
@example("https://site.example/a/b", "//a.example/x")  # another host
@example("ftp://site.example/a", "/x")
@example("", "/x")
@example(" https://site.example/a", "/x")
@example("https://[::1/a", "/x")  # a base urljoin refuses
def test_resolving_an_address_agrees_with_urljoin(base: str, value: str) -> None:
    # resolve() skips urljoin for addresses it would return unchanged; the answers must
    # be the same whenever urljoin has one.
    try:
        expected = urljoin(base, value)
    except ValueError:  # e.g. an unclosed [ in the host: urljoin refuses it
        expected = value  # and the address stays as written
    assert resolve(base, value) == expected


@given(
    st.text(alphabet=st.sampled_from(list("ab .,\n\t\x0b\x0c\u00a0\u3000\u200b法\ufeff>\"'")))
    | st.text()
)
@example("one\rtwo\r\nthree")  # the parser turns carriage returns into line breaks
@example("a\x00b")  # and drops NUL characters
@example("fish &amp; chips")
@example("a <b>bold</b> word")
def test_text_without_markup_is_read_as_the_parser_would(text: str) -> None:
    # html_to_text() skips the parser for a string with nothing for it to do (no tag,
    # no entity, no carriage return or NUL); the parser must agree.
    assert html_to_text(text) == _lines(_tree_text(text))


def test_a_link_that_cannot_be_resolved_stays_as_written() -> None:
    raw = '<p><a href="//[::1/x">broken</a> <a href="/y">fine</a></p>'
    html = prepare_html(raw, base_url="https://site.example/post/").html
    assert 'href="//[::1/x"' in html and 'href="https://site.example/y"' in html
    # A base no one can read leaves every address as written.
    html = prepare_html('<a href="/y">y</a>', base_url="https://[site.example/").html
    assert 'href="/y"' in html


def test_addresses_are_resolved_and_trimmed_as_before() -> None:
    raw = (
        '<p><a href=" https://a.example/x ">one</a> <a href="/rel">two</a> '
        '<a href="https://a.example/y">three</a> <img src=" /i.png "></p>'
    )
    html = prepare_html(raw, base_url="https://site.example/post/").html
    assert 'href="https://a.example/x"' in html  # the spaces went, as urljoin took them
    assert 'href="https://site.example/rel"' in html
    assert 'href="https://a.example/y"' in html
    assert 'src="https://site.example/i.png"' in html


@given(
    st.lists(
        st.sampled_from(
            ["<p>a</p>", "b", "<!-- c -->", "<br>", "<body class=x>", "&amp;", "<table><td>d"]
        ),
        max_size=6,
    ).map("".join)
)
def test_the_inside_of_the_body_is_each_child_in_turn(raw: str) -> None:
    tree = HTMLParser(f"<body>{raw}</body>")
    body = tree.body
    assert body is not None
    children = []
    child = body.child
    while child is not None:
        children.append(child.html or "")
        child = child.next
    assert inner_html(tree) == "".join(children)


_MARKUP = st.sampled_from(
    [
        '<a href="/1">',
        '<a href="">',
        "<a>",
        "</a>",
        "<a href>",
        '<A HREF="/2">',
        '<img src="i.png">',
        "<img>",
        '<svg><a href="/3">',
        "</svg>",
        '<math><img src="m.png">',
        "</math>",
        "<p>",
        "t",
        "<table>",
    ]
)


@given(st.lists(_MARKUP, max_size=10).map("".join))
def test_links_and_images_are_looked_up_as_a_selector_finds_them(raw: str) -> None:
    # _absolutize and _localize_images take elements by name and skip those without the
    # address: the same elements, in the same order, as the selectors a[href], img[src].
    tree = HTMLParser(f"<body>{raw}</body>")
    for tag, attr in (("a", "href"), ("img", "src")):
        by_name = [n.html for n in tree.tags(tag) if n.attributes.get(attr)]
        assert by_name == [n.html for n in tree.css(f"{tag}[{attr}]") if n.attributes.get(attr)]


def _tree_text_by_recursion(html: str) -> str:
    """The definition the walk follows, written as the recursion it replaced."""
    tree = HTMLParser(f"<body>{html}</body>")
    out: list[str] = []

    def walk(node: Node) -> None:
        child = node.child
        while child is not None:
            tag = child.tag or ""
            if tag == "-text":
                out.append(child.text_content or "")
            elif tag in BLOCK_TAGS:
                out.append("\n")
                walk(child)
                out.append("\n")
            elif tag in CELL_TAGS:
                out.append(" ")
                walk(child)
            elif not tag.startswith("-"):
                walk(child)
            child = child.next

    if tree.body is not None:
        walk(tree.body)
    return "".join(out)


_NESTED = st.recursive(
    st.sampled_from(["a", " b ", "&amp; c", "<!-- d -->", "<br>", "<hr>", "\n", "e\u00a0f"]),
    lambda inner: st.tuples(
        st.sampled_from(
            ["p", "div", "span", "td", "th", "tr", "table", "li", "ul", "b", "h2", "blockquote"]
        ),
        st.lists(inner, max_size=4),
    ).map(lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"),
    max_leaves=25,
)


@settings(max_examples=300)
@given(st.lists(_NESTED, max_size=4).map("".join))
def test_the_text_walk_follows_its_definition(html: str) -> None:
    # The walk keeps a stack instead of recursing; the text is the same, and the
    # reading view's highlights derive the same text from the same HTML.
    assert _tree_text(html) == _tree_text_by_recursion(html)
    body = HTMLParser(f"<body>{html}</body>").body
    assert body is not None and text_map(body).text == html_to_text(html)


def test_elements_nested_thousands_deep_are_read() -> None:
    raw = "<div>" * 5000 + "<p>deep <b>text</b></p>" + "</div>" * 5000 + "<p>after</p>"
    prepared = prepare_html(raw)
    assert prepared.text == "deep text\nafter"
    body = HTMLParser(f"<body>{prepared.html}</body>").body
    assert body is not None and text_map(body).text == prepared.text
