"""Search results with facet chips; the query comes from the window's search field."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import IndexRebuilding, QuerySyntaxError
from reader.core.model import SearchHit, SearchResults
from reader.services.changes import Changes
from reader.ui import defs
from reader.ui.context import UiContext
from reader.ui.flow import FlowLayout
from reader.ui.i18n import language_name
from reader.ui.roles import Role
from reader.ui.search import hints
from reader.ui.search.delegate import ResultDelegate
from reader.ui.search.model import ResultsModel
from reader.ui.tasks import TaskContext

log = logging.getLogger(__name__)

ENTITY_CHIPS = 6
SHOWN_CHIPS = 8  # alternatives shown before "N more…"
REBUILD_RETRY_MS = 700  # asking again while the index is rebuilt
RESULT_LIMIT = 50  # enough to choose from
# the rows whose snippets come with the results (more than a tall list shows at once);
# the others' are made right after, in the background: a snippet analyses paragraphs of
# its article, and fifty were a third of a search's time at 50,000 articles
SNIPPETS_FIRST = 12


def facet_clause(field: str, value: str) -> str:
    escaped = value.replace('"', " ")
    if field == "entity" or " " in value or "-" in value:
        return f'{field}:"{escaped}"'
    return f"{field}:{escaped}"


def _empty(layout: FlowLayout) -> None:
    """Take every widget out of a row of chips."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class SearchPanel(QWidget):
    """The results of the query typed in the window's search box: what the search did
    beyond the words typed is said above the list — a spelling it corrected or suggests
    (one click runs it), the words no article has all of, and the words it also
    searched (translations, other names) as chips that take one off."""

    result_opened = Signal(str, str)  # article id, the query (to mark its hits)
    searched = Signal(int)  # results shown
    suggestion_chosen = Signal(str)  # a "did you mean" clicked: the query to type

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = ""
        self.active_facets: set[tuple[str, str]] = set()
        self.excluded: set[str] = set()  # alternatives taken off by the reader
        self.all_alternatives = False  # "N more…" clicked: every chip shown
        self.results: SearchResults | None = None
        self.hint: str | None = None  # what is wrong with the query, when it cannot run
        #: the name an entity chip shows for the canonical name the index keeps (the
        #: reader's naming language: reader.ui.entities.controller); the chip still
        #: searches by the canonical name
        self.entity_name: Callable[[str], str] = lambda name: name

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        # it quotes what was typed: never read as rich text
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel()
        self.notice.setObjectName("searchNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)  # every piece of it escaped
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice.setOpenExternalLinks(False)
        self.notice.linkActivated.connect(self._on_notice_link)
        self.notice.hide()
        self.also = QWidget()
        self.also.setObjectName("searchAlternatives")
        self.also_layout = FlowLayout(self.also)
        self.also.hide()
        self.cross = QCheckBox()
        self.cross.setObjectName("crossLanguage")
        self.cross.setChecked(True)
        self.cross.toggled.connect(self._on_cross_toggled)
        self.chips = QWidget()
        self.chips_layout = FlowLayout(self.chips)
        self.model = ResultsModel(self)
        self.list = QListView()
        self.list.setObjectName("searchResults")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, 0, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        layout.addWidget(self.also)
        layout.addWidget(self.cross)
        layout.addWidget(self.chips)
        layout.addWidget(self.list, 1)

        self._debounce = QTimer(self, singleShot=True, interval=defs.SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.list.activated.connect(lambda index: self._open(index.row()))
        # articles imported (here or by another process): the search shown runs again
        self._keep: tuple[str | None, int] | None = None  # the result selected, the scroll
        self._restoring = False
        self._follow = QTimer(self, singleShot=True, interval=defs.CHANGES_SETTLE_MS)
        self._follow.timeout.connect(self._follow_changes)
        ctx.changes.changed.connect(self._on_changes)
        self._load_cross_setting()
        self.retranslate()

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the UI's language, the results' summary included (written again
        from the results shown, without searching again)."""
        self.cross.setText(self.tr("Also search other languages and names"))
        self.cross.setToolTip(
            self.tr(
                "Search the query's words in the library's other languages too "
                "(chips → puces) and entities by their other names (Chine → China), "
                "from the dictionaries installed on this computer"
            )
        )
        self.list.setAccessibleName(self.tr("Search results"))
        if self.hint is not None:
            self.status.setText(hints.translated(self.hint))
        elif self.results is not None:
            self._render()

    # -- searching --------------------------------------------------------------------------

    def _load_cross_setting(self) -> None:
        library = self.ctx.library

        def work(_: TaskContext) -> bool:
            return library.cross_language

        def show(on: bool) -> None:
            self.cross.blockSignals(True)
            self.cross.setChecked(on)
            self.cross.blockSignals(False)

        self.ctx.tasks.run(work, on_success=show, key="search-setting")

    def _on_cross_toggled(self, on: bool) -> None:
        library = self.ctx.library

        def work(_: TaskContext) -> None:
            library.set_cross_language(on)

        self.ctx.tasks.run(work, on_success=lambda _: self.run_search(), key="search-setting")

    def set_query(self, text: str, immediately: bool = False) -> None:
        if text.strip() != self.query.strip():
            self.active_facets.clear()
            self.excluded.clear()
            self.all_alternatives = False
        self.query = text
        if immediately:
            self.run_search()
        else:
            self._debounce.start()

    def _follow_changes(self) -> None:
        """The search shown run again in place, after the library changed under it;
        not when the reader's own query is about to run (it searches the library as it
        is now, its lower snippets left for later)."""
        if not self._debounce.isActive():
            self.run_search(keep_place=True)

    def full_query(self) -> str:
        clauses = [facet_clause(f, v) for f, v in sorted(self.active_facets)]
        return " ".join([f"({self.query})" if clauses else self.query, *clauses]).strip()

    def _on_changes(self, changes: Changes) -> None:
        """Articles added or given a new text, entities recognised in the background
        (what ``entity:`` finds, the entity chips' counts), or every article's names
        corrected: the results shown may have changed (a note or a tag edited does not
        search again)."""
        changed = changes.imported or changes.everything or changes.entities
        if changed and self.query.strip():
            self._follow.start()

    def run_search(self, keep_place: bool = False) -> None:
        """Search the query; ``keep_place``: the same query again, its results' selected
        row and scroll kept (the reader did not ask for it)."""
        self._keep = (
            (self.current_id(), self.list.verticalScrollBar().value()) if keep_place else None
        )
        self._debounce.stop()
        self._debounce.setInterval(defs.SEARCH_DEBOUNCE_MS)
        query = self.full_query()
        if not self.query.strip():
            self.ctx.tasks.invalidate("search")
            self._show(None)
            return
        library = self.ctx.library
        if not keep_place:
            # searched again in place (the library changed under the results): the
            # results and what they say stay until the new ones replace them
            self.status.setText(self.tr("Searching…"))
        excluded = tuple(sorted(self.excluded))
        cross = self.cross.isChecked()

        # searched again in place: every snippet at once, so that the rows keep their
        # heights and the list its scroll
        first = None if keep_place else SNIPPETS_FIRST
        self.ctx.tasks.invalidate("search-snippets")

        def work(_: TaskContext) -> SearchResults:
            return library.search(
                query, limit=RESULT_LIMIT, exclude=excluded, cross_language=cross, snippets=first
            )

        def show(results: SearchResults) -> None:
            self._show(results)
            if first is not None and len(results.hits) > first:
                rest = [hit.id for hit in results.hits[first:]]
                self._fill_snippets(results, rest, excluded, cross)

        self.ctx.tasks.run(work, on_success=show, on_failure=self._on_search_failed, key="search")

    def _fill_snippets(
        self, results: SearchResults, ids: list[str], excluded: tuple[str, ...], cross: bool
    ) -> None:
        """Make the snippets of the rows shown without one (the search is not run again:
        the index keeps its outcome) and put them in their rows."""
        library = self.ctx.library

        def work(_: TaskContext) -> dict[str, SearchHit]:
            return library.snippets(
                results.query, ids, limit=RESULT_LIMIT, exclude=excluded, cross_language=cross
            )

        def fill(found: dict[str, SearchHit]) -> None:
            if self.results is results:  # still the results shown
                self.model.fill(found)

        def failed(exc: BaseException) -> None:
            # the rows keep their titles; the search asked again (after a rebuild, an
            # import) brings their snippets
            log.info("the lower rows' snippets were not made: %s", exc)

        self.ctx.tasks.run(work, on_success=fill, on_failure=failed, key="search-snippets")

    def _on_search_failed(self, exc: BaseException) -> None:
        if isinstance(exc, IndexRebuilding):
            # the index is being rebuilt from the library (it was missing or damaged):
            # say how far it is and ask again in a moment
            self.status.setText(
                self.tr("Rebuilding the search index (%1 of %2 articles)…")
                .replace("%1", str(exc.done))
                .replace("%2", str(exc.total))
            )
            self._debounce.start(REBUILD_RETRY_MS)
        elif isinstance(exc, QuerySyntaxError):
            self.model.set_hits([])
            self.results, self.hint = None, exc.hint
            self.status.setText(hints.translated(exc.hint))
            self.searched.emit(0)
        else:
            self.ctx.errors.report(exc)

    def _show(self, results: SearchResults | None) -> None:
        self.results, self.hint = results, None
        self.model.set_hits(results.hits if results else [])
        if self._keep is not None:
            self._keep_place(*self._keep)
        self._render()
        self.searched.emit(len(results.hits) if results else 0)

    def _render(self) -> None:
        """What the search did, above the list: its summary, notices and chips."""
        results = self.results
        self._fill_chips(results)
        if results is None:
            status = ""
        elif results.total == 0:
            status = self.tr("No article matches.")
        elif results.total > len(results.hits):
            status = (
                self.tr("%1 articles match; the best %2 are shown.")
                .replace("%1", str(results.total))
                .replace("%2", str(len(results.hits)))
            )
        else:
            status = self.tr("%n article(s) match.", "", results.total)
        if results is not None and results.hint:
            status += "\n" + hints.translated(results.hint)  # what looked wrong in the query
        self.status.setText(status)
        self._fill_notice(results)
        self._fill_alternatives(results)

    def _fill_notice(self, results: SearchResults | None) -> None:
        """A corrected or suggested spelling (a link that runs it), and the words no
        article has all of. Every word quoted from the query is escaped."""
        lines = []
        if results is not None and results.corrected:
            typed, corrected = _changed(results.query, results.suggestion)
            lines.append(
                self.tr("No article has every word of “%1”; showing results for “%2”.")
                .replace("%1", html.escape(typed))
                .replace("%2", html.escape(corrected))
            )
        elif results is not None and results.suggestion:
            link = f'<a href="suggest">{html.escape(results.suggestion)}</a>'
            lines.append(self.tr("Did you mean: %1?").replace("%1", link))
        if results is not None and results.relaxed:
            words = html.escape(_cut(", ".join(results.relaxed)))
            if results.strict_total:
                lines.append(
                    self.tr(
                        "Only %n article(s) have all of: %1; those with most follow.",
                        "",
                        results.strict_total,
                    ).replace("%1", words)
                )
            else:
                lines.append(
                    self.tr("No article has all of: %1; showing those with most.").replace(
                        "%1", words
                    )
                )
        self.notice.setText("<br>".join(lines))
        self.notice.setVisible(bool(lines))

    def _on_notice_link(self, _link: str) -> None:
        if self.results is not None and self.results.suggestion:
            self.suggestion_chosen.emit(self.results.suggestion)

    def _fill_alternatives(self, results: SearchResults | None) -> None:
        """ "Also searched:" and a chip per alternative; clicking one takes it off."""
        _empty(self.also_layout)
        pairs = results.alternatives if results is not None else ()
        if pairs:
            label = QLabel(self.tr("Also searched:"))
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.also_layout.addWidget(label)
        chips = [
            (word, alternative) for word, alternatives in pairs for alternative in alternatives
        ]
        # a sentence pasted whole made a wall of about twenty chips above the results:
        # the first ones, then "N more…" (one more is shown rather than "1 more…")
        shown = chips
        if not self.all_alternatives and len(chips) > SHOWN_CHIPS + 1:
            shown = chips[:SHOWN_CHIPS]
        for word, alternative in shown:
            chip = QToolButton()
            chip.setObjectName("alternativeChip")
            chip.setText(f"{alternative} ×")
            chip.setToolTip(
                self.tr("“%1” was searched as well as “%2”; click to search without it")
                .replace("%1", html.escape(alternative))
                .replace("%2", html.escape(word))
            )
            chip.setAccessibleName(
                self.tr("Also searched: %1, for %2").replace("%1", alternative).replace("%2", word)
            )
            chip.clicked.connect(lambda _=False, alt=alternative: self._drop(alt))
            self.also_layout.addWidget(chip)
        if len(shown) < len(chips):
            more = QToolButton()
            more.setObjectName("moreAlternatives")
            more.setText(self.tr("%n more…", "", len(chips) - len(shown)))
            more.setToolTip(self.tr("Show every word that was searched as well"))
            more.clicked.connect(self._show_every_alternative)
            self.also_layout.addWidget(more)
        self.also.setVisible(bool(pairs))

    def _show_every_alternative(self) -> None:
        self.all_alternatives = True
        self._fill_alternatives(self.results)

    def _drop(self, alternative: str) -> None:
        self.excluded.add(alternative)
        self.run_search()

    def _fill_chips(self, results: SearchResults | None) -> None:
        _empty(self.chips_layout)
        if results is None:
            return
        groups = (
            ("source", self.tr("Source"), 8),
            ("lang", self.tr("Language"), 8),
            ("entity", self.tr("Entity"), ENTITY_CHIPS),
        )
        for field, label, most in groups:
            values = sorted(results.facets.get(field, {}).items(), key=lambda kv: (-kv[1], kv[0]))
            for value, count in values[:most]:
                shown = self.entity_name(value) if field == "entity" else value
                shown = language_name(value) if field == "lang" else shown
                chip = QToolButton()
                chip.setText(f"{shown} · {count}")
                chip.setCheckable(True)
                chip.setChecked((field, value) in self.active_facets)
                chip.setAutoRaise(False)
                chip.setToolTip(
                    self.tr("%1: show only %2").replace("%1", label).replace("%2", shown)
                )
                chip.setAccessibleName(f"{label} {shown}, {count}")
                chip.toggled.connect(lambda on, fv=(field, value): self._on_chip_toggled(fv, on))
                self.chips_layout.addWidget(chip)

    def refresh_names(self) -> None:
        """Name the entity chips again (the naming language changed)."""
        self._fill_chips(self.results)

    def _on_chip_toggled(self, facet: tuple[str, str], on: bool) -> None:
        if on:
            self.active_facets.add(facet)
        else:
            self.active_facets.discard(facet)
        self.run_search()

    # -- opening ----------------------------------------------------------------------------

    def _keep_place(self, selected: str | None, scroll: int) -> None:
        """Select the result selected before the search ran again, without opening it
        again, and scroll back to where the list was."""
        self._keep = None
        hits = (self.model.hit(row) for row in range(self.model.rowCount()))
        rows = [row for row, hit in enumerate(hits) if hit is not None and hit.id == selected]
        if rows:
            self._restoring = True
            try:
                self.list.setCurrentIndex(self.model.index(rows[0]))
            finally:
                self._restoring = False
        self.list.verticalScrollBar().setValue(scroll)

    def _on_list_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and not self._restoring:
            self._open(indexes[0].row())

    def _open(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is not None:
            self.result_opened.emit(hit.id, self.full_query())

    def select_first(self) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
            self.list.setFocus()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.list.currentIndex()
            if index.isValid():
                self._open(index.row())
                return
        super().keyPressEvent(event)

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(Role.ARTICLE_ID) if index.isValid() else None


QUOTED = 60  # characters of a query quoted above the list: a pasted paragraph is longer


def _cut(text: str, limit: int = QUOTED) -> str:
    """``text`` cut after its last whole word within ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    return text[: limit + 1].rsplit(" ", 1)[0].rstrip(", ") + " …"


def _changed(typed: str, corrected: str) -> tuple[str, str]:
    """A long query and its correction as the notice quotes them: from the first word
    that differs (after "…"), each cut to a line, so that a pasted paragraph is not
    quoted twice whole above the results, nor its corrected word cut off."""
    if len(typed) <= QUOTED and len(corrected) <= QUOTED:
        return typed, corrected
    a, b = typed.split(), corrected.split()
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    lead = "… " if same else ""
    return lead + _cut(" ".join(a[same:])), lead + _cut(" ".join(b[same:]))
