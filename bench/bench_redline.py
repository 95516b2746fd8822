"""Redlines: how long ``reader.export.redline.redline`` takes on long articles.

The Compare revisions… dialog computes the redline on the GUI thread, so it must stay
well under a frame budget for ordinary edits and must never freeze the window on
pathological ones. Texts are generated (deterministic), from a Zipf-like vocabulary so
that frequent words repeat as they do in real prose, in English and in Chinese:

* ordinary edits: a few words changed, a paragraph added and one removed;
* one long paragraph (no line breaks) with edits spread through it;
* everything rewritten (no paragraph in common).

    .venv/bin/python bench/bench_redline.py [--words 20000] [--repeat 5]

Nothing asserts on timings; the figures are printed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.export.redline import redline

_HAN = "法院判决仲裁最高人民条例规定合同当事人申请执行承认外国互惠原则案件审理适用"


def _vocabulary(rnd: random.Random, n: int) -> Callable[[], str]:
    words = [f"w{i}" for i in range(n)]
    weights = [1 / (i + 2.7) for i in range(n)]  # Zipf-Mandelbrot: "the" is very common
    return lambda: rnd.choices(words, weights)[0]


def english(rnd: random.Random, words: int) -> list[str]:
    word = _vocabulary(rnd, 20000)
    paras: list[str] = []
    left = words
    while left > 0:
        n = min(left, rnd.randint(40, 160))
        sentences, k = [], 0
        while k < n:
            m = min(n - k, rnd.randint(8, 30))
            sentences.append(" ".join(word() for _ in range(m)).capitalize() + ".")
            k += m
        paras.append(" ".join(sentences))
        left -= n
    return paras


def chinese(rnd: random.Random, chars: int) -> list[str]:
    paras: list[str] = []
    left = chars
    while left > 0:
        n = min(left, rnd.randint(80, 300))
        text = "".join(rnd.choice(_HAN) for _ in range(n))
        paras.append("。".join(text[i : i + 30] for i in range(0, n, 30)) + "。")
        left -= n
    return paras


def edited(rnd: random.Random, paras: list[str], edits: int, filler: str) -> list[str]:
    out = list(paras)
    for _ in range(edits):
        i = rnd.randrange(len(out))
        p = out[i]
        j = rnd.randrange(max(1, len(p) - 10))
        out[i] = p[:j] + filler + p[j + 5 :]
    out.insert(len(out) // 2, paras[0][::-1])  # an added paragraph
    del out[len(out) // 3]  # and a removed one
    return out


def timed(old: str, new: str, repeat: int) -> tuple[float, float, str]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        r = redline(old, new)
        times.append(time.perf_counter() - start)
    return (
        statistics.median(times) * 1000,
        max(times) * 1000,
        f"{r.insertions} ins, {r.deletions} del",
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rnd = random.Random(7)
    print(f"load average {os.getloadavg()[0]:.2f}; texts of {args.words:,} words / characters")
    en = english(rnd, args.words)
    zh = chinese(rnd, args.words)
    cases = [
        (
            "English, 15 word edits + 1 paragraph added, 1 removed",
            en,
            edited(rnd, en, 15, " amended "),
        ),
        (
            "English, one long paragraph, 15 edits",
            [" ".join(en)],
            [" ".join(edited(rnd, en, 15, " amended "))],
        ),
        ("English, everything rewritten", en, english(rnd, args.words)),
        ("Chinese, 15 edits + 1 paragraph added, 1 removed", zh, edited(rnd, zh, 15, "修订内容")),
        (
            "Chinese, one long paragraph, 15 edits",
            ["".join(zh)],
            ["".join(edited(rnd, zh, 15, "修订内容"))],
        ),
        ("Chinese, everything rewritten", zh, chinese(rnd, args.words)),
    ]
    print(f"{'case':58} {'median':>9} {'max':>9}  result")
    for name, old, new in cases:
        med, worst, what = timed("\n".join(old), "\n".join(new), args.repeat)
        print(f"{name:58} {med:7.1f}ms {worst:7.1f}ms  {what}")


if __name__ == "__main__":
    main()
