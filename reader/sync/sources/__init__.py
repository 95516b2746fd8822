"""Source kinds: one module per kind, and the mapping from a stored Source to an adapter."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from reader.model import Source
from reader.sync.engine import Adapter
from reader.sync.http import FetchPolicy
from reader.sync.sources.cjo import CjoAdapter, CjoConfig
from reader.sync.sources.feed import FeedAdapter

KINDS = ("cjo", "feed")


def web_address_problem(url: str) -> str | None:
    """Why ``url`` cannot be a source's address, in a few words; None when it can."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        return "it does not start with http:// or https://"
    try:
        host = urlsplit(url).hostname
    except ValueError as err:  # e.g. an unclosed [ in the host
        return str(err)
    return None if host else "it names no host"


def canonical_url(url: str) -> str:
    """https, no ``www.``, no trailing slash: the form used to compare addresses. (An
    address that cannot be read is compared as written.)"""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = parts.netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    scheme = "https" if parts.scheme in ("http", "https") and not _is_local(host) else parts.scheme
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{scheme}://{host}{path}{query}"


def _is_local(host: str) -> bool:
    name = host.split(":")[0]
    return name in ("localhost", "::1") or name.startswith("127.")


def source_key(kind: str, url: str) -> str:
    return f"{kind}:{canonical_url(url)}"


def adapter_for(source: Source) -> Adapter:
    if source.kind == "cjo":
        return CjoAdapter(CjoConfig.from_mapping(source.base_url, source.config))
    if source.kind == "feed":
        return FeedAdapter(source.base_url)
    raise ValueError(
        f"the source {source.name!r} is of kind {source.kind!r}, which cannot be synced"
    )


def policy_for(source: Source, base: FetchPolicy | None = None) -> FetchPolicy:
    """The fetch policy, with the source's own delay and concurrency when it sets them."""
    policy = base or FetchPolicy()
    delay = source.config.get("delay")
    in_flight = source.config.get("max_in_flight")
    if delay is not None:
        policy = replace(policy, min_interval=float(str(delay)))
    if in_flight is not None:
        policy = replace(policy, max_in_flight=max(1, int(str(in_flight))))
    return policy
