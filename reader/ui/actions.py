"""The window's menus and actions, made from the command table (:mod:`reader.ui.keymap`)
plus what the table does not hold: the theme and language choices, and undo and redo.

They live apart from the window so that giving every menu and action its text again,
when the interface language changes while the window is open, is one method here
(:meth:`WindowActions.retranslate`) rather than spread over the window's code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow

from reader import APP_NAME
from reader.ui import i18n, keymap, theme
from reader.ui.annotations import commands
from reader.ui.keymap import QT_TRANSLATE_NOOP

CONTEXT = "MainWindow"  # the translations' context, shared with the window's own texts
THEMES = (
    (theme.ThemeChoice.SYSTEM, QT_TRANSLATE_NOOP("MainWindow", "Follow &System")),
    (theme.ThemeChoice.LIGHT, QT_TRANSLATE_NOOP("MainWindow", "&Light")),
    (theme.ThemeChoice.DARK, QT_TRANSLATE_NOOP("MainWindow", "&Dark")),
)
FOLLOW_SYSTEM = QT_TRANSLATE_NOOP("MainWindow", "Follow the &System")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WindowActions(QObject):
    """Every action of the window's menus, by command id (``commands``), and the menus
    by their id (``menus``). Undo and redo are made here rather than by the undo stack
    (``createUndoAction``): Qt's keep the prefix ("Undo") they were made with, so they
    would stay in the first language."""

    def __init__(
        self,
        window: QMainWindow,
        slots: dict[str, Callable[[], object]],
        undo_stack: QUndoStack,
        toggles: dict[str, QAction],
        theme_choice: theme.ThemeChoice,
        language: str,
        set_theme: Callable[[theme.ThemeChoice], None],
        set_language: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.undo_stack = undo_stack  # read when retranslating only: it may go first
        # what undo and redo would undo and redo now, as the stack last said
        self.undo_what, self.redo_what = undo_stack.undoText(), undo_stack.redoText()
        self.undo = QAction(window)
        self.undo.triggered.connect(undo_stack.undo)
        self.undo.setEnabled(undo_stack.canUndo())
        undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        undo_stack.undoTextChanged.connect(self._on_undo_text)
        self.redo = QAction(window)
        self.redo.triggered.connect(undo_stack.redo)
        self.redo.setEnabled(undo_stack.canRedo())
        undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        undo_stack.redoTextChanged.connect(self._on_redo_text)
        made = {"undo": self.undo, "redo": self.redo, **toggles}
        self.commands, self.menus = keymap.build(window, window.menuBar(), slots, made)

        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[theme.ThemeChoice, QAction] = {}
        for choice, _label in THEMES:
            action = QAction(window, checkable=True)
            action.setChecked(choice is theme_choice)
            action.triggered.connect(lambda _=False, c=choice: set_theme(c))
            self.theme_group.addAction(action)
            self.menus["view/theme"].addAction(action)
            self.theme_actions[choice] = action
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code in (i18n.SYSTEM, *i18n.LANGUAGES):
            action = QAction(window, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: set_language(c))
            self.language_group.addAction(action)
            self.menus["view/language"].addAction(action)
            self.language_actions[code] = action
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the UI's language (at start, and after a language change)."""
        keymap.retranslate(self.commands, self.menus)
        about = self.commands["about"]
        about.setText(about.text().replace("%1", APP_NAME))
        for choice, label in THEMES:
            self.theme_actions[choice].setText(_tr(label))
        self.language_actions[i18n.SYSTEM].setText(_tr(FOLLOW_SYSTEM))
        for code, name in i18n.LANGUAGES.items():  # each in its own language, always
            self.language_actions[code].setText(name)
        commands.retranslate(self.undo_stack)  # the names of what they would undo too
        self.undo_what, self.redo_what = self.undo_stack.undoText(), self.undo_stack.redoText()
        self._name_undo_redo()

    def _on_undo_text(self, text: str) -> None:
        self.undo_what = text  # kept, not asked for: the stack says it as it goes too
        self._name_undo_redo()

    def _on_redo_text(self, text: str) -> None:
        self.redo_what = text
        self._name_undo_redo()

    def _name_undo_redo(self) -> None:
        """ "Undo" and "Redo" followed by what they would undo or redo, as Qt names them."""
        self.undo.setText(f"{keymap.text('undo')} {self.undo_what}".rstrip())
        self.redo.setText(f"{keymap.text('redo')} {self.redo_what}".rstrip())
