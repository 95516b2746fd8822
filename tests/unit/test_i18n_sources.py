"""The interface translations are complete and every visible string goes through them.

``scripts/i18n.py check`` is part of the test command through these tests: a string
added to the interface without running ``scripts/i18n.py extract`` and translating it
fails here, as does a literal passed to a widget without ``tr``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["i18n_tool"] = tool
_spec.loader.exec_module(tool)


def test_every_language_is_complete(capsys: pytest.CaptureFixture[str]) -> None:
    status = tool.check()
    report = capsys.readouterr().out
    assert status == 0, "run scripts/i18n.py extract and translate:\n" + report
    assert report.count("100.0 %") == len(tool.LANGS)


def test_no_literal_reaches_a_widget_untranslated() -> None:
    assert tool.audit() == []


def test_the_audit_catches_an_untranslated_label(tmp_path: Path) -> None:
    (tmp_path / "w.py").write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "def build(tr, box, n):\n"
        "    QLabel('Bookmarks')\n"
        "    box.setToolTip(f'{n} articles')\n"
        "    box.addItem('Letter', 'letter')\n"
        "    box.setText(tr('Fine'))\n"
        "    box.setText('—')\n"
        "    log.warning('not the interface %s', n)\n"
    )
    found = tool.audit(tmp_path)
    assert [f.split(": ", 1)[1] for f in found] == [
        "QLabel('Bookmarks')",
        "setToolTip(' articles')",
        "addItem('Letter')",
    ]


def test_extraction_finds_calls_by_name_with_plural_flags(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(
        "def f(self, tr, trn, n):\n"
        "    tr('Sync now')\n"
        "    self.tr_('Bookmarks')\n"
        "    self._action('Quit', None)\n"
        "    trn('%n article(s)', n)\n"
        "    tr(variable)\n"
        "    print('not translated')\n"
    )
    found = tool.extract(tmp_path)
    assert list(found) == ["Sync now", "Bookmarks", "Quit", "%n article(s)"]
    assert [m.numerus for m in found.values()] == [False, False, False, True]


def test_a_translation_that_loses_a_placeholder_is_refused() -> None:
    entry = tool.Entry("Last synced {when}", False, ["Zuletzt synchronisiert"])
    assert tool.problems("Last synced {when}", entry, "de")
    ok = tool.Entry("&File", False, ["&Datei"])
    assert tool.problems("&File", ok, "de") == []
    no_key = tool.Entry("&File", False, ["Datei"])
    assert tool.problems("&File", no_key, "de") == ["accelerator & missing"]
    plural = tool.Entry("%n article(s)", True, ["%n статья", "%n статьи"])
    assert tool.problems("%n article(s)", plural, "ru")  # Russian has three forms


def test_vanished_strings_keep_their_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tool, "OUT", tmp_path)
    first = {"Old label": tool.Message("Old label", False)}
    tool.update("de", first)
    entries = tool.read_ts("de")
    entries["Old label"].forms = ["Alte Beschriftung"]
    tool.write_ts("de", list(entries.values()))
    tool.update("de", {"New label": tool.Message("New label", False)})
    after = tool.read_ts("de")
    assert after["Old label"].state == "vanished"
    assert after["Old label"].forms == ["Alte Beschriftung"]
    assert after["New label"].state == "unfinished"
    tool.update("de", first)  # the string comes back: so does its translation
    assert tool.read_ts("de")["Old label"].state == ""


def test_check_notices_a_qm_not_compiled_after_its_ts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for suffix in (".ts", ".qm"):
        src = tool.ts_path("de").with_suffix(suffix)
        (tmp_path / src.name).write_bytes(src.read_bytes())
    monkeypatch.setattr(tool, "OUT", tmp_path)
    entries = tool.read_ts("de")
    assert tool.stale_qm("de", entries) == ""
    entries["Sync now"].forms = ["Sofort synchronisieren"]
    tool.write_ts("de", list(entries.values()))
    assert tool.stale_qm("de", tool.read_ts("de")) == "'Sync now'"
