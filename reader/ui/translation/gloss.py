"""Word gloss: "Look Up" on a word of the article (or a click on a word the translation left
untranslated) opens a small card with its entries: the user's glossary first, then the
dictionary's (headword, pronunciation, grammar, senses), looked up off the GUI thread
through the dictionary hook (FreeDict). "Add to glossary…" on the card makes the word an
entry of the glossary."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from reader.translate.freedict import Gloss
from reader.ui.context import UiContext
from reader.ui.tasks import TaskContext
from reader.ui.translation.glossary import add_entry, entry_for

ADD_LINK = "glossary:add"

MAX_SENSES = 6


def gloss_html(word: str, glosses: list[Gloss], source: str, target: str) -> str:
    """The card's content: the user's glossary first ("puce — chip (your glossary)"),
    then the dictionary's entries; ``glosses`` empty means the word is in neither."""
    head = f"<div style='color:gray'>{html.escape(source)} → {html.escape(target)}</div>"
    label = QCoreApplication.translate("GlossController", "Add to glossary…")
    add = f"<p style='margin:6px 0 0 0'><a href='{ADD_LINK}'>{html.escape(label)}</a></p>"
    mine = QCoreApplication.translate("GlossController", "(your glossary)")
    dictionary = QCoreApplication.translate("GlossController", "(FreeDict)")
    if not glosses:
        missing = QCoreApplication.translate(
            "GlossController", "“%1” is not in the dictionary."
        ).replace("%1", html.escape(word))
        return head + f"<p>{missing}</p>" + add
    parts = [head]
    for gloss in glosses:
        if gloss.origin == "glossary":
            line = (
                f"<b>{html.escape(gloss.headword)}</b> — {html.escape(gloss.summary())} "
                f"<span style='color:gray'>{html.escape(mine)}</span>"
            )
            note = f"<br><i>{html.escape(gloss.note)}</i>" if gloss.note else ""
            parts.append(f"<p style='margin:4px 0 0 0'>{line}{note}</p>")
            continue
        line = f"<b>{html.escape(gloss.headword)}</b>"
        if gloss.pronunciation:
            line += f" <span style='color:gray'>/{html.escape(gloss.pronunciation)}/</span>"
        if gloss.grammar:
            line += f" <i>{html.escape(gloss.grammar)}</i>"
        line += f" <span style='color:gray'>{html.escape(dictionary)}</span>"
        senses = "".join(f"<li>{html.escape(s)}</li>" for s in gloss.senses[:MAX_SENSES])
        parts.append(f"<p style='margin:4px 0 0 0'>{line}</p><ol style='margin:0'>{senses}</ol>")
    if not any(g.origin == "glossary" for g in glosses):
        parts.append(add)
    return "".join(parts)


class GlossCard(QFrame):
    """A popup card that closes on a click elsewhere or Escape."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("glossCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("glossText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.setMinimumWidth(220)
        self.label.setMaximumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)

    def show_text(self, text: str, at: QPoint) -> None:
        self.label.setText(text)
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        position = QPoint(at.x(), at.y() + 12)
        if screen is not None:
            position.setX(min(position.x(), screen.right() - self.width()))
            if position.y() + self.height() > screen.bottom():
                position.setY(at.y() - self.height() - 4)
        self.move(position)
        self.show()


class GlossController(QObject):
    def __init__(
        self,
        ctx: UiContext,
        host: QWidget,
        languages: Callable[[], tuple[str, str] | None],
        stack: QUndoStack,
        glossary_changed: Callable[[], None],
    ) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.host = host
        self.languages = languages  # (source, target) for the current article
        self.stack = stack  # the window's undo stack: adding an entry is undoable
        self.glossary_changed = glossary_changed
        self.card = GlossCard(host)
        self.card.label.linkActivated.connect(self._on_card_link)
        self.word = ""

    def look_up(self, word: str, at: QPoint) -> None:
        languages = self.languages()
        if languages is None:
            return
        source, target = languages
        library = self.ctx.library
        self.word = word

        def work(_: TaskContext) -> tuple[str, list[Gloss]]:
            return library.gloss(word, source, target)

        self.card.show_text(self.tr("Looking up “%1”…").replace("%1", html.escape(word)), at)
        self.ctx.tasks.run(
            work,
            key="gloss",
            on_success=lambda found: self.card.show_text(
                gloss_html(word, found[1], source, found[0]), at
            ),
            on_failure=lambda exc: self.card.show_text(
                html.escape(str(exc))
                + f"<p><a href='{ADD_LINK}'>{html.escape(self.tr('Add to glossary…'))}</a></p>",
                at,
            ),
        )

    def add_to_glossary(self, word: str) -> None:
        """Ask for a glossary entry for ``word`` (a word, or a short selection)."""
        languages = self.languages()
        if languages is None or not word.strip():
            return
        source, target = languages
        entry = entry_for(word, source, target)
        add_entry(self.ctx, self.stack, self.host, entry, self.glossary_changed)

    def _on_card_link(self, link: str) -> None:
        if link == ADD_LINK:
            self.card.hide()
            self.add_to_glossary(self.word)
