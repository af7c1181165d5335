"""Suggested tags: three to eight per article, from its keyphrases and main entities
(:mod:`reader.services.keyphrases`), given as the reader's own tags when one means the
same thing.

"Means the same" is decided by keys: a phrase's Snowball stems with accents folded
(*puce*, *Puces* and *PUCES* are one), and for a name the entity it is (*Chine*, *China*
and *l'Empire du Milieu* are one through the gazetteer). A suggestion already among
the article's tags, or dismissed on it (kept in the library file: :mod:`reader.store.suggestions`),
is not made again. Everything here reads the store and may recognise entities: call it
off the GUI thread.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from reader.core.model import Article, EntityMention, SpanKind, TagSummary
from reader.entities import shipped
from reader.entities.corrections import apply_corrections
from reader.services.keyphrases import Keyphrase, extract, tokens
from reader.store import ArticleStore
from reader.store.suggestions import SuggestionStore

if TYPE_CHECKING:
    from reader.services.writer import Writer
    from reader.store.interface import Entities

MOST = 8
FEWEST = 3
# after the first FEWEST, a suggestion must score at least this share of the best one
KEEP_SHARE = 0.25
# single lower-case words that describe rather than name: nationalities, in every form
# (written out rather than stemmed: the stemmer's output may change)
_DEMONYMS = frozenset(
    base + ending
    for base in (
        "chinois americain sino-americain europeen francais japonais coreen taiwanais "
        "allemand anglais indien italien espagnol russe britannique chinese american "
        "european japanese korean taiwanese russian german british indian"
    ).split()
    for ending in ("", "s", "e", "es", "ne", "nes")
)
# …and the calendar, which dates say better than tags (months and days, folded)
_CALENDAR = frozenset(
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "lundi mardi mercredi jeudi vendredi samedi dimanche january february march april may "
    "june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
MAIN_MENTIONS = 2  # a name said this often is a main entity even when no keyphrase


@dataclass(frozen=True)
class Suggestion:
    """A tag to offer: ``name`` as it would be added (an existing tag's own spelling
    when ``existing``), ``key`` what a dismissal remembers, ``reason`` the phrase or
    name of the article it comes from."""

    name: str
    key: str
    existing: bool
    reason: str


class _Library(Protocol):
    """What suggestions need of the :class:`~reader.services.Library`."""

    @property
    def writer(self) -> Writer: ...

    @property
    def store(self) -> Any: ...  # the library file's store (ArticleStore)

    @property
    def entity_store(self) -> Entities: ...

    def article(self, ref: str) -> Article: ...
    def entities(self, ref: str) -> list[EntityMention]: ...
    def tags(self) -> list[TagSummary]: ...


def _bare(text: str) -> str:
    """Lower case, no accents, one space: how a tag may be typed (*etats-unis*)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def phrase_key(text: str, lang: str | None) -> str:
    """The stems of a phrase with its accents taken off first (function words as
    written): *Puces*, *puce* and *PUCES* have one key, *États-Unis* and *etats-unis*
    another."""
    bare = _bare(text).replace("’", "'")
    return " ".join(t.stem or t.text for t in tokens(bare, lang))


def _entity_key(canonical: str) -> str:
    return "entity:" + _bare(canonical)


@cache
def _aliases() -> dict[str, str]:
    """Every form of every entity of the bundled gazetteer, without case or accents →
    its name."""
    from reader.entities.gazetteer import Gazetteer

    table = Gazetteer.bundled().canonical_of()
    return {_bare(form): name for form, (name, _label) in table.items()}


def _tag_keys(name: str, lang: str | None) -> set[str]:
    """The keys an existing tag answers to: the whole name and its last part
    (``puces/export`` → *export*), stemmed, and the entity it names."""
    keys: set[str] = set()
    for part in {name, name.rsplit("/", 1)[-1]}:
        if part.strip():
            keys.add(phrase_key(part, lang))
            entity = _aliases().get(_bare(part))
            if entity:
                keys.add(_entity_key(entity))
    return keys


def _body(article: Article) -> list[str]:
    return [
        article.text[s.start : s.end]
        for s in article.blocks()
        if not s.kind.is_furniture and s.kind is not SpanKind.TITLE
    ]


def _fullest(surface: str, canonical: str) -> str:
    """A name as the article's own fullest form: *Lau* is *Martin Lau*, but *Chine*
    stays *Chine* (its canonical name, *China*, is another language's)."""
    said, full = _bare(surface).split(), _bare(canonical).split()
    if canonical and len(full) > len(said) and full[-len(said) :] == said:
        return canonical
    return surface


def _describes(phrase: Keyphrase) -> bool:
    """A lone word for a nationality (*chinoises*, *américaine*), a month or a day."""
    if " " in phrase.text:
        return False
    bare = _bare(phrase.text)
    return (phrase.text.islower() and bare in _DEMONYMS) or bare in _CALENDAR


def rank(
    article: Article,
    mentions: Sequence[EntityMention],
    existing: Iterable[str],
    dismissed: Iterable[str] = (),
    most: int = MOST,
) -> list[Suggestion]:
    """The suggestions for one article, best first (pure: no store)."""
    lang = article.lang
    names = [(article.text[m.start : m.end], m.label, m.canonical) for m in mentions]
    phrases = extract(article.title, _body(article), lang, names, limit=most * 3)
    tag_keys = {name: _tag_keys(name, lang) for name in existing}
    on_article = {k for t in article.tags for k in _tag_keys(t, lang)}
    on_article |= {_bare(t) for t in article.tags}
    skip = set(dismissed)
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.canonical] = counts.get(m.canonical, 0) + 1
    candidates: list[tuple[float, str, set[str], str]] = []  # score, key, keys, reason
    for p in phrases:
        if _describes(p):
            continue
        key = phrase_key(p.text, lang)
        keys = {key}
        if p.name and p.canonical:
            key = _entity_key(p.canonical)
            keys |= {key, phrase_key(p.canonical, lang)}
        candidates.append((p.score, key, keys, _fullest(p.text, p.canonical)))
    lowest = min((c[0] for c in candidates), default=1.0)
    seen_names = {c[1] for c in candidates}
    for m in mentions:  # main entities the keyphrases missed
        key = _entity_key(m.canonical)
        main = counts[m.canonical] >= MAIN_MENTIONS and key not in seen_names
        if main and m.label in ("PER", "ORG", "LOC", "PRODUCT"):
            surface = _fullest(article.text[m.start : m.end], m.canonical)
            keys = {key, phrase_key(surface, lang), phrase_key(m.canonical, lang)}
            candidates.append((lowest * 0.9, key, keys, surface))
            seen_names.add(key)
    out: list[Suggestion] = []
    taken: set[str] = set()
    best = candidates[0][0] if candidates else 0.0
    for score, key, keys, reason in candidates:
        if len(out) >= most or (len(out) >= FEWEST and score < best * KEEP_SHARE):
            break
        if key in skip or keys & on_article or key in taken:
            continue
        match = next((name for name, tk in tag_keys.items() if tk & keys), None)
        name = match or reason
        folded = _bare(name)
        if folded in on_article or folded in taken:
            continue
        taken |= {key, folded}
        out.append(Suggestion(name, key, match is not None, reason))
    return out


def _names(library: _Library, article: Article) -> list[EntityMention]:
    """The article's entity mentions as the reader shows them: its last recognition (or,
    for a bundled article never recognised, the mentions shipped with it), so that no
    recogniser is loaded; an article never recognised is recognised now."""
    store = library.entity_store
    raw = store.last_run(article.id, article.version)
    if raw is None:
        raw = shipped.mentions(article, None)
    if raw is None:
        return library.entities(article.id)
    return apply_corrections(raw, article.text, store.corrections(), article.id)


def suggested_tags(library: _Library, ref: str, most: int = MOST) -> list[Suggestion]:
    """An article's suggested tags. An article whose entities were never recognised is
    recognised first (seconds: never on the GUI thread)."""
    article = library.article(ref)
    mentions = _names(library, article)
    existing = [t.name for t in library.tags()]
    dismissed = _dismissals(library).dismissed(article.id)
    return rank(article, mentions, existing, dismissed, most)


def dismiss(library: _Library, article_id: str, suggestion: Suggestion) -> None:
    """Never suggest this again on this article (undone by :func:`restore`)."""
    library.writer.run(
        lambda: _dismissals(library).dismiss(article_id, suggestion.key, suggestion.name)
    )


def restore(library: _Library, article_id: str, suggestion: Suggestion) -> None:
    library.writer.run(lambda: _dismissals(library).restore(article_id, suggestion.key))


def accept(library: _Library, article_id: str, suggestion: Suggestion) -> tuple[str, ...]:
    """The article's tags with the suggestion's added (to give to ``set_article_tags``,
    so that the change is an ordinary, undoable tag change)."""
    article = library.article(article_id)
    return (*article.tags, suggestion.name)


class Dismissals(Protocol):
    def dismissed(self, article_id: str) -> dict[str, str]: ...
    def dismiss(self, article_id: str, key: str, name: str) -> None: ...
    def restore(self, article_id: str, key: str) -> None: ...


class SettingDismissals:
    """Dismissals in the library's settings, one entry per article (``key`` → name): a
    team library's, where settings are each person's, so one reader's dismissals are not
    another's. A library file keeps them in its own table (:class:`SuggestionStore`)."""

    PREFIX = "suggestions.dismissed."

    def __init__(self, store: Any) -> None:
        self._store = store

    def dismissed(self, article_id: str) -> dict[str, str]:
        raw = self._store.setting(self.PREFIX + article_id)
        return dict(json.loads(raw)) if raw else {}

    def _write(self, article_id: str, table: dict[str, str]) -> None:
        if table:
            text = json.dumps(dict(sorted(table.items())), ensure_ascii=False)
            self._store.set_setting(self.PREFIX + article_id, text)
        else:
            self._store.delete_setting(self.PREFIX + article_id)

    def dismiss(self, article_id: str, key: str, name: str) -> None:
        self._write(article_id, {**self.dismissed(article_id), key: name})

    def restore(self, article_id: str, key: str) -> None:
        table = self.dismissed(article_id)
        table.pop(key, None)
        self._write(article_id, table)


def _dismissals(library: _Library) -> Dismissals:
    store = library.store
    return SuggestionStore(store) if isinstance(store, ArticleStore) else SettingDismissals(store)
