"""The worker processes that parse and sanitize during a sync (reader/sync/work.py)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import time
import zlib
from collections.abc import Iterator

import pytest

from reader.store.segment import segment
from reader.sync.ingest import build_document
from reader.sync.work import WorkerPool, _prepare, inline, with_images
from tests.conftest import FETCHED

PNG = b"\x89PNG\r\n\x1a\n" + b"1" * 64


def _pid() -> int:
    return os.getpid()


def _ratio(a: int, b: int) -> float:
    return a / b


def _exit_unless_in(pid: int) -> str:
    """Kills the worker it runs in; returns only when run in process ``pid``."""
    if os.getpid() != pid:
        os._exit(3)
    return "ran here"


def test_work_runs_in_other_processes() -> None:
    with WorkerPool(2) as pool:
        pids = {pool(_pid) for _ in range(20)}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


def test_map_keeps_order_and_fails_one_call_alone() -> None:
    calls = [(i, 0 if i == 37 else 1) for i in range(150)]  # several chunks
    with WorkerPool(2) as pool:
        outcomes = list(pool.map(_ratio, calls))
    assert [o.get() for i, o in enumerate(outcomes) if i != 37] == [
        float(i) for i in range(150) if i != 37
    ]
    with pytest.raises(ZeroDivisionError):
        outcomes[37].get()
    # The same without processes.
    assert [o.value for o in inline.map(_ratio, calls[:3])] == [0.0, 1.0, 2.0]


def test_map_takes_its_calls_as_it_goes_and_outlives_their_failure() -> None:
    taken: list[int] = []

    def calls() -> Iterator[tuple[int, int]]:
        for i in range(2000):
            if i == 1500:
                raise ValueError("the source of the calls broke")
            taken.append(i)
            yield (i, 1)

    with WorkerPool(2) as pool:
        outcomes = pool.map(_ratio, calls())
        first = next(outcomes)
        # Only a bounded number of calls is taken ahead of the caller.
        assert first.get() == 0.0 and 0 < len(taken) < 1000
        got = [first.get()]
        with pytest.raises(ValueError, match="broke"):
            got.extend(o.get() for o in outcomes)
    assert got == [float(i) for i in range(1500)]  # every call taken ran, in order


def test_a_dead_worker_moves_the_work_here() -> None:
    with WorkerPool(1) as pool:
        assert pool(_exit_unless_in, os.getpid()) == "ran here"
        assert pool(_pid) == os.getpid()  # the rest of the run stays here too


def test_a_dead_worker_moves_mapped_work_here_too() -> None:
    with WorkerPool(2) as pool:
        outcomes = list(pool.map(_exit_unless_in, [(os.getpid(),)] * 40))
    assert [o.get() for o in outcomes] == ["ran here"] * 40


def test_no_workers_means_inline() -> None:
    with WorkerPool(0) as pool:
        assert pool(_pid) == os.getpid()


def test_images_are_fetched_here_and_the_body_prepared_again_with_them() -> None:
    asked: list[str] = []

    def fetch(src: str) -> tuple[bytes, str, str] | None:
        asked.append(src)
        return (PNG, "image/png", src) if src.endswith("/i.png") else None

    args = dict(
        lang="en",
        title="Title",
        summary="Summary",
        raw_html='<p>Text <img src="i.png"> <img src="/gone.png"></p>',
        url="https://ex.org/a/x",
        fetched_at=FETCHED,
        base_url="https://ex.org/a/x",
    )
    direct, direct_assets, _ = build_document(**args, fetch_asset=fetch)  # type: ignore[arg-type]
    asked.clear()
    with WorkerPool(2) as pool:
        doc, assets, wanted = pool(_prepare, args)
        assert wanted == ("https://ex.org/a/i.png", "https://ex.org/gone.png")
        assert doc.asset_hashes == ()  # a worker fetches nothing
        doc, assets = with_images(pool, fetch, doc, assets, wanted, args)
    assert asked == list(wanted)
    assert doc == direct and assets == direct_assets
    digest = hashlib.sha256(PNG).hexdigest()
    assert f'src="asset:{digest}"' in doc.html and 'src="https://ex.org/gone.png"' in doc.html


def test_documents_carry_what_the_store_derives_from_them() -> None:
    doc, _, _ = build_document(
        lang="zh-cn",
        title="最高人民法院",
        summary="<b>判决</b>",
        raw_html="<p>中国法院 recognizes</p>",
        url="u",
        fetched_at=FETCHED,
    )
    assert doc.stored is not None
    assert doc.stored.index == (segment(doc.title), segment(doc.summary), segment(doc.text))
    assert "人民 民法" in doc.stored.index[0]
    assert zlib.decompress(doc.stored.html_z).decode() == doc.html


def test_a_pool_that_cannot_start_works_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_processes() -> object:
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr("reader.sync.work._context", no_processes)
    with WorkerPool(2) as pool:
        assert pool(_pid) == os.getpid()
        assert [o.get() for o in pool.map(_ratio, [(1, 2), (3, 4)])] == [0.5, 0.75]
        assert pool.processes == 0


def test_workers_killed_between_runs_leave_the_work_to_this_process() -> None:
    with WorkerPool(2) as pool:
        assert pool(_pid) != os.getpid()  # the workers are up
        executor = pool._ready()
        assert executor is not None
        for proc in list(executor._processes.values()):  # killed from outside (OOM, say)
            with contextlib.suppress(ProcessLookupError):  # (the pool may end the other)
                os.kill(int(proc.pid or 0), signal.SIGKILL)
            proc.join(10)
        deadline = time.monotonic() + 10
        while not executor._broken and time.monotonic() < deadline:
            time.sleep(0.05)
        outcomes = [o.get() for o in pool.map(_ratio, [(i, 1) for i in range(100)])]
        assert outcomes == [float(i) for i in range(100)]
        assert pool.processes == 0
