"""Which words the library holds: the alternatives a search keeps (those some article
holds, less a dictionary's rare sense) and the spelling suggested for a word no
article holds. Each answer is kept per searcher (see :mod:`reader.search.remember`):
the search box asks again for every letter typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from whoosh import query
from whoosh.qparser import QueryParser

from reader.core.errors import QuerySyntaxError
from reader.search.analysis import is_stop_word
from reader.search.plan import Clause, Plan
from reader.search.query import parse
from reader.search.remember import remembered
from reader.search.senses import LesserSense, outside, source_fields
from reader.search.spelling import closest_word, same_case

# a word of letters with a hyphen inside, as typed (``e-bay``, ``co-operation``)
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:[-‐‑][^\W\d_]+)+(?![\w-])")
FEW_POSTINGS = 3  # an alternative in this few articles is checked against deletions
RARE_SENSE = 10  # an alternative in 10× fewer articles than another of its word is dropped


def present(
    searcher: Any, parser: QueryParser, alternatives: Mapping[str, Sequence[str]] | None
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
        counts = {a: frequency(searcher, parser, a) for a in alts if " " not in a}
        common = max(counts.values(), default=0)
        found = [
            a
            for a in alts
            if (
                counts[a] * RARE_SENSE >= common
                and (counts[a] > FEW_POSTINGS or holds(searcher, parser, a))
                if a in counts
                else holds(searcher, parser, a)
            )
        ]
        if found:
            kept[word] = tuple(found)
    return kept


def with_joined(
    searcher: Any, parser: QueryParser, text: str, alternatives: Mapping[str, Sequence[str]] | None
) -> dict[str, tuple[str, ...]]:
    """``alternatives`` with each hyphenated word of ``text`` that no article holds
    also as the one word a text may write (``e-bay``: *eBay*): an alternative like any
    other, shown as searched and listed after what was typed. A hyphenated word some
    article holds stays as typed: ``re-sign`` is not *resign*."""
    made = {word: tuple(alts) for word, alts in (alternatives or {}).items()}
    for word in dict.fromkeys(_HYPHENATED.findall(text)):
        parts = re.split(r"[-‐‑]", word)
        if not holds(searcher, parser, " ".join(parts)):
            typed = word.lower()
            made[typed] = (*made.get(typed, ()), "".join(parts).lower())
    return made


def frequency(searcher: Any, parser: QueryParser, word: str) -> int:
    """Articles holding ``word`` in any default field it is searched in (one counted
    once per field): a translation is not counted in its source language's fields
    (reader.search.senses)."""
    fields = source_fields(word)
    return remembered(
        searcher,
        (_asked("frequency", fields), word),
        lambda: _count(searcher, parser, word, fields),
    )


def _asked(question: str, fields: frozenset[str]) -> str:
    """A remembered answer's question: a word is asked apart in other fields."""
    return " ".join((question, *sorted(fields)))


def _count(searcher: Any, parser: QueryParser, word: str, fields: frozenset[str]) -> int:
    try:
        made = outside(parse(parser, word), fields)
    except QuerySyntaxError:
        return 0
    return sum(
        searcher.doc_frequency(leaf.fieldname, leaf.text)
        for leaf in made.leaves()
        if isinstance(leaf, query.Term)
    )


def holds(searcher: Any, parser: QueryParser, words: str) -> bool:
    """Whether some article holds ``words`` (as a phrase when several), in the fields
    they are searched in."""
    fields = source_fields(words)
    return remembered(
        searcher, (_asked("holds", fields), words), lambda: _held(searcher, parser, words, fields)
    )


def _held(searcher: Any, parser: QueryParser, words: str, fields: frozenset[str]) -> bool:
    try:
        made = outside(parse(parser, f'"{words}"' if " " in words else words), fields)
    except QuerySyntaxError:
        return False
    if made is query.NullQuery:
        return False
    return next(iter(searcher.docs_for_query(made)), None) is not None


def senses_of(clause: Clause) -> tuple[str, ...]:
    """A clause's alternatives that translate it, less how news writes it elsewhere."""
    return tuple(a for a in clause.alternatives if not isinstance(a, LesserSense))


def respelt(searcher: Any, parser: QueryParser, text: str, plan: Plan) -> str:
    """``text`` with each word that no article holds replaced by the closest word
    the library has ("" when there is none). A word with a translation some article
    holds is left as typed; one found only through how the other language's news
    writes it (``heatwave`` → *canicule*) still gets its spelling offered: the
    articles of its own language may write it apart (*heat wave*)."""
    reader = searcher.reader()
    fixed, joined = _joined_apart(searcher, parser, text)
    changed = bool(joined)
    for clause in plan.clauses:
        for word in clause.words:
            if word in joined or senses_of(clause) or holds(searcher, parser, word):
                continue
            better = same_case(closest_word(reader, word), word)
            if better:
                fixed = re.sub(rf"(?<![\w:]){re.escape(word)}(?!\w)", better, fixed, count=1)
                changed = True
    return fixed if changed else ""


# a word as typed (reader.services.finder lines a suggestion up with its query by it)
TYPED_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# aujourd'hui, weekend (not a hyphen: a hyphenated word is searched as the phrase of
# its parts, which "les-restrictions" is, as any two words typed apart)
_GLUES = ("'", "")


def _joined_apart(searcher: Any, parser: QueryParser, text: str) -> tuple[str, set[str]]:
    """``text`` with two words typed apart joined where the library holds them as one
    word and not both apart (``aujourd hui``: *aujourd'hui*, ``week end``: *weekend*),
    and the words so joined. Respelt one by one, ``aujourd hui`` became *autour hi*."""
    words = list(TYPED_WORD.finditer(text))
    cuts: list[tuple[int, int, str]] = []
    for a, b in pairwise(words):
        if text[a.end() : b.start()].strip() or (cuts and cuts[-1][1] > a.start()):
            continue
        first, second = a.group(), b.group()
        if all(is_stop_word(w) or holds(searcher, parser, w) for w in (first, second)):
            continue  # both words are the library's (or function words): no slip
        for glue in _GLUES:
            if holds(searcher, parser, first + glue + second):
                cuts.append((a.start(), b.end(), first + glue + second))
                break
    joined = {w for start, end, _ in cuts for w in TYPED_WORD.findall(text[start:end])}
    for start, end, word in reversed(cuts):
        text = text[:start] + word + text[end:]
    return text, joined
