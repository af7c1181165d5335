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

from whoosh import query
from whoosh.query import Query

from reader.search.analysis import LANGUAGES


class Translation(str):
    """An alternative that translates a word of ``source`` (``"fr"``, ``"en"``); a string
    everywhere else (the chips, the caches' keys)."""

    source: str

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
