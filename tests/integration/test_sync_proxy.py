"""Syncing through the proxy the system names (http_proxy / https_proxy / no_proxy)."""

from __future__ import annotations

import base64

import pytest

from reader.store import Store
from reader.sync.engine import SyncEngine
from reader.sync.http import FetchError, FetchPolicy, HttpClient
from reader.sync.sources import adapter_for, source_key
from tests.fixtures.feeds import FeedFixtureServer
from tests.fixtures.proxy import ProxyFixture

FAST = FetchPolicy(min_interval=0, backoff=0.01, timeout=5, retries=0)


@pytest.fixture(autouse=True)
def no_system_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def sync_feed(store: Store, url: str) -> tuple[int, int, list[dict[str, str]]]:
    src = store.add_source("blog", "feed", source_key("feed", url), base_url=url)
    report = SyncEngine(store, FAST).run(src, adapter_for(src))
    return report.new, report.failed, report.errors


def test_feeds_are_fetched_through_the_proxy(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with FeedFixtureServer() as server, ProxyFixture() as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        # Only the proxy knows this name; without it the sync could not even resolve it.
        feed = f"http://feeds.test:{server.port}/feed/"
        new, failed, errors = sync_feed(store, feed)
        assert (new, failed) == (len(server.items), 0), errors
        asked = [target for target, _ in proxy.requests]
        assert feed in asked and f"http://feeds.test:{server.port}/robots.txt" in asked
        # Addresses on this machine (the items' images) never go through a proxy.
        assert not any("127.0.0.1" in target for target in asked)
        assert server.count("/upload/") == len(server.images)


def test_no_proxy_is_honoured(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with FeedFixtureServer() as server, ProxyFixture() as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        monkeypatch.setenv("no_proxy", "localhost,.example.org")
        new, failed, _ = sync_feed(store, f"http://localhost:{server.port}/feed/")
        assert (new, failed) == (len(server.items), 0)
        assert proxy.requests == []


def test_proxy_credentials_are_sent(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = "Basic " + base64.b64encode(b"lawyer:s3cr:t").decode()
    with FeedFixtureServer() as server, ProxyFixture(password=expected) as proxy:
        monkeypatch.setenv("http_proxy", proxy.url.replace("://", "://lawyer:s3cr%3At@"))
        new, failed, errors = sync_feed(store, f"http://feeds.test:{server.port}/feed/")
        assert (new, failed) == (len(server.items), 0), errors
        assert {auth for _, auth in proxy.requests} == {expected}


def test_proxy_problems_are_one_clear_error(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with FeedFixtureServer() as server, ProxyFixture(password="Basic other") as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        new, failed, errors = sync_feed(store, f"http://feeds.test:{server.port}/feed/")
        assert (new, failed) == (0, 1)
        assert "user name and password (407)" in errors[0]["error"]
    monkeypatch.setenv("http_proxy", "socks5://127.0.0.1:9")
    src = store.add_source("other", "feed", "feed:x", base_url="http://feeds.test:9/feed/")
    report = SyncEngine(store, FAST).run(src, adapter_for(src))
    assert report.failed == 1
    assert "not an http:// proxy" in report.errors[0]["error"]


def test_host_names_in_other_scripts_reach_the_proxy_in_ascii(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with ProxyFixture() as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        policy = FetchPolicy(min_interval=0, retries=0, respect_robots=False)
        with HttpClient(policy) as client, pytest.raises(FetchError):
            client.get("http://法院.test:9/案例")  # the proxy finds nothing there: 502
    assert proxy.requests[0][0] == "http://xn--nww899f.test:9/%E6%A1%88%E4%BE%8B"
