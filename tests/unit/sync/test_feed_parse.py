import urllib.request
import xml.etree.ElementTree as ET

import pytest

from reader.sync.ingest import html_to_text
from reader.sync.sources.feed import (
    _NS,
    _SLICE,
    _XML_LANG,
    FeedError,
    FeedItem,
    FeedReader,
    _atom_entry,
    _date,
    _lang,
    _rss_item,
    _text,
    has_full_content,
    item_slug,
    parse_feed,
)
from tests.fixtures.feeds import FeedFixtureServer, generated_feed

RSS = (
    b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>NPC Watch</title><language>en-US</language>
<item><title>Law &amp; order</title><link>/2024/05/01/law-and-order/</link>
<guid isPermaLink="false">p=1</guid><pubDate>Wed, 01 May 2024 10:00:00 +0000</pubDate>
<dc:creator>Jane Roe</dc:creator><category>Legislation</category>
<description>Short excerpt.</description>
<content:encoded><![CDATA[<p>Full text of the post, long enough to be the real thing. """
    + b"x " * 300
    + b"""</p>]]></content:encoded>
</item>
<item><title>No date</title><link>https://npc.example/p/2</link><description>Only an excerpt.</description></item>
</channel></rss>"""
)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><title>博客</title>
<entry><title>法院新规</title><id>tag:x,2024:1</id><link rel="alternate" href="https://b.example/a/1"/>
<published>2024-06-02T08:00:00Z</published><author><name>李明</name></author>
<content type="html">&lt;p&gt;正文。&lt;/p&gt;</content></entry></feed>""".encode()


def test_rss_with_full_content() -> None:
    feed = parse_feed(RSS, "https://npc.example/feed/")
    assert feed.title == "NPC Watch" and feed.lang == "en"
    first, second = feed.items
    assert first.title == "Law & order"
    assert first.link == "https://npc.example/2024/05/01/law-and-order/"
    assert item_slug(first) == "2024/05/01/law-and-order"
    assert first.published is not None and first.published.isoformat() == "2024-05-01"
    assert first.authors == ("Jane Roe",) and first.categories == ("Legislation",)
    assert has_full_content(first)
    assert second.published is None and not has_full_content(second)


def test_rss_item_fields_follow_the_usual_rules() -> None:
    feed = parse_feed(
        b"""<?xml version="1.0"?><rss version="2.0"
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
        <item><title>First</title><title>Second</title><link>/a</link><category>x</category>
          <category> </category><category>y</category><author>An Author</author>
          <dc:date>2024-01-02</dc:date><content:encoded>one</content:encoded>
          <content:encoded>two</content:encoded></item>
        <item><guid>g-2</guid><link>/b</link><dc:creator>A</dc:creator><dc:creator/>
          <dc:creator>B</dc:creator><author>not used</author>
          <pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate><dc:date>2023-01-01</dc:date></item>
        </channel></rss>""",
        "https://blog.example/feed/",
    )
    first, second = feed.items
    # The first of an element named twice; every category and creator, blanks dropped.
    assert first.title == "First" and first.content_html == "one"
    assert first.categories == ("x", "y") and first.authors == ("An Author",)
    assert first.guid == first.link == "https://blog.example/a"
    assert first.published is not None and first.published.isoformat() == "2024-01-02"
    # Dublin Core creators come before <author>; <pubDate> before dc:date.
    assert second.authors == ("A", "B") and second.guid == "g-2"
    assert second.published is not None and second.published.isoformat() == "2024-01-02"
    rdf = parse_feed(
        b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>C</title></channel>
        <item><title>R1</title><link>/r1</link><description>d</description>
          <dc:date>2024-03-04</dc:date><dc:creator>Z</dc:creator></item></rdf:RDF>""",
        "https://rdf.example/feed",
    )
    (item,) = rdf.items
    assert (item.title, item.link, item.summary_html, item.authors) == (
        "R1",
        "https://rdf.example/r1",
        "d",
        ("Z",),
    )
    assert item.published is not None and item.published.isoformat() == "2024-03-04"


def test_an_item_whose_link_cannot_be_read_is_kept() -> None:
    feed = parse_feed(
        b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>Broken</title><link>//[::1/x</link><guid>g-1</guid></item>
        <item><title>Fine</title><link>/ok</link></item></channel></rss>""",
        "https://blog.example/feed/",
    )
    broken, fine = feed.items
    assert broken.link == "//[::1/x" and item_slug(broken).startswith("item-")
    assert fine.link == "https://blog.example/ok" and item_slug(fine) == "ok"


def test_a_permalink_guid_stands_in_for_a_missing_link() -> None:
    feed = parse_feed(
        b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>A</title><guid>https://b.example/2024/a-ruling</guid></item>
        <item><title>B</title><guid isPermaLink="false">https://b.example/?p=7</guid></item>
        <item><title>C</title><guid>tag:b.example,2024:c</guid></item>
        </channel></rss>""",
        "https://b.example/feed/",
    )
    a, b, c = feed.items
    assert a.link == "https://b.example/2024/a-ruling" and item_slug(a) == "2024/a-ruling"
    assert b.link == "" and b.guid == "https://b.example/?p=7"  # not an address, it says
    assert c.link == "" and item_slug(c).startswith("item-")


def test_items_with_neither_link_nor_guid_stay_apart() -> None:
    # RSS asks only for a title or a description: such items must not become one, and
    # each keeps its key when the feed changes around it.
    def read(*items: bytes) -> tuple[FeedItem, ...]:
        body = b"".join(b"<item>" + item + b"</item>" for item in items)
        return parse_feed(
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            + body
            + b"</channel></rss>",
            "https://blog.example/feed/",
        ).items

    one = b"<title>One</title><description>first</description>"
    two = b"<title>Two</title><description>second</description>"
    first, second = read(one, two)
    assert first.link == second.link == "" and first.guid == second.guid == ""
    assert item_slug(first) != item_slug(second) and item_slug(first).startswith("item-")
    _, first_again, _ = read(b"<title>Three</title>", one, two)
    assert item_slug(first_again) == item_slug(first)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Wed, 01 May 2024 10:00:00 +0800", "2024-05-01"),  # RSS
        ("2024-05-01T10:00:00+08:00", "2024-05-01"),  # Atom
        ("2024-05-01 10:00:00", "2024-05-01"),
        ("2024/05/01", "2024-05-01"),  # as Chinese sites write them
        ("2024-5-1", "2024-05-01"),
        ("2024.5.1", "2024-05-01"),
        ("2024年5月1日", "2024-05-01"),
        ("2024年05月01日 10:00", "2024-05-01"),
        ("2024-02-30", None),
        ("soon", None),
        ("", None),
    ],
)
def test_item_dates(raw: str, expected: str | None) -> None:
    found = _date(raw)
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        ("zh-CN", "zh-cn"),
        ("zh-Hans-CN", "zh-cn"),
        ("zh", "zh-cn"),
        ("zh_TW", "zh-tw"),
        ("zh-HK", "zh-tw"),
        ("zh-MO", "zh-tw"),
        ("zh-Hant", "zh-tw"),
        ("zh-Hant-TW", "zh-tw"),
        ("en-US", "en"),
        ("", "en"),
    ],
)
def test_feed_languages(code: str, lang: str) -> None:
    assert _lang(code) == lang


def test_atom() -> None:
    feed = parse_feed(ATOM, "https://b.example/feed")
    (entry,) = feed.items
    assert feed.lang == "zh-cn" and entry.title == "法院新规"
    assert entry.content_html == "<p>正文。</p>" and entry.authors == ("李明",)


def test_atom_text_constructs_of_each_type() -> None:
    feed = parse_feed(
        b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
        <entry><id>tag:x,2024:1</id><title>X</title><link href="https://b.example/x"/>
        <summary>Plain text: a &lt;b&gt; is not bold &amp; stays text</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Lead
          <p xml:lang="en">One with <a href="/y">a link</a>.<br/>Two.</p><p>Three</p>
        </div></content></entry></feed>""",
        "https://b.example/feed",
    )
    (item,) = feed.items
    # xhtml: the markup inside the div, as HTML (before, only its text was kept).
    assert item.content_html is not None
    assert '<p>One with <a href="/y">a link</a>.<br>Two.</p><p>Three</p>' in item.content_html
    assert html_to_text(item.content_html) == "Lead\nOne with a link.\nTwo.\nThree"
    # text (the default): what looks like markup is text.
    assert html_to_text(item.summary_html) == "Plain text: a <b> is not bold & stays text"


def _declared(encoding: str, title: str, extra: bytes = b"") -> bytes:
    head = f'<?xml version="1.0" encoding="{encoding}"?>'
    body = f"<rss version='2.0'><channel><title>{title}</title><item><title>{title}</title>"
    tail = "<link>https://b.example/x</link></item></channel></rss>"
    return head.encode("ascii") + body.encode(encoding) + extra + tail.encode("ascii")


@pytest.mark.parametrize(
    ("encoding", "title"),
    [
        ("gb2312", "最高人民法院"),
        ("GBK", "朱镕基的判决"),  # 镕 is in GBK, not in GB2312
        ("big5", "司法院"),
        ("shift_jis", "最高裁判所"),
        ("euc-kr", "대법원"),
        ("windows-1252", "Café – €"),
        ("koi8-r", "Верховный суд"),
    ],
)
def test_feeds_in_other_character_encodings(encoding: str, title: str) -> None:
    feed = parse_feed(_declared(encoding, title), "https://b.example/feed")
    assert feed.title == title and feed.items[0].title == title


def test_a_feed_labelled_gb2312_may_carry_gbk_characters() -> None:
    data = _declared("gbk", "朱镕基").replace(b'encoding="gbk"', b'encoding="gb2312"')
    assert parse_feed(data, "https://b.example/feed").items[0].title == "朱镕基"


def test_a_byte_that_does_not_decode_costs_one_character() -> None:
    data = _declared("gbk", "法院", extra=b"<description>a\xff b</description>")
    (item,) = parse_feed(data, "https://b.example/feed").items
    assert item.title == "法院" and item.summary_html == "a\ufffd b"


def test_without_a_declaration_the_http_charset_is_used() -> None:
    data = _declared("gbk", "法院").replace(b' encoding="gbk"', b"")
    feed = parse_feed(data, "https://b.example/feed", "application/rss+xml; charset=GBK")
    assert feed.items[0].title == "法院"
    # Without either, XML's default: UTF-8.
    assert parse_feed(_declared("utf-8", "法院"), "https://b.example/feed").title == "法院"


@pytest.mark.parametrize("before", [b"\n", b"  \r\n\n", b"\xef\xbb\xbf\n"])
def test_blank_lines_before_the_xml_declaration_are_forgiven(before: bytes) -> None:
    feed = parse_feed(before + _declared("utf-8", "法院"), "https://b.example/feed")
    assert feed.items[0].title == "法院"


def test_a_stray_windows_1252_byte_in_a_utf8_feed_costs_nothing() -> None:
    items = b"".join(
        b"<item><title>" + title + b"</title><link>https://b.example/" + slug + b"</link></item>"
        for title, slug in [
            (b"First", b"1"),
            (b"The court\x92s ruling", b"2"),  # \x92: windows-1252's right quote
            ("第三".encode(), b"3"),
        ]
    )
    data = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T'
    data += b"</title>" + items + b"</channel></rss>"
    titles = [item.title for item in FeedReader(data, "https://b.example/feed").items()]
    assert titles == ["First", "The court\u2019s ruling", "第三"]


def test_a_stray_byte_deep_in_a_large_feed_costs_nothing_either() -> None:
    # The fault is met after the first items were given: they are not given twice.
    filler = b"<description>" + b"x" * 2000 + b"</description>"
    items = [
        b"<item><title>Item " + str(n).encode() + (b" \x96 dash" if n == 50 else b"")
        + b"</title><link>https://b.example/" + str(n).encode() + b"</link>" + filler
        + b"</item>"
        for n in range(60)
    ]  # fmt: skip
    data = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T'
    data += b"</title><language>en</language>" + b"".join(items) + b"</channel></rss>"
    assert data.index(b"\x96") > _SLICE  # past the first slice the parser reads
    titles = [item.title for item in FeedReader(data, "https://b.example/feed").items()]
    assert titles == [f"Item {n}" + (" \u2013 dash" if n == 50 else "") for n in range(60)]


def test_a_gbk_feed_that_calls_itself_utf8_is_read() -> None:
    data = _declared("gbk", "最高人民法院的司法解释").replace(
        b'encoding="gbk"', b'encoding="utf-8"'
    )
    assert parse_feed(data, "https://b.example/feed").items[0].title == "最高人民法院的司法解释"


def test_html_entities_and_bare_ampersands_are_mended() -> None:
    # Neither is XML, both are everywhere: each used to cost the whole feed.
    data = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Court&nbsp;rules &mdash; AT&T &amp; co &AMP; &unknown; &#8217;</title>"
        b"<link>https://b.example/1?a=1&b=2</link>"
        b"<description><![CDATA[<p>Kept &nbsp; as HTML & as is</p>]]></description></item>"
        b"<item><title>Second</title><link>https://b.example/2</link></item>"
        b"</channel></rss>"
    )
    first, second = parse_feed(data, "https://b.example/feed").items
    assert first.title == "Court\u00a0rules \u2014 AT&T & co & &unknown; \u2019"
    assert first.link == "https://b.example/1?a=1&b=2"
    assert first.summary_html == "<p>Kept &nbsp; as HTML & as is</p>"  # CDATA untouched
    assert second.title == "Second"


def test_an_unknown_encoding_is_read_as_utf8() -> None:
    data = _declared("utf-8", "法院").replace(b'encoding="utf-8"', b'encoding="x-nonsense"')
    assert parse_feed(data, "https://b.example/feed").items[0].title == "法院"


def test_malformed_and_non_feeds_are_clear_errors() -> None:
    with pytest.raises(FeedError, match="not well-formed"):
        parse_feed(b"<rss><channel><item><title>x</item></rss>", "u")
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<?xml version='1.0'?><svg/>", "u")
    page = b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed/"></head></html>'
    with pytest.raises(FeedError, match=r"names its feed at https://b\.example/feed/"):
        parse_feed(page, "https://b.example/blog")
    with pytest.raises(FeedError, match="JSON Feed"):
        parse_feed(b' {"version": "https://jsonfeed.org/version/1.1", "items": []}', "u")
    with pytest.raises(FeedError, match="nothing at all"):
        parse_feed(b" \n", "u")


def _whole(data: bytes, url: str) -> tuple[str, list[FeedItem]]:
    """The feed read in one piece, as before items were read while parsing."""
    root = ET.fromstring(data)
    if root.tag == "rss":
        channel = root.find("channel")
        assert channel is not None
        lang = _lang(_text(channel.find("language")))
        return lang, [_rss_item(i, url) for i in channel.findall("item")]
    return _lang(root.get(_XML_LANG, "")), [
        _atom_entry(e, url) for e in root.findall("atom:entry", _NS)
    ]


@pytest.mark.parametrize("kind", ["rss", "atom", "excerpt"])
def test_reading_while_parsing_gives_what_the_whole_document_gives(kind: str) -> None:
    # Larger than one slice of the parser, so items are given between slices.
    items = generated_feed(400)
    with FeedFixtureServer(items) as server:
        data = urllib.request.urlopen(server.feed_url(kind)).read()
    assert len(data) > 3 * _SLICE
    feed = parse_feed(data, server.feed_url(kind))
    assert (feed.lang, list(feed.items)) == _whole(data, server.feed_url(kind))
    assert len(feed.items) == 400


def test_a_language_named_after_the_items_still_applies_to_them() -> None:
    late = RSS.replace(b"<language>en-US</language>", b"").replace(
        b"</channel>", b"<language>zh-CN</language></channel>"
    )
    reader = FeedReader(late, "https://npc.example/feed/")
    langs = [reader.lang for _ in reader.items()]
    assert langs == ["zh-cn", "zh-cn"]
    unnamed = RSS.replace(b"<language>en-US</language>", b"")
    reader = FeedReader(unnamed, "https://npc.example/feed/")
    assert len(list(reader.items())) == 2 and reader.lang == "en"


def test_a_feed_broken_half_way_gives_the_items_before_the_break() -> None:
    data = RSS.replace(b"</channel></rss>", b"<item><title>cut</titl")
    reader = FeedReader(data, "https://npc.example/feed/")
    got: list[str] = []
    with pytest.raises(FeedError, match="not well-formed"):
        got.extend(item.title for item in reader.items())
    assert got == ["Law & order", "No date"]


def test_only_the_first_channel_is_read() -> None:
    second = b"<channel><language>fr</language><item><title>Other</title></item></channel>"
    two = RSS.replace(b"</channel></rss>", b"</channel>" + second + b"</rss>")
    feed = parse_feed(two, "https://npc.example/feed/")
    assert [i.title for i in feed.items] == ["Law & order", "No date"]
    assert (feed.title, feed.lang) == ("NPC Watch", "en")
