"""A polite, bounded HTTP client for sync.

* identifies itself with a User-Agent naming the app and its version;
* honours robots.txt (and its Crawl-delay) per host;
* keeps at most ``max_in_flight`` requests per host and spaces request starts by
  ``min_interval`` seconds;
* retries timeouts, dropped connections, 5xx and 429 with exponential backoff, honouring
  Retry-After (up to a cap);
* sends conditional requests (If-None-Match / If-Modified-Since) when given validators;
* caps the body (decompressed too: the client inflates gzip itself, so a gzip bomb is
  cut at the cap), the number of redirects, and checks robots.txt on every hop.

Every wait is interruptible through the ``cancel`` event.
"""

from __future__ import annotations

import codecs
import email.utils
import functools
import random
import re
import ssl
import threading
import time
import urllib.robotparser
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from reader import APP_NAME, __version__
from reader.sync.transport import Answer, Transport, TransportError

DEFAULT_USER_AGENT = f"LexSinicaReader/{__version__} (+offline reader; {APP_NAME})"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A request that failed for good; ``kind`` says how, the message says it plainly."""

    def __init__(self, url: str, kind: str, detail: str, status: int | None = None) -> None:
        self.url = url
        self.kind = kind
        self.status = status
        super().__init__(f"{detail} ({url})")


class Cancelled(Exception):
    pass


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = DEFAULT_USER_AGENT
    max_in_flight: int = 4
    min_interval: float = 0.25
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    respect_robots: bool = True
    max_crawl_delay: float = 10.0


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def text(self) -> str:
        return decode_body(self.body, self.content_type)


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_loaded: bool = False
    delay: float = 0.0


class HttpClient:
    """Thread-safe; one per sync run."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.cancel = cancel or threading.Event()
        self._clock = clock
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._stats_lock = threading.Lock()
        self.requests = 0
        self.bytes = 0
        self._headers = {"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"}
        self._transport = Transport(self.policy.timeout, _ssl_context())

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- per-host politeness -------------------------------------------------------

    def _host(self, url: str) -> _Host:
        netloc = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            host = self._hosts.get(netloc)
            if host is None:
                host = _Host(threading.BoundedSemaphore(self.policy.max_in_flight))
                host.delay = self.policy.min_interval
                self._hosts[netloc] = host
        return host

    def _wait(self, seconds: float) -> None:
        if seconds > 0 and self.cancel.wait(seconds):
            raise Cancelled()
        if self.cancel.is_set():
            raise Cancelled()

    def _pace(self, host: _Host) -> None:
        with host.lock:
            now = self._clock()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
        self._wait(start - now)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch ``url`` (fetched once per host)."""
        if not self.policy.respect_robots:
            return True
        host = self._host(url)
        with host.lock:
            loaded = host.robots_loaded
        if not loaded:
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            parser = urllib.robotparser.RobotFileParser(robots_url)
            try:
                resp = self._request(robots_url, {}, host, check_robots=False)
                # No robots.txt (or an error page) means nothing is disallowed.
                parser.parse(resp.text().splitlines() if resp.status == 200 else [])
            except FetchError:
                parser.parse([])
            delay = parser.crawl_delay(self.policy.user_agent)
            with host.lock:
                host.robots = parser
                host.robots_loaded = True
                if delay:
                    host.delay = max(host.delay, min(float(delay), self.policy.max_crawl_delay))
        assert host.robots is not None
        return host.robots.can_fetch(self.policy.user_agent, url)

    # ---- requests ------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "text/html,application/xhtml+xml,*/*;q=0.8",
        max_bytes: int | None = None,
    ) -> Response:
        """GET with retries and redirects; a 304 is returned, other non-2xx raise."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen: list[str] = []
        current = url
        while True:
            if self.policy.respect_robots and not self.allowed(current):
                raise FetchError(current, "robots", "robots.txt does not allow this address")
            resp = self._with_retries(current, headers, max_bytes)
            if resp.status in (301, 302, 303, 307, 308):
                target = resp.headers.get("location")
                if not target:
                    raise FetchError(current, "http", "redirect without a Location", resp.status)
                seen.append(current)
                current = urljoin(current, target)
                if current in seen or len(seen) > self.policy.max_redirects:
                    raise FetchError(url, "redirects", "too many redirects (or a redirect loop)")
                continue
            if resp.status == 304 or 200 <= resp.status < 300:
                return Response(current, resp.status, resp.headers, resp.body)
            if resp.status == 407:
                raise FetchError(
                    current,
                    "http",
                    "the proxy refused the request: it wants a user name and password (407)",
                    resp.status,
                )
            raise FetchError(current, "http", f"the server answered {resp.status}", resp.status)

    def _with_retries(self, url: str, headers: dict[str, str], max_bytes: int | None) -> Response:
        host = self._host(url)
        attempt = 0
        while True:
            try:
                resp = self._request(url, headers, host, max_bytes=max_bytes)
            except FetchError as err:
                if err.kind not in ("timeout", "connection") or attempt >= self.policy.retries:
                    raise
                self._wait(self._backoff(attempt))
                attempt += 1
                continue
            if resp.status not in _RETRY_STATUS or attempt >= self.policy.retries:
                return resp
            delay = self._backoff(attempt)
            retry_after = parse_retry_after(resp.headers.get("retry-after"))
            if retry_after is not None:
                if retry_after > self.policy.max_retry_after:
                    raise FetchError(
                        url,
                        "http",
                        f"the server asked us to wait {retry_after:.0f} s; try later",
                        resp.status,
                    )
                delay = max(delay, retry_after)
            self._wait(delay)
            attempt += 1

    def _backoff(self, attempt: int) -> float:
        base: float = self.policy.backoff * 2.0**attempt
        return base * (0.75 + random.random() / 2)

    def _request(
        self,
        url: str,
        headers: dict[str, str],
        host: _Host,
        *,
        check_robots: bool = True,
        max_bytes: int | None = None,
    ) -> Response:
        cap = max_bytes or self.policy.max_bytes
        self._wait(0)

        def read(answer: Answer) -> bytes:
            length = answer.headers.get("content-length")
            if length and length.isdigit() and int(length) > cap and answer.status == 200:
                raise FetchError(url, "too-large", f"the page is larger than {cap} bytes")
            return _read_capped(answer, cap, url, self.cancel)

        with host.slots:
            self._pace(host)
            try:
                status, resp_headers, body = self._transport.get(
                    url, {**self._headers, **headers}, read
                )
            except TransportError as err:
                raise FetchError(url, err.kind, str(err)) from err
        with self._stats_lock:
            self.requests += 1
            self.bytes += len(body)
        return Response(url, status, resp_headers, body)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One verified TLS context for every run (loading the CA bundle takes 30-50 ms)."""
    return ssl.create_default_context()


def _read_capped(r: Answer, cap: int, url: str, cancel: threading.Event) -> bytes:
    encoding = r.headers.get("content-encoding", "").lower().strip()
    inflater = None
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    out = bytearray()
    for chunk in r.chunks:
        if cancel.is_set():
            raise Cancelled()
        if inflater is None:
            out += chunk
        else:
            try:
                # max_length bounds each step, so a bomb never inflates past the cap.
                out += inflater.decompress(chunk, cap + 1 - len(out))
                while inflater.unconsumed_tail and len(out) <= cap:
                    out += inflater.decompress(inflater.unconsumed_tail, cap + 1 - len(out))
            except zlib.error as err:
                raise FetchError(
                    url, "connection", f"the compressed body is damaged: {err}"
                ) from err
        if len(out) > cap:
            raise FetchError(url, "too-large", f"the page is larger than {cap} bytes")
    return bytes(out)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


# ---- character sets --------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_SINGLE_BYTE = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}


# Labels that sites use for more than they name: pages labelled GB2312 or GBK carry
# characters only GB18030 has (朱镕基's 镕 is not in GB2312), Big5 ones Hong Kong
# characters of Big5-HKSCS. Each wider encoding decodes everything the narrower one does.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}
# Multi-byte East Asian encodings: bytes declared in one of these that do not all decode
# are that encoding with a fault, not windows-1252.
_EAST_ASIAN = {
    "gb18030", "big5hkscs", "cp950", "shift_jis", "cp932", "euc_jp", "shift_jis_2004",
    "euc_jis_2004", "euc_jisx0213", "shift_jisx0213", "iso2022_jp", "euc_kr", "cp949",
    "johab", "hz",
}  # fmt: skip


def codec_for(label: str) -> str | None:
    """The Python codec to read text labelled ``label`` with (None: no one knows it)."""
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return _WIDER.get(name, name)


_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")


def as_chinese(body: bytes) -> str | None:
    """The text of ``body`` when it is Chinese in GBK/GB18030 whatever it is labelled,
    as misconfigured Chinese sites send it; None when it is not that. It is, when many
    bytes are not UTF-8, every byte decodes as GB18030, and the bytes above ASCII come
    in runs (two bytes a character) rather than alone between letters, as the accented
    letters of windows-1252 text do."""
    invalid = len(body) - len(body.decode("utf-8", "ignore").encode("utf-8"))
    if invalid < 8:
        return None  # UTF-8, or a handful of stray bytes in it
    high = len(body) - len(body.decode("ascii", "ignore"))  # bytes above ASCII
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(body))
    if in_runs < 0.9 * high:
        return None
    try:
        return body.decode("gb18030")
    except UnicodeDecodeError:
        return None


_SINGLE_BYTE_CODECS = frozenset(filter(None, map(codec_for, _SINGLE_BYTE)))


def header_charset(content_type: str) -> str | None:
    """The ``charset`` of a Content-Type header, as written (None: none given)."""
    m = _HEADER_CHARSET.search(content_type or "")
    return m.group(1) if m else None


def decode_body(body: bytes, content_type: str = "") -> str:
    """Decode HTML/XML bytes: the HTTP charset, then the document's own declaration,
    then UTF-8, then windows-1252 — the first that decodes cleanly wins. A single-byte
    charset in the HTTP header (a common server default) gives way to the page itself:
    to UTF-8 when the bytes are valid UTF-8 with multibyte characters, to the page's own
    multi-byte declaration when the bytes decode in it, and to GB18030 when they are
    Chinese through and through (``as_chinese``)."""
    candidates: list[str] = []
    charset = header_charset(content_type)
    if charset:
        candidates.append(charset)
    m2 = _META_CHARSET.search(body[:4096])
    if m2:
        candidates.append(m2.group(1).decode("ascii", "ignore"))
    xml = re.match(rb"""<\?xml[^>]+encoding=["']([A-Za-z0-9_.:-]+)""", body[:200])
    if xml:
        candidates.append(xml.group(1).decode("ascii"))
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace")
    names = [n for n in (codec_for(c) for c in candidates) if n]
    if names and names[0] in _SINGLE_BYTE_CODECS:
        try:
            text = body.decode("utf-8")
            if any(ord(ch) > 0x7F for ch in text):
                return text
        except UnicodeDecodeError:
            pass
        for name in names[1:]:
            if name not in _SINGLE_BYTE_CODECS:
                try:
                    return body.decode(name)
                except UnicodeDecodeError:
                    continue
        chinese = as_chinese(body)
        if chinese is not None:
            return chinese
    for name in [*names, "utf-8"]:
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    if names and names[0] in _EAST_ASIAN:
        return body.decode(names[0], "replace")  # one bad byte costs one character
    chinese = as_chinese(body)
    if chinese is not None:
        return chinese
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        return body.decode("utf-8", "replace")
