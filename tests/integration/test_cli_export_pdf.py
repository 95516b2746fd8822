"""``reader export pdf`` as a real subprocess (quitting Qt ends WebEngine for a process,
so each export runs in its own), checked on the files it writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.pdf_checks import fonts, outline_titles, pdftotext, squeeze


def run(db: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    env["XDG_CONFIG_HOME"] = str(home)  # the settings the export reads
    return subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


@pytest.fixture
def lib(sample_library: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    return copy


def test_one_article_and_existing_file(lib: Path, tmp_path: Path) -> None:
    target = tmp_path / "hi.pdf"
    args = ("export", "pdf", "reading-a-chinese-case-number", "--lang", "hi", "-o", str(target))
    res = run(lib, *args, "--paper", "letter", home=tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""  # no Qt or Chromium chatter on a successful run
    assert f"Wrote {target}" in res.stdout
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert reader.metadata is not None and reader.metadata.title == "चीनी केस नंबर कैसे पढ़ें"
    assert squeeze("चीनी केस नंबर कैसे पढ़ें") in squeeze(pdftotext(target))
    assert all(f["emb"] == "yes" for f in fonts(target))
    before = target.read_bytes()
    res = run(lib, *args, home=tmp_path)
    assert res.returncode == 1
    assert "already exists" in res.stderr and "\n" not in res.stderr.strip()
    assert target.read_bytes() == before
    res = run(lib, *args, "--force", home=tmp_path)
    assert res.returncode == 0, res.stderr
    assert round(float(PdfReader(target).pages[0].mediabox.width)) == 595  # A4 again


def test_collection_binder(lib: Path, tmp_path: Path) -> None:
    slugs = ["company-chops-and-seals", "what-is-a-judicial-interpretation"]
    res = run(lib, "collection", "add", "Due diligence", *slugs, home=tmp_path)
    assert res.returncode == 0, res.stderr
    target = tmp_path / "dd.pdf"
    res = run(
        lib, "export", "pdf", "--collection", "Due diligence", "-o", str(target), home=tmp_path
    )
    assert res.returncode == 0, res.stderr
    assert "2 articles" in res.stdout
    top = [t for depth, t, _ in outline_titles(target) if depth == 0]
    assert top[0] == "Contents" and len(top) == 3
    assert "Due diligence" in pdftotext(target, 1, 1)


def test_bad_usage_is_one_line(lib: Path, tmp_path: Path) -> None:
    cases = [
        (("export", "pdf", "-o", str(tmp_path / "x.pdf")), "SLUG"),
        (("export", "pdf", "no-such-slug", "-o", str(tmp_path / "x.pdf")), "no-such-slug"),
        (("export", "pdf", "--collection", "Nope", "-o", str(tmp_path / "x.pdf")), "Nope"),
        (
            ("export", "pdf", "company-chops-and-seals", "-o", str(tmp_path / "no" / "x.pdf")),
            "does not exist",
        ),
    ]
    for args, words in cases:
        res = run(lib, *args, home=tmp_path)
        assert res.returncode == 1, (args, res.stderr)
        assert words in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_selection_binder_prefers_the_language(lib: Path, tmp_path: Path) -> None:
    # The first article is held in Arabic, the second is not: it comes in English.
    slugs = ["supreme-court-embraces-presumed-reciprocity", "company-chops-and-seals"]
    target = tmp_path / "mixed.pdf"
    res = run(
        lib,
        "export",
        "pdf",
        *slugs,
        "--lang",
        "ar",
        "--title",
        "Mixed",
        "-o",
        str(target),
        home=tmp_path,
    )
    assert res.returncode == 0, res.stderr
    top = [t for depth, t, _ in outline_titles(target) if depth == 0]
    assert top[1].startswith("محكمة الشعب العليا")
    assert top[2] == "Company Chops: Why a Seal Still Binds a Chinese Company"
    assert "Mixed" in pdftotext(target, 1, 1)
