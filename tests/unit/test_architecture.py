"""Checks of the dependency rules that import-linter cannot express."""

import ast
from pathlib import Path

import reader

ROOT = Path(reader.__file__).parent


def _imports(folder: Path) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for py in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update((str(py), a.name) for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.update((str(py), f"{node.module}.{a.name}") for a in node.names)
    return found


def test_export_never_builds_widgets() -> None:
    bad = [(f, m) for f, m in _imports(ROOT / "export") if m.startswith("PySide6.QtWidgets")]
    assert bad == []


def test_the_rule_would_catch_a_widget_import(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("from PySide6.QtWidgets import QWidget\n")
    assert ("PySide6.QtWidgets.QWidget") in {m for _, m in _imports(tmp_path)}
