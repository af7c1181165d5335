"""Every command of the window in one table: the menu it sits in, its text, its keys and
what it does. The menus, the shortcuts and Help → Keyboard Shortcuts are all made from
this table, so they cannot disagree (issue 17: two commands on one key made both dead,
and the Help page listed keys the menus did not have).

Keys are portable strings (``Ctrl`` is Command on macOS), never ``QKeySequence``
standard keys: those differ from one desktop to the next (Redo is Ctrl+Y on one and
Ctrl+Shift+Z on another), and a standard key repeating an explicit one binds the same
sequence twice, which Qt treats as ambiguous. A test holds every key distinct. Keys are
shown the way the menus show them, ``toString(NativeText)`` ("Ctrl+Maj+E" in French).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

ARTICLE = None  # the menu of a key handled in the article itself: none


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for ``lupdate`` (which reads the name), typed as a str."""
    return source


@dataclass(frozen=True)
class Command:
    id: str
    menu: str | None  # its menu's id ("" the menu bar, "view/panels"…); None: the article
    text: str = ""  # the menu text (context "MainWindow")
    keys: tuple[str, ...] = ()  # portable sequences; the menu shows the first
    what: str = ""  # on the Help page (context "Help"); by default the menu text
    tip: str = ""  # the status bar's tip (context "MainWindow")
    separator: bool = False  # a line above it in its menu
    submenu: bool = False  # a menu: its id names the menu its commands sit in
    checkable: bool = False
    joiner: str = " / "  # between its keys on the Help page ("1–9" is a range)


COMMANDS: tuple[Command, ...] = (
    Command("file", "", QT_TRANSLATE_NOOP("MainWindow", "&File"), submenu=True),
    Command(
        "import_files",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Import Files…"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("Help", "Import files"),
        QT_TRANSLATE_NOOP("MainWindow", "Import .txt, .md or .html files"),
    ),
    Command(
        "import_folder",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Import &Folder…"),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("Help", "Import a folder"),
        QT_TRANSLATE_NOOP("MainWindow", "Import every article in a folder"),
    ),
    Command(
        "export_notes",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Export Notes…"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Help", "Export highlights and notes"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Export highlights and notes: Markdown, HTML, PDF, CSV, JSON-LD, text"
        ),
        separator=True,
    ),
    Command("import_annotations", "file", QT_TRANSLATE_NOOP("MainWindow", "Import &Annotations…")),
    Command(
        "open_team_library",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Open &Team Library…"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Open a library a team shares on a server"),
        separator=True,
    ),
    Command(
        "quit",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Help", "Quit"),
        separator=True,
    ),
    Command("edit", "", QT_TRANSLATE_NOOP("MainWindow", "&Edit"), submenu=True),
    Command("undo", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), ("Ctrl+Z",)),
    Command("redo", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    Command(
        "article_tags",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Article Tags…"),
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("Help", "Tags of the whole article"),
        separator=True,
    ),
    Command(
        "annotation_browser",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "All A&nnotations…"),
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Help", "Every annotation of the library"),
    ),
    Command(
        "manage_tags", "edit", QT_TRANSLATE_NOOP("MainWindow", "Manage &Tags…"), ("Ctrl+Shift+T",)
    ),
    Command(
        "translation_settings",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "Translation &Settings…"),
        separator=True,
    ),
    Command(
        "copy",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Copy"),
        ("Ctrl+C",),
        QT_TRANSLATE_NOOP("Help", "Copy the selected text"),
    ),
    Command(
        "find",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Find in Article…"),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("Help", "Find in the article"),
    ),
    Command(
        "search",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Search Library"),
        ("Ctrl+K",),
        QT_TRANSLATE_NOOP("Help", "Search the library"),
    ),
    Command("view", "", QT_TRANSLATE_NOOP("MainWindow", "&View"), submenu=True),
    Command("zoom_in", "view", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"), ("Ctrl++", "Ctrl+=")),
    Command("zoom_out", "view", QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"), ("Ctrl+-",)),
    Command("zoom_reset", "view", QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"), ("Ctrl+0",)),
    Command(
        "view/theme",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Theme"),
        submenu=True,
        separator=True,
    ),
    Command("view/language", "view", QT_TRANSLATE_NOOP("MainWindow", "&Language"), submenu=True),
    Command("view/panels", "view", QT_TRANSLATE_NOOP("MainWindow", "&Panels"), submenu=True),
    Command(
        "panel_details",
        "view/panels",
        QT_TRANSLATE_NOOP("MainWindow", "&Details"),
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Help", "Show or hide the details panel"),
    ),
    Command(
        "panel_annotations",
        "view/panels",
        QT_TRANSLATE_NOOP("MainWindow", "&Annotations"),
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Help", "Show or hide the annotations panel"),
    ),
    Command(
        "panel_entities",
        "view/panels",
        QT_TRANSLATE_NOOP("MainWindow", "&Entities"),
        ("Ctrl+Shift+N",),  # N as in named entities: Ctrl+Shift+E exports the notes
        QT_TRANSLATE_NOOP("Help", "Show or hide the entities panel"),
    ),
    Command(
        "panel_timeline",
        "view/panels",
        QT_TRANSLATE_NOOP("MainWindow", "&Timeline"),
        ("Ctrl+Shift+Y",),  # Y as in years: Ctrl+Shift+T manages the tags
        QT_TRANSLATE_NOOP("Help", "Show or hide the timeline of the articles"),
    ),
    Command(
        "panel_entity_map",
        "view/panels",
        QT_TRANSLATE_NOOP("MainWindow", "Entity &Map"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP("Help", "Show or hide the map of the entities"),
    ),
    Command(
        "entities_in_text",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Show &Entities in the Text"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Help", "Show or hide all entities in the text"),
        checkable=True,
    ),
    Command(
        "entity_browser",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Entity &Browser…"),
        ("Ctrl+Shift+B",),
        QT_TRANSLATE_NOOP("Help", "Open the entity browser"),
    ),
    Command(
        "library",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Go to &Library"),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("Help", "Go to the library"),
    ),
    Command("help", "", QT_TRANSLATE_NOOP("MainWindow", "&Help"), submenu=True),
    Command("shortcuts", "help", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"), ("F1",)),
    Command("about", "help", QT_TRANSLATE_NOOP("MainWindow", "&About %1")),
    # keys of the article and its bars, in no menu
    Command("next_hit", ARTICLE, keys=("F3",), what=QT_TRANSLATE_NOOP("Help", "Next search hit")),
    Command(
        "previous_hit",
        ARTICLE,
        keys=("Shift+F3",),
        what=QT_TRANSLATE_NOOP("Help", "Previous search hit"),
    ),
    Command(
        "find_steps",
        ARTICLE,
        keys=("Return", "Shift+Return"),
        what=QT_TRANSLATE_NOOP("Help", "Next / previous match"),
    ),
    Command(
        "leave",
        ARTICLE,
        keys=("Esc",),
        what=QT_TRANSLATE_NOOP("Help", "Leave the search, or close the find bar"),
    ),
    Command(
        "pages",
        ARTICLE,
        keys=("PgUp", "PgDown"),
        what=QT_TRANSLATE_NOOP("Help", "Previous / next page"),
    ),
    Command(
        "ends",
        ARTICLE,
        keys=("Ctrl+Home", "Ctrl+End"),
        what=QT_TRANSLATE_NOOP("Help", "Start / end of the article"),
    ),
    Command(
        "highlight",
        ARTICLE,
        keys=("H",),
        what=QT_TRANSLATE_NOOP("Help", "Highlight the selection"),
    ),
    Command(
        "highlight_colour",
        ARTICLE,
        keys=("1", "9"),
        what=QT_TRANSLATE_NOOP("Help", "Highlight the selection in colour 1 to 9"),
        joiner="–",
    ),
    Command(
        "note_tags",
        ARTICLE,
        keys=("N", "T"),
        what=QT_TRANSLATE_NOOP("Help", "Note / tags for the selection or highlight"),
    ),
    Command(
        "remove_highlight",
        ARTICLE,
        keys=("Del",),
        what=QT_TRANSLATE_NOOP("Help", "Remove the highlight under the cursor"),
    ),
    Command(
        "jump_highlight",
        ARTICLE,
        keys=("[", "]"),
        what=QT_TRANSLATE_NOOP("Help", "Previous / next highlight"),
    ),
    Command(
        "save_note",
        ARTICLE,
        keys=("Ctrl+Return",),
        what=QT_TRANSLATE_NOOP("Help", "Save the note being edited in the Annotations panel"),
    ),
)
BY_ID = {command.id: command for command in COMMANDS}


def text(command_id: str) -> str:
    """The command's menu text, translated."""
    return QCoreApplication.translate("MainWindow", BY_ID[command_id].text)


def sequences(command_id: str) -> list[QKeySequence]:
    return [QKeySequence(key) for key in BY_ID[command_id].keys]


def sequence(command_id: str) -> QKeySequence:
    return sequences(command_id)[0]


def shown(command: Command) -> str:
    """The keys as the menus show them, in the UI's language."""
    native = QKeySequence.SequenceFormat.NativeText
    return command.joiner.join(QKeySequence(key).toString(native) for key in command.keys)


def describe(command: Command) -> str:
    """What the command does, for the Help page: its own words, else its menu text."""
    if command.what:
        return QCoreApplication.translate("Help", command.what)
    label = text(command.id).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return label.removesuffix("…")


def top_menu(command: Command) -> str | None:
    """The id of the menu-bar menu a command sits in (None for the article's keys)."""
    return None if command.menu is None else command.menu.split("/")[0] or command.id


def help_sections() -> Iterator[tuple[str, list[Command]]]:
    """(title, commands with keys) per menu of the menu bar, then the article's keys."""
    for menu in (c for c in COMMANDS if c.submenu and c.menu == ""):
        title = text(menu.id).replace("&", "")
        yield title, [c for c in COMMANDS if c.keys and top_menu(c) == menu.id and c is not menu]
    article = QCoreApplication.translate("Help", "In the article")
    yield article, [c for c in COMMANDS if c.keys and c.menu is ARTICLE]


def build(
    window: QWidget,
    menubar: QMenuBar,
    slots: dict[str, Callable[[], object]],
    made: dict[str, QAction],
) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """The window's actions and menus, from the table. ``slots`` are what the commands
    do; ``made`` are actions made elsewhere (undo, redo, the panels' toggles): they get
    their keys (and text, unless they write their own) from the table."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    for command in COMMANDS:
        if command.menu is ARTICLE:
            continue
        parent = menus.get(command.menu or "")
        if command.separator and parent is not None:
            parent.addSeparator()
        if command.submenu:
            title = text(command.id)
            menus[command.id] = parent.addMenu(title) if parent else menubar.addMenu(title)
            continue
        action = made.get(command.id)
        if action is None:
            action = QAction(window)
            action.triggered.connect(slots[command.id])
        action.setShortcuts(sequences(command.id))
        action.setCheckable(command.checkable or action.isCheckable())
        window.addAction(action)
        if parent is not None:
            parent.addAction(action)
        actions[command.id] = action
    retranslate(actions, menus)
    return actions, menus


def retranslate(actions: dict[str, QAction], menus: dict[str, QMenu]) -> None:
    """Give the menus and actions their text in the UI's language: at start, and again
    when the language changes while the window is open (the change needs no restart).
    Undo and redo keep their own text: it names what they undo."""
    for command in COMMANDS:
        if command.submenu and command.id in menus:
            menus[command.id].setTitle(text(command.id))
            continue
        action = actions.get(command.id)
        if action is None:
            continue
        if command.id not in ("undo", "redo"):
            action.setText(text(command.id))
        if command.tip:
            action.setStatusTip(QCoreApplication.translate("MainWindow", command.tip))
