"""Glue between the reader, the Entities panel, the entity browser and the library:
background recognition, loading an article's entities, the user's corrections, and the
language entity names are shown in (View settings kept in ``window.ini``).

Names are given their language here, at the edge: the library keeps one canonical name
per entity whatever the reader's language, so the reader, the panel and the browser
are handed names renamed by :class:`reader.entities.naming.Naming`, and a correction
made on a shown name goes back to the library under the name it keeps.

The controller is given the reader, the panel, the status bar and the open article, not
the window: the window builds it, and a controller that knew the window would close an
import circle with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from reader.core.model import Article, EntityCorrection, EntityMention
from reader.services.naming import NameRule, Naming, bundled_naming
from reader.ui.article.view import ArticleView
from reader.ui.context import UiContext
from reader.ui.entities.browser import EntityBrowser
from reader.ui.entities.names import NAME_RULE, interface_language, name_rule
from reader.ui.entities.panel import EntitiesPanel
from reader.ui.passes import passes_label
from reader.ui.tasks import TaskContext


class EntityController(QObject):
    """``current`` gives the open article, ``is_dark`` the theme the browser opens in,
    ``open_article`` shows an article chosen in the browser; ``parent`` owns the browser."""

    def __init__(
        self,
        ctx: UiContext,
        view: ArticleView,
        panel: EntitiesPanel,
        status: QStatusBar,
        parent: QWidget,
        *,
        current: Callable[[], Article | None],
        is_dark: Callable[[], bool],
        open_article: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.panel = panel
        self.status = status
        self.parent_widget = parent
        self.current = current
        self.is_dark = is_dark
        self.open_article = open_article
        self._naming: Naming | None = None  # made in the background, with the first article
        self.rule = name_rule(ctx.settings)
        self._recognizing = False  # a pass of recognize_all runs
        self._recognize_again = False  # …and another was asked for meanwhile
        self.mentions: list[EntityMention] = []  # the open article's, as the library has them
        self.mentions_of: str | None = None  # which article they are of
        self.counts: dict[tuple[str, str], int] = {}  # (canonical, type) → articles
        # (type, name shown) → the canonical names the library keeps for it
        self.stored: dict[tuple[str, str], list[str]] = {}
        self._followers: list[Callable[[], None]] = []  # told when chips' names change
        self._chips_named_in: str | None = None  # the language they were told of last
        panel.set_name_rule(self.rule)
        panel.name_rule_changed.connect(self._on_panel_name_rule_changed)
        panel.retranslated.connect(self.show_names)

    # -- names ---------------------------------------------------------------------------

    def naming(self) -> Naming:
        """The names of known entities in each language (read once, off the GUI thread:
        the workers that load entities ask for it first)."""
        if self._naming is None:
            self._naming = bundled_naming()
        return self._naming

    def interface_language(self) -> str:
        return interface_language(self.ctx.settings)

    def shown_name(self, canonical: str) -> str:
        """An entity's name in the interface's language, where names from many articles
        are shown together (the search's chips); as kept until the names are read."""
        if self._naming is None:
            return canonical
        return self._naming.untyped(canonical, self.interface_language())

    def name_search_chips(self, refresh: Callable[[], None]) -> None:
        """Have ``refresh`` called when the names :meth:`shown_name` gives change (once
        the names are read, and when the interface's language changes)."""
        self._followers.append(refresh)

    def _names_changed(self) -> None:
        """Tell the followers once the names are read, and when the interface's
        language changes (not at every article: the chips would be made again)."""
        lang = self.interface_language() if self._naming is not None else None
        if lang == self._chips_named_in:
            return
        self._chips_named_in = lang
        for refresh in self._followers:
            refresh()

    def set_name_rule(self, rule: NameRule) -> None:
        """Show entity names in the interface's or in each article's language, at once,
        and keep the choice."""
        self.rule = rule
        self.ctx.settings.set(NAME_RULE, rule.value)
        self.panel.set_name_rule(rule)
        self.show_names()

    def _on_panel_name_rule_changed(self, value: str) -> None:
        self.set_name_rule(NameRule.parse(value))

    def show_names(self) -> None:
        """Give the open article's entities to the reader and the panel, named in the
        chosen language (again after the rule or the interface's language changed)."""
        self._names_changed()
        current = self.current()
        if self._naming is None or current is None or current.id != self.mentions_of:
            return
        lang = self.rule.language(self.interface_language(), current.lang)
        shown = self._naming.rename(self.mentions, lang)
        self.stored = {}
        for kept, named in zip(self.mentions, shown, strict=True):
            names = self.stored.setdefault((named.label, named.canonical), [])
            if kept.canonical not in names:
                names.append(kept.canonical)
        self.view.set_entities(shown)
        self.view.article_counts = self._named_counts(lang)
        keys = {key: names[0] for key, names in self.stored.items()}
        self.panel.set_mentions(shown, keys=keys)

    def _named_counts(self, lang: str) -> dict[tuple[str, str], int]:
        """How many articles mention each entity, by the name it is shown by (of names
        that become one, the largest count)."""
        if self._naming is None:
            return dict(self.counts)
        named: dict[tuple[str, str], int] = {}
        for (canonical, label), count in self.counts.items():
            key = (self._naming.name(canonical, label, lang), label)
            named[key] = max(named.get(key, 0), count)
        return named

    def _stored_corrections(self, correction: EntityCorrection) -> list[EntityCorrection]:
        """The correction under the names the library keeps: one per canonical name the
        shown name stands for ("Égypte" for "Égypte" and "Egypte")."""
        if correction.canonical is None or correction.action not in ("retype", "alias"):
            return [correction]
        kept = [
            name
            for (label, shown), names in self.stored.items()
            if shown == correction.canonical
            for name in names
        ] or [correction.canonical]
        target = correction.target
        if target is not None:
            target = next(
                (names[0] for (_, shown), names in self.stored.items() if shown == target),
                target,
            )
        return [replace(correction, canonical=name, target=target) for name in kept]

    # -- loading and recognising ---------------------------------------------------------

    def show_read(self, article_id: str, mentions: list[EntityMention] | None) -> None:
        """Paint the entities read with the article's text (its last recognition, None if
        it has none) in the same frame; whether they are current is asked afterwards, and
        only a change is painted — no "Recognising entities…" pause in between."""
        if mentions is not None:
            self.mentions, self.mentions_of = mentions, article_id
            if self._naming is not None:
                self.show_names()
            else:  # the names to show them by come with the first load: underlined now
                self.view.set_entities(mentions)
                shown = [(m.start, m.end, m.label) for m in self.panel.mentions]
                if shown != [(m.start, m.end, m.label) for m in mentions]:  # not the snapshot's
                    self.panel.set_mentions(mentions)
        self.load(article_id, pending=mentions is None)

    def load(self, article_id: str, pending: bool = True) -> None:
        library = self.ctx.library
        if pending:
            self.panel.set_mentions([], pending=True)
        naming = self.naming

        def work(_: TaskContext) -> tuple[str, list[EntityMention]]:
            naming()
            return article_id, library.entities(article_id)

        self.ctx.tasks.run(work, on_success=self._on_loaded, key="entities", slow=True)

    def _on_loaded(self, result: tuple[str, list[EntityMention]]) -> None:
        article_id, mentions = result
        current = self.current()
        if current is None or current.id != article_id:
            return
        self.mentions, self.mentions_of = mentions, article_id
        self.show_names()

    def recognize_all(self) -> None:
        """Recognise the entities of every article that lacks them, in the background:
        one pass at a time (asked again while one runs, it runs once more after it)."""
        if self._recognizing:
            self._recognize_again = True
            return
        self._recognizing, self._recognize_again = True, False
        library = self.ctx.library
        status = self.status

        def ended() -> None:
            passes_label(status).done("entities")
            self._recognizing = False
            if self._recognize_again:
                self.recognize_all()

        def work(task: TaskContext) -> dict[tuple[str, str], int]:
            library.recognize_pending(
                progress=lambda done, total, _: task.progress(done, total, ""),
                should_stop=lambda: task.cancelled,
            )
            return {(e.canonical, e.label): e.articles for e in library.entity_summaries()}

        def progressed(done: int, total: int, _: str) -> None:
            passes_label(status).report(
                "entities",
                QCoreApplication.translate("MainWindow", "Recognising entities: %1 of %2 articles")
                .replace("%1", str(done))
                .replace("%2", str(total)),
            )

        def finished(counts: dict[tuple[str, str], int]) -> None:
            self.counts = counts
            current = self.current()
            lang = self.rule.language(self.interface_language(), current.lang if current else None)
            self.view.article_counts = self._named_counts(lang)

        # the recognisers' slow work holds no writer: each article's entities are saved
        # under the library's write lock, so a tag or a note saved meanwhile is not
        # queued behind a model that is still loading
        self.ctx.tasks.run(
            work, slow=True, on_progress=progressed, on_success=finished, on_finished=ended
        )

    def correct(self, correction: EntityCorrection) -> None:
        """Record a user's correction, then show the article's corrected entities."""
        library = self.ctx.library
        corrections = self._stored_corrections(correction)

        def work(_: TaskContext) -> None:
            for stored in corrections:
                library.correct_entity(stored)

        def done(_: object) -> None:
            current = self.current()
            if current is not None:
                self.load(current.id)
            self.recognize_all()  # refreshes the library-wide counts

        self.ctx.tasks.run(work, write=True, on_success=done)

    def show_browser(self) -> EntityBrowser:
        open_article = self.open_article
        lang = self.interface_language()
        naming = self.naming
        browser = EntityBrowser(
            self.ctx,
            self.panel.type_names(),
            self.is_dark(),
            parent=self.parent_widget,
            name=lambda canonical, label: naming().name(canonical, label, lang),
        )
        browser.article_requested.connect(lambda article_id: open_article(article_id))
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.show()
        return browser
