"""What the services ask of a library's store, whichever database holds it.

A library lives in a SQLite file (the default: one person, no server) or in a team's
PostgreSQL database (:mod:`reader.store.pg`). Its :class:`Backend` opens a :class:`Store`
per thread and makes the :class:`Annotations`, :class:`Entities` and
:class:`Translations` repositories on it; both backends give the same methods and the
same answers (one contract test suite runs against both), so that the services never
know which one they talk to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from reader.core.model import (
        Annotation,
        Article,
        ArticleSummary,
        EntityCorrection,
        EntityMention,
        EntitySummary,
        ParsedArticle,
        TagSummary,
    )
    from reader.store.articles import StoredResult
    from reader.store.translations import CachedText, Correction


@dataclass(frozen=True)
class Change:
    """A teammate's change to a team library, as announced by its server: ``what``
    changed (annotations, articles, article_tags), ``how`` (insert, update, delete), on
    which article, by whom (``mine``: by this reader, from another desktop or process).
    Also the server itself (``what`` "server"): "lost" when it stops answering, "back"
    when it answers again."""

    what: str
    how: str
    article_id: str
    who: str
    mine: bool = False
    sent: int = 0  # "server" "back": the notes made meanwhile, sent now


class Annotations(Protocol):
    """Highlights, notes and tags (see :class:`reader.store.AnnotationStore`)."""

    def get(self, annotation_id: str) -> Annotation: ...
    def find(self, article_id: str | None = None, tag: str | None = None) -> list[Annotation]: ...
    def save(self, annotation: Annotation, base: Annotation | None = None) -> Annotation: ...
    def delete(self, annotation_id: str) -> None: ...
    def behind_their_article(self) -> list[str]: ...
    def counts(self) -> dict[str, int]: ...
    def set_article_tags(self, article_id: str, names: Sequence[str]) -> None: ...
    def untidy_tags(self) -> list[str]: ...
    def tags(self) -> list[TagSummary]: ...
    def rename_tag(self, old: str, new: str) -> None: ...
    def delete_tag(self, name: str) -> None: ...
    def prune_tags(self) -> None: ...
    def article_tags(self) -> dict[str, tuple[str, ...]]: ...


class Entities(Protocol):
    """Recognised entities cached per article version, and the user's corrections."""

    def cached(
        self, article_id: str, version: int, pipeline: str
    ) -> list[EntityMention] | None: ...
    def save(
        self, article_id: str, version: int, pipeline: str, mentions: Sequence[EntityMention]
    ) -> None: ...
    def last_run(self, article_id: str, version: int) -> list[EntityMention] | None: ...
    def pending(self, pipeline: str) -> list[str]: ...
    def names(self, article_id: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]: ...
    def summaries(self, label: str | None = None) -> list[EntitySummary]: ...
    def cooccurring(
        self, canonical: str, label: str, limit: int = 20
    ) -> list[tuple[str, str, int]]: ...
    def articles_with(self, canonical: str) -> list[str]: ...
    def corrections(self) -> list[EntityCorrection]: ...
    def add_correction(self, correction: EntityCorrection) -> int: ...


class Translations(Protocol):
    """The translation cache, by route, and the memory of corrected sentences (see
    :class:`reader.store.TranslationStore`)."""

    def get(
        self, provider: str, route: str | None, source: str, target: str, text_hash: str
    ) -> CachedText | None: ...
    def put_many(
        self,
        provider: str,
        route: str,
        source: str,
        target: str,
        rows: Iterable[tuple[str, CachedText]],
    ) -> None: ...
    def remember(
        self, source: str, target: str, corrections: Sequence[tuple[str, Correction]]
    ) -> None: ...
    def corrections(
        self, source: str, target: str, hashes: Iterable[str]
    ) -> dict[str, Correction]: ...


class Store(Protocol):
    """One thread's way into a library: articles, settings, transactions, and the
    repositories above (see :class:`reader.store.ArticleStore`)."""

    def close(self) -> None: ...
    def transaction(self) -> AbstractContextManager[Any]: ...
    def save(self, parsed: ParsedArticle) -> StoredResult: ...
    def origins(self, article_id: str) -> list[str]: ...
    def count(self) -> int: ...
    def resolve(self, ref: str) -> str: ...
    def summaries(
        self, *, sort: str = "title", descending: bool = False, ids: Sequence[str] | None = None
    ) -> list[ArticleSummary]: ...
    def ids(
        self,
        *,
        sort: str = "title",
        descending: bool = False,
        text: str = "",
        source: str | None = None,
        lang: str | None = None,
        tag: str | None = None,
    ) -> list[str]: ...
    def languages(self) -> list[tuple[str, int]]: ...
    def language_codes(self) -> set[str]: ...
    def get(self, article_id: str) -> Article: ...
    def signature(self) -> tuple[int, int]: ...
    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]: ...
    def stamps(self) -> dict[str, int]: ...
    def sources(self) -> list[tuple[str, int]]: ...
    def setting(self, key: str, default: str | None = None) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...
    def delete_setting(self, key: str) -> None: ...


class Backend(Protocol):
    """Opens the stores of one library and knows where it lives."""

    @property
    def local(self) -> bool:
        """True for a file on this desktop, False for a team library on a server."""
        ...

    def describe(self) -> str:
        """Where the library lives, as shown to the user (never with a password)."""
        ...

    def open(self, *, migrate: bool = False) -> Store:
        """A store for the calling thread; ``migrate`` creates or upgrades the library
        first (done once, when the library is opened)."""
        ...

    def me(self) -> str:
        """The role this desktop signs in as (a team library), "" in one's own library:
        known without asking the server."""
        ...

    def author(self, store: Store) -> str:
        """Whose notes ``store`` writes: a team library's role, "" in one's own library."""
        ...

    def annotations(self, store: Store) -> Annotations:
        """The annotations and tags, through ``store`` (one of this backend's)."""
        ...

    def entities(self, store: Store) -> Entities: ...
    def translations(self, store: Store) -> Translations: ...

    def backup_to(self, target: Path) -> Path:
        """A copy of the whole library (as this reader may read it) in ``target``, a new
        file: the SQLite file checked, or a team library's ``pg_dump`` archive."""
        ...

    def follow(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``callback`` (from another thread) with every change teammates make;
        returns what stops it. A library of one's own has no teammates: nothing comes."""
        ...

    def close(self) -> None: ...
