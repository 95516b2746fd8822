"""PDF export of sample articles in every script, checked on the real files with
poppler and pypdf; bad input (existing or unwritable target, missing image, huge
table, unknown names, cancelled binder)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from reader.export.pdf import (
    ExportCancelled,
    PdfOptions,
    TargetError,
    export_article,
)
from reader.export.pdf_binder import export_binder, export_collection
from reader.export.pdf_engine import PrintEngine
from reader.store import NotFound, Store
from tests.conftest import make_article
from tests.pdf_checks import fonts, outline_titles, pdftotext, squeeze, words

# (slug, language, a word the text layer must give back)
ARTICLES = [
    ("reading-a-chinese-case-number", "en", "court"),
    ("reading-a-chinese-case-number", "zh-cn", "法院"),  # two characters
    ("becoming-a-lawyer-in-china", "ja", "弁護士"),
    ("supreme-court-embraces-presumed-reciprocity", "ar", "المحاكم"),
    ("china-international-commercial-court", "he", "בית"),
    ("company-chops-and-seals", "th", "บริษัท"),
    ("reading-a-chinese-case-number", "hi", "स्वीकार"),  # conjunct स्व
    ("judge-quota-system-explained", "ru", "судей"),
]


@pytest.fixture(scope="module")
def library(sample_library: Path) -> Iterator[Store]:
    with Store.open(sample_library) as store:
        yield store


@pytest.fixture(scope="module")
def engine(qapp: object, library: Store) -> Iterator[PrintEngine]:
    eng = PrintEngine(library)
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def exported(
    engine: PrintEngine, library: Store, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for slug, lang, _ in ARTICLES:
        target = folder / f"{lang}.pdf"
        export_article(library, slug, target, lang=lang, engine=engine)
        out[lang] = target
    return out


@pytest.mark.parametrize(("slug", "lang", "word"), ARTICLES, ids=[a[1] for a in ARTICLES])
def test_text_layer_gives_back_title_and_body(
    exported: dict[str, Path], library: Store, slug: str, lang: str, word: str
) -> None:
    doc = library.document(slug, lang)
    text = squeeze(pdftotext(exported[lang]))
    assert squeeze(doc.summary.title) in text
    assert squeeze(word) in text
    assert word in doc.text  # the word is really the article's
    # Nearly every word of the body comes back. The few that do not are long CJK
    # runs broken by a page footer or a table cell, and Arabic words whose vowel
    # marks pdftotext reorders.
    body = words(doc.text)
    missing = [w for w in body if squeeze(w) not in text]
    assert len(missing) <= 0.03 * len(body), missing[:20]


@pytest.mark.parametrize("lang", [a[1] for a in ARTICLES])
def test_every_font_is_embedded_with_a_unicode_map(exported: dict[str, Path], lang: str) -> None:
    table = fonts(exported[lang])
    assert table
    assert all(f["emb"] == "yes" for f in table), table
    assert all(f["uni"] == "yes" for f in table), table


def test_script_fonts_are_the_languages_faces(exported: dict[str, Path]) -> None:
    names = {lang: " ".join(f["name"] for f in fonts(path)) for lang, path in exported.items()}
    assert "NotoSansDevanagari" in names["hi"]
    assert "NotoSansThai" in names["th"]
    assert "NotoSansHebrew" in names["he"]
    assert "NotoNaskhArabic" in names["ar"]


@pytest.mark.parametrize(("slug", "lang", "word"), ARTICLES[:4], ids=[a[1] for a in ARTICLES[:4]])
def test_metadata_outline_footer_and_links(
    exported: dict[str, Path], library: Store, slug: str, lang: str, word: str
) -> None:
    doc = library.document(slug, lang)
    reader = PdfReader(exported[lang])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == doc.summary.title
    assert meta.author == "; ".join(doc.summary.contributors)
    assert meta.creator is not None and meta.creator.startswith("Lex Sinica Reader")
    assert meta.subject
    assert meta.keywords and doc.summary.categories[0] in meta.keywords
    assert meta.creation_date is not None
    # A4 by default
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1.5 and abs(float(box.height) - 841.9) < 1.5
    # The outline follows the article's headings, in order, on growing pages.
    headings = [h for h in doc.html.split("<h2")[1:]]
    outline = outline_titles(exported[lang])
    assert len(outline) == len(headings) > 0
    pages = [p for _, _, p in outline]
    assert pages == sorted(pages)
    # Running footer on every page: the source and "Page N of M".
    n = len(reader.pages)
    for i in range(n):
        page_text = pdftotext(exported[lang], i + 1, i + 1)
        assert f"Page {i + 1} of {n}" in page_text
        assert "Sample library" in page_text
    # The title block and the source link.
    first = pdftotext(exported[lang], 1, 1)
    for label in ("Published", "Source", "Retrieved on", "Revision", "Language"):
        assert label in first
    uris = [
        a.get_object()["/A"]["/URI"]
        for a in reader.pages[0].get("/Annots", [])
        if "/A" in a.get_object()
    ]
    assert doc.summary.url in uris


def test_letter_paper_margins_and_paragraph_numbers(
    engine: PrintEngine, library: Store, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.pdf"
    numbered = tmp_path / "numbered.pdf"
    slug = "reading-a-chinese-case-number"
    export_article(library, slug, plain, lang="en", engine=engine)
    options = PdfOptions(paper="letter", margins_mm=30, paragraph_numbers=True)
    export_article(library, slug, numbered, lang="en", options=options, engine=engine)
    box = PdfReader(numbered).pages[0].mediabox
    assert abs(float(box.width) - 612) < 1.5 and abs(float(box.height) - 792) < 1.5
    # Wider margins and numbers in the margin: more pages, and the numbers are text.
    assert len(PdfReader(numbered).pages) >= len(PdfReader(plain).pages)
    lines = pdftotext(numbered).splitlines()
    plain_lines = pdftotext(plain).splitlines()
    numbers = [ln for ln in lines if ln.strip().isdigit()]
    assert len(numbers) > len([ln for ln in plain_lines if ln.strip().isdigit()]) + 5


def test_existing_file_is_kept_unless_forced(
    engine: PrintEngine, library: Store, tmp_path: Path
) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"precious")
    with pytest.raises(TargetError, match="already exists"):
        export_article(library, "company-chops-and-seals", target, engine=engine)
    assert target.read_bytes() == b"precious"
    export_article(library, "company-chops-and-seals", target, force=True, engine=engine)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]  # no temporary left


def test_unwritable_or_missing_folder_is_a_clear_error(
    engine: PrintEngine, library: Store, tmp_path: Path
) -> None:
    with pytest.raises(TargetError, match="does not exist"):
        export_article(library, "company-chops-and-seals", tmp_path / "no" / "a.pdf")
    with pytest.raises(TargetError, match="is a folder"):
        export_article(library, "company-chops-and-seals", tmp_path)
    # /proc takes no new files, even for root (whom permission bits do not stop).
    with pytest.raises(TargetError, match=r"(Cannot write|not writable)"):
        export_article(
            library, "company-chops-and-seals", Path("/proc/lexsinica.pdf"), engine=engine
        )


def test_unknown_article_fails_before_printing(library: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        export_article(library, "no-such-article", tmp_path / "x.pdf")
    with pytest.raises(NotFound):
        export_binder(library, [(None, "no-such-article")], tmp_path / "x.pdf", name="X")
    assert list(tmp_path.iterdir()) == []


def test_missing_image_prints_a_labelled_box(
    engine: PrintEngine, sample_library: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM asset")
    conn.commit()
    conn.close()
    target = tmp_path / "img.pdf"
    with Store.open(copy) as store:
        doc = store.document("circuit-tribunals-of-the-supreme-peoples-court", "en")
        assert doc.images > 0
        engine_here = PrintEngine(store)
        try:
            export_article(store, doc.summary.slug, target, lang="en", engine=engine_here)
        finally:
            engine_here.close()
    assert "missing from the library" in caplog.text
    assert squeeze(doc.summary.title) in squeeze(pdftotext(target))


def test_huge_table_prints_across_pages(
    qapp: object, store: Store, source_id: int, tmp_path: Path
) -> None:
    rows = "".join(
        f"<tr><td>Row {i}</td><td>{'Contract clause text ' * 3}</td><td>{i * 7}</td>"
        f"<td>法院 {i}</td></tr>"
        for i in range(1, 2001)
    )
    body = (
        "<p>The annex lists every clause.</p><h2>Annex</h2>"
        f"<table><thead><tr><th>Row</th><th>Text</th><th>Value</th><th>Court</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><p>End of the annex.</p>"
    )
    assert len(body) > 200_000
    store.write_article(source_id, make_article("annex", {"en": ("Annex table", body)}))
    target = tmp_path / "table.pdf"
    with PrintEngine(store) as engine:
        result = export_article(store, "annex", target, engine=engine)
    assert result.pages > 50
    text = squeeze(pdftotext(target))
    assert "Row2000" in text and "Endoftheannex." in text
    # The header row repeats on every page of the table.
    assert pdftotext(target, result.pages // 2, result.pages // 2).count("Court") >= 1
    # Footers of a long document print in two halves: both land on the right pages.
    for page in (1, result.pages // 2, result.pages // 2 + 1, result.pages):
        assert f"Page {page} of {result.pages}" in pdftotext(target, page, page)


@pytest.mark.parametrize("chunk", [25, 2])
def test_binder_outline_contents_and_pages(
    engine: PrintEngine,
    library: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
) -> None:
    # Small chunks and flushes take the paths of a large binder: several prints, joined
    # with saves and reopenings in between.
    monkeypatch.setattr("reader.export.pdf_binder.BINDER_CHUNK", chunk)
    monkeypatch.setattr("reader.export.pdf_binder.JOIN_FLUSH_PAGES", 5)
    items = [(None, slug) for slug in dict.fromkeys(slug for slug, _, _ in ARTICLES)]
    target = tmp_path / "binder.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, title: str) -> bool:
        seen.append((done, total))
        return True

    result = export_binder(
        library,
        items,
        target,
        name="Matter 2025/17",
        description="Recognition of a Chinese judgment",
        options=PdfOptions(languages=("en",)),
        progress=progress,
        engine=engine,
    )
    expected = [*range(chunk, len(items), chunk), len(items)]
    assert seen == [(i, len(items)) for i in expected]
    reader = PdfReader(target)
    assert result.pages == len(reader.pages)
    assert reader.metadata is not None and reader.metadata.title == "Matter 2025/17"
    cover = pdftotext(target, 1, 1)
    assert "Matter 2025/17" in cover and "Recognition of a Chinese judgment" in cover
    titles = [library.document(slug, "en").summary.title for _, slug in items]
    top = [(t, p) for depth, t, p in outline_titles(target) if depth == 0]
    assert [t for t, _ in top] == ["Contents", *titles]
    nested = [t for depth, t, _ in outline_titles(target) if depth == 1]
    assert nested  # the articles' headings
    # The contents' links point at each article's first page, whose text starts with
    # the title, and the page number printed in the contents is that page.
    toc_page = top[0][1]
    links = [
        a.get_object()
        for a in reader.pages[toc_page].get("/Annots", [])
        if "/Dest" in a.get_object()
    ]
    assert len(links) == len(titles)
    toc_text = pdftotext(target, toc_page + 1, toc_page + 1)
    for link, title, (_, outline_page) in zip(links, titles, top[1:], strict=True):
        page = reader.get_page_number(link["/Dest"][0].get_object())
        assert page == outline_page
        assert squeeze(title) in squeeze(pdftotext(target, page + 1, page + 1))
        if page - 1 > toc_page:  # a new page: the previous one is another article's
            assert squeeze(title) not in squeeze(pdftotext(target, page, page))
        line = next(ln for ln in toc_text.splitlines() if str(page + 1) == ln.strip())
        assert line
        assert f"Page {page + 1} of {result.pages}" in pdftotext(target, page + 1, page + 1)
    # Every internal link (footnotes, contents) now names its page explicitly.
    for page in reader.pages:
        for annot in page.get("/Annots", []):
            dest = annot.get_object().get("/Dest")
            if dest is not None:
                assert not isinstance(dest, str), dest
                assert reader.get_page_number(dest[0].get_object()) >= 0
    footer = pdftotext(target, result.pages, result.pages)
    assert f"Page {result.pages} of {result.pages}" in footer


def test_collection_binder_and_cancel(
    engine: PrintEngine, sample_library: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    with Store.open(copy) as store:
        store.create_collection("Enforcement", "Judgments and awards across borders")
        store.add_to_collection(
            "Enforcement",
            ["supreme-court-embraces-presumed-reciprocity", "chinese-judgments-enforced-abroad"],
        )
        target = tmp_path / "out" / "enforcement.pdf"
        target.parent.mkdir()
        with pytest.raises(ExportCancelled):
            export_collection(
                store, "Enforcement", target, progress=lambda *_: False, engine=engine
            )
        assert list(target.parent.iterdir()) == []
        result = export_collection(store, "Enforcement", target, engine=engine)
        assert result.articles == 2
        assert "Judgments and awards across borders" in pdftotext(target, 1, 1)
        with pytest.raises(NotFound):
            export_collection(store, "No such", tmp_path / "x.pdf", engine=engine)


def _annotate(store: Store, slug: str, lang: str, quote: str, color: str, note: str) -> int:
    text = store.document(slug, lang).text
    start = text.index(quote)
    return store.annotate(slug, lang, start, start + len(quote), color=color, note=note).id


def _links(reader: PdfReader) -> list[tuple[int, int]]:
    """(page, target page) of every internal link."""
    out = []
    for i, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []):
            obj = annot.get_object()
            if "/Dest" in obj:
                out.append((i, reader.get_page_number(obj["/Dest"][0].get_object())))
            elif "/A" in obj:
                assert "binder.invalid" not in str(obj["/A"].get("/URI", ""))
    return out


def test_annotations_as_highlights_and_linked_endnotes(
    sample_library: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    slug = "reading-a-chinese-case-number"
    with Store.open(copy) as store:
        _annotate(store, slug, "zh-cn", "案号", "yellow", "The **case number** names the court.")
        _annotate(store, slug, "zh-cn", "最高人民法院", "green", "SPC <script>alert(1)</script>")
        _annotate(store, slug, "zh-cn", "2016", "blue", "")  # a highlight without a note
        with PrintEngine(store) as engine:
            plain, annotated = tmp_path / "plain.pdf", tmp_path / "annotated.pdf"
            export_article(store, slug, plain, lang="zh-cn", engine=engine)
            options = PdfOptions(annotations=True)
            export_article(store, slug, annotated, lang="zh-cn", options=options, engine=engine)
            binder = tmp_path / "binder.pdf"
            export_binder(
                store,
                [(None, "company-chops-and-seals"), (None, slug)],
                binder,
                name="Annotated",
                options=PdfOptions(annotations=True, languages=("zh-cn",)),
                engine=engine,
            )
    text = pdftotext(annotated)
    assert "Notes" in text and "Notes" not in pdftotext(plain)
    assert "The case number names the court." in text  # Markdown rendered
    # Raw HTML in a note is shown as the characters typed, never as markup.
    assert "SPC <script>alert(1)</script>" in text
    assert squeeze("[1]") in squeeze(text) and squeeze("[2]") in squeeze(text)
    assert "[3]" not in text  # no note, no number
    # Each note mark links to the notes, and each note links back to its passage.
    reader = PdfReader(annotated)
    links = _links(reader)
    notes_page = next(
        i
        for i in range(len(reader.pages))
        if "back to the passage" in pdftotext(annotated, i + 1, i + 1)
    )
    forward = [(src, dst) for src, dst in links if dst == notes_page and src != notes_page]
    back = [(src, dst) for src, dst in links if src == notes_page and dst < notes_page]
    assert len(forward) == 2 and len(back) == 2
    # Highlights are drawn in their colours (the print colours of reader.css).
    for colour in (b"\xff\xec\x99", b"\xc3\xf0\xc8"):  # yellow, green
        assert colour in _pixels(annotated) and colour not in _pixels(plain)
    # The binder gathers the notes at the end, linked both ways across the parts.
    top = [(t, p) for depth, t, p in outline_titles(binder) if depth == 0]
    assert top[-1][0] == "Notes"
    notes_at = top[-1][1]
    breader = PdfReader(binder)
    blinks = _links(breader)
    assert sum(1 for src, dst in blinks if dst == notes_at and src < notes_at) == 2
    assert sum(1 for src, dst in blinks if src == notes_at and dst < notes_at) == 2
    assert "The case number names the court." in pdftotext(binder, notes_at + 1, notes_at + 1)


def _pixels(pdf: Path) -> bytes:
    """The first page as raw RGB (a binary PPM from pdftoppm)."""
    root = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(root)],
        check=True,
        timeout=60,
    )
    return root.with_suffix(".ppm").read_bytes()
