"""HTTP/1.1 connections for the sync client, on the standard library's ``http.client``.

* keep-alive: idle connections are kept per (scheme, host, port) and reused by any
  thread; a reused connection the server has meanwhile closed is retried once, at once,
  on a fresh one (that is not a network fault);
* the body is read raw, chunk by chunk, so the caller inflates gzip itself under a cap;
* one timeout for connecting and for each read;
* proxies as the system names them (``http_proxy``/``https_proxy``/``no_proxy``, and the
  system settings on Windows and macOS, through ``urllib.request.getproxies``): plain
  HTTP is sent to the proxy with the full address, HTTPS goes through a CONNECT tunnel.
  Addresses on this machine never go through a proxy.

``http.client`` costs about a third of the Python time per request that a full-featured
client library does, which matters when a sync makes thousands of them.
"""

from __future__ import annotations

import base64
import http.client
import re
import ssl
import threading
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

Connection = http.client.HTTPConnection
# Reading a reused keep-alive connection the server closed in the meantime.
_STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError)
_CHUNK = 64 * 1024
_NOT_URL_SAFE = re.compile(r"[^\x21-\x7e]+")


class TransportError(Exception):
    """The request did not get an answer; ``kind`` is "timeout" or "connection"."""

    def __init__(self, kind: str, detail: str) -> None:
        self.kind = kind
        super().__init__(detail)


@dataclass(frozen=True)
class Proxy:
    host: str
    port: int
    authorization: str | None  # a Proxy-Authorization value


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]  # names in lower case
    chunks: Iterator[bytes]  # the raw body (still compressed); read it before the next use


class Transport:
    """Thread-safe; the proxies are the system's, read when it is made."""

    def __init__(self, timeout: float, tls: ssl.SSLContext) -> None:
        self.timeout = timeout
        self.tls = tls
        self._proxies = urllib.request.getproxies()
        self._idle: dict[tuple[str, str, int], list[Connection]] = {}
        self._lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, {}
        for conns in idle.values():
            for conn in conns:
                conn.close()

    def get(
        self, url: str, headers: dict[str, str], read: Callable[[Answer], bytes]
    ) -> tuple[int, dict[str, str], bytes]:
        """GET ``url``: status, headers and the body ``read`` makes of the answer.
        Raises TransportError when no answer came (errors raised by ``read`` pass
        through, and the connection is not reused)."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            raise TransportError("connection", f"cannot fetch this kind of address: {url}")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as err:
            raise TransportError("connection", f"a bad port in the address: {err}") from err
        try:  # a host name in another script goes on the wire in its ASCII (IDNA) form
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError as err:
            raise TransportError("connection", f"a bad host name in {url}") from err
        proxy = self._proxy(scheme, host)
        target = _ascii((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        sent = dict(headers)
        sent["Host"] = host if parts.port is None else f"{host}:{parts.port}"
        if ":" in host:  # an IPv6 address
            sent["Host"] = f"[{host}]" + (f":{parts.port}" if parts.port else "")
        if proxy is not None and scheme == "http":
            target = f"http://{sent['Host']}{target}"  # a proxy takes the whole address
            if proxy.authorization:
                sent["Proxy-Authorization"] = proxy.authorization
        key = (scheme, host, port)
        for attempt in (0, 1):
            conn, reused = self._checkout(key, proxy)
            try:
                conn.request("GET", target, headers=sent)
                resp = conn.getresponse()
            except _STALE as err:
                conn.close()
                if reused and attempt == 0:
                    continue
                raise TransportError("connection", f"the connection failed: {err}") from err
            except TimeoutError as err:
                conn.close()
                raise TransportError("timeout", "the server did not answer in time") from err
            except (OSError, http.client.HTTPException) as err:
                conn.close()
                raise TransportError("connection", f"the connection failed: {err}") from err
            answer = Answer(
                resp.status, {k.lower(): v for k, v in resp.getheaders()}, _chunks(resp)
            )
            try:
                body = read(answer)
            except BaseException:
                conn.close()
                raise
            if resp.will_close or not resp.isclosed():
                conn.close()
            else:
                self._checkin(key, conn)
            return answer.status, answer.headers, body
        raise AssertionError("unreachable")

    # ---- connections ---------------------------------------------------------------

    def _checkout(self, key: tuple[str, str, int], proxy: Proxy | None) -> tuple[Connection, bool]:
        with self._lock:
            idle = self._idle.get(key)
            if idle:
                return idle.pop(), True
        scheme, host, port = key
        if scheme == "https":
            if proxy is None:
                return http.client.HTTPSConnection(
                    host, port, timeout=self.timeout, context=self.tls
                ), False
            conn: Connection = http.client.HTTPSConnection(
                proxy.host, proxy.port, timeout=self.timeout, context=self.tls
            )
            tunnel = {"Proxy-Authorization": proxy.authorization} if proxy.authorization else None
            conn.set_tunnel(host, port, headers=tunnel)
            return conn, False
        if proxy is None:
            return http.client.HTTPConnection(host, port, timeout=self.timeout), False
        return http.client.HTTPConnection(proxy.host, proxy.port, timeout=self.timeout), False

    def _checkin(self, key: tuple[str, str, int], conn: Connection) -> None:
        with self._lock:
            if self._closed:
                conn.close()
                return
            idle = self._idle.setdefault(key, [])
            if len(idle) < 8:
                idle.append(conn)
                return
        conn.close()

    def _proxy(self, scheme: str, host: str) -> Proxy | None:
        address = self._proxies.get(scheme) or self._proxies.get("all")
        if not address or _is_local(host) or urllib.request.proxy_bypass(host):
            return None
        parts = urlsplit(address if "://" in address else f"http://{address}")
        if parts.scheme.lower() != "http" or not parts.hostname:
            raise TransportError(
                "connection",
                f"the proxy {address} is not an http:// proxy, which is all sync can use",
            )
        auth = None
        if parts.username is not None:
            pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
            auth = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
        return Proxy(parts.hostname, parts.port or 80, auth)


def _ascii(target: str) -> str:
    """Characters outside printable ASCII percent-encoded (UTF-8), the rest untouched."""
    return _NOT_URL_SAFE.sub(lambda m: quote(m.group(0), safe=""), target)


def _is_local(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.") or host.endswith(".localhost")


def _chunks(resp: http.client.HTTPResponse) -> Iterator[bytes]:
    while True:
        try:
            chunk = resp.read(_CHUNK)
        except TimeoutError as err:
            raise TransportError("timeout", "the server stopped sending") from err
        except (OSError, http.client.HTTPException) as err:
            raise TransportError("connection", f"the connection broke off: {err!r}") from err
        if not chunk:
            return
        yield chunk
