import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from reader.model import LANGUAGES, SearchFilter
from reader.store import Store
from reader.sync.pack import PackError, import_pack, sample_pack_path


def test_sample_library_meets_its_brief(sample_store: Store) -> None:
    info = sample_store.info()
    assert info.articles >= 24
    assert set(info.languages) >= set(LANGUAGES) - {"zh-tw"}  # all 20 site languages
    source = sample_store.sources()[0]
    assert source.sample
    cats = [t for t, n in sample_store.terms(source.id, "category") if n]
    topics = [t for t, n in sample_store.terms(source.id, "topic") if n]
    assert len(cats) >= 4 and len(topics) >= 6
    assert all(t.description for t in topics)
    english = sample_store.list_articles(SearchFilter(lang="en"), limit=1000)
    assert len(english) == info.articles
    assert all(len(row.languages) >= 4 for row in english)  # English + 3 translations


def test_sample_bodies_are_realistic(sample_store: Store) -> None:
    conn = sample_store._conn
    damaged = conn.execute(
        "SELECT count(*) FROM document_text WHERE text LIKE '%XNUMX%'"
    ).fetchone()[0]
    assert damaged >= 3
    twice = conn.execute(
        "SELECT count(DISTINCT document_id) FROM revision WHERE number = 2"
    ).fetchone()[0]
    assert twice >= 3
    assert conn.execute("SELECT count(*) FROM asset").fetchone()[0] >= 1
    htmls = [sample_store.document(r.slug, "en").html for r in sample_store.list_articles()]
    joined = "\n".join(htmls)
    for marker in ("<h2>", "<ul>", "<ol", "<blockquote>", "<table>", "<sup>", 'src="asset:'):
        assert marker in joined, marker
    assert any("(营业执照" in h or "（" in h or "(最高" in h for h in htmls)
    related = conn.execute("SELECT count(*) FROM related WHERE kind = 'site'").fetchone()[0]
    assert related >= 24


def test_sample_search_in_several_scripts(sample_store: Store) -> None:
    assert {h.lang for h in sample_store.search("法院")} >= {"zh-cn"}
    assert sample_store.search("المحكمة", SearchFilter(lang="ar"))
    assert sample_store.search("ศาล", SearchFilter(lang="th"))
    assert sample_store.search("reciprocity")[0].lang == "en"


def test_reimport_changes_nothing(sample_library: Path, tmp_path: Path) -> None:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    with Store.open(copy) as s:
        before = s._conn.execute("SELECT count(*) FROM revision").fetchone()[0]
        report = import_pack(s, sample_pack_path())
        assert report.new == report.updated == report.failed == 0
        assert report.unchanged >= 24
        assert s._conn.execute("SELECT count(*) FROM revision").fetchone()[0] == before


def _small_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(sample_pack_path(), pack)
    keep = sorted(p.name for p in (pack / "articles").iterdir())[:3]
    for d in (pack / "articles").iterdir():
        if d.name not in keep:
            shutil.rmtree(d)
    return pack


def test_broken_article_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    pack = _small_pack(tmp_path)
    first, second, third = sorted((pack / "articles").iterdir())
    (first / "meta.json").write_text("{not json")
    (second / "en.html").write_bytes("<title>x</title>".encode("utf-16"))
    with Store.open(tmp_path / "lib.sqlite") as s:
        report = import_pack(s, pack)
        assert report.new == 1 and report.failed == 2
        assert {e["slug"] for e in report.errors} == {first.name, second.name}
        assert "UTF-8" in next(e["error"] for e in report.errors if e["slug"] == second.name)
        assert [r.slug for r in s.list_articles()] == [third.name]


def test_zip_pack_imports_like_a_folder(tmp_path: Path) -> None:
    pack = _small_pack(tmp_path)
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in pack.rglob("*"):
            if f.is_file():
                z.write(f, Path("mypack") / f.relative_to(pack))
    with Store.open(tmp_path / "lib.sqlite") as s:
        report = import_pack(s, archive)
        assert report.new == 3 and report.failed == 0


def test_pack_cannot_read_outside_itself(tmp_path: Path) -> None:
    pack = _small_pack(tmp_path)
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG secret")
    art = sorted((pack / "articles").iterdir())[0]
    en = art / "en.html"
    en.write_text(en.read_text().replace("<body>", '<body><img src="../secret.png">', 1))
    with Store.open(tmp_path / "lib.sqlite") as s:
        import_pack(s, pack)
        blobs = [bytes(r[0]) for r in s._conn.execute("SELECT data FROM asset")]
        assert b"\x89PNG secret" not in blobs


def test_not_a_pack(tmp_path: Path) -> None:
    with Store.open(tmp_path / "lib.sqlite") as s:
        with pytest.raises(PackError, match=r"pack\.json is missing"):
            import_pack(s, tmp_path)
        (tmp_path / "x.zip").write_bytes(b"not a zip")
        with pytest.raises(PackError, match="not a pack"):
            import_pack(s, tmp_path / "x.zip")
        bad = tmp_path / "bad"
        bad.mkdir()
        (bad / "pack.json").write_text(json.dumps({"format": "other"}))
        with pytest.raises(PackError, match="not a library pack"):
            import_pack(s, bad)


def test_sample_import_is_atomic_per_article(tmp_path: Path) -> None:
    """Every held document has its newest revision, text and index entry."""
    with Store.open(tmp_path / "lib.sqlite") as s:
        import_pack(s, _small_pack(tmp_path))
    conn = sqlite3.connect(tmp_path / "lib.sqlite")
    orphans = conn.execute(
        "SELECT count(*) FROM document d LEFT JOIN revision r ON r.id = d.revision_id WHERE r.id IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    conn.close()
