"""What an alternative of a query's word is, beside its text: a translation from the
query's language, searched outside that language's fields, and how much it weighs.

A translation is a word of another language. In the fields of the language it was
translated from, its stem is some other word: the French *gaine* (for ``wage``) is the
English *gain* there, *ban* (for ``margins``) the English *ban*, the English *post* (for
``courrier``) the French *poste*. Searched there, it listed English articles about gains
and bans for an English query, and counted as common enough there to make the real
sense (*salaire*, *marges*) look too rare to keep (reader.search.presence). So a
translation is searched, and counted, only outside the fields of its source language.
An entity's other names and a French word given its accents back are plain strings:
they are searched everywhere, as typed words are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from whoosh import query
from whoosh.query import Query

from reader.search.analysis import LANGUAGES, fold_accents

# Letters English does not write: a word with one ("démocrate", "télévision", "âgées")
# is not an English word, though the English stemmer makes "democrat" of it
_NOT_ENGLISH = re.compile(r"[àâçèéêëîïôùûüÿœæ]", re.I)
ENGLISH_FIELDS = frozenset({"title_en", "body_en"})


class Translation(str):
    """An alternative that translates a word of ``source`` (``"fr"``, ``"en"``); a string
    everywhere else (the chips, the caches' keys)."""

    source: str
    # the word it translates is known in ``source`` only, not in the other language too
    # (``coupe``, not ``budget``): in the other language's fields it is no word typed
    alone: bool = False

    def __new__(cls, text: str, source: str = "") -> Translation:
        made = super().__new__(cls, text)
        made.source = source
        return made


class LesserSense(Translation):
    """A translation searched with less weight than the others of its word: how news
    writes the word (reader.translate.newswords), after the dictionaries' senses."""


class Loanword(Translation):
    """A translation that its source language writes too, meaning the same (French news
    writes *cloud* for ``nuage``): searched everywhere, as a plain string is."""


def source_fields(alternative: str) -> frozenset[str]:
    """The fields an alternative is not searched in: its source language's, for a
    translation that is no loanword; none for anything else."""
    if isinstance(alternative, Loanword):
        return frozenset()
    source = getattr(alternative, "source", "")
    if source not in LANGUAGES:
        return frozenset()
    return frozenset({f"title_{source}", f"body_{source}"})


def outside(made: Query, fields: frozenset[str]) -> Query:
    """``made`` without its parts in ``fields`` (NullQuery when nothing is left)."""
    if not fields:
        return made

    def drop(node: Query) -> Query:
        if node.is_leaf() and node.field() in fields:
            return query.NullQuery
        return node

    return made.accept(drop).normalize()


class Alias(str):
    """Another name of an entity that is not its name in a language (*Holland* of the
    Netherlands, whose names are *Netherlands* and *Pays-Bas*): searched everywhere as
    any other name, but a stem it shares with the word typed does not make the articles
    writing it hold the word typed (reader.search.names): ``Hollande`` in French news
    is most often François Hollande, not *Holland*."""


class Expansion(str):
    """What an acronym typed in capitals stands for in its own language (``JO``: *Jeux
    olympiques*, reader.translate.acronyms): searched everywhere and counted as the
    acronym typed, which is searched in ``lang``'s fields only (reader.search.plan)."""

    lang: str

    def __new__(cls, text: str, lang: str = "") -> Expansion:
        made = super().__new__(cls, text)
        made.lang = lang
        return made


def acronym_fields(alternatives: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The fields a word whose alternatives include an acronym's :class:`Expansion` is
    not searched in as typed: the other languages' (``JO`` is not the English *Jo*)."""
    langs = {a.lang for a in alternatives if isinstance(a, Expansion)}
    if len(langs) != 1:
        return frozenset()
    (lang,) = langs
    return frozenset(f"{kind}_{x}" for x in LANGUAGES if x != lang for kind in ("title", "body"))


def french_word(word: str, alts: Sequence[str]) -> bool:
    """Whether ``word`` is French and no English word: it has a letter English does not
    write, or it is a French word typed without its accents: one of its alternatives is
    the same word with them ("debats" → *débats*, see reader.services.expansion), so it
    is no more English than *débats* is."""
    if _NOT_ENGLISH.search(word):
        return True
    bare = word.lower()
    return any(_NOT_ENGLISH.search(alt) and fold_accents(alt.lower()) == bare for alt in alts)


def french_only(alts: Sequence[str]) -> bool:
    """Whether the word is one only French knows (``coupe``, ``grève``; not ``budget``),
    as the expansion found looking it up both ways (reader.services.expansion): the
    English stemmer makes another word of it in the English fields (*coup*), and it is
    no more English than *débats* is."""
    return any(isinstance(alt, Translation) and alt.alone and alt.source == "fr" for alt in alts)


def split_fields(made: Query, fields: frozenset[str]) -> tuple[Query | None, Query | None]:
    """``(made outside fields, made in fields)``: a word's query is one part per field
    (reader.search.query), each put on the side of its field."""
    if not isinstance(made, query.Or):
        return made, None
    inside = [q for q in made.subqueries if {leaf.field() for leaf in q.leaves()} <= fields]
    rest = [q for q in made.subqueries if not any(q is i for i in inside)]

    def joined(parts: list[Query]) -> Query | None:
        return None if not parts else parts[0] if len(parts) == 1 else query.Or(parts)

    return joined(rest), joined(inside)


def translated_stem(
    english: Query, alts: Sequence[str], parse: Callable[[str], Query | None]
) -> bool:
    """Whether a French word's query in the English fields searches a term of one of
    its one-word translations (``taxe`` and *tax* both stem to *tax*): then its English
    stem is no other word (reader.search.plan), unlike ``coupe``'s *coup*."""
    typed = {(t.fieldname, t.text) for t in english.leaves() if isinstance(t, query.Term)}
    for alt in alts:
        made = None if " " in alt else parse(alt)
        if made is not None and typed & {
            (t.fieldname, t.text) for t in made.leaves() if isinstance(t, query.Term)
        }:
            return True
    return False
