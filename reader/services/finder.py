"""Searching a library (:class:`Finder`): ranked articles with snippets and facets, the
cross-language alternatives, where a query matches in one article. Reads only: the
index is brought up to date through the writer when another process changed the
library, and a search never takes the write lock itself."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.errors import NotFound, ReaderError
from reader.core.model import Article, ArticleSummary, SearchHit, SearchResults
from reader.search.document import body_offset_to_text, headline_end, searchable_body
from reader.search.presence import TYPED_WORD
from reader.search.snippet import make_snippet
from reader.services.marking import merged, text_to_body

if TYPE_CHECKING:
    from reader.search.index import Match, SearchOutcome
    from reader.services.engines import Engines
    from reader.services.entities import Recognition
    from reader.services.indexing import Indexer

log = logging.getLogger(__name__)
CROSS_LANGUAGE = "search.cross_language"
# looked up once the window has started (see Finder.warm_up): two words, so that the
# expander reads them both ways, as the first search of two words or more does, and
# words of both languages, so that the routes through a third language start both ways
WARM_UP_QUERY = "police station"
# an amount typed with a currency sign (``£10bn``, ``$ 4.5m``, ``€300``): the articles
# writing that sign are listed first among the best AMOUNT_WINDOW matches
_AMOUNT = re.compile(r"(?<!\w)([£$€¥])\s?(\d[\d.,]*(?:bn|m|k|tn)?)(?!\w)", re.I)
AMOUNT_WINDOW = 200


def typed_amounts(query: str) -> list[str]:
    """The amounts of ``query`` typed with a currency sign, as ``"£10bn"``."""
    return [sign + number for sign, number in _AMOUNT.findall(query)]


class Finder:
    """Search and its settings."""

    def __init__(self, engines: Engines, indexer: Indexer, recognition: Recognition) -> None:
        self.engines = engines
        self.indexer = indexer
        self.recognition = recognition

    @property
    def cross_language(self) -> bool:
        """Whether searches also look for the query's words in the library's other
        languages (a setting of the library, on unless turned off)."""
        return self.engines.store.setting(CROSS_LANGUAGE, "1") != "0"

    def set_cross_language(self, on: bool) -> None:
        self.engines.writer.run(
            lambda: self.engines.store.set_setting(CROSS_LANGUAGE, "1" if on else "0")
        )

    def alternatives(
        self, query: str, exclude: Sequence[str] = (), force: bool = False
    ) -> dict[str, tuple[str, ...]]:
        """Other words searched beside the words of ``query`` (see
        :mod:`reader.services.expansion`); none when cross-language search is off,
        unless ``force``."""
        if not (force or self.cross_language):
            return {}
        # the library's languages as a set, not counted: counting read the whole language
        # index at each search (1.4 ms of CPU at 50,000 articles)
        languages = sorted(self.engines.store.language_codes())
        return self.engines.expander.alternatives(query, languages, exclude)

    def warm_up(self) -> None:
        """Start what the first search of a session would otherwise start on its way:
        the translation routes kept running and the dictionaries read, both ways (at
        50,000 articles the first query of two words took 0.6–1.6 s, 75–84 ms of it
        this process's CPU; after this, 90 ms and 26 ms). The window runs it once
        it has started, then freezes what it loaded out of the garbage collector's walks
        (the dictionaries' tens of thousands of entries). Nothing is started when
        cross-language search is off; a route that cannot start is left for the search
        to report."""
        if not self.cross_language:
            return
        try:
            self.alternatives(WARM_UP_QUERY)
        except ReaderError:
            log.info("cross-language search could not warm up", exc_info=True)

    def search(
        self,
        query: str,
        limit: int = 20,
        exclude: Sequence[str] = (),
        cross_language: bool | None = None,
        snippets: int | None = None,
    ) -> SearchResults:
        """Ranked articles for ``query``, with snippets and facet counts. ``exclude``:
        alternatives the user took off; ``cross_language`` overrides the setting.
        ``snippets``: only the first this many hits get theirs now (a result list shows a
        dozen rows; a snippet analyses paragraphs of its article, a fifth of a search's
        time): the others come with an empty snippet, made by :meth:`snippets`."""
        if not query.strip():
            return SearchResults(query, 0, (), {})
        outcome = self._outcome(query, limit, exclude, cross_language)
        store = self.engines.store
        made = len(outcome.matches) if snippets is None else max(0, snippets)
        # the rows past those with a snippet show a title, a source and a language: read
        # in one query, not each article's text and paragraphs (50 reads were a third of
        # a search's time at 50,000 articles)
        rest = [m.id for m in outcome.matches[made:]]
        heads = {s.id: s for s in store.summaries(ids=rest)} if rest else {}
        hits = []
        for n, match in enumerate(outcome.matches):
            if n >= made:
                head = heads.get(match.id)
                if head is not None:  # else deleted since it was indexed
                    hits.append(self._bare(match, head))
                continue
            try:
                article = store.get(match.id)
            except NotFound:
                continue  # deleted since it was indexed
            hits.append(self._hit(match, article, query))
        return SearchResults(
            query,
            outcome.total,
            tuple(hits),
            outcome.facets,
            outcome.hint,
            strict_total=outcome.strict_total,
            relaxed=outcome.relaxed,
            alternatives=tuple(outcome.alternatives.items()),
            suggestion=outcome.suggestion,
            corrected=outcome.corrected,
        )

    def snippets(
        self,
        query: str,
        ids: Sequence[str],
        limit: int = 20,
        exclude: Sequence[str] = (),
        cross_language: bool | None = None,
    ) -> dict[str, SearchHit]:
        """The hits of ``ids`` among those of ``search`` (same ``query``, ``limit``,
        ``exclude``, ``cross_language``) with their snippets. The search itself is not
        run again: the index keeps its last outcomes until it changes. An article no
        longer among the hits (the library changed since) is left out."""
        if not query.strip() or not ids:
            return {}
        outcome = self._outcome(query, limit, exclude, cross_language)
        wanted = set(ids)
        found: dict[str, SearchHit] = {}
        for match in outcome.matches:
            if match.id not in wanted:
                continue
            try:
                article = self.engines.store.get(match.id)
            except NotFound:
                continue
            found[match.id] = self._hit(match, article, query)
        return found

    def _outcome(
        self,
        query: str,
        limit: int,
        exclude: Sequence[str],
        cross_language: bool | None,
    ) -> SearchOutcome:
        self.indexer.check_rebuilding()
        self.indexer.current()
        index = self.engines.index

        def others(text: str) -> dict[str, tuple[str, ...]]:
            if cross_language is False:
                return {}
            return self.alternatives(text, exclude, force=cross_language is True)

        # an amount typed with its currency sign ranks a wider window (below)
        wide = max(limit, AMOUNT_WINDOW) if typed_amounts(query) else limit
        try:
            outcome = index.search(query, wide, others(query), correct=False)
        except ReaderError:
            raise
        except Exception:
            # A damaged segment shows up only when read: rebuild, then try once more.
            log.warning("search failed; rebuilding the index", exc_info=True)
            self.indexer.reindex()
            outcome = index.search(query, wide, others(query), correct=False)
        if amounts := typed_amounts(query):
            outcome = self._currency_first(outcome, amounts, limit)
        if outcome.suggestion:
            outcome = replace(outcome, suggestion=self._misspelt_only(query, outcome.suggestion))
        if outcome.suggestion and not outcome.strict_total:
            # nothing has every word as typed: if the spelling the library knows fixes
            # that, show its hits (with the alternatives of its own words)
            text = outcome.suggestion
            fixed = index.search(text, limit, others(text), correct=False)
            if fixed.strict_total or (fixed.total and not outcome.total):
                outcome = replace(fixed, suggestion=text, corrected=True, hint=outcome.hint)
        return outcome

    def _misspelt_only(self, query: str, suggestion: str) -> str:
        """``suggestion`` without its respellings of words that English or French
        writes as typed ("" when none is left): a word of either language that no
        article holds is not misspelt (*American* typed over French articles was offered
        as *Americain*); cross-language search is what finds its articles. A name the
        analysers know only as a name is still respelt (*Braun*: *Brown*)."""
        typed = TYPED_WORD.findall(query)
        offered = list(TYPED_WORD.finditer(suggestion))
        if len(typed) != len(offered):
            return suggestion
        changed = [(w, f) for w, f in zip(typed, offered, strict=True) if w != f.group()]
        words = [word for word, _ in changed]
        if not words:
            return suggestion
        lemmatizer = self.engines.lemmatizer
        known = {
            word
            for lang in ("en", "fr")
            for word, readings in lemmatizer.readings(words, lang).items()
            if any("<np>" not in r for r in readings)
        }
        kept = suggestion
        for word, found in reversed(changed):
            if word in known:
                kept = kept[: found.start()] + word + kept[found.end() :]
        return "" if kept == query else kept

    def _currency_first(
        self, outcome: SearchOutcome, amounts: Sequence[str], limit: int
    ) -> SearchOutcome:
        """``outcome``'s first ``limit`` matches, those whose article writes an amount
        as typed with its currency sign first (``£10bn``, not *$10bn*), in their order
        otherwise. The index holds the number alone (*10bn*), so the articles of its
        ranked window are read for the sign."""
        wanted = [re.compile(re.escape(a[0]) + r"\s?" + re.escape(a[1:]), re.I) for a in amounts]
        store = self.engines.store

        def writes(match: Match) -> bool:
            try:
                text = store.get(match.id).text
            except NotFound:
                return False
            return any(w.search(text) for w in wanted)

        held = {m.id for m in outcome.matches if writes(m)}
        ordered = sorted(outcome.matches, key=lambda m: m.id not in held)  # stable
        return replace(outcome, matches=tuple(ordered[: max(1, limit)]))

    def _hit(self, match: Match, article: Article, query: str) -> SearchHit:
        index = self.engines.index
        body = searchable_body(article)
        after = headline_end(article)  # the row shows the title above its snippet
        snippet, first = index.snippet(match, body, after)
        first_in_text = body_offset_to_text(article, first) if first else None
        if named := self.recognition.named_marks(article, query):  # entity: marks
            marks = merged(index.hit_offsets(match, body, 2), text_to_body(article, named))
            snippet = make_snippet(body, marks, start=after)
            first_in_text = body_offset_to_text(article, marks[0]) if marks else None
        return replace(self._bare(match, article), snippet=snippet, first_hit=first_in_text)

    @staticmethod
    def _bare(match: Match, article: Article | ArticleSummary) -> SearchHit:
        return SearchHit(
            id=article.id,
            title=article.title,
            source=article.source,
            lang=article.lang,
            score=round(match.score, 4),
            snippet="",
        )

    def hit_offsets(
        self, article_id: str, query: str, exclude: Sequence[str] = ()
    ) -> list[tuple[int, int]]:
        """Where ``query`` matches in the article's canonical text, in text order: its
        words, and the alternatives searched with them."""
        if not query.strip() or self.indexer.rebuilding is not None:
            return []  # the marks come when the index is back
        self.indexer.current()
        index = self.engines.index
        match = index.match_in(query, article_id, self.alternatives(query, exclude))
        if match is None:
            return []
        article = self.engines.store.get(article_id)
        offsets = index.hit_offsets(match, searchable_body(article))
        mapped = (body_offset_to_text(article, span) for span in offsets)
        found = [span for span in mapped if span is not None]
        return merged(found, self.recognition.named_marks(article, query))
