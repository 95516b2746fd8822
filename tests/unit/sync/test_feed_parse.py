import pytest

from reader.sync.sources.feed import FeedError, has_full_content, item_slug, parse_feed

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


def test_atom() -> None:
    feed = parse_feed(ATOM, "https://b.example/feed")
    (entry,) = feed.items
    assert feed.lang == "zh-cn" and entry.title == "法院新规"
    assert entry.content_html == "<p>正文。</p>" and entry.authors == ("李明",)


def test_malformed_and_non_feeds_are_clear_errors() -> None:
    with pytest.raises(FeedError, match="not well-formed"):
        parse_feed(b"<rss><channel><item><title>x</item></rss>", "u")
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<?xml version='1.0'?><svg/>", "u")
    page = b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed/"></head></html>'
    with pytest.raises(FeedError, match=r"names its feed at https://b\.example/feed/"):
        parse_feed(page, "https://b.example/blog")
