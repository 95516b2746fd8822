"""Connections of the sync client (reader/sync/transport.py) against raw sockets."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from reader.sync.http import FetchError, FetchPolicy, HttpClient


class OneAnswerPerConnection:
    """Claims keep-alive but closes every connection after one answer, the way servers
    drop idle keep-alive connections; counts the connections it accepted."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.heads: list[bytes] = []  # request line and headers of each request
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                self.heads.append(data.split(b"\r\n\r\n")[0])
                body = b"User-agent: *\nDisallow:\n" if b"robots.txt" in data else b"hello"
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: keep-alive\r\n"
                    b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
                )
                time.sleep(0.05)  # the client has put the connection back by now


@pytest.fixture
def server() -> Iterator[OneAnswerPerConnection]:
    srv = OneAnswerPerConnection()
    yield srv
    srv.sock.close()


def test_a_dropped_keep_alive_connection_is_retried_at_once(
    server: OneAnswerPerConnection,
) -> None:
    # A long backoff: a retry counted as a network fault would take seconds.
    policy = FetchPolicy(min_interval=0, backoff=5, max_in_flight=1)
    with HttpClient(policy) as client:
        t0 = time.monotonic()
        bodies = [client.get(f"http://127.0.0.1:{server.port}/p{i}").body for i in range(4)]
        elapsed = time.monotonic() - t0
    assert bodies == [b"hello"] * 4
    assert server.connections >= 5  # robots.txt + 4 pages, each on a new connection
    assert elapsed < 2


def test_unusable_addresses_are_clear_errors() -> None:
    with HttpClient(FetchPolicy(min_interval=0, retries=0, respect_robots=False)) as client:
        with pytest.raises(FetchError, match="cannot fetch this kind of address"):
            client.get("ftp://127.0.0.1/file")
        with pytest.raises(FetchError, match="bad port"):
            client.get("http://127.0.0.1:99999/")
        with pytest.raises(FetchError, match="connection failed"):
            client.get("http://127.0.0.1:9/")  # nothing listens on the discard port


def test_addresses_in_other_scripts_are_sent_in_ascii(server: OneAnswerPerConnection) -> None:
    policy = FetchPolicy(min_interval=0, respect_robots=False)
    with HttpClient(policy) as client:
        got = client.get(f"http://127.0.0.1:{server.port}/案例/判决 2022?q=法院&x=%41")
    assert got.body == b"hello"
    line = server.heads[-1].split(b"\r\n")[0]
    assert line == (
        b"GET /%E6%A1%88%E4%BE%8B/%E5%88%A4%E5%86%B3%202022?q=%E6%B3%95%E9%99%A2&x=%41 HTTP/1.1"
    )
    assert f"Host: 127.0.0.1:{server.port}".encode() in server.heads[-1]
