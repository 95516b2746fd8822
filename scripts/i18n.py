"""Interface translations: extract, compile and check (Qt .ts / .qm).

    .venv/bin/python scripts/i18n.py extract   # update every .ts from the source, compile .qm
    .venv/bin/python scripts/i18n.py compile   # .ts -> .qm only (pyside6-lrelease)
    .venv/bin/python scripts/i18n.py check     # per-language completeness; exit 1 if < 100 %
    .venv/bin/python scripts/i18n.py todo LANG            # untranslated strings as JSON
    .venv/bin/python scripts/i18n.py fill LANG FILE.json  # merge translations into the .ts

Extraction reads the AST of reader/**/*.py and takes the first argument of every call
whose name is in RECOGNISED_CALLS, when it is a string literal. A call listed as plural
(``trn``) becomes a numerus message (``%n`` / ``%Ln`` in the text). Strings that vanish
from the source stay in the .ts marked ``vanished`` (their translation comes back if the
string does); new strings arrive unfinished. English has a .ts too: its ordinary
messages are filled with the source text, and it carries the English plural forms.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "reader"
OUT = ROOT / "reader" / "resources" / "i18n"
CONTEXT = "reader"
LANGS = (
    "en", "ar", "zh_CN", "nl", "fr", "de", "hi", "it", "ja", "ko",
    "pt", "ru", "es", "sv", "he", "id", "vi", "th", "tr", "ms",
)  # fmt: skip
# Names of the translation calls (plain or as an attribute: ``self.tr_``), with True
# for those whose string has a count (Qt's numerus form).
RECOGNISED_CALLS: dict[str, bool] = {
    "tr": False,  # reader.i18n.tr, and the tr passed into widgets
    "tr_": False,  # self.tr_ = tr
    "_tr": False,  # self._tr = tr
    "_t": False,  # page chrome in reader/export/article_html.py
    "N_": False,  # marks a string translated later (tables, defaults)
    "_action": False,  # MainWindow._action("Label", slot, shortcut) translates its label
    "trn": True,  # reader.i18n.trn("%n article(s)", n)
}
# Plural forms Qt uses per language (the order of Qt's numerus rules).
PLURAL_FORMS = {
    "en": 2, "ar": 6, "zh_CN": 1, "nl": 2, "fr": 2, "de": 2, "hi": 2, "it": 2, "ja": 1,
    "ko": 1, "pt": 2, "ru": 3, "es": 2, "sv": 2, "he": 2, "id": 1, "vi": 1, "th": 1,
    "tr": 1, "ms": 1,
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?n|%\d")
TAG = re.compile(r"</?[a-z]+[^>]*>")


@dataclass
class Message:
    source: str
    numerus: bool
    where: list[str] = field(default_factory=list)


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def extract(root: Path = SOURCE) -> dict[str, Message]:
    """Every translatable string in the package, in order of first appearance."""
    found: dict[str, Message] = {}
    for py in sorted(root.rglob("*.py")):
        tree = ast.parse(py.read_text(encoding="utf-8"), str(py))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _call_name(node)
            if name not in RECOGNISED_CALLS:
                continue
            arg = node.args[0]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                continue
            if not arg.value.strip():
                continue
            where = f"{_rel(py)}:{node.lineno}"
            msg = found.setdefault(arg.value, Message(arg.value, RECOGNISED_CALLS[name]))
            msg.numerus = msg.numerus or RECOGNISED_CALLS[name]
            msg.where.append(where)
    return found


# Widget calls whose string arguments a user sees: a string literal (or f-string, or
# "...".format(...)) passed straight to one of these is an untranslated string.
WIDGET_CALLS = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QToolBar", "QMenu", "QListWidgetItem", "QTreeWidgetItem",
    "QCommandLinkButton", "QDockWidget",
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setLabelText", "setTabText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setSpecialValueText", "setSuffix", "setPrefix",
    "setInformativeText", "setDetailedText", "setAccessibleName", "setAccessibleDescription",
    "addItem", "addItems", "insertItem", "addTab", "insertTab", "addMenu", "addAction",
    "addRow", "addButton", "showMessage", "warning", "information", "question",
    "critical", "about", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "getText", "getItem", "getInt",
})  # fmt: skip
_LETTER = re.compile(r"[^\W\d_]")


def _visible_literal(node: ast.expr) -> str | None:
    """The text of an argument that is an untranslated literal a user would see."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _visible_literal(node.func.value)
    elif isinstance(node, ast.BinOp):
        return _visible_literal(node.left) or _visible_literal(node.right)
    else:
        return None
    return text if _LETTER.search(TAG.sub("", text)) else None


def audit(root: Path = SOURCE) -> list[str]:
    """Literal user-visible strings passed to widget calls without a translation call.
    A line may opt out with a ``# i18n: not translated`` comment saying why."""
    found: list[str] = []
    for py in sorted(root.rglob("*.py")):
        text = py.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text, str(py))):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                # t = self._tr would hide every t("...") from extraction
                target, value = node.targets[0], node.value
                alias = (
                    value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", None)
                )
                if (
                    isinstance(target, ast.Name)
                    and alias in RECOGNISED_CALLS
                    and target.id not in RECOGNISED_CALLS
                ):
                    found.append(
                        f"{_rel(py)}:{node.lineno}: {target.id} = {alias}: use a recognised name"
                    )
            if not isinstance(node, ast.Call) or _call_name(node) not in WIDGET_CALLS:
                continue
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in ("log", "logger", "logging", "warnings")
            ):
                continue  # a log line, not the interface
            positional = list(node.args)
            if _call_name(node) in ("addItem", "insertItem") and len(positional) >= 2:
                positional = positional[:-1]  # the last is the item's data
            args = [*positional, *(k.value for k in node.keywords if k.arg not in _NOT_SHOWN)]
            for arg in args:
                literal = _visible_literal(arg)
                if literal is None:
                    continue
                span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
                if any("i18n: not translated" in line for line in span):
                    continue
                found.append(f"{_rel(py)}:{arg.lineno}: {_call_name(node)}({literal!r})")
    return found


_NOT_SHOWN = frozenset({"objectName", "shortcut", "icon", "data"})


@dataclass
class Entry:
    source: str
    numerus: bool
    forms: list[str]  # [] when unfinished
    state: str = ""  # "", "unfinished" or "vanished"


def ts_path(lang: str) -> Path:
    return OUT / f"reader_{lang}.ts"


def read_ts(lang: str) -> dict[str, Entry]:
    path = ts_path(lang)
    if not path.exists():
        return {}
    entries: dict[str, Entry] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr_el = message.find("translation")
        numerus = message.get("numerus") == "yes"
        state = tr_el.get("type", "") if tr_el is not None else "unfinished"
        if tr_el is None:
            forms: list[str] = []
        elif numerus:
            forms = [f.text or "" for f in tr_el.findall("numerusform")]
        else:
            forms = [tr_el.text or ""]
        if not any(forms):
            forms = []
        entries[source] = Entry(source, numerus, forms, state)
    return entries


def write_ts(lang: str, entries: list[Entry]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{lang}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for e in entries:
        attr = ' numerus="yes"' if e.numerus else ""
        lines.append(f"    <message{attr}>")
        lines.append(f"        <source>{escape(e.source)}</source>")
        typ = f' type="{e.state}"' if e.state else ""
        if e.numerus:
            if e.forms:
                lines.append(f"        <translation{typ}>")
                lines.extend(f"            <numerusform>{escape(f)}</numerusform>" for f in e.forms)
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{typ}></translation>")
        else:
            text = escape(e.forms[0]) if e.forms else ""
            lines.append(f"        <translation{typ}>{text}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = ts_path(lang).with_suffix(".ts.tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(ts_path(lang))


def update(lang: str, messages: dict[str, Message]) -> tuple[int, int]:
    """Merge the extracted messages into one language's .ts; (new, vanished)."""
    old = read_ts(lang)
    out: list[Entry] = []
    new = 0
    for source, msg in messages.items():
        e = old.pop(source, None)
        if e is None or e.numerus != msg.numerus:
            new += 1
            e = Entry(source, msg.numerus, [], "unfinished")
        if lang == "en" and not msg.numerus:
            e.forms = [source]  # English is the source language
        e.state = "" if e.forms else "unfinished"
        out.append(e)
    vanished = 0
    for e in old.values():
        if e.forms and not (lang == "en" and not e.numerus):
            e.state = "vanished"
            out.append(e)
            vanished += 1
    write_ts(lang, out)
    return new, vanished


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (pip install -e .)")
    return found


def compile_all() -> None:
    tool = lrelease()
    for lang in LANGS:
        ts = ts_path(lang)
        subprocess.run(
            [tool, "-silent", "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def problems(source: str, e: Entry, lang: str) -> list[str]:
    """What is wrong with one translation (missing, wrong count of forms, placeholders,
    accelerators or markup that differ from the source)."""
    if not e.forms or not all(f.strip() for f in e.forms):
        return ["untranslated"]
    if e.numerus and len(e.forms) != PLURAL_FORMS[lang]:
        return [f"{len(e.forms)} plural forms, {lang} has {PLURAL_FORMS[lang]}"]
    found: list[str] = []
    want_ph = sorted(set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
    want_tags = sorted(t.split()[0].rstrip(">") for t in TAG.findall(source))
    for form in e.forms:
        have = sorted(set(PLACEHOLDER.findall(form)) - {"%n", "%Ln"})
        if have != want_ph:
            found.append(f"placeholders {have} instead of {want_ph}")
        tags = sorted(t.split()[0].rstrip(">") for t in TAG.findall(form))
        if tags != want_tags:
            found.append(f"markup {tags} instead of {want_tags}")
        if "&" in source.replace("&&", "") and "&" not in form.replace("&&", ""):
            found.append("accelerator & missing")
    if e.numerus and PLURAL_FORMS[lang] > 1 and not any("%n" in f or "%Ln" in f for f in e.forms):
        found.append("no %n in any plural form")
    return found


def check(verbose: bool = True) -> int:
    messages = extract()
    failed = 0
    for lang in LANGS:
        entries = read_ts(lang)
        missing: list[str] = []
        for source in messages:
            e = entries.get(source)
            if e is None or e.state == "vanished" or e.numerus != messages[source].numerus:
                missing.append(f"{source!r}: not in the .ts (run scripts/i18n.py extract)")
                continue
            for p in problems(source, e, lang):
                missing.append(f"{source!r}: {p}")
        done = len(messages) - len({m.split("': ")[0] for m in missing})
        pct = 100.0 * done / len(messages) if messages else 100.0
        if verbose:
            print(f"{lang:6} {pct:6.1f} %  {done}/{len(messages)}")
        if missing:
            failed += 1
            if verbose:
                for m in missing[:10]:
                    print(f"         {m}")
                if len(missing) > 10:
                    print(f"         … and {len(missing) - 10} more")
        stale = stale_qm(lang, entries)
        if stale:
            failed += 1
            if verbose:
                print(f"         reader_{lang}.qm does not match its .ts ({stale}): run compile")
    return 1 if failed else 0


def stale_qm(lang: str, entries: dict[str, Entry]) -> str:
    """Why the compiled .qm differs from the .ts ("" when it matches): every finished
    message must come out of the .qm as the .ts has it. File times are no guide after
    a git checkout."""
    from PySide6.QtCore import QTranslator

    qm = ts_path(lang).with_suffix(".qm")
    translator = QTranslator()
    if not qm.exists() or not translator.load(str(qm)):
        return "missing"
    for e in entries.values():
        if e.state or not e.forms:
            continue
        n = 1 if e.numerus else -1
        got = translator.translate(CONTEXT, e.source, None, n)
        if e.numerus and got not in [f.replace("%Ln", "1").replace("%n", "1") for f in e.forms]:
            if got not in e.forms:
                return f"{e.source!r}"
        elif not e.numerus and got != e.forms[0]:
            return f"{e.source!r}"
    return ""


def todo(lang: str) -> None:
    messages = extract()
    entries = read_ts(lang)
    out: dict[str, object] = {}
    for source, msg in messages.items():
        e = entries.get(source)
        if e is None or problems(source, e, lang):
            out[source] = [""] * PLURAL_FORMS[lang] if msg.numerus else ""
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(lang: str, path: Path) -> int:
    given: dict[str, str | list[str]] = json.loads(path.read_text(encoding="utf-8"))
    entries = read_ts(lang)
    unknown = [s for s in given if s not in entries]
    bad = 0
    for source, value in given.items():
        e = entries.get(source)
        if e is None:
            continue
        forms = value if isinstance(value, list) else [value]
        candidate = Entry(source, e.numerus, list(forms))
        issues = problems(source, candidate, lang)
        if issues:
            bad += 1
            print(f"{lang}: {source!r}: {'; '.join(issues)}", file=sys.stderr)
            continue
        e.forms, e.state = list(forms), ("vanished" if e.state == "vanished" else "")
    write_ts(lang, list(entries.values()))
    for s in unknown:
        print(f"{lang}: not in the .ts (ignored): {s!r}", file=sys.stderr)
    print(
        f"{lang}: {len(given) - bad - len(unknown)} filled, {bad} refused, {len(unknown)} unknown"
    )
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "audit":
        bad = audit()
        print("\n".join(bad) or "every literal in a widget call is translated")
        return 1 if bad else 0
    if not argv or argv[0] not in ("extract", "compile", "check", "todo", "fill"):
        print(__doc__)
        return 2
    if argv[0] == "extract":
        messages = extract()
        for lang in LANGS:
            new, vanished = update(lang, messages)
            print(f"{lang:6} {len(messages)} strings, {new} new, {vanished} vanished")
        compile_all()
        return 0
    if argv[0] == "compile":
        compile_all()
        return 0
    if argv[0] == "check":
        return check()
    if argv[0] == "todo":
        todo(argv[1])
        return 0
    status = fill(argv[1], Path(argv[2]))
    compile_all()
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
