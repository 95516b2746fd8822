from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from reader.sync.http import decode_body, parse_retry_after


def test_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("3") == 3.0
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= (parse_retry_after(later) or 0) <= 31
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_charset_from_header_only() -> None:
    body = "“Judgment” costs 5 € — café".encode("cp1252")
    assert decode_body(body, "text/html; charset=windows-1252") == "“Judgment” costs 5 € — café"


def test_wrong_utf8_declaration_falls_back_to_cp1252() -> None:
    body = b'<meta charset="utf-8"><p>' + "“quoted” café".encode("cp1252") + b"</p>"
    assert "“quoted” café" in decode_body(body, "text/html; charset=utf-8")


def test_single_byte_declaration_on_utf8_text_is_overruled() -> None:
    body = "<p>最高人民法院</p>".encode()
    assert "最高人民法院" in decode_body(body, "text/html; charset=iso-8859-1")


def test_meta_charset_and_default() -> None:
    gbk = '<meta charset="gbk"><p>法院</p>'.encode("gbk")
    assert "法院" in decode_body(gbk, "text/html")
    assert decode_body("plain ü".encode(), "") == "plain ü"
    assert decode_body(b"\xef\xbb\xbfBOM text", "") == "BOM text"


def test_chinese_labels_are_read_as_the_wider_encodings_sites_send() -> None:
    # 镕 is in GBK and GB18030 but not in GB2312, which the page claims.
    page = '<meta charset="gb2312"><p>朱镕基 总理</p>'.encode("gbk")
    assert "朱镕基 总理" in decode_body(page, "text/html")
    assert "朱镕基 总理" in decode_body(page, "text/html; charset=GB2312")
    hk = '<meta charset="big5"><p>香港 𨋢</p>'.encode("big5hkscs")  # 𨋢: HKSCS only
    assert "香港 𨋢" in decode_body(hk, "text/html")


def test_a_bad_byte_in_an_east_asian_page_costs_one_character() -> None:
    page = '<meta charset="gbk"><p>最高人民法院</p>'.encode("gbk").replace(b"<p>", b"<p>\xff")
    assert "\ufffd最高人民法院" in decode_body(page, "text/html")


def test_a_gbk_page_labelled_otherwise_or_not_at_all_is_read_as_chinese() -> None:
    text = "<p>最高人民法院关于适用《民事诉讼法》的解释，第3条。朱镕基</p>" * 3
    gbk = text.encode("gbk")
    assert decode_body(gbk, "") == text
    assert decode_body(b'<meta charset="utf-8">' + gbk, "").endswith(text)


def test_windows_1252_text_is_not_taken_for_chinese() -> None:
    # Accented letters come alone between ASCII letters; GBK characters come in pairs.
    text = "<p>Für die Straße: Grüße aus Zürich, naïve café résumé über Öl.</p>" * 3
    assert decode_body(text.encode("cp1252"), "text/html; charset=utf-8") == text


def test_a_single_byte_server_default_gives_way_to_the_pages_own_charset() -> None:
    # Java servers answer ISO-8859-1 unless told otherwise; the page says gb2312.
    page = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>法院</p>'
    body = page.encode("gbk")
    assert "<p>法院</p>" in decode_body(body, "text/html; charset=ISO-8859-1")
    # Without a declaration in the page, the bytes themselves tell.
    bare = ("<p>最高人民法院关于适用民事诉讼法的解释</p>" * 2).encode("gbk")
    assert decode_body(bare, "text/html; charset=ISO-8859-1").startswith("<p>最高人民法院")
    # A real windows-1252 page keeps its header's charset.
    assert decode_body("<p>café</p>".encode("cp1252"), "text/html; charset=ISO-8859-1") == (
        "<p>café</p>"
    )
