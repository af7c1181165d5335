"""The Whoosh index: a derived copy of the library, rebuilt whenever it is missing,
stale or damaged.

Each document stores its article's change stamp; :meth:`SearchIndex.stale` compares
them with the store's, so only what changed is re-indexed, including after a crash
between a database commit and an index commit. A rebuild writes into a sibling folder
and swaps it in, so a failed rebuild never leaves a half-index behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import shutil
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index, query
from whoosh.query import Query, Term

from reader.core.errors import IndexBusy, QuerySyntaxError
from reader.search.arrays import evaluate, ids_of, ranked
from reader.search.document import IndexDoc
from reader.search.expansions import install as install_expansions
from reader.search.folder import cancel_writer, remove_folder, unwritable
from reader.search.kept import column_counts
from reader.search.passes import (
    HANDFUL,
    NEAR_MAX_DOCS,
    among,
    may_hold,
    nearer,
    pruned,
    remember_frequencies,
    tiers,
)
from reader.search.plan import Plan, make_plan
from reader.search.query import SIGN_ALONE, check, make_parser, parse, unreadable
from reader.search.remember import remembered
from reader.search.schema import SCHEMA_VERSION, build_schema, text_lang, to_fields
from reader.search.snippet import AnalysedToken, find_marks, make_snippet
from reader.search.spelling import closest_word, same_case
from reader.search.storage import install as install_storage
from reader.search.writer import WatchedMpWriter

install_storage()  # compound segments read in place, not copied (see reader.search.storage)
install_expansions()  # fuzzy words expanded once per segment (see reader.search.expansions)

log = logging.getLogger(__name__)
INDEX_NAME = "articles"
VERSION_FILE = "schema-version"
# From this many documents on, indexing runs in worker processes: faster on several
# cores, and Whoosh's in-memory sorts (which hold the GIL for hundreds of milliseconds)
# then happen outside the process that draws the window.
PARALLEL_FROM = 400
# Postings stay in memory up to this many MB per writing process: below it, Whoosh
# pickles each posting to a temporary file and merges the runs (40% of indexing time)
LIMIT_MB = 256
# Another process (a command-line import beside the window) may hold Whoosh's writer
# lock; wait this long for it rather than fail at once
WRITER_WAIT = 30.0
ENTITY_FACETS = 12  # the most frequent entities among the best matches
ENTITY_WINDOW = 200  # how many of the best matches the entity counts look at
FEW = 3  # below this many results, a spelling suggestion is looked for
FEW_POSTINGS = 3  # an alternative in this few articles is checked against deletions
# Outcomes kept per searcher (until the index changes): a query searched again — a letter
# typed then erased in the search box, a facet chip taken off — is answered at once
OUTCOMES_KEPT = 64
RARE_SENSE = 10  # an alternative in 10× fewer articles than another of its word is dropped


@dataclass(frozen=True)
class Match:
    id: str
    score: float
    lang: str
    terms: frozenset[str]  # analysed terms this hit matched on their own
    phrases: tuple[tuple[str, ...], ...] = ()  # analysed phrases of the query


@dataclass(frozen=True)
class SearchOutcome:
    total: int
    matches: tuple[Match, ...]
    facets: dict[str, dict[str, int]]
    hint: str = ""  # what looked wrong in the query (see query.check)
    strict_total: int = 0  # how many have every clause
    relaxed: tuple[str, ...] = ()  # the clauses, when articles with most of them follow
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # searched too
    dropped: tuple[str, ...] = ()  # function words left out
    suggestion: str = ""  # the query spelt as the library spells it
    corrected: bool = False  # the results are the suggestion's (the query had none)


def _compact_folder(folder: str) -> None:
    built = index.open_dir(folder, indexname=INDEX_NAME, schema=build_schema())
    writer = built.writer(limitmb=LIMIT_MB)
    try:
        writer.commit(optimize=True)
    except BaseException:
        writer.cancel()
        raise


class SearchIndex:
    """The index in one folder; one writer at a time (the caller serialises writes)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.schema = build_schema()
        self._index: Any = None
        self._parser = make_parser(self.schema)
        self._local = threading.local()  # each thread's searcher, kept between searches
        self._searchers: set[Any] = set()  # every thread's, closed with the index
        self._searchers_lock = threading.Lock()
        # searches' outcomes, shared by the threads (the window's lower snippets are made
        # on another than their search's), keyed by the index opened and its generation
        self._outcomes: OrderedDict[Any, SearchOutcome] = OrderedDict()
        self._outcomes_lock = threading.Lock()
        self._opened = 0

    # -- lifecycle ---------------------------------------------------------------------

    def open(self) -> bool:
        """Open the index; False when it is missing or damaged (then :meth:`rebuild`)."""
        self._index = None
        with warnings.catch_warnings():
            # Whoosh leaves a file handle open when a damaged index fails to load.
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                if not index.exists_in(self.directory, INDEX_NAME):
                    return False
                marker = self.directory / VERSION_FILE
                if not marker.exists() or marker.read_text().strip() != str(SCHEMA_VERSION):
                    log.info("the search index has an older schema; it will be rebuilt")
                    return False
                candidate = index.open_dir(self.directory, indexname=INDEX_NAME, schema=self.schema)
                with candidate.searcher() as searcher:
                    # the first and last stored document of every segment, and every
                    # segment's term table: a damaged or truncated segment raises (reading
                    # all stored fields did too, but cost 50 MB at 50,000 articles)
                    for reader, _offset in searcher.reader().leaf_readers():
                        last = reader.doc_count_all() - 1
                        for docnum in {0, max(0, last)}:
                            if last >= 0:
                                reader.stored_fields(docnum)
                        for _ in reader.lexicon("id"):
                            pass
            except Exception as exc:
                # str(exc): a log record holding the exception would keep Whoosh's
                # leaked file handle alive.
                log.warning(
                    "the search index at %s is unusable (%s); it will be rebuilt",
                    self.directory,
                    str(exc),
                )
                return False
        self._index = candidate
        self._opened += 1
        return True

    @property
    def is_open(self) -> bool:
        return self._index is not None

    def stamps(self) -> dict[str, int]:
        """Every indexed article's id and the stamp it was indexed at."""
        with self._index.searcher() as searcher:
            reader = searcher.reader()
            if not reader.doc_count_all():
                return {}  # an empty index has no columns to read
            ids, stamps = reader.column_reader("id"), reader.column_reader("stamp")
            found = {}
            for docnum in reader.all_doc_ids():
                key = ids[docnum]
                found[key.decode("utf-8") if isinstance(key, bytes) else str(key)] = int(
                    stamps[docnum] or 0
                )
            return found

    def stamps_of(self, ids: Iterable[str]) -> dict[str, int]:
        """The stamps the articles ``ids`` are indexed at (those that are indexed),
        looked up one by one: what another process wrote is checked without reading
        every article's stamp."""
        found: dict[str, int] = {}
        with self._index.searcher() as searcher:
            if not searcher.reader().doc_count_all():
                return found
            stamps = searcher.reader().column_reader("stamp")
            for article_id in ids:
                docnum = searcher.document_number(id=article_id)
                if docnum is not None:
                    found[article_id] = int(stamps[docnum] or 0)
        return found

    def stale(self, wanted: Mapping[str, int]) -> tuple[list[str], list[str]]:
        """``(ids to (re)index, ids to delete)`` to make the index match ``wanted``."""
        have = self.stamps()
        update = [i for i, stamp in wanted.items() if have.get(i) != stamp]
        delete = [i for i in have if i not in wanted]
        return update, delete

    @staticmethod
    def _writer(target: Any, expected: int) -> Any:
        procs = min(2, os.cpu_count() or 1)
        options: dict[str, Any] = {"limitmb": LIMIT_MB, "timeout": WRITER_WAIT}
        try:
            if expected >= PARALLEL_FROM and procs > 1:
                # sub-writers that end with this process (see reader.search.writer)
                return WatchedMpWriter(target, procs=procs, multisegment=True, **options)
            return target.writer(**options)
        except index.LockError:
            raise IndexBusy(
                "the search index is busy: another Liseuse process is writing to it; "
                "the library itself is saved and the index catches up at the next search"
            ) from None

    def update(
        self, docs: Iterable[IndexDoc], delete: Iterable[str] = (), expected: int = 0
    ) -> int:
        """Add or replace ``docs`` and remove ``delete`` in one commit (``expected``: how
        many docs are coming, to choose the writer)."""
        count = 0
        try:
            writer = self._writer(self._index, expected)
        except OSError as exc:  # its lock file cannot be made
            raise unwritable(exc, self.directory) from None
        try:
            for article_id in delete:
                writer.delete_by_term("id", article_id)
            for doc in docs:
                writer.update_document(**to_fields(doc))
                count += 1
            writer.commit()
        except BaseException as exc:
            cancel_writer(writer)  # its lock freed, its half-written segment files removed
            if isinstance(exc, OSError):
                raise unwritable(exc, self.directory) from None
            raise
        return count

    def compact(self) -> None:
        """Merge every segment into one, in a spawned process: merging is seconds of
        Python that would otherwise compete with the window for the GIL."""
        context = multiprocessing.get_context("spawn")
        process = context.Process(target=_compact_folder, args=(str(self.directory),))
        process.start()
        process.join()
        if process.exitcode != 0:
            log.warning("compacting the search index failed (exit code %s)", process.exitcode)
        self.open()

    def rebuild(
        self,
        docs: Iterable[IndexDoc],
        should_stop: Callable[[], bool] = lambda: False,
        expected: int = 0,
    ) -> int:
        """Index ``docs`` into a fresh folder, then swap it in for the current one. A
        folder that cannot be written (a full disk, read-only) raises
        :class:`IndexUnwritable`, the half-built index removed: left, it would fill the
        disk the library needs."""
        fresh = self.directory.with_name(self.directory.name + ".new")
        try:
            return self._rebuild(fresh, docs, should_stop, expected)
        except OSError as exc:
            remove_folder(fresh)
            raise unwritable(exc, self.directory) from None

    def _rebuild(
        self,
        fresh: Path,
        docs: Iterable[IndexDoc],
        should_stop: Callable[[], bool],
        expected: int,
    ) -> int:
        remove_folder(fresh)
        fresh.mkdir(parents=True)
        built = index.create_in(fresh, self.schema, indexname=INDEX_NAME)
        writer = self._writer(built, expected)
        count = 0
        try:
            for doc in docs:
                if should_stop():
                    writer.cancel()
                    shutil.rmtree(fresh, ignore_errors=True)
                    return count
                writer.add_document(**to_fields(doc))
                count += 1
            writer.commit()
        except BaseException:
            cancel_writer(writer)
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        (fresh / VERSION_FILE).write_text(str(SCHEMA_VERSION))
        old = self.directory.with_name(self.directory.name + ".old")
        remove_folder(old)
        self._index = None
        if self.directory.exists() or self.directory.is_symlink():  # a broken link too
            self.directory.rename(old)
        fresh.rename(self.directory)
        remove_folder(old)
        self.open()
        return count

    # -- searching ---------------------------------------------------------------------

    def _searcher(self) -> Any:
        """This thread's searcher, reopened only when the index changed: opening one reads
        every segment's metadata (2 ms at 2,000 articles), more than a search of a term."""
        searcher = getattr(self._local, "searcher", None)
        if (
            searcher is not None
            and getattr(self._local, "index", None) is self._index
            and searcher.up_to_date()
        ):
            return searcher
        if searcher is not None:
            with self._searchers_lock:
                self._searchers.discard(searcher)
            searcher.close()
        # not searcher.refresh(): its reused segment readers miss deletions made since
        fresh = self._index.searcher()
        remember_frequencies(fresh)
        with self._searchers_lock:
            self._searchers.add(fresh)
        self._local.searcher, self._local.index = fresh, self._index
        return fresh

    def close(self) -> None:
        """Close every thread's searcher (their files stay open otherwise)."""
        with self._searchers_lock:
            searchers, self._searchers = self._searchers, set()
        for searcher in searchers:
            searcher.close()
        self._local = threading.local()

    def search(
        self,
        text: str,
        limit: int = 20,
        alternatives: Mapping[str, Sequence[str]] | None = None,
        correct: bool = True,
    ) -> SearchOutcome:
        """The best ``limit`` articles for ``text``: those with every clause first, then,
        when fewer than :data:`HANDFUL` have them all, those with most (see
        :mod:`reader.search.plan`). With no result and a word the library lacks, the
        closest spelling the index knows is searched instead (``correct``)."""
        searcher = self._searcher()
        alts = tuple((w, tuple(a)) for w, a in (alternatives or {}).items())
        key = (self._opened, searcher.reader().generation(), text, limit, correct, alts)
        with self._outcomes_lock:
            found = self._outcomes.get(key)
        if found is None:
            found = self._search(searcher, text, limit, alternatives, correct)
            with self._outcomes_lock:
                self._outcomes[key] = found
                while len(self._outcomes) > OUTCOMES_KEPT:
                    self._outcomes.popitem(last=False)
        # the caller's copy of the counts: the one kept stays as searched
        return replace(found, facets={name: dict(c) for name, c in found.facets.items()})

    def _search(
        self,
        searcher: Any,
        text: str,
        limit: int,
        alternatives: Mapping[str, Sequence[str]] | None,
        correct: bool,
    ) -> SearchOutcome:
        try:
            plan = make_plan(self._parser, text, self._present(searcher, alternatives))
            outcome = self._run(searcher, pruned(searcher, plan), limit)
        except QuerySyntaxError:
            raise
        except Exception as exc:
            raise unreadable(text, exc) from exc
        hint = check(text)
        if plan.clauses and getattr(hint, "template", "") == SIGN_ALONE:
            hint = ""  # read as punctuation: the query is plain words
        if not plan.clauses or (outcome.total >= FEW and outcome.strict_total):
            return replace(outcome, hint=hint)
        suggestion = self._spelling(searcher, text, plan)
        if not suggestion:
            return replace(outcome, hint=hint)
        if correct and not outcome.strict_total:
            # nothing has every word as typed: if the spelling fixes that, show its hits
            fixed = self.search(suggestion, limit, alternatives, correct=False)
            if fixed.strict_total or (fixed.total and not outcome.total):
                return replace(fixed, suggestion=suggestion, corrected=True, hint=hint)
        return replace(outcome, suggestion=suggestion, hint=hint)

    def _present(
        self, searcher: Any, alternatives: Mapping[str, Sequence[str]] | None
    ) -> dict[str, tuple[str, ...]]:
        """The alternatives that some article holds (the others are not shown), less a
        word far rarer in the library than another alternative of the same word: a
        dictionary's learned or odd sense ("seism" beside "earthquake", "decision-making"
        beside "party") would only add noise to the results and the chips."""
        kept: dict[str, tuple[str, ...]] = {}
        for word, alts in (alternatives or {}).items():
            # a word's count is read from the term tables (which still count a deleted
            # article until segments merge: a rare word is checked); a name of several
            # words needs its positions: the first article that holds it is enough
            counts = {a: self._frequency(searcher, a) for a in alts if " " not in a}
            common = max(counts.values(), default=0)
            found = [
                a
                for a in alts
                if (
                    counts[a] * RARE_SENSE >= common
                    and (counts[a] > FEW_POSTINGS or self._holds(searcher, a))
                    if a in counts
                    else self._holds(searcher, a)
                )
            ]
            if found:
                kept[word] = tuple(found)
        return kept

    def _frequency(self, searcher: Any, word: str) -> int:
        """Articles holding ``word`` in any default field (one counted once per field)."""
        return remembered(searcher, ("frequency", word), lambda: self._count(searcher, word))

    def _count(self, searcher: Any, word: str) -> int:
        try:
            made = parse(self._parser, word)
        except QuerySyntaxError:
            return 0
        return sum(
            searcher.doc_frequency(leaf.fieldname, leaf.text)
            for leaf in made.leaves()
            if isinstance(leaf, query.Term)
        )

    def _holds(self, searcher: Any, words: str) -> bool:
        """Whether some article holds ``words`` (as a phrase when several)."""
        return remembered(searcher, ("holds", words), lambda: self._held(searcher, words))

    def _held(self, searcher: Any, words: str) -> bool:
        try:
            made = parse(self._parser, f'"{words}"' if " " in words else words)
        except QuerySyntaxError:
            return False
        return next(iter(searcher.docs_for_query(made)), None) is not None

    def _run(self, searcher: Any, plan: Plan, limit: int) -> SearchOutcome:
        window = max(1, limit, ENTITY_WINDOW)
        # every match, and the ranking of every match, on arrays (see reader.search.arrays)
        parts = evaluate(searcher, plan.strict)  # once, for the total and the ranking
        strict = ids_of(parts)
        relaxed: list[set[int]] = []
        if len(strict) < HANDFUL and plan.relaxable:
            relaxed = tiers(searcher, plan, set(strict.tolist()))
        near = len(strict) <= NEAR_MAX_DOCS
        hits = nearer(searcher, plan, ranked(searcher, plan.strict, window, parts=parts), near)
        if plan.own is not None:
            # articles in the words typed before those found through an alternative only
            typed = among(searcher, plan.own, [hit.docnum for hit in hits])
            hits.sort(key=lambda hit: hit.docnum not in typed)  # stable: scores within
        if relaxed:
            near = sum(len(tier) for tier in relaxed) <= NEAR_MAX_DOCS
            anyone = plan.any_clause()
            for tier in relaxed:
                if len(hits) >= window:
                    break
                found = ranked(searcher, anyone, window - len(hits), allow=tier)
                hits.extend(nearer(searcher, plan, found, near))
        marking = plan.marking(relaxed=bool(relaxed))
        matches = [self._match(hit, marking) for hit in hits[: max(1, limit)]]
        docs = np.concatenate([strict, *(np.fromiter(t, np.int64, len(t)) for t in relaxed)])
        return SearchOutcome(
            total=len(docs),
            matches=tuple(matches),
            facets=self._facets(searcher, docs, hits),
            strict_total=len(strict),
            relaxed=tuple(c.text for c in plan.clauses) if relaxed else (),
            alternatives=plan.alternatives,
            dropped=plan.dropped,
        )

    def _facets(
        self, searcher: Any, docs: np.ndarray, hits: list[Any]
    ) -> dict[str, dict[str, int]]:
        """Source and language counts over every listed match (read from the fields'
        columns), entity counts over the best :data:`ENTITY_WINDOW`."""
        entities: dict[str, int] = {}
        for hit in hits[:ENTITY_WINDOW]:
            for name in hit.get("entity_names", ()):
                entities[name] = entities.get(name, 0) + 1
        found = {
            name: column_counts(searcher, field, docs)
            for name, field in (("source", "source_facet"), ("lang", "lang"))
        }
        top = sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))[:ENTITY_FACETS]
        found["entity"] = dict(top)
        return found

    def _spelling(self, searcher: Any, text: str, plan: Plan) -> str:
        """``text`` with each word that no article holds replaced by the closest word
        the library has ("" when there is none)."""
        reader = searcher.reader()
        fixed = text
        changed = False
        for clause in plan.clauses:
            for word in clause.words:
                if clause.alternatives or self._holds(searcher, word):
                    continue
                better = same_case(closest_word(reader, word), word)
                if better:
                    fixed = re.sub(rf"(?<![\w:]){re.escape(word)}(?!\w)", better, fixed, count=1)
                    changed = True
        return fixed if changed else ""

    def match_in(
        self,
        text: str,
        article_id: str,
        alternatives: Mapping[str, Sequence[str]] | None = None,
    ) -> Match | None:
        """How ``text`` (a query) matches one article: the terms to mark in it, those of
        a clause the article lacks the others of included."""
        searcher = self._searcher()
        try:
            plan = make_plan(self._parser, text, alternatives)
            exact = searcher.search(plan.strict & Term("id", article_id), limit=1)
            marking = plan.marking(relaxed=exact.is_empty())
            results = searcher.search(marking & Term("id", article_id), limit=1, terms=True)
            for hit in results:
                return self._match(hit, marking)
        except QuerySyntaxError:
            raise
        except Exception as exc:
            raise unreadable(text, exc) from exc
        return None

    def hit_offsets(
        self, match: Match, text: str, enough: int | None = None
    ) -> list[tuple[int, int]]:
        """Offsets of the words (and whole phrases) of ``text`` that the match stands for.
        With ``enough``, paragraphs are analysed one by one until that many are found (a
        snippet needs two; analysing whole articles was half the time of a search)."""
        if not match.terms and not match.phrases:
            return []
        analyzer = self.schema[f"body_{match.lang}"].analyzer
        if enough is None:
            tokens = (
                AnalysedToken(t.text, t.pos, t.startchar, t.endchar)
                for t in analyzer(text, positions=True, chars=True, mode="index")
            )
            return find_marks(tokens, match.terms, match.phrases)
        marks: list[tuple[int, int]] = []
        firsts = match.terms | {p[0] for p in match.phrases if p}
        at = 0
        for paragraph in text.split("\n"):
            if paragraph.strip() and may_hold(analyzer, paragraph, firsts):
                tokens = (
                    AnalysedToken(t.text, t.pos, t.startchar + at, t.endchar + at)
                    for t in analyzer(paragraph, positions=True, chars=True, mode="index")
                )
                marks.extend(find_marks(tokens, match.terms, match.phrases))
                if len(marks) >= enough:
                    break
            at += len(paragraph) + 1
        return marks

    def _match(self, hit: Any, query: Query) -> Match:
        lang = text_lang(hit.get("lang"))
        fields = (f"body_{lang}", f"title_{lang}")
        matched = frozenset(
            term.decode("utf-8") if isinstance(term, bytes) else str(term)
            for field, term in hit.matched_terms()
            if field in fields
        )
        singles, phrases = query.phrases()
        phrase_words = {
            tuple(p.words) for p in phrases if p.fieldname in fields and len(p.words) > 1
        }
        alone = {t.text for t in singles if t.fieldname in fields}
        in_phrases = {w for p in phrase_words for w in p}
        terms = frozenset(t for t in matched if t in alone or t not in in_phrases)
        return Match(hit["id"], float(hit.score or 0.0), lang, terms, tuple(sorted(phrase_words)))

    def snippet(self, match: Match, text: str) -> tuple[str, tuple[int, int] | None]:
        """A short extract of ``text`` around the hits, hits in ``<mark>``, and the
        offsets of the first hit (None when only the title or a field matched)."""
        marks = self.hit_offsets(match, text, enough=2)
        return make_snippet(text, marks), (marks[0] if marks else None)
