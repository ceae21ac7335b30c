"""Every user-visible string in ui/ goes through tr(), so a translation is a QTranslator away.

The scan looks at what the window hands to Qt as text: the arguments of Qt's text setters
(setText, setToolTip, setAccessibleName, ...), of widgets and actions made with a label,
of message boxes and file dialogs, and of this code's own action and dock helpers. A string
literal or f-string with letters there fails the test; wrap it as tr("...") and fill
placeholders after the lookup: tr("{} events").format(n).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

UI = Path(__file__).resolve().parents[2] / "timeline" / "ui"

TEXT_CALLS = frozenset({
    # Qt's text setters and text-taking constructors
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "addAction", "addMenu", "addTab",
    "setTabText", "setHorizontalHeaderLabels", "setTitle", "setLabelText", "setInformativeText", "setSuffix",
    "setPrefix", "setSpecialValueText", "addItem", "addItems", "insertItem", "addRow", "addButton", "setButtonText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QDockWidget",
    "QToolButton", "QListWidgetItem",
    "warning", "information", "question", "critical",
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "getText", "getItem",
    # this code's own helpers that make actions, docks and prompts
    "_action", "_window_action", "_timeline_action", "_dock", "error", "inform", "_buttons", "_date_edit",
    "_show_status",
})
# Where only some arguments are text (the rest is item data).
TEXT_POSITIONS = {"addItem": (0,), "insertItem": (1,), "QListWidgetItem": (0,), "addItems": (0,)}
LOGGERS = frozenset({"log", "logger", "logging", "qt_log"})  # log messages are for developers
KEY_SEQUENCE = re.compile(
    r"^((Ctrl|Shift|Alt|Meta)\+)*(F\d{1,2}|[A-Z0-9]|Home|End|Del|Delete|Esc|Return|Enter|Space|Tab|PgUp|PgDown)$")
# Modules with no user text of their own to translate: the tr() helper, and the licence
# table whose names and licences are the packages' own words.
EXEMPT = frozenset({"i18n.py", "dependency_licences.py"})


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _is_text(value: str) -> bool:
    return any(c.isalpha() for c in value) and not KEY_SEQUENCE.match(value)


def _bare_literals(node: ast.expr) -> Iterator[ast.expr]:
    literal = isinstance(node, ast.Constant) and isinstance(node.value, str) and _is_text(node.value)
    formatted = isinstance(node, ast.JoinedStr) and any(
        isinstance(v, ast.Constant) and _is_text(v.value) for v in node.values)
    if literal or formatted:
        yield node
    elif isinstance(node, ast.BinOp):
        yield from _bare_literals(node.left)
        yield from _bare_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _bare_literals(node.body)
        yield from _bare_literals(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _bare_literals(element)


def bare_strings(source: str, filename: str = "<source>") -> list[str]:
    """'file:line: text' for every user-visible string literal not passed through tr()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in TEXT_CALLS:
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
            continue
        positions = TEXT_POSITIONS.get(_name(node) or "")
        args = node.args if positions is None else [node.args[i] for i in positions if i < len(node.args)]
        for arg in args:
            for literal in _bare_literals(arg):
                found.append(f"{filename}:{literal.lineno}: {ast.unparse(literal)}")
    return found


def test_no_bare_user_visible_string_in_ui():
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name not in EXEMPT:
            found += bare_strings(path.read_text(encoding="utf-8"), path.name)
    assert found == [], "wrap these in tr() (timeline/ui/i18n.py):\n" + "\n".join(found)


@pytest.mark.parametrize("source", [
    'button = QPushButton("Export")',
    'self.setWindowTitle(f"Merge {count} events")',
    'menu.addAction("Zoom " + direction)',
    'box.setText("Saved" if ok else tr("Failed"))',
    'self._action("&Hide event", self.hide, "Ctrl+H")',
    'prompts.inform(tr("Edits"), ["Every edit applies to the current extraction."])',
])
def test_the_scan_finds_a_bare_string(source):
    assert len(bare_strings(source)) == 1


@pytest.mark.parametrize("source", [
    'button = QPushButton(tr("Export"))',
    'self.setWindowTitle(tr("Merge {} events").format(count))',
    'self._action(tr("&Hide event"), self.hide, "Ctrl+H")',  # the key sequence is no text
    'log.warning("could not write %s", path)',
    'combo.addItem(tr("Landscape"), "landscape")',  # the item's data is no text
    'label.setText("…")',
])
def test_the_scan_leaves_translated_strings_keys_data_and_logs_alone(source):
    assert bare_strings(source) == []


class _Shouting(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper() if context == "Timeline" else ""


def test_a_translator_changes_what_the_window_shows(qtbot):
    from timeline.ui.main_window import MainWindow

    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert window.zoom_in_action.text() == "ZOOM &IN"
    assert window.menu("View").title() == "&VIEW"
    assert window.filter_bar.search.placeholderText() == "SEARCH EVENTS…"
