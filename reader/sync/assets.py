"""Fetching the images an article references, once per sync run."""

from __future__ import annotations

import threading

from reader.sync.http import FetchError, HttpClient
from reader.sync.ingest import MAX_ASSET_BYTES


class AssetFetcher:
    """Callable given to ``build_document``: (bytes, mime type, final URL) or None.

    Shared by the worker threads of one run; each address is fetched at most once.
    Images that cannot be fetched keep their address and are simply not shown offline.
    """

    def __init__(self, client: HttpClient) -> None:
        self.client = client
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[bytes, str, str] | None] = {}

    def __call__(self, src: str) -> tuple[bytes, str, str] | None:
        if not src.startswith(("http://", "https://")):
            return None
        with self._lock:
            if src in self._cache:
                return self._cache[src]
        try:
            resp = self.client.get(src, accept="image/*", max_bytes=MAX_ASSET_BYTES)
            mime = resp.content_type.split(";")[0].strip().lower()
            got: tuple[bytes, str, str] | None = (resp.body, mime, resp.url) if resp.body else None
        except (FetchError, ValueError):  # (ValueError: an address no one can follow)
            got = None
        with self._lock:
            self._cache[src] = got
        return got
