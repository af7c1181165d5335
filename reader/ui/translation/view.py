"""Side-by-side translation: the original and its translation in two columns, paragraph
i beside paragraph i (the shorter of each pair is padded so rows line up), scrolling
together; original only, side by side, or translation only. Translation runs in the
background through the chosen hook, with progress and cancel. Words the engine did not
know are shown faintly (a click looks them up); the user's glossary is a button away, and
corrections the user made of the same sentences elsewhere are offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import QFileDialog, QInputDialog, QSplitter, QVBoxLayout, QWidget

from reader.core.model import TranslationResult, TranslatorInfo
from reader.core.translation import MarkedParagraph
from reader.ui import defs
from reader.ui.article import place
from reader.ui.article.browser import ReaderBrowser
from reader.ui.article.render import SERIF, reading_font
from reader.ui.article.view import ArticleView
from reader.ui.context import UiContext
from reader.ui.inert import InertDocument
from reader.ui.tasks import TaskContext, TaskHandle
from reader.ui.translation import marks, rows
from reader.ui.translation.aids import TranslationAids
from reader.ui.translation.bar import TranslationBar
from reader.ui.translation.gloss import GlossController
from reader.ui.translation.settings import TranslationSettings


class ReadingArea(TranslationAids, QWidget):
    """The article view beside its translation."""

    def __init__(self, ctx: UiContext, article_view: ArticleView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = article_view
        self.result: TranslationResult | None = None
        self.handle: TaskHandle | None = None
        self.mode = "original"
        self._top: tuple[int, int] | None = None  # the place to put back once aligned
        # the passage the translation alone was opened at, and its paragraph
        self._alone_from: tuple[int, int] | None = None
        self._article_id: str | None = None  # the article the translation was made for
        self.hooks: dict[str, TranslatorInfo] = {}
        self.infos: list[TranslatorInfo] = []  # the hooks listed, in their order
        self.bar = TranslationBar(settings=ctx.settings)
        self.translation = ReaderBrowser()
        self.translation.setObjectName("translationText")
        self.translation.hide()
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.addWidget(self.view)
        self.columns.addWidget(self.translation)
        self.columns.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        # the search hit bar and the find bar span both columns: above (or below) the
        # original alone, they made its column one bar shorter than the translation's, so
        # its rows stood lower, or its end sooner, than the translated rows beside them
        if (own := self.view.layout()) is not None:
            own.removeWidget(self.view.hit_bar)
            own.removeWidget(self.view.find_bar)
        layout.addWidget(self.view.hit_bar)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.view.find_bar)
        self._syncing = False
        self._align_timer = QTimer(self, singleShot=True, interval=60)
        self._align_timer.timeout.connect(self.align)
        self.bar.mode_changed.connect(self.set_mode)
        self.bar.translate.clicked.connect(self.run)
        self.bar.cancel.clicked.connect(self.cancel)
        self.bar.import_file.clicked.connect(self.import_translation)
        self.bar.target.currentIndexChanged.connect(self._on_choice_changed)
        self.bar.hook.currentIndexChanged.connect(self._on_choice_changed)
        self.translation.viewport().installEventFilter(self)
        self.view.browser.verticalScrollBar().valueChanged.connect(self._on_original_scrolled)
        self.translation.verticalScrollBar().valueChanged.connect(self._on_translation_scrolled)
        self.columns.splitterMoved.connect(lambda *_: self.refresh())
        self.view.zoom_changed.connect(lambda _: self.refresh())
        self.view.browser.viewport().installEventFilter(self)
        # the window hands its undo stack over (undo_stack); until then, one of our own
        self.undo_stack = QUndoStack(self)
        self.gloss = GlossController(
            ctx, self, self.gloss_languages, self.undo_stack, self._on_glossary_changed
        )
        self.view.lookup_requested.connect(self.gloss.look_up)
        self.view.glossary_requested.connect(self.add_to_glossary)
        self.bar.glossary.clicked.connect(self.show_glossary)
        self.bar.offers.clicked.connect(self.review_offers)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The texts of the reading area in the UI's language (the bar gives its own):
        the hooks' list is made again, keeping the chosen hook."""
        self.translation.setAccessibleName(self.tr("Translation"))
        if self.infos:
            self._fill_hooks(self.infos)

    # -- hooks --------------------------------------------------------------------------------

    def gloss_languages(self) -> tuple[str, str] | None:
        """Look words up from the article's language into the chosen target (or, when the
        target is the article's own language, into English or French)."""
        article = self.view.article
        if article is None or not article.lang:
            return None
        source, target = article.lang, str(self.bar.target.currentData())
        if target == source:
            target = "en" if source != "en" else "fr"
        return source, target

    def load_hooks(self) -> None:
        library = self.ctx.library

        def work(_: TaskContext) -> list[TranslatorInfo]:
            return library.translators()

        # Asking each hook whether it works starts programs (Apertium's modes) and may
        # reach a configured server: the translations' lane, never the two threads an
        # article's opening and a search wait on.
        self.ctx.tasks.run(work, on_success=self._fill_hooks, key="translators", remote=True)

    def _fill_hooks(self, infos: list[TranslatorInfo]) -> None:
        self.hooks = {info.name: info for info in infos}
        self.infos = list(infos)
        chosen = self.bar.provider()
        self.bar.hook.blockSignals(True)  # filling the list is not the reader's choice
        self.bar.hook.clear()
        for info in infos:
            # a configured remote hook that cannot be reached now is listed all the same:
            # choosing it says why it does not work
            usable = info.available or (info.remote and info.error)
            if usable and info.name != "manual" and not info.words_only:
                label = info.name + (" " + self.tr("(online)") if info.remote else "")
                self.bar.hook.addItem(label, info.name)
                if info.remote:
                    self.bar.hook.setItemData(
                        self.bar.hook.count() - 1,
                        self.tr("Sends the article's paragraphs to %1").replace(
                            "%1", info.destination or info.name
                        )
                        + (f"\n{info.error}" if info.error else ""),
                        Qt.ItemDataRole.ToolTipRole,
                    )
        self.bar.hook.addItem(self.tr("manual"), "manual")
        if chosen is not None and self.bar.hook.findData(chosen) >= 0:
            self.bar.hook.setCurrentIndex(self.bar.hook.findData(chosen))
        self.bar.hook.blockSignals(False)

    def show_settings(self) -> None:
        """The settings dialog, filled off the GUI thread (keys come from the keyring)."""
        library = self.ctx.library

        def load(_: TaskContext) -> tuple[dict[str, str], bool]:
            return library.translator_settings(), library.secrets.persistent()

        self.ctx.tasks.run(load, key="translation-settings", on_success=self._edit_settings)

    def _edit_settings(self, loaded: tuple[dict[str, str], bool]) -> None:
        values, keyring = loaded
        dialog = TranslationSettings(values, keyring, self.window())
        self.settings_dialog = dialog
        if dialog.exec() != TranslationSettings.DialogCode.Accepted:
            return
        library = self.ctx.library
        changed = {k: v for k, v in dialog.values().items() if v != values.get(k, "")}

        def save(_: TaskContext) -> bool:
            return all([library.set_translator_setting(k, v) for k, v in changed.items()])

        def saved(kept: bool) -> None:
            if not kept:
                self.bar.say(
                    lambda: self.tr("No system keyring: the API key is kept until you quit.")
                )
            self.load_hooks()

        self.ctx.tasks.run(save, write=True, on_success=saved, on_failure=self._failed)

    # -- modes --------------------------------------------------------------------------------

    def set_mode(self, mode: str, at: int = 0) -> None:
        """Show the original, both side by side, or the translation alone; ``at``: the
        place read (a canonical offset), when it is known better than the view's top
        shows it — on a start, before the view has its size and its lines their wrap."""
        if mode != self.mode and self.view.isVisible():
            # the original's column changes width: its lines wrap anew and its rows are
            # padded or not; the passage at its top is put back there once aligned
            self._top = (at, 0) if at > 0 else place.top_line(self.view)
        elif mode != self.mode and self.mode == "translation":
            # the translation alone: its paragraph at the top is where the reader is
            self._top = self._translation_top()
        self.mode = mode
        self.bar.set_mode(mode)
        self.view.setVisible(mode != "translation")
        self.translation.setVisible(mode != "original")
        if mode != "original" and self.result is None and self.view.article is not None:
            self.run()
        self._align_timer.start()

    def article_changed(self) -> None:
        """A new article: the old translation no longer applies. The same article opened
        again (a start opens the last one read a second time once the library is ready)
        keeps its passage at the top once its translation is lined up again."""
        article = self.view.article
        again = article is not None and article.id == self._article_id
        self._article_id = article.id if article is not None else None
        self._top = self._alone_from = None
        if again and self.mode == "side" and self.view.isVisible():
            self._top = place.top_line(self.view)
        if self.view.article is not None:
            self.bar.avoid_target(self.view.article.lang)
        self.cancel()
        self.result = None
        self._empty()
        self.bar.say(lambda: "")
        if self.mode != "original" and self.view.article is not None:
            self.run()

    def _empty(self) -> None:
        """Empty the translation's column without moving the original: its scroll bar
        falls to the top as it empties, and side by side the original followed it (a
        start that opened the article read side by side again put it at its top)."""
        self._syncing = True
        try:
            self.translation.clear()
        finally:
            self._syncing = False

    def _on_choice_changed(self) -> None:
        """Another target language or hook: the translation on screen no longer answers
        it. The cached translation for the new choice is shown at once; without one the
        column is emptied and the status says what to press."""
        self.cancel()
        self.result = None
        # the passage read stays at the top while the rows lose their padding, and once
        # the new translation is lined up (Spanish chosen half-way down an article read
        # side by side in English put it back at its top)
        top = self._top
        if top is None and self.mode == "side" and self.view.isVisible():
            top = place.top_line(self.view)
        self._empty()
        if self.view.rendered is not None:
            rows.flatten(self.view.rendered.document, self.view.browser)
        if top is not None and self.view.article is not None:
            place.put_at_top(self.view, *top)
            self._top = top
        self.bar.say(lambda: "")
        article = self.view.article
        if article is None or self.mode == "original":
            return
        library, article_id = self.ctx.library, article.id
        target, provider = self.bar.target.currentData(), self.bar.provider()

        def work(_: TaskContext) -> TranslationResult | None:
            return library.cached_translation(article_id, target, provider)

        def shown(result: TranslationResult | None) -> None:
            if result is not None:
                self._show(result)
                return
            into = self.bar.target.currentText()
            if provider == "manual":
                self.bar.say(
                    lambda: self.tr("No translation of yours into %1 yet: Import… one.").replace(
                        "%1", into
                    )
                )
            else:
                self.bar.say(
                    lambda: self.tr("Not translated into %1 yet: press Translate.").replace(
                        "%1", into
                    )
                )

        self.ctx.tasks.run(work, on_success=shown, on_failure=self._failed, key="translation")

    # -- translating --------------------------------------------------------------------------

    def run(self) -> None:
        article = self.view.article
        if article is None:
            return
        library = self.ctx.library
        target = self.bar.target.currentData()
        provider = self.bar.provider()
        article_id = article.id

        def work(task: TaskContext) -> TranslationResult:
            return library.translate(
                article_id,
                target,
                provider=provider,
                progress=lambda done, total, _: task.progress(done, total, ""),
                should_stop=lambda: task.cancelled,
            )

        info = self.hooks.get(provider or "")
        if info is not None and info.remote:
            where = info.destination or info.name
            self.bar.say(lambda: self.tr("Sending the paragraphs to %1…").replace("%1", where))
        else:
            self.bar.say(lambda: self.tr("Translating…"))
        self.bar.cancel.show()
        if self.mode == "original":
            self.set_mode("side")
        self.handle = self.ctx.tasks.run(
            work,
            remote=True,
            on_success=self._show,
            on_failure=self._failed,
            key="translation",
            on_finished=lambda: self.bar.cancel.hide(),
        )

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.ctx.tasks.invalidate("translation")
            self.handle = None
        self.bar.cancel.hide()

    def _failed(self, exc: BaseException) -> None:
        self.bar.cancel.hide()
        self.bar.say(lambda: str(exc))

    def _show(self, result: TranslationResult) -> None:
        if self.view.article is None or (result.paragraphs and result.paragraphs[0].start < 0):
            return
        self.result = result
        if self._top is None and self.view.isVisible():
            # its rows pad the original's above the place read: the place is put back
            self._top = place.top_line(self.view)
        cached = sum(p.cached for p in result.paragraphs)
        self.bar.say(
            lambda: self.tr("%1 → %2 by %3%4; %5 of %6 paragraphs from the cache")
            .replace("%1", result.source)
            .replace("%2", result.target)
            .replace("%3", result.provider)
            .replace(
                "%4", self.tr(" through %1").replace("%1", result.route) if result.route else ""
            )
            .replace("%5", str(cached))
            .replace("%6", str(len(result.paragraphs)))
        )
        doc = InertDocument()
        doc.setDocumentMargin(0)
        font = reading_font(SERIF, defs.READER_BASE_PT + self.view.zoom)
        doc.setDefaultFont(font)
        cursor = QTextCursor(doc)
        fmt = QTextCharFormat()
        fmt.setFont(font)
        fmt.setForeground(self.view.colors.ink)
        for i, paragraph in enumerate(result.paragraphs):
            block = QTextBlockFormat()
            block.setBottomMargin(defs.READER_BASE_PT * 0.9)
            block.setLineHeight(defs.LINE_HEIGHT_PERCENT, 1)
            if self.view.rendered is not None:  # a title keeps its tighter lines
                original = self.view.rendered.document.findBlock(
                    self.view.rendered.mapping.to_document(paragraph.start)
                ).blockFormat()
                if original.lineHeightType():
                    block.setLineHeight(original.lineHeight(), original.lineHeightType())
            if i == 0:
                cursor.setBlockFormat(block)
            else:
                cursor.insertBlock(block)
            at = cursor.position()
            cursor.insertText(paragraph.translation or "—", self._format_like(paragraph.start, fmt))
            if isinstance(paragraph, MarkedParagraph) and (paragraph.unknown or paragraph.offers):
                self._mark(QTextCursor(doc), at, paragraph)
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self._say_offers(result)
        self.translation.setDocument(doc)
        self.translation.setStyleSheet(self.view.browser.styleSheet())
        self.translation.apply_margins()
        self._align_timer.start()

    def _format_like(self, start: int, base: QTextCharFormat) -> QTextCharFormat:
        """The translation of a title, a heading or a quote looks like its original."""
        rendered = self.view.rendered
        if rendered is None:
            return base
        cursor = QTextCursor(rendered.document)
        cursor.setPosition(rendered.mapping.to_document(start) + 1)
        original = cursor.charFormat()
        fmt = QTextCharFormat(base)
        fmt.setFontPointSize(original.fontPointSize() or base.fontPointSize())
        fmt.setFontWeight(original.fontWeight())
        fmt.setFontItalic(original.fontItalic())
        fmt.setFontFamilies(original.fontFamilies() or base.fontFamilies())
        return fmt

    def refresh(self) -> None:
        """After the original was laid out again (zoom, theme): lay out and align again."""
        if self.result is not None:
            self._show(self.result)

    # -- the user's own translation ------------------------------------------------------

    def edit_paragraph(self, index: int) -> None:
        """Correct one translated paragraph; the correction is kept and marked as edited."""
        result, article = self.result, self.view.article
        if result is None or article is None or not 0 <= index < len(result.paragraphs):
            return
        paragraph = result.paragraphs[index]
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Edit the Translation"), paragraph.source, paragraph.translation
        )
        if not ok or text.strip() == paragraph.translation:
            return
        library, article_id = self.ctx.library, article.id
        target, provider = result.target, result.provider

        def work(_: TaskContext) -> None:
            library.edit_translation(
                article_id, target, provider, index, text, previous=paragraph.translation
            )

        self.ctx.tasks.run(work, write=True, on_success=lambda _: self.run())

    def import_translation(self) -> None:
        article = self.view.article
        if article is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a Translation"), "", self.tr("Text (*.txt *.md);;All files (*)")
        )
        if not path:
            return
        library, article_id = self.ctx.library, article.id
        target = self.bar.target.currentData()

        def work(_: TaskContext) -> int:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
            return library.import_translation(article_id, target, text)

        def done(count: int) -> None:
            self.bar.hook.setCurrentIndex(self.bar.hook.findData("manual"))
            self.bar.say(lambda: self.tr("%n paragraph(s) imported", "", count))
            self.run()

        self.ctx.tasks.run(work, write=True, on_success=done, on_failure=self._failed)

    # -- alignment ----------------------------------------------------------------------------

    def pairs(self) -> list[tuple[int, int]]:
        """(original block number, translation block number) of each paragraph."""
        rendered = self.view.rendered
        if rendered is None or self.result is None:
            return []
        doc = rendered.document
        out = []
        for i, paragraph in enumerate(self.result.paragraphs):
            position = rendered.mapping.to_document(paragraph.start)
            out.append((doc.findBlock(position).blockNumber(), i))
        return out

    def align(self) -> None:
        """Line the rows up (:meth:`_align`), then put the passage read before the mode
        changed back at the top of the original's column."""
        self._align()
        if self._top is not None and self.view.isVisible():
            top, self._top = self._top, None
            if self.view.article is not None:
                place.put_at_top(self.view, *top)
                self._on_original_scrolled(self.view.browser.verticalScrollBar().value())
        elif self._top is not None and self.mode == "translation" and self.result is not None:
            # the translation alone: the paragraph that holds the passage at the top
            offset, self._top = self._top[0], None
            index = 0
            for i, paragraph in enumerate(self.result.paragraphs):
                if paragraph.start <= offset:
                    index = i
            self._alone_from = (offset, index)
            block = self.translation.document().findBlockByNumber(index)
            if block.isValid():
                cursor = QTextCursor(block)
                bar = self.translation.verticalScrollBar()
                bar.setValue(bar.value() + self.translation.cursorRect(cursor).top())

    def _translation_top(self) -> tuple[int, int] | None:
        """The original's offset of the paragraph at the top of the translation alone
        (None at its very top, or with no translation)."""
        if self.result is None or self.translation.verticalScrollBar().value() == 0:
            return None
        index = self.translation.cursorForPosition(QPoint(0, 0)).blockNumber()
        if not 0 <= index < len(self.result.paragraphs):
            return None
        if self._alone_from is not None and self._alone_from[1] == index:
            return self._alone_from[0], 0  # not scrolled away: the very passage
        return self.result.paragraphs[index].start, 0

    def _align(self) -> None:
        """Pad the shorter paragraph of each pair so that rows start at the same height
        (padding from an earlier layout is taken off first; out of side by side, the
        original is shown without any)."""
        if self.view.rendered is None:
            return
        left = self.view.rendered.document
        right = self.translation.document()
        rows.flatten(left, self.view.browser)
        rows.flatten(right, self.translation)
        if self.result is None or self.mode != "side":
            return
        for on_right, number, gap in rows.gaps(left, right, self.pairs()):
            if number == 0:
                # Qt lays a document's first block out at the top whatever its margin: the
                # lead of a text whose title the reader made up (it has no translation)
                # is the translation's first row, pushed down by the space above the text
                (self.translation if on_right else self.view.browser).set_lead(gap)
            else:
                rows.push_down(right if on_right else left, number, gap)
        # the last rows too: a short last translation under a long original ended its
        # column sooner, and at the end the translation stopped scrolling short of it
        end_left = left.documentLayout().documentSize().height()
        end_right = right.documentLayout().documentSize().height()
        if end_left > end_right:
            self.translation.set_tail(end_left - end_right)
        elif end_right > end_left:
            self.view.browser.set_tail(end_right - end_left)
        # the columns were lined up from their tops: a reader who was half-way down the
        # original sees the translation of the same rows, not the translation's start
        self._on_original_scrolled(self.view.browser.verticalScrollBar().value())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.translation.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
        ):
            assert isinstance(event, QMouseEvent)
            # the word first: showing the paragraph's original may scroll both columns
            word = marks.unknown_at(self.translation, event.position().toPoint())
            self._on_translation_cursor()
            if word and not self.translation.textCursor().hasSelection():
                at = self.translation.viewport().mapToGlobal(event.position().toPoint())
                self.gloss.look_up(word, at)
        if isinstance(event, QResizeEvent):  # narrower or wider, the lines wrap anew:
            was, now = event.oldSize().width(), event.size().width()
            if self._top is None and watched is self.view.browser.viewport() and 0 < was != now:
                self._top = place.top_line(self.view)  # the passage read, put back after
            self._align_timer.start()  # wrapping changed: rows must be lined up again
        return super().eventFilter(watched, event)

    def _on_original_scrolled(self, value: int) -> None:
        if not self._syncing and self.mode == "side":
            self._syncing = True
            self.translation.verticalScrollBar().setValue(value)
            self._syncing = False

    def _on_translation_scrolled(self, value: int) -> None:
        if not self._syncing and self.mode == "side":
            self._syncing = True
            self.view.browser.verticalScrollBar().setValue(value)
            self._syncing = False

    def _on_translation_cursor(self) -> None:
        """Clicking in a translated paragraph shows its original."""
        if self.result is None:
            return
        index = self.translation.textCursor().blockNumber()
        if 0 <= index < len(self.result.paragraphs) and self.mode == "side":
            paragraph = self.result.paragraphs[index]
            self.view.mark_pair((paragraph.start, paragraph.end))
