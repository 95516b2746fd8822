"""Where the app keeps its files: installed (platformdirs) and portable mode."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from reader import paths
from reader.cli import main


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs' per-user folders inside tmp_path (it reads XDG_* on every call)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("READER_DB", raising=False)
    return tmp_path


@pytest.fixture
def frozen(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen build's folder: sys.frozen set, sys.executable a real file in it."""
    app = home / "Lex Sinica Reader"
    app.mkdir()
    exe = app / "lexsinica-reader"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return app


def test_installed_mode_uses_the_per_user_folders(frozen: Path, home: Path) -> None:
    assert not paths.is_portable()
    assert paths.data_dir() == home / "xdg-data" / "LexSinicaReader"
    assert paths.settings_file() == home / "xdg-config" / "LexSinicaReader" / "settings.json"
    assert paths.default_library() == home / "xdg-data" / "LexSinicaReader" / "library.sqlite"


def test_marker_beside_the_executable_keeps_everything_beside_it(frozen: Path) -> None:
    (frozen / "portable.txt").write_text("")
    assert paths.is_portable()
    assert paths.data_dir() == frozen / "data"
    assert paths.settings_file() == frozen / "data" / "settings.json"
    assert paths.default_library() == frozen / "data" / "library.sqlite"


def test_a_folder_named_like_the_marker_is_not_a_marker(frozen: Path) -> None:
    (frozen / "portable.txt").mkdir()
    assert not paths.is_portable()


def test_macos_marker_goes_beside_the_app_bundle(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    macos = home / "Stick" / "Lex Sinica Reader.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (macos / "lexsinica-reader").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(macos / "lexsinica-reader"))
    assert paths.program_dir() == home / "Stick"
    (home / "Stick" / "portable.txt").write_text("")
    assert paths.default_library() == home / "Stick" / "data" / "library.sqlite"


def test_source_run_looks_beside_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.program_dir() == Path(paths.__file__).resolve().parent.parent
    assert (paths.program_dir() / "reader" / "paths.py").is_file()


def test_portable_library_paths_are_remembered_relative(frozen: Path) -> None:
    (frozen / "portable.txt").write_text("")
    inside = frozen / "data" / "matters" / "acme.sqlite"
    assert paths.remembered(inside) == "matters/acme.sqlite"
    assert paths.resolve_remembered("matters/acme.sqlite") == inside
    outside = frozen.parent / "elsewhere.sqlite"
    assert paths.remembered(outside) == str(outside)
    assert paths.resolve_remembered(str(outside)) == outside


def test_portable_folder_moved_elsewhere_still_finds_its_library(
    frozen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drive letter or mount point changes: the remembered path moves along."""
    (frozen / "portable.txt").write_text("")
    chosen = frozen / "data" / "work.sqlite"
    paths.settings_file().parent.mkdir(parents=True)
    paths.settings_file().write_text(json.dumps({"library_path": paths.remembered(chosen)}))
    moved = frozen.parent / "stick" / frozen.name
    moved.parent.mkdir()
    frozen.rename(moved)
    monkeypatch.setattr(sys, "executable", str(moved / "lexsinica-reader"))
    assert paths.chosen_library() == moved / "data" / "work.sqlite"


def test_chosen_library_falls_back_to_the_default(frozen: Path) -> None:
    assert paths.chosen_library() == paths.default_library()
    paths.settings_file().parent.mkdir(parents=True)
    paths.settings_file().write_text("{not json")
    assert paths.chosen_library() == paths.default_library()
    paths.settings_file().write_text(json.dumps({"library_path": ""}))
    assert paths.chosen_library() == paths.default_library()


def test_command_line_follows_the_library_chosen_in_the_app(
    frozen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = frozen.parent / "other.sqlite"
    paths.settings_file().parent.mkdir(parents=True)
    paths.settings_file().write_text(json.dumps({"library_path": str(other)}))
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(other)
    assert other.is_file()
    assert not paths.default_library().exists()


def test_command_line_in_portable_mode_writes_beside_the_program(
    frozen: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (frozen / "portable.txt").write_text("")
    assert main(["sample"]) == 0
    capsys.readouterr()
    assert main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["path"] == str(frozen / "data" / "library.sqlite")
    assert info["articles"] > 0
    assert not (home / "xdg-data").exists()  # nothing in the per-user folders
