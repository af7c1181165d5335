"""The pictures of the corpus, headless: the timeline (articles by day, week or month,
stacked by source or language) and the entity map (the entities of a set of articles,
sized by mentions, joined by the articles they share).

Both are computed off the GUI thread from counts SQLite aggregates
(:class:`reader.store.pictures.PictureStore`): what reaches the window is a few hundred
numbers and a layout, whatever the library's size. The articles they picture are a
:class:`Scope` — the current search, or the library's filters (tag, source, language).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.services import entity_layout
from reader.store.pictures import Among, Dates, PictureStore

if TYPE_CHECKING:
    from reader.services.library import Library

OTHER = "\0other"  # the group of the sources beyond the most frequent (named by the UI)
UNKNOWN = ""  # the group of articles with no source (or language)
MOST_GROUPS = 7  # stacked groups drawn; the rest are one "other" band
MOST_NODES = 30  # entities on the map
MOST_EDGES = 80  # links drawn, the strongest first
TITLES = 6  # article titles a node's tooltip lists
SMALLEST, LARGEST = 0.025, 0.1  # disc radii, in parts of the map's half-width
CACHED = 8  # pictures kept for a scope shown again


class Bucket(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Scope:
    """Which articles a picture draws: a search's (``query`` as the search ran it, with
    the alternatives taken off), else the library's filters; nothing set is the whole
    library. ``dates`` (a brushed range) narrows the entity map only: the timeline shows
    the range over the rest."""

    query: str = ""
    exclude: tuple[str, ...] = ()
    cross_language: bool | None = None
    text: str = ""
    source: str | None = None
    lang: str | None = None
    tag: str | None = None
    dates: tuple[str, str] | None = None

    @property
    def everything(self) -> bool:
        return self == Scope(cross_language=self.cross_language)


@dataclass(frozen=True)
class Bar:
    """One bucket of the timeline: its first and last day, its count by group."""

    first: dt.date
    last: dt.date
    counts: tuple[tuple[str, int], ...]  # (group, articles), in the timeline's group order

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class Timeline:
    scope: Scope
    group: str  # "source" or "lang"
    bucket: Bucket
    bars: tuple[Bar, ...]  # every bucket from the first article's to the last's
    groups: tuple[str, ...]  # most articles first; OTHER last when some were folded
    undated: int  # articles of the scope with no date (not drawn)

    @property
    def dated(self) -> int:
        return sum(bar.total for bar in self.bars)

    @property
    def highest(self) -> int:
        return max((bar.total for bar in self.bars), default=0)


@dataclass(frozen=True)
class Node:
    name: str
    label: str  # PER, ORG, LOC, PRODUCT, MISC
    mentions: int
    articles: int
    x: float  # in [-1, 1]
    y: float
    titles: tuple[tuple[str, str], ...]  # (article id, title) of a few of its articles


@dataclass(frozen=True)
class Link:
    a: int  # node indexes
    b: int
    articles: int  # in common


@dataclass(frozen=True)
class EntityMap:
    scope: Scope
    nodes: tuple[Node, ...]
    links: tuple[Link, ...]
    articles: int  # articles in the scope
    entities: int  # distinct entities in the scope (the map shows the first MOST_NODES)
    layout: str  # "force" or "circle", whichever read better (see entity_layout)


# -- the buckets ---------------------------------------------------------------------------


def choose_bucket(first: dt.date, last: dt.date) -> Bucket:
    """Days up to two months, weeks up to two years, months beyond."""
    span = (last - first).days
    if span <= 62:
        return Bucket.DAY
    if span <= 2 * 366:
        return Bucket.WEEK
    return Bucket.MONTH


def bucket_start(day: dt.date, bucket: Bucket) -> dt.date:
    if bucket is Bucket.WEEK:
        return day - dt.timedelta(days=day.weekday())  # weeks start on Monday (ISO)
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    return day


def next_start(start: dt.date, bucket: Bucket) -> dt.date:
    if bucket is Bucket.WEEK:
        return start + dt.timedelta(days=7)
    if bucket is Bucket.MONTH:
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def make_timeline(
    scope: Scope,
    group: str,
    days: Sequence[tuple[str, str, int]],
    undated: int,
    bucket: Bucket | None = None,
) -> Timeline:
    """Bucket the counts per day (``(day, group, articles)``); ``bucket`` None chooses
    it from the range. A date that is not a day (a damaged file) counts as undated."""
    parsed: list[tuple[dt.date, str, int]] = []
    for text, value, count in days:
        day = _day(text)
        if day is None:
            undated += count
        else:
            parsed.append((day, value, count))
    if not parsed:
        return Timeline(scope, group, bucket or Bucket.DAY, (), (), undated)
    first, last = min(p[0] for p in parsed), max(p[0] for p in parsed)
    bucket = bucket or choose_bucket(first, last)
    totals: dict[str, int] = defaultdict(int)
    for _, value, count in parsed:
        totals[value] += count
    ranked = sorted(totals, key=lambda v: (-totals[v], v == UNKNOWN, v.casefold()))
    kept = ranked if len(ranked) <= MOST_GROUPS + 1 else ranked[:MOST_GROUPS]
    folded = len(kept) < len(ranked)
    groups = (*kept, OTHER) if folded else tuple(kept)
    cells: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, value, count in parsed:
        cells[bucket_start(day, bucket)][value if value in kept else OTHER] += count
    bars = []
    start = bucket_start(first, bucket)
    while start <= last:
        following = next_start(start, bucket)
        cell = cells.get(start, {})
        counts = tuple((g, cell[g]) for g in groups if cell.get(g))
        bars.append(Bar(start, following - dt.timedelta(days=1), counts))
        start = following
    return Timeline(scope, group, bucket, tuple(bars), groups, undated)


# -- the entity map --------------------------------------------------------------------------


def _merge(
    counts: Sequence[tuple[str, str, int, int]], renames: dict[tuple[str, str], tuple[str, str]]
) -> tuple[list[tuple[str, str, int, int]], dict[tuple[str, str], list[tuple[str, str]]]]:
    """The counts with the user's name corrections (aliases, new types) applied: merged
    entities add their mentions (their articles too, an upper bound fixed later from the
    links SQLite counts). Also which stored names make up each entity."""
    merged: dict[tuple[str, str], list[int]] = {}
    parts: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for name, label, mentions, articles in counts:
        key = renames.get((name, label), (name, label))
        cell = merged.setdefault(key, [0, 0])
        cell[0] += mentions
        cell[1] += articles
        parts[key].append((name, label))
    rows = [(k[0], k[1], v[0], v[1]) for k, v in merged.items()]
    rows.sort(key=lambda r: (-r[3], -r[2], r[0]))
    return rows, parts


def radius(mentions: int, most: int) -> float:
    """A disc's radius for an entity with ``mentions`` (``most``: the largest), as a part
    of the map's half-width: its area grows with the mentions."""
    return SMALLEST + (LARGEST - SMALLEST) * math.sqrt(mentions / max(most, 1))


def make_map(
    scope: Scope,
    chosen: Sequence[tuple[str, str, int]],
    sizes: dict[int, int],
    pairs: dict[tuple[int, int], int],
    titles: dict[int, list[tuple[str, str]]],
    articles: int,
    entities: int,
) -> EntityMap:
    """Lay out the ``chosen`` entities (``(name, type, mentions)``, most widespread
    first) with ``sizes``, the articles each is found in, ``pairs``, the articles two of
    them share (by their places in ``chosen``), and ``titles``, a few of each one's
    articles to name in its tooltip."""
    strongest = sorted(pairs.items(), key=lambda p: (-p[1], p[0]))[:MOST_EDGES]
    edges = [(a, b, n) for (a, b), n in strongest]
    most = max((m for _, _, m in chosen), default=1)
    radii = [radius(m, most) for _, _, m in chosen]
    layouts = {
        "force": entity_layout.force(radii, edges),
        "circle": entity_layout.circle(len(chosen)),
    }
    name = min(layouts, key=lambda n: entity_layout.readability(layouts[n], radii, edges))
    points = layouts[name]
    nodes = []
    for index, ((node_name, label, mentions), (x, y)) in enumerate(
        zip(chosen, points, strict=True)
    ):
        shown = tuple(titles.get(index, ()))
        nodes.append(Node(node_name, label, mentions, sizes.get(index, 0), x, y, shown))
    links = tuple(Link(a, b, n) for a, b, n in edges)
    return EntityMap(scope, tuple(nodes), links, articles, entities, name)


# -- the service -----------------------------------------------------------------------------


class Pictures:
    """The pictures of one library, kept for a scope shown again until the library
    changes. Its methods run on a worker thread (each opens that thread's connection)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._cache: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._lock = threading.Lock()

    def state(self) -> tuple[int, float, int]:
        """Changes whenever what a picture counts changes (an article, its entities, a
        correction), by this window or another process."""
        return PictureStore(self.library.store).state()

    def articles(self, scope: Scope, dated: bool = True) -> Among:
        """The ids of the scope's articles (None: the whole library; a range of dates
        alone, as such: SQLite picks them). ``dated`` False leaves the brushed dates out
        (the timeline draws around them)."""
        dates = scope.dates if dated else None
        if scope.everything or (dates is None and scope == Scope(dates=scope.dates)):
            return None
        if dates is not None and scope == Scope(dates=dates, cross_language=scope.cross_language):
            return Dates(*dates)
        if scope.query.strip():
            ids = self.matching_ids(scope.query, scope.exclude, scope.cross_language)
        else:
            ids = set(
                self.library.article_ids(
                    text=scope.text, source=scope.source, lang=scope.lang, tag=scope.tag
                )
            )
        if dates is not None:
            ids &= self.published_between(*dates)
        return sorted(ids)

    def published_between(self, first: str, last: str) -> set[str]:
        """The articles published from day ``first`` to day ``last`` (ISO, both kept):
        the library's filter by a range brushed on the timeline."""
        return PictureStore(self.library.store).published_between(first, last)

    def matching_ids(
        self, query: str, exclude: Sequence[str] = (), cross_language: bool | None = None
    ) -> set[str]:
        """Every article the search counts for ``query`` (the same alternatives as
        :meth:`Library.search`), unranked and without snippets."""
        library = self.library
        library.indexer.check_rebuilding()
        library.indexer.current()
        others = (
            {}
            if cross_language is False
            else library.alternatives(query, exclude, force=cross_language is True)
        )
        from reader.search.matches import matching_ids  # Whoosh loads with it

        return matching_ids(library.index, query, others)

    def timeline(
        self, scope: Scope, group: str = "source", bucket: Bucket | None = None
    ) -> Timeline:
        key = ("timeline", self.state(), scope, group, bucket)
        found = self._cached(key)
        if isinstance(found, Timeline):
            return found
        ids = self.articles(scope, dated=False)
        pictures = PictureStore(self.library.store)
        if bucket is None:  # chosen from the range, then counted by SQLite in it
            span = pictures.span(ids)
            first, last = (_day(span[0]), _day(span[1])) if span else (None, None)
            bucket = choose_bucket(first, last) if first and last else Bucket.DAY
        days = pictures.days(ids, group, bucket)
        made = make_timeline(scope, group, days, pictures.undated(ids), bucket)
        self._keep(key, made)
        return made

    def entity_map(self, scope: Scope) -> EntityMap:
        key = ("map", self.state(), scope)
        found = self._cached(key)
        if isinstance(found, EntityMap):
            return found
        ids = self.articles(scope)
        pictures = PictureStore(self.library.store)
        raw = pictures.entity_counts(ids)
        renames = self._renames({(name, label) for name, label, _, _ in raw})
        counts, parts = _merge(raw, renames)
        top = counts[:MOST_NODES]
        # every stored name of each node (an alias joins its entity), counted by SQLite
        stored = [
            (*part, node)
            for node, (name, label, _, _) in enumerate(top)
            for part in parts[(name, label)]
        ]
        sizes, pairs, titles = pictures.entity_links(stored, ids, TITLES)
        chosen = [(name, label, mentions) for name, label, mentions, _ in top]
        total = pictures.count(ids) if ids is not None else self.library.count()
        made = make_map(scope, chosen, sizes, pairs, titles, total, len(counts))
        self._keep(key, made)
        return made

    def _renames(self, names: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
        """The user's library-wide corrections that rename or retype an entity, as
        ``(name, type) → (name, type)``: the map shows what the panels show. (A name
        added or removed in the text itself is counted once the article is recognised
        again, as the library's entity list does without corrections.)"""
        renames: dict[tuple[str, str], tuple[str, str]] = {}
        for c in self.library.entity_corrections():
            if c.article_id is not None or not c.canonical:
                continue
            for name, label in names:
                current = renames.get((name, label), (name, label))
                if current[0] != c.canonical:
                    continue
                if c.action == "alias" and c.target:
                    renames[(name, label)] = (c.target, current[1])
                elif c.action == "retype" and c.label:
                    renames[(name, label)] = (current[0], c.label)
        return renames

    def _cached(self, key: tuple[object, ...]) -> object | None:
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
            return found

    def _keep(self, key: tuple[object, ...], value: object) -> None:
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > CACHED:
                self._cache.popitem(last=False)


def keep_dates(library: Library, ids: Sequence[str], dates: tuple[str, str]) -> list[str]:
    """``ids`` (in their order) less the articles not published within ``dates`` (the
    first and last day, ISO): the library's filter by a range brushed on the timeline."""
    within = PictureStore(library.store).published_between(*dates)
    return [i for i in ids if i in within]
