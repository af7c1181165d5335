"""The side-by-side view's aids to trusting a translation: the words the engine did not
know (marked, a click from the gloss), the user's glossary (its table, and "Add to
glossary…" from a word or a selection), and the translation memory's offers of the user's
corrections made in other articles. A part of :class:`~reader.ui.translation.view.
ReadingArea`, kept apart so that the view holds the columns and their alignment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCursor, QUndoStack

from reader.core.model import TranslationResult
from reader.core.translation import MarkedParagraph, Offer
from reader.ui.tasks import TaskContext
from reader.ui.translation import marks
from reader.ui.translation.glossary import GlossaryDialog
from reader.ui.translation.offers import OffersDialog

if TYPE_CHECKING:
    from reader.ui.article.view import ArticleView
    from reader.ui.context import UiContext
    from reader.ui.translation.bar import TranslationBar
    from reader.ui.translation.gloss import GlossController


class AidWords(QObject):
    """The translation context of the aids' words: ``lupdate`` files a ``tr`` call under
    the class it is written in, and finds none in a mixin that is not a QObject."""

    def untranslated(self) -> str:
        return self.tr("“%1” was left untranslated: click to look it up")

    def corrected_elsewhere(self) -> str:
        return self.tr("You corrected this sentence elsewhere: “%1”")

    def corrections(self, count: int) -> str:
        return self.tr("%n sentence(s) you corrected in another article", "", count)


class TranslationAids:
    # provided by the ReadingArea
    ctx: UiContext
    view: ArticleView
    bar: TranslationBar
    gloss: GlossController
    result: TranslationResult | None
    mode: str
    undo_stack: QUndoStack

    if TYPE_CHECKING:

        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...
        def run(self) -> None: ...
        def window(self) -> Any: ...
        def gloss_languages(self) -> tuple[str, str] | None: ...

    def _mark(self, cursor: QTextCursor, at: int, paragraph: MarkedParagraph) -> None:
        colors = self.view.colors
        marks.mark(
            cursor,
            at,
            paragraph.translation,
            paragraph.unknown,
            paragraph.offers,
            paragraph.index,
            (QColor(colors.ink), QColor(colors.paper), QColor(colors.accent)),
            (
                AidWords().untranslated(),
                AidWords().corrected_elsewhere(),
            ),
        )

    def _offers(self) -> list[tuple[int, Offer]]:
        if self.result is None:
            return []
        return [
            (p.index, o)
            for p in self.result.paragraphs
            if isinstance(p, MarkedParagraph)
            for o in p.offers
        ]

    def _say_offers(self, result: TranslationResult) -> None:
        """Say, after what the translation did, how many corrections of the user's apply."""
        count = len(self._offers())
        self.bar.offers.setVisible(count > 0)
        if count:
            said = self.bar._status
            self.bar.say(lambda: said() + " — " + AidWords().corrections(count))

    def review_offers(self) -> None:
        result, article = self.result, self.view.article
        offers = self._offers()
        if result is None or article is None or not offers:
            return
        dialog = OffersDialog(offers, self.window())
        self.offers_dialog = dialog
        if dialog.exec() != OffersDialog.DialogCode.Accepted or not dialog.chosen():
            return
        library, article_id = self.ctx.library, article.id
        texts = {p.index: p.translation for p in result.paragraphs}
        chosen = dialog.chosen()

        def work(_: TaskContext) -> None:
            for index, offer in chosen:
                texts[index] = library.accept_offer(
                    article_id, result.target, result.provider, index, texts[index], offer
                )

        self.ctx.tasks.run(work, write=True, on_success=lambda _: self.run())

    def show_glossary(self) -> None:
        """The glossary of the pair on screen (the article's language into the target)."""
        languages = self.gloss_languages() or ("fr", str(self.bar.target.currentData()))
        dialog = GlossaryDialog(self.ctx, self.undo_stack, *languages, parent=self.window())
        dialog.changed.connect(self._on_glossary_changed)
        self.glossary_dialog = dialog
        dialog.show()

    def add_to_glossary(self, word: str) -> None:
        """ "Add to Glossary…" on a word or a selection of the article."""
        self.gloss.add_to_glossary(word)

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """Glossary changes go on the window's undo stack, with the other edits."""
        self.undo_stack = self.gloss.stack = stack

    def _on_glossary_changed(self) -> None:
        """A glossary entry was added, changed or undone: the translation on screen is
        made again where the entry occurs (the rest comes from the cache)."""
        if self.result is not None and self.mode != "original":
            self.run()
