"""Every user-visible string in ui/ goes through tr(), so a translation is a QTranslator away.

The scan looks at what the window hands to Qt as text: the arguments of Qt's text setters
(setText, setToolTip, setAccessibleName, ...), of widgets and actions made with a label,
of message boxes and file dialogs, and of this code's own action and dock helpers. A string
literal or f-string with letters there fails the test; wrap it as tr("...") and fill
placeholders after the lookup: tr("{} events").format(n). HTML tags are markup, not text.

Text also reaches the window by two roads the calls above do not show:
- module-level tables (column headers, display names), built at import before a translator
  is installed: their texts are marked translatable("...") and looked up where shown;
- helper functions and Qt models that return the text (tooltips, row texts, status lines).
There the scan flags literals that read as words (two words in a row, or a capitalised word
in a table), so object names, setting keys, icon names, style sheets and date formats pass.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from foreign_window import translated_main_window
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction

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
    "_show_status", "_status", "setHtml",
})
# Where only some arguments are text (the rest is item data).
TEXT_POSITIONS = {"addItem": (0,), "insertItem": (1,), "QListWidgetItem": (0,), "addItems": (0,)}
LOGGERS = frozenset({"log", "logger", "logging", "qt_log"})  # log messages are for developers
KEY_SEQUENCE = re.compile(
    r"^((Ctrl|Shift|Alt|Meta)\+)*(F\d{1,2}|[A-Z0-9]|Home|End|Del|Delete|Esc|Return|Enter|Space|Tab|PgUp|PgDown)$")
# Modules with no user text of their own to translate: the tr() helper. (The licence
# table, whose names and licences are the packages' own words, lives outside ui/.)
EXEMPT = frozenset({"i18n.py"})
TAG = re.compile(r"<[^>]*>")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Words as a reader meets them: two in a row ("no date found"), or in a table one capitalised
# word ("Event", "&Custom"); keys and names are one lower-case or camelCase token.
TWO_WORDS = re.compile(r"[A-Za-z]{2,}[,;:.!?…'’”)]*\s+[(“‘'\"]*[A-Za-z]{2,}")
CAPITALISED_WORD = re.compile(r"^&?[A-Z][a-z]+( [a-z]+)*$")
QT_DATE_FORMAT = re.compile(r"^[dMyHhmszapAP\s()\-/.:,]+$")
STYLE_SHEET = re.compile(r"^\s*[a-z-]+\s*:\s*[^;]*;")
CONTAINER_CALLS = frozenset({"tuple", "list", "set", "frozenset", "dict"})


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _literal_text(node: ast.expr) -> str | None:
    """A string literal's text; an f-string's with {} for each placeholder; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _shown_text(value: str) -> str:
    return PLACEHOLDER.sub("{}", TAG.sub(" ", value))


def _is_text(value: str) -> bool:
    return any(c.isalpha() for c in _shown_text(value)) and not KEY_SEQUENCE.match(value)


def _reads_as_words(value: str, *, in_table: bool) -> bool:
    if QT_DATE_FORMAT.match(value) or STYLE_SHEET.match(value):
        return False
    shown = _shown_text(value)
    return bool(TWO_WORDS.search(shown)) or (in_table and bool(CAPITALISED_WORD.match(shown.strip())))


def _bare_literals(node: ast.expr, is_text: Callable[[str], bool] = _is_text) -> Iterator[ast.expr]:
    """The literals in an expression that would be shown as they are; calls (tr(), translatable(),
    str.format on a markup template) are not entered, except the built-in containers."""
    text = _literal_text(node)
    if text is not None:
        if is_text(text):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from _bare_literals(node.left, is_text)
        yield from _bare_literals(node.right, is_text)
    elif isinstance(node, ast.IfExp):
        yield from _bare_literals(node.body, is_text)
        yield from _bare_literals(node.orelse, is_text)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for element in node.elts:
            yield from _bare_literals(element, is_text)
    elif isinstance(node, ast.Dict):  # the keys are keys; the values may be shown
        for value in node.values:
            yield from _bare_literals(value, is_text)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CONTAINER_CALLS:
        for arg in node.args:
            yield from _bare_literals(arg, is_text)


def _table_values(tree: ast.Module) -> Iterator[ast.expr]:
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if not any(isinstance(target, ast.Name) and target.id == "__all__" for target in targets):
            yield value


def _returned_values(tree: ast.Module) -> Iterator[ast.expr]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and node.value is not None:
            yield node.value


def bare_strings(source: str, filename: str = "<source>") -> list[str]:
    """'file:line: text' for every user-visible string literal not passed through tr()."""
    found = []
    tree = ast.parse(source)
    for value in _table_values(tree):
        for literal in _bare_literals(value, lambda text: _reads_as_words(text, in_table=True)):
            found.append(f"{filename}:{literal.lineno}: {ast.unparse(literal)} (mark it translatable())")
    for value in _returned_values(tree):
        for literal in _bare_literals(value, lambda text: _reads_as_words(text, in_table=False)):
            found.append(f"{filename}:{literal.lineno}: {ast.unparse(literal)}")
    for node in ast.walk(tree):
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
    'self.setHtml(f"<p style=\'color:gray\'>Select an event to see its sources.</p>")',
    'COLUMNS = ("Event", translatable("Date"))',
    'NAMES: dict[str, str] = {"html-meta": "page metadata"}',
    'def note(event):\n    return " (set by analyst)" if event.edited else ""',
    'def status(done):\n    return f"{done} articles read · placing their events…"',
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
    'self.setHtml("<p style=\'color:gray\'>{}</p>".format(tr("Select an event.")))',
    'COLUMNS = (translatable("Event"), translatable("Date"))',
    'NAMES = {"html-meta": translatable("page metadata")}',
    'SETTINGS_KEY = "dialogs/last_folder"',
    'PICKER_FORMAT = "d MMMM yyyy (dddd)"',
    'STYLE = "color: #a01010; font-weight: bold"',
    'def object_name():\n    return "articleDateDialog"',
    'def lane(key):\n    return "none" if key is None else key',
    'def note(event):\n    return tr(" (set by analyst)") if event.edited else ""',
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
        # A table's texts are looked up when shown, so the translator must still be there.
        header = window.event_table.source_model.headerData(0, Qt.Orientation.Horizontal)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert header == "EVENT"
    assert window.source_pane.toPlainText().startswith("SELECT AN EVENT ON THE TIMELINE")
    assert window.zoom_in_action.text() == "ZOOM &IN"
    assert window.menu("View").title() == "&VIEW"
    assert window.filter_bar.search.placeholderText() == "SEARCH EVENTS…"


def test_a_translation_renames_no_object(qtbot):
    """Object names key the saved dock layout and the lookups: they are never made from shown text."""
    window = translated_main_window(qtbot)
    assert window.articles_dock.windowTitle() == "ÜArticles"
    assert [window.articles_dock.objectName(), window.unanchored_dock.objectName()] == [
        "articlesDock", "unanchoredDock"]
    assert window.findChild(QAction, "MergeEventsAction") is not None
    assert window.findChild(QAction, "HiddenEventsAction") is not None
