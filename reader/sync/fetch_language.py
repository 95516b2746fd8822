"""Fetching one language of one article ("sync this language" in the reading view):
a translation the source offers that the library does not hold yet, whether or not
that language is among the source's configured languages."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from reader.model import ENGLISH
from reader.store import Store
from reader.sync.engine import SyncEngine, SyncReport
from reader.sync.fetch_one import CannotFetch, _OneArticle
from reader.sync.http import FetchPolicy
from reader.sync.sources import adapter_for, policy_for
from reader.sync.sources.cjo import CjoAdapter


@dataclass(frozen=True)
class LanguageFetch:
    """What fetching one translation did."""

    held: bool
    """The library now holds the article in that language."""
    offline: bool
    """The source could not be reached at all."""
    message: str
    """One sentence for the reader (English; the window translates its own words)."""
    report: SyncReport


def fetch_translation(
    store: Store,
    source: str,
    slug: str,
    lang: str,
    *,
    policy: FetchPolicy | None = None,
    cancel: threading.Event | None = None,
) -> LanguageFetch:
    """Fetch the article ``slug`` of ``source`` in ``lang`` (and English again, with a
    conditional request). Raises CannotFetch for a feed source."""
    src = store.require_source(source)
    adapter = adapter_for(src)
    if not isinstance(adapter, CjoAdapter):
        raise CannotFetch(
            f"The source {src.name!r} is a feed: a single translation cannot be fetched from it."
        )
    one = CjoAdapter(replace(adapter.config, languages=(ENGLISH, lang)))
    engine = SyncEngine(store, policy_for(src, policy), cancel, workers=0)
    report = engine.run(src, _OneArticle(one, slug))
    held, _offered = store.languages(slug, source)
    if lang in held:
        return LanguageFetch(True, False, f"The {lang} translation is now in the library.", report)
    errors = " ".join(e.get("error", "") for e in report.errors).lower()
    warnings = " ".join(str(e) for e in report.errors)
    offline = report.failed > 0 and any(
        word in errors for word in ("connect", "network", "resolve", "timed out", "timeout")
    )
    if offline:
        message = "Offline: the source cannot be reached, so the translation was not fetched."
    elif report.errors:
        message = f"The translation was not fetched: {warnings[:300]}"
    else:
        message = "The source did not send this translation."
    return LanguageFetch(False, offline, message, report)
