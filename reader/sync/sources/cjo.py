"""The China Justice Observer source: listing walk, article pages in every configured
language, taxonomy descriptions.

Discovery walks ``/articles?p=N`` newest first. Until one walk has reached the last
page, every page is walked and only articles not yet held are fetched (so an
interrupted first sync simply continues). After that, paging stops at the first page
that lists an article already held; held articles on the pages walked, plus the
``revisit`` articles checked longest ago, are asked again with conditional requests,
which is how edits and removals are found (the site shows no update dates).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reader.model import (
    ENGLISH,
    ArticleRecord,
    AssetRecord,
    DocumentRecord,
    RelatedLink,
    Term,
    TermKind,
)
from reader.sync.assets import AssetFetcher
from reader.sync.engine import Fetched, Gone, JobResult, NotModified, SyncContext
from reader.sync.http import FetchError, HttpClient, Response
from reader.sync.ingest import build_document
from reader.sync.sources.cjo_parse import (
    CjoParser,
    ListingRow,
    ParsedPage,
    SiteUrls,
    split_name,
)
from reader.sync.work import Offload, inline, with_images

DEFAULT_BASE_URL = "https://chinajusticeobserver.com"
DEFAULT_LANGUAGE_URL = "https://{lang}.chinajusticeobserver.com"
DEFAULT_LANGUAGES = ("en", "zh-cn")
_LISTING_COMPLETE = "listing_complete"


@dataclass(frozen=True)
class CjoConfig:
    base_url: str = DEFAULT_BASE_URL
    language_url: str = DEFAULT_LANGUAGE_URL
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    max_pages: int = 1000
    revisit: int = 20

    @classmethod
    def from_mapping(cls, base_url: str, config: dict[str, object]) -> CjoConfig:
        langs = config.get("languages") or DEFAULT_LANGUAGES
        return cls(
            base_url=(base_url or DEFAULT_BASE_URL).rstrip("/"),
            language_url=str(config.get("language_url") or DEFAULT_LANGUAGE_URL),
            languages=tuple(str(x) for x in langs)
            if isinstance(langs, (list, tuple))
            else DEFAULT_LANGUAGES,
            max_pages=int(str(config.get("max_pages") or 1000)),
            revisit=int(str(config.get("revisit") if config.get("revisit") is not None else 20)),
        )


@dataclass
class ArticleJob:
    adapter: CjoAdapter
    slug: str
    row: ListingRow | None
    validators: dict[str, tuple[str | None, str | None]]
    offered: tuple[str, ...] = ()
    url: str = ""

    def run(self, client: HttpClient) -> JobResult:
        return self.adapter.fetch_article(self, client)


@dataclass
class CjoAdapter:
    config: CjoConfig
    urls: SiteUrls = field(init=False)
    parser: CjoParser = field(init=False)
    _assets: AssetFetcher | None = None
    _offload: Offload = inline
    _walked_to_end: bool = False

    def __post_init__(self) -> None:
        # The same parser (and its address caches) as parse_page uses in this process.
        self.parser = _parser(self.config.base_url, self.config.language_url)
        self.urls = self.parser.urls

    # ---- discovery -----------------------------------------------------------------

    def _job(self, ctx: SyncContext, slug: str, row: ListingRow | None) -> ArticleJob:
        sid = ctx.source.id
        return ArticleJob(
            self,
            slug,
            row,
            ctx.store.validators(sid, slug),
            ctx.store.offered_languages(sid, slug),
            url=self.urls.article_url(slug),
        )

    def start(self, ctx: SyncContext) -> None:
        """Take the run's image fetcher and worker pool."""
        self._assets = AssetFetcher(ctx.client)
        self._offload = ctx.offload

    def plan(self, ctx: SyncContext) -> Iterator[ArticleJob]:
        self.start(ctx)
        sid = ctx.source.id
        known = ctx.store.known_slugs(sid)
        complete = ctx.store.sync_state(sid, _LISTING_COMPLETE) == "1"
        seen: set[str] = set()
        url: str | None = self.urls.page_url("/articles?p=1")
        pages = 0
        while url and pages < self.config.max_pages and ctx.want_more():
            listing = self.parser.parse_listing(ctx.client.get(url).text(), url)
            pages += 1
            reached_known = False
            for row in listing.rows:
                if row.slug in seen:
                    continue
                seen.add(row.slug)
                if row.slug in known:
                    reached_known = True
                    if complete:
                        yield self._job(ctx, row.slug, row)
                    continue
                if not ctx.want_more():
                    break
                ctx.planned_new += 1
                yield self._job(ctx, row.slug, row)
            if complete and reached_known:
                break
            url = listing.next_url
        if url is None and ctx.want_more():
            self._walked_to_end = True
        if complete:
            for slug in ctx.store.stalest_slugs(sid, self.config.revisit, exclude=seen):
                if ctx.cancel.is_set():
                    break
                yield self._job(ctx, slug, None)

    def finish(self, ctx: SyncContext) -> None:
        """Persist the end of the first walk; read descriptions of new taxonomy terms."""
        sid = ctx.source.id
        if self._walked_to_end and ctx.report.failed == 0:
            # With failures, the next run walks every page again and retries them.
            ctx.store.set_sync_state(sid, _LISTING_COMPLETE, "1")
        prefixes = {
            TermKind.CATEGORY: "/c/",
            TermKind.TOPIC: "/t/",
            TermKind.CONTRIBUTOR: "/editors/",
        }
        for kind, prefix in prefixes.items():
            for term, count in ctx.store.terms(sid, kind.value):
                if term.description or not count or ctx.cancel.is_set():
                    continue
                url = self.urls.page_url(prefix + term.slug)
                try:
                    listing = self.parser.parse_listing(ctx.client.get(url).text(), url)
                except FetchError as err:
                    ctx.error(f"{kind.value} {term.slug}", url, str(err))
                    continue
                if listing.description or listing.title:
                    name, native = split_name(listing.title) if listing.title else (term.name, None)
                    description = listing.description or None
                    ctx.terms.append(
                        Term(kind, term.slug, name, native or term.native_name, description)
                    )

    # ---- one article -----------------------------------------------------------------

    def _get(self, client: HttpClient, job: ArticleJob, lang: str) -> Response | None:
        """The page, None when the source does not have it (404/410)."""
        etag, modified = job.validators.get(lang, (None, None))
        try:
            return client.get(
                self.urls.article_url(job.slug, lang), etag=etag, last_modified=modified
            )
        except FetchError as err:
            if err.status in (404, 410):
                return None
            raise

    def _page(
        self, resp: Response, job: ArticleJob, lang: str, **how: Any
    ) -> tuple[ParsedPage, DocumentRecord, tuple[AssetRecord, ...]]:
        """Parse the page and prepare its document in a worker; fetch its images here."""
        args = dict(
            lang=lang,
            url=self.urls.article_url(job.slug, lang),
            fetched_at=datetime.now(UTC),
            etag=resp.etag,
            last_modified=resp.last_modified,
            base_url=resp.url,
        )
        config = (self.config.base_url, self.config.language_url)
        page, doc, assets, wanted = self._offload(parse_page, config, resp.text(), how, args)
        args.update(title=page.title, summary=page.summary, raw_html=page.body_html)
        doc, assets = with_images(self._offload, self._assets, doc, assets, wanted, args)
        return page, doc, assets

    def fetch_article(self, job: ArticleJob, client: HttpClient) -> JobResult:
        english = self._get(client, job, ENGLISH)
        if english is None:
            return Gone(job.slug)
        docs: list[DocumentRecord] = []
        assets: dict[str, AssetRecord] = {}
        warnings: list[str] = []
        meta: ParsedPage | None = None
        if not english.not_modified:
            teaser = job.row.teaser if job.row else ""
            meta, doc, found = self._page(english, job, ENGLISH, english=True, teaser=teaser)
            docs.append(doc)
            assets.update((a.sha256, a) for a in found)
        expect_summary = meta.summary_in_body if meta is not None else True
        # Ask only for languages the English page says exist (when it says).
        offered = tuple(meta.offered) if meta is not None and meta.offered else job.offered
        for lang in self.config.languages:
            if lang == ENGLISH or (offered and lang not in offered):
                continue
            try:
                resp = self._get(client, job, lang)
                if resp is None or resp.not_modified:
                    continue
                _translated, doc, found = self._page(
                    resp, job, lang, english=False, expect_summary=expect_summary
                )
            except (FetchError, ValueError) as err:
                warnings.append(f"{lang} translation not stored: {err}")
                continue
            docs.append(doc)
            assets.update((a.sha256, a) for a in found)
        if not docs:
            return NotModified(job.slug)
        return Fetched(self._record(job, meta, docs, tuple(assets.values())), tuple(warnings))

    def _record(
        self,
        job: ArticleJob,
        meta: ParsedPage | None,
        docs: list[DocumentRecord],
        assets: tuple[AssetRecord, ...],
    ) -> ArticleRecord:
        row = job.row
        if meta is None:
            return ArticleRecord(
                slug=job.slug,
                published=None,
                documents=tuple(docs),
                assets=assets,
                has_metadata=False,
            )
        categories = meta.categories or list(row.categories if row else ())
        topics = meta.topics or list(row.topics if row else ())
        contributors = meta.contributors or list(row.contributors if row else ())
        terms = [Term(TermKind.CATEGORY, s, n) for s, n in categories]
        terms += [Term(TermKind.TOPIC, s, n) for s, n in topics]
        terms += [Term(TermKind.CONTRIBUTOR, s, n, native) for s, n, native in contributors]
        if meta.editor:
            terms.append(Term(TermKind.CONTRIBUTOR, meta.editor[0], meta.editor[1], meta.editor[2]))
        return ArticleRecord(
            slug=job.slug,
            published=meta.published or (row.published if row else None),
            documents=tuple(docs),
            categories=tuple(s for s, _ in categories),
            topics=tuple(s for s, _ in topics),
            contributors=tuple(c[0] for c in contributors),
            editor=meta.editor[0] if meta.editor else None,
            related=tuple(RelatedLink(s, t, teaser) for s, t, teaser in meta.related),
            offered=tuple(meta.offered),
            assets=assets,
            terms=tuple(t for t in terms if t.name),
        )


@functools.lru_cache(maxsize=8)
def _parser(base_url: str, language_url: str) -> CjoParser:
    return CjoParser(SiteUrls(base_url, language_url))


def parse_page(
    config: tuple[str, str], html: str, how: dict[str, Any], args: dict[str, Any]
) -> tuple[ParsedPage, DocumentRecord, tuple[AssetRecord, ...], tuple[str, ...]]:
    """Run in a worker process: read an article page (``how`` are the keyword arguments
    of ``parse_article``) and prepare its document without images. The page comes back
    without its body unless the body asks for images (it is prepared again then)."""
    page = _parser(*config).parse_article(html, args["base_url"], **how)
    doc, assets, wanted = build_document(
        title=page.title, summary=page.summary, raw_html=page.body_html, **args
    )
    if not wanted:
        page.body_html = ""
    return page, doc, assets, wanted
