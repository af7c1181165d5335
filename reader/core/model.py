"""Plain dataclasses passed between layers and threads (never Qt objects)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class SpanKind(enum.StrEnum):
    """What a block of the canonical text is, found at import."""

    TITLE = "title"
    KICKER = "kicker"
    LEAD = "lead"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    CREDIT = "credit"
    SOURCE = "source"
    BOILERPLATE = "boilerplate"
    AD = "ad"

    @property
    def is_furniture(self) -> bool:
        """Page furniture: kept in the text, dimmed or folded by the reader, weighted
        down (here: left out) by search."""
        return self in _FURNITURE


_FURNITURE = {SpanKind.CREDIT, SpanKind.SOURCE, SpanKind.BOILERPLATE, SpanKind.AD}


@dataclass(frozen=True)
class Span:
    """A typed region of the canonical text, ``text[start:end]``."""

    start: int
    end: int
    kind: SpanKind
    lang: str | None = None  # set when a long paragraph's language differs


@dataclass(frozen=True)
class ParsedArticle:
    """What an importer makes of one file, before it is stored."""

    origin: str
    text: str
    title: str
    spans: tuple[Span, ...]
    source: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD), when the text gives one
    lang: str | None = None
    fmt: str = "txt"


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library."""

    id: str
    title: str
    source: str | None
    lang: str | None
    date: str | None
    paragraphs: int
    version: int
    imported_at: str
    annotations: int = 0


@dataclass(frozen=True)
class Article:
    """An article with its current canonical text and structure."""

    id: str
    title: str
    source: str | None
    lang: str | None
    date: str | None
    origin: str
    version: int
    text: str
    content_hash: str
    spans: tuple[Span, ...]
    stamp: int = 0
    tags: tuple[str, ...] = ()

    def blocks(self) -> list[Span]:
        """The block-level spans in text order (what ``show`` calls paragraphs); spans
        nested inside a block (a kicker inside a title) are left out."""
        blocks: list[Span] = []
        for span in sorted(self.spans, key=lambda s: (s.start, -s.end)):
            if blocks and span.end <= blocks[-1].end:
                continue
            blocks.append(span)
        return blocks


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file."""

    path: str
    status: ImportStatus
    article_id: str | None = None
    title: str | None = None
    reason: str | None = None


@dataclass
class ImportReport:
    """The per-file results of one import run."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False
    # what happened to the annotations of updated articles: anchored / moved / orphaned
    annotations: dict[str, int] = field(default_factory=dict)
    # the files of other kinds found in the folders imported (PDFs, pictures…), not read
    left_out: list[str] = field(default_factory=list)

    def count(self, status: ImportStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def failed(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status is ImportStatus.FAILED]


@dataclass(frozen=True)
class EntityMention:
    """A named entity in an article: ``text[start:end]`` (code points), its type, the
    canonical entity it refers to, and which recogniser (or user correction) found it."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    source: str


@dataclass(frozen=True)
class EntityCorrection:
    """A user's correction of the recognisers. ``article_id`` None means everywhere.

    - ``add``: ``surface`` is an entity of type ``label`` named ``canonical``;
    - ``remove``: ``surface`` is not an entity;
    - ``retype``: the entity ``canonical`` is of type ``label``;
    - ``alias``: the entity ``canonical`` is the same as ``target``.
    """

    action: str
    article_id: str | None = None
    surface: str | None = None
    label: str | None = None
    canonical: str | None = None
    target: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class EntitySummary:
    """An entity across the library."""

    canonical: str
    label: str
    mentions: int
    articles: int


@dataclass(frozen=True)
class Annotation:
    """A highlight (with an optional note and tags) anchored in an article's text."""

    id: str
    article_id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    color: str = "yellow"
    note: str = ""
    tags: tuple[str, ...] = ()
    status: str = "anchored"  # anchored, moved or orphaned
    version: int = 1
    created: str = ""
    modified: str = ""
    # in a team library: the role that made it, and whether the team sees it (a
    # personal library has one reader: no author, nothing shared)
    author: str = ""
    shared: bool = False
    # a conflict copy: this edit was made on a version of note ``conflict_of`` that
    # someone else had changed meanwhile, so it was kept beside theirs, not over it
    conflict_of: str = ""


@dataclass(frozen=True)
class TagSummary:
    name: str
    passages: int
    articles: int


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    source: str | None
    lang: str | None
    score: float
    snippet: str  # hits wrapped in <mark>…</mark>; the rest has &, <, > escaped
    first_hit: tuple[int, int] | None = None  # offsets of the first marked word


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[SearchHit, ...]
    facets: dict[str, dict[str, int]]
    hint: str = ""  # what looked wrong in the query, for the search box ("" if nothing)
    strict_total: int = 0  # how many have every word of the query
    # the query's words, when too few articles had them all and those with most follow
    relaxed: tuple[str, ...] = ()
    # other words searched beside a word typed (translations, other names), by word
    alternatives: tuple[tuple[str, tuple[str, ...]], ...] = ()
    suggestion: str = ""  # the query spelt as the library spells it ("did you mean")
    corrected: bool = False  # the hits are the suggestion's: the query itself had none


@dataclass(frozen=True)
class TranslatedParagraph:
    index: int
    source: str
    translation: str
    cached: bool
    edited: bool
    start: int = 0  # the paragraph's offsets in the canonical text
    end: int = 0


@dataclass(frozen=True)
class TranslationResult:
    provider: str
    source: str
    target: str
    paragraphs: tuple[TranslatedParagraph, ...]
    route: str = ""  # the route taken: "fr→ca→en" through a pivot language, "fr→es" direct


@dataclass(frozen=True)
class TranslatorInfo:
    name: str
    remote: bool
    available: bool
    pairs: tuple[tuple[str, str], ...]
    error: str | None = None
    destination: str = ""  # where a remote hook sends the text (a host name)
    words_only: bool = False  # a dictionary: looks single words up, not paragraphs
