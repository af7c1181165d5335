"""The entity overlay of the reader: typed underlines, hover cards, and the context-menu
corrections (mark a selection as an entity; remove, retype or merge one).

The functions here work on the reader they are given, described by :class:`ArticleView`
(a Protocol): the reader imports this module, so naming its class here would close an
import circle."""

from __future__ import annotations

import html
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, SignalInstance
from PySide6.QtGui import QAction, QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from reader.core.model import Article, EntityCorrection, EntityMention
from reader.ui.article.browser import ReaderBrowser
from reader.ui.article.render import Rendered
from reader.ui.theme import ENTITY_TYPES, entity_color


class ArticleView(Protocol):
    """What the overlay reads of the reader (:class:`reader.ui.article.view.ArticleView`)
    and the signals it emits on the user's behalf."""

    @property
    def article(self) -> Article | None: ...
    @property
    def rendered(self) -> Rendered | None: ...
    @property
    def browser(self) -> ReaderBrowser: ...
    @property
    def dark(self) -> bool: ...
    @property
    def entity_types(self) -> set[str]: ...
    @property
    def article_counts(self) -> dict[tuple[str, str], int]: ...
    @property
    def type_names(self) -> dict[str, str]: ...
    @property
    def color_meanings(self) -> dict[str, str]: ...
    @property
    def correction_requested(self) -> SignalInstance: ...
    @property
    def annotation_requested(self) -> SignalInstance: ...
    @property
    def lookup_requested(self) -> SignalInstance: ...
    @property
    def glossary_requested(self) -> SignalInstance: ...
    def cursor_for(self, start: int, end: int) -> QTextCursor | None: ...
    def entities(self) -> list[EntityMention]: ...
    def entity_at(self, offset: int) -> EntityMention | None: ...
    def selected_range(self) -> tuple[int, int] | None: ...


class EntityOverlay(QObject):
    """The translation context of the entity tooltips. The counted lines are ``self.tr``
    calls in methods: ``lupdate`` records plural forms only for ``tr``, and files a
    ``tr`` made outside a class under no context at all, where the window (which asks
    under ``EntityOverlay``) never finds its French."""

    def mentions(self, count: int) -> str:
        return self.tr("%n mention(s) in this article", "", count)

    def articles(self, count: int) -> str:
        return self.tr("In %n article(s) of the library", "", count)

    def found_by(self, source: str) -> str:
        """Which recognisers found the name (``spacy+gazetteer``), said in the reader's
        language: the pipeline's own names are English words ("gazetteer" stood in the
        French card). A name not listed here is shown as it is."""
        names = {
            "gazetteer": self.tr("the list of known names"),
            "spacy": "spaCy",
            "rules": self.tr("the rules"),
            "patterns": self.tr("patterns"),
            "capitals": self.tr("capitalised words"),
            "cues": self.tr("cues in the text"),
            "user": self.tr("your correction"),
        }
        found = ", ".join(names.get(part, part) for part in source.split("+") if part)
        return self.tr("found by %1").replace("%1", found)


def selection(view: ArticleView, mention: EntityMention) -> QTextEdit.ExtraSelection | None:
    cursor = view.cursor_for(mention.start, mention.end)
    if cursor is None:
        return None
    sel = QTextEdit.ExtraSelection()
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    color = entity_color(mention.label, view.dark)
    fmt.setUnderlineColor(color)
    tint = QColor(color)
    tint.setAlpha(28)
    fmt.setBackground(tint)
    sel.format = fmt
    sel.cursor = cursor
    return sel


def show_tooltip(view: ArticleView, event: QHelpEvent) -> None:
    if view.rendered is None or not view.entity_types:
        QToolTip.hideText()
        return
    position = view.browser.cursorForPosition(event.pos()).position()
    offset = view.rendered.mapping.to_canonical(position)
    mention = view.entity_at(offset) if offset is not None else None
    if mention is None or mention.label not in view.entity_types:
        QToolTip.hideText()
        return
    same = [
        m for m in view.entities() if (m.canonical, m.label) == (mention.canonical, mention.label)
    ]
    forms = sorted({m.text for m in same} - {mention.canonical})
    articles = view.article_counts.get((mention.canonical, mention.label))
    count = len(same)
    mentions_line = EntityOverlay().mentions(count)
    lines = [
        f"<b>{html.escape(mention.canonical)}</b> — "
        f"{html.escape(view.type_names.get(mention.label, mention.label))}",
        mentions_line,
    ]
    if forms:
        lines.append(
            QCoreApplication.translate("EntityOverlay", "Also written: %1").replace(
                "%1", html.escape(", ".join(forms))
            )
        )
    if articles:
        lines.append(EntityOverlay().articles(articles))
    found_by = EntityOverlay().found_by(mention.source)
    lines.append(f"<span style='color:gray'>{html.escape(found_by)}</span>")
    QToolTip.showText(event.globalPos(), "<br>".join(lines), view.browser)


def add_correction_actions(view: ArticleView, menu: QMenu, pos: QPoint) -> None:
    """Corrections: mark a selection as an entity; remove, retype or merge one."""
    if view.article is None:
        return
    names = view.type_names or {label: label for label in ENTITY_TYPES}
    article_id = view.article.id
    selected = view.selected_range()
    if selected is not None:
        surface = view.article.text[selected[0] : selected[1]].strip()
        if surface and "\n" not in surface and len(surface) <= 120:
            menu.addSeparator()
            mark = menu.addMenu(QCoreApplication.translate("EntityOverlay", "Mark as Entity"))
            for label in ENTITY_TYPES:
                action = mark.addAction(names.get(label, label))
                action.triggered.connect(
                    lambda _=False, lb=label, sf=surface: view.correction_requested.emit(
                        EntityCorrection("add", surface=sf, label=lb, canonical=sf)
                    )
                )
    position = view.browser.cursorForPosition(pos).position()
    offset = view.rendered.mapping.to_canonical(position) if view.rendered else None
    mention = view.entity_at(offset) if offset is not None else None
    if mention is None or mention.label not in view.entity_types:
        return
    menu.addSeparator()
    title = menu.addAction(f"{mention.canonical} — {names.get(mention.label, mention.label)}")
    title.setEnabled(False)
    here = menu.addAction(
        QCoreApplication.translate("EntityOverlay", "Not an Entity in This Article")
    )
    here.triggered.connect(
        lambda: view.correction_requested.emit(
            EntityCorrection("remove", article_id=article_id, surface=mention.text)
        )
    )
    everywhere = menu.addAction(
        QCoreApplication.translate("EntityOverlay", "Not an Entity Anywhere")
    )
    everywhere.triggered.connect(
        lambda: view.correction_requested.emit(EntityCorrection("remove", surface=mention.text))
    )
    retype = menu.addMenu(QCoreApplication.translate("EntityOverlay", "Change Type"))
    for label in ENTITY_TYPES:
        if label == mention.label:
            continue
        action = retype.addAction(names.get(label, label))
        action.triggered.connect(
            lambda _=False, lb=label: view.correction_requested.emit(
                EntityCorrection("retype", canonical=mention.canonical, label=lb)
            )
        )
    others = sorted(
        {m.canonical for m in view.entities() if m.label == mention.label} - {mention.canonical}
    )
    if others:
        same = menu.addMenu(QCoreApplication.translate("EntityOverlay", "Same Entity As"))
        for other in others:
            action = same.addAction(other)
            action.triggered.connect(
                lambda _=False, target=other: view.correction_requested.emit(
                    EntityCorrection("alias", canonical=mention.canonical, target=target)
                )
            )


def add_annotation_actions(view: ArticleView, menu: QMenu) -> None:
    """Highlight, note and tags for the selection (the keyboard's H, 1–9, N, T)."""
    from reader.ui.annotations.colors import COLORS, default_meanings

    selected = view.selected_range()
    if view.article is None or selected is None:
        return
    start, end = selected
    menu.addSeparator()
    highlight = menu.addMenu(QCoreApplication.translate("EntityOverlay", "Highlight"))
    meanings = {**default_meanings(), **view.color_meanings}
    for number, name in enumerate(COLORS, start=1):
        action = highlight.addAction(f"{number}  {meanings.get(name, name)}")
        action.triggered.connect(
            lambda _=False, n=str(number): view.annotation_requested.emit(
                "highlight", start, end, n
            )
        )
    note = menu.addAction(QCoreApplication.translate("EntityOverlay", "Add a Note…"))
    note.triggered.connect(lambda: view.annotation_requested.emit("note", start, end, ""))
    tags = menu.addAction(QCoreApplication.translate("EntityOverlay", "Tags…"))
    tags.triggered.connect(lambda: view.annotation_requested.emit("tags", start, end, ""))


def word_at(view: ArticleView, pos: QPoint) -> str:
    """The selected word or short expression, else the word under the mouse."""
    selected = view.selected_range()
    if view.article is not None and selected is not None:
        text = " ".join(view.article.text[selected[0] : selected[1]].split())
        return text if 0 < len(text) <= 40 and text.count(" ") < 4 else ""
    cursor = view.browser.cursorForPosition(pos)
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    word = cursor.selectedText().strip(' .,;:!?«»“”"()[]')
    return word if any(c.isalpha() for c in word) else ""


def add_lookup_action(view: ArticleView, menu: QMenu, pos: QPoint) -> None:
    """Look a word up in a dictionary (the word gloss hook), or add it (or the selected
    expression) to the glossary."""
    word = word_at(view, pos)
    if not word:
        return
    action = QAction(
        QCoreApplication.translate("EntityOverlay", "Look Up “%1”").replace("%1", word), menu
    )
    action.triggered.connect(
        lambda: view.lookup_requested.emit(word, view.browser.viewport().mapToGlobal(pos))
    )
    glossary = QAction(QCoreApplication.translate("EntityOverlay", "Add to Glossary…"), menu)
    glossary.triggered.connect(lambda: view.glossary_requested.emit(word))
    if not menu.actions():
        menu.addAction(action)
        menu.addAction(glossary)
        return
    first = menu.actions()[0]
    menu.insertAction(first, action)
    menu.insertAction(first, glossary)
    menu.insertSeparator(first)
