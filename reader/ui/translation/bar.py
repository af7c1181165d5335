"""The bar above the reading area: original, side by side or translation only; the hook
and the language to translate with; what the translation is doing. Its status line is
kept as how to write it (:meth:`TranslationBar.say`) rather than as words, so that it
is written again in the new language when the interface language changes.

With the window's settings, the bar keeps the reader's choices in window.ini beside the
window's geometry and zoom — the mode, the language translated into and the hook — so
that the next start reads as this one left off: a reader who reads beside a translation
finds it beside again, made by the same hook into the same language, not the article
alone, nor another hook's translation in its place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reader.ui import defs
from reader.ui.flow import FlowLayout
from reader.ui.label import ElidedLabel

if TYPE_CHECKING:
    from reader.ui.settings import UiSettings

TARGETS = ("en", "fr", "es", "de", "it", "pt", "ca", "zh", "ja")
MODES = ("original", "side", "translation")
# where window.ini keeps the reader's choices ([translation] mode=side …)
KEPT_MODE, KEPT_TARGET, KEPT_HOOK = "translation/mode", "translation/target", "translation/hook"


def _group(flow: FlowLayout, grows: bool = False) -> QHBoxLayout:
    """A row of widgets that stays together on one line of the bar."""
    box = QWidget()
    if grows:
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(defs.SPACING)
    flow.addWidget(box)
    return row


class TranslationBar(QWidget):
    mode_changed = Signal(str)  # "original", "side", "translation"

    def __init__(self, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.buttons = QButtonGroup(self)
        # Three groups that wrap onto a second line when the column is narrow: the bar
        # never asks the window for more width than its widest group.
        layout = FlowLayout(self, spacing=defs.SPACING)
        layout.setContentsMargins(defs.MARGIN, 2, defs.MARGIN, 2)
        modes = _group(layout)
        self._status: Callable[[], str] = lambda: ""
        for mode in MODES:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setProperty("mode", mode)
            self.buttons.addButton(button)
            modes.addWidget(button)
            if mode == "original":
                button.setChecked(True)
        self.hook = QComboBox()
        self.hook.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hook.setMinimumContentsLength(9)
        self.target = QComboBox()
        for code in TARGETS:
            self.target.addItem(code.upper(), code)
        # the hook chosen last time, until the list of hooks (asked of each off the GUI
        # thread) is there to show it
        self.kept_hook: str | None = None
        if settings is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(settings.get(KEPT_TARGET))))
            self.kept_hook = str(settings.get(KEPT_HOOK, "") or "") or None
            # chosen by the reader: kept (filling the list of hooks, or moving off the
            # article's own language, block the signals: no choice of the reader's)
            self.target.currentIndexChanged.connect(self._keep_choice)
            self.hook.currentIndexChanged.connect(self._keep_choice)
        self.translate = QPushButton()
        # plain text (it shows servers' messages), cut to the room left: never wider
        self.status = ElidedLabel()
        self.status.setObjectName("translationStatus")
        self.cancel = QPushButton()
        policy = self.cancel.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing it never re-wraps the bar
        self.cancel.setSizePolicy(policy)
        self.cancel.hide()
        self.import_file = QToolButton()
        self.import_file.setAutoRaise(True)
        self.glossary = QToolButton()
        self.glossary.setObjectName("glossaryButton")
        self.glossary.setAutoRaise(True)
        self.offers = QPushButton()  # corrections of the user's that apply here
        self.offers.setObjectName("offersButton")
        self.offers.hide()
        self.with_label, self.into_label = QLabel(), QLabel()
        controls = _group(layout)
        controls.addWidget(self.with_label)
        controls.addWidget(self.hook)
        controls.addWidget(self.into_label)
        controls.addWidget(self.target)
        controls.addWidget(self.translate)
        controls.addWidget(self.import_file)
        controls.addWidget(self.glossary)
        state = _group(layout, grows=True)  # the status takes the rest of its line
        state.addWidget(self.status, 1)
        state.addWidget(self.offers)
        state.addWidget(self.cancel)
        self.buttons.buttonClicked.connect(lambda b: self.mode_changed.emit(b.property("mode")))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the bar in the UI's language, the status line's included."""
        names = {
            "original": self.tr("Original"),
            "side": self.tr("Side by Side"),
            "translation": self.tr("Translation"),
        }
        for button in self.buttons.buttons():
            button.setText(names[button.property("mode")])
        self.hook.setAccessibleName(self.tr("Translation hook"))
        self.target.setAccessibleName(self.tr("Translate into"))
        self.translate.setText(self.tr("Translate"))
        self.cancel.setText(self.tr("Cancel"))
        self.import_file.setText(self.tr("Import…"))
        self.import_file.setToolTip(
            self.tr("Import your own translation: one paragraph per block, blank lines between")
        )
        self.glossary.setText(self.tr("Glossary…"))
        self.glossary.setToolTip(
            self.tr("Your terms and names: how every translation and the word gloss write them")
        )
        self.offers.setText(self.tr("Review…"))
        self.with_label.setText(self.tr("with"))
        self.into_label.setText(self.tr("into"))
        self.status.setText(self._status())

    def say(self, status: Callable[[], str]) -> None:
        """Show what ``status`` writes, and write it again when the language changes."""
        self._status = status
        self.status.setText(status())

    def avoid_target(self, lang: str | None) -> None:
        """Never into the article's own language: a round trip through a third language
        would show the reader their article reworded, not translated. English instead
        (French for an English article); no signal, the new article asks for its own."""
        if lang and self.target.currentData() == lang:
            self.target.blockSignals(True)
            self.target.setCurrentIndex(self.target.findData("fr" if lang == "en" else "en"))
            self.target.blockSignals(False)

    def set_mode(self, mode: str) -> None:
        for button in self.buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        if self.settings is not None:
            self.settings.set(KEPT_MODE, mode)

    def kept_mode(self) -> str:
        """The mode the reader last read in ("original" on a first start)."""
        kept = str(self.settings.get(KEPT_MODE, "") or "") if self.settings is not None else ""
        return kept if kept in MODES else "original"

    def provider(self) -> str | None:
        """The hook to translate with: the one chosen in the list, or, while the list is
        not filled yet, the one chosen last time (None: the library's default)."""
        chosen = self.hook.currentData()
        return str(chosen) if chosen else self.kept_hook

    def _keep_choice(self) -> None:
        if self.settings is None:
            return
        self.settings.set(KEPT_TARGET, self.target.currentData())
        if self.hook.currentData():
            self.kept_hook = str(self.hook.currentData())
            self.settings.set(KEPT_HOOK, self.kept_hook)
