"""The interface in the site's 20 languages: Qt translations loaded and applied, right to
left for Arabic and Hebrew, switching from the menu, dates, numbers and sorting."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from reader import i18n
from reader.app import Session
from reader.export.article_html import PageOptions, compose_article
from reader.settings import Settings
from reader.store import Store
from reader.ui.interface_language import DYNAMIC_STRINGS, apply_language, switch_language

SAMPLES = ("Sync now", "Bookmarks", "Search all articles (Ctrl+K)", "&File", "Published")
DIFFERENT = SAMPLES[:3]  # differ from English in every language ("File" is Italian too)
# What a reader of each language sees for "Sync now" (spot checks of the .qm content).
SYNC_NOW = {
    "de": "Jetzt synchronisieren",
    "ja": "今すぐ同期",
    "ar": "مزامنة الآن",
    "zh_CN": "立即同步",
}


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language("en")


@pytest.mark.parametrize("code", i18n.UI_LANGUAGES)
def test_each_qm_loads_and_translates_the_samples(code: str) -> None:
    qm = i18n.translations_dir() / f"reader_{code}.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    for text in SAMPLES:
        done = translator.translate(i18n.CONTEXT, text)
        assert done, f"{code}: {text!r} missing"
        if code != "en" and text in DIFFERENT:
            assert done != text, f"{code}: {text!r} not translated"
    if code in SYNC_NOW:
        assert translator.translate(i18n.CONTEXT, "Sync now") == SYNC_NOW[code]
    for text in DYNAMIC_STRINGS:  # shown through tr(variable): must be in every file
        assert translator.translate(i18n.CONTEXT, text)


def test_installing_a_language_translates_tr_and_qt_own_strings() -> None:
    loaded = apply_language("fr")
    assert any(p.endswith("reader_fr.qm") for p in loaded)
    assert any(Path(p).name == "qtbase_fr.qm" for p in loaded)  # Qt's own dialogs too
    assert i18n.tr("Bookmarks") == "Signets"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    apply_language("en")
    assert i18n.tr("Bookmarks") == "Bookmarks"


def test_plural_forms_follow_each_language() -> None:
    apply_language("en")
    assert i18n.trn("%Ln article(s)", 1) == "1 article"
    assert i18n.trn("%Ln article(s)", 1200) == "1,200 articles"
    apply_language("ru")
    forms = [i18n.trn("%Ln article(s)", n) for n in (1, 3, 5, 21)]
    assert forms == ["1 статья", "3 статьи", "5 статей", "21 статья"]
    apply_language("ar")
    two, three, eleven = (i18n.trn("%Ln article(s)", n) for n in (2, 3, 11))
    assert "مقالتان" in two and "مقالات" in three and "مقالة" in eleven
    assert "٣" in three  # Arabic-Indic digits, the locale's own
    apply_language("ja")
    assert i18n.trn("%Ln article(s)", 24) == "24 件の記事"


def test_arabic_lays_the_main_window_out_right_to_left(make_window: object) -> None:
    apply_language("ar")
    h = make_window()  # type: ignore[operator]
    assert h.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert h.window.sidebar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert h.window.search_box.placeholderText() == "البحث في كل المقالات (Ctrl+K)"
    apply_language("he")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    apply_language("de")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_to_japanese_from_the_menu_translates_the_menus(
    qtbot: object, sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    library = tmp_path / "library.sqlite"
    shutil.copy(sample_library, library)
    settings = Settings(tmp_path / "settings.json")
    session = Session(settings)
    assert session.open(library) is None
    try:
        first = session.window
        assert first is not None
        titles = [a.text() for a in first.menuBar().actions()]
        assert titles[:2] == ["&File", "&View"]
        names = [a.text() for a in first.language_menu.actions()]
        assert len(names) == 20 and "日本語" in names and "العربية" in names
        japanese = next(a for a in first.language_menu.actions() if a.data() == "ja")
        japanese.trigger()
        qtbot.waitUntil(lambda: session.window is not first, timeout=10_000)  # type: ignore[attr-defined]
        window = session.window
        assert window is not None
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["ファイル(&F)", "表示(&V)", "記事(&A)"]
        assert window.sync_action.text() == "今すぐ同期"
        checked = [a.data() for a in window.language_menu.actions() if a.isChecked()]
        assert checked == ["ja"]
        assert Settings(tmp_path / "settings.json").get("ui_language") == "ja"
        switch_language(window, "ja")  # the language shown already: nothing happens
        assert session.window is window
    finally:
        session.close()
        QApplication.processEvents()


def test_first_run_follows_the_system_language_when_it_is_one_of_the_20() -> None:
    assert i18n.system_language(QLocale("pt_BR")) == "pt"
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("de_AT")) == "de"
    assert i18n.system_language(QLocale("pl_PL")) == "en"  # not one of the 20
    assert i18n.match_language("zh-Hant-TW") is None  # Traditional Chinese is not either
    assert i18n.match_language("iw") == "he"
    assert i18n.resolve("ko") == "ko"


def test_dates_numbers_and_sorting_follow_the_interface_language() -> None:
    day = date(2026, 3, 5)
    apply_language("de")
    assert i18n.format_date(day) == "05.03.2026"
    assert i18n.format_number(1234567) == "1.234.567"
    assert i18n.sort_names(["Zoll", "Ärger", "Abgabe", "Öl", "Ordnung"]) == [
        "Abgabe",
        "Ärger",
        "Öl",
        "Ordnung",
        "Zoll",
    ]
    apply_language("ja")
    assert i18n.format_date(day, long=True) == "2026年3月5日"
    apply_language("sv")  # Swedish sorts Ä and Ö after Z
    assert i18n.sort_names(["Ära", "Zon", "Avtal"]) == ["Avtal", "Zon", "Ära"]


def test_the_reading_page_labels_follow_the_interface_language(sample_library: Path) -> None:
    with Store.open(sample_library) as store:
        summary = store.list_articles(None)[0]
        doc = store.document(summary.slug, summary.lang, source=summary.source)
    apply_language("de")
    links = {"asset_url": lambda sha: f"asset:{sha}", "article_link": lambda _url: None}
    page = compose_article(doc, PageOptions(sample=True), **links)  # type: ignore[arg-type]
    assert "Veröffentlicht" in page and "Published" not in page
    assert 'lang="de" dir="ltr"' in page
    apply_language("ar")
    page = compose_article(doc, PageOptions(), **links)  # type: ignore[arg-type]
    assert "تاريخ النشر" in page and 'lang="ar" dir="rtl"' in page


def test_left_to_right_titles_keep_their_punctuation_in_a_right_to_left_window() -> None:
    apply_language("ar")
    assert i18n.in_layout("What Is a Judicial Interpretation?").endswith("?\u200e")
    assert i18n.in_layout("ما هو التفسير القضائي؟") == "ما هو التفسير القضائي؟"
    apply_language("en")
    assert i18n.in_layout("What Is a Judicial Interpretation?").endswith("?")


def test_no_switch_while_a_sync_runs(make_window: object, monkeypatch: pytest.MonkeyPatch) -> None:
    h = make_window()  # type: ignore[operator]
    said: list[str] = []
    monkeypatch.setattr(
        "reader.ui.interface_language.QMessageBox.information",
        lambda _parent, _title, text: said.append(text),
    )
    h.window.sync.running = True
    try:
        switch_language(h.window, "de")
    finally:
        h.window.sync.running = False
    assert said and "sync" in said[0]
    assert i18n.current_language() == "en"
    assert h.settings.get("ui_language") == ""
    checked = [a.data() for a in h.window.language_menu.actions() if a.isChecked()]
    assert checked == ["en"]
