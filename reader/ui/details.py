"""The side panel's first page: what the article is and where it came from, and the
tags suggested for it (:mod:`reader.ui.suggestions`)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.core.model import Article, SpanKind
from reader.ui import defs
from reader.ui.context import UiContext
from reader.ui.suggestions import SuggestedTags, TagHost


class DetailsPanel(QWidget):
    """``ctx`` and ``tags`` (the window's tag editing, given late: it is made after this
    panel) add the suggested tags under the details."""

    def __init__(
        self,
        ctx: UiContext | None = None,
        tags: Callable[[], TagHost] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.body = QLabel()
        self.body.setObjectName("articleDetails")
        self.body.setWordWrap(True)
        # selectable with the keys too, and so the first stop of Ctrl+Shift+D: the keys
        # land on what the panel says, not on a suggested tag's button, where Space
        # would add the tag
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Qt gives it clicks only
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN)
        layout.addWidget(self.body)
        self.suggestions = SuggestedTags(ctx, tags) if ctx is not None and tags else None
        if self.suggestions is not None:
            layout.addSpacing(defs.MARGIN * 2)
            layout.addWidget(self.suggestions)
        layout.addStretch(1)
        self.article: Article | None = None
        self.show_article(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_article(self.article)  # written again, in the new language
        super().changeEvent(event)

    def show_article(self, article: Article | None) -> None:
        if self.suggestions is not None and (article is None or article != self.article):
            self.suggestions.show_article(article)
        self.article = article
        if article is None:
            self.body.setText(f"<i>{html.escape(self.tr('No article open.'))}</i>")
            return
        body = [s for s in article.blocks() if not s.kind.is_furniture]
        words = sum(len(article.text[s.start : s.end].split()) for s in body)
        furniture = sum(1 for s in article.blocks() if s.kind.is_furniture)
        paragraphs = sum(
            1 for s in body if s.kind in (SpanKind.LEAD, SpanKind.PARAGRAPH, SpanKind.QUOTE)
        )
        minutes = max(1, round(words / 230))
        other_langs = sorted({s.lang for s in article.spans if s.lang})
        origin = article.origin.removeprefix("bundled:")
        rows = [
            (self.tr("Source"), article.source or "—"),
            (self.tr("Date"), article.date or "—"),
            (
                self.tr("Language"),
                (article.lang or "?").upper()
                + (f" (+ {', '.join(other_langs)})" if other_langs else ""),
            ),
            (
                self.tr("Length"),
                self.tr("%1 words · %2 paragraphs · about %3 min")
                .replace("%1", str(words))
                .replace("%2", str(paragraphs))
                .replace("%3", str(minutes)),
            ),
            (self.tr("Page furniture"), self.tr("%n line(s)", "", furniture)),
            (self.tr("Tags"), ", ".join(article.tags) or "—"),
            (self.tr("Version"), str(article.version)),
            (self.tr("File"), origin),
            (self.tr("Id"), article.id),
        ]
        table = "".join(
            "<tr><td style='padding:2px 10px 2px 0; color:palette(placeholder-text)'>"
            f"{html.escape(k)}</td>"
            f"<td style='padding:2px 0'>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        self.body.setText(
            f"<p style='font-weight:600'>{html.escape(article.title)}</p><table>{table}</table>"
        )
