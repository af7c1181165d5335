"""A name typed with a capital is not stemmed into another name.

Snowball cuts *Martinique* to ``martin`` in French, the stem of *Martin*: a search of
``Martinique`` listed the articles about Martin Lau. A word typed with a capital is a
name; where its stem cuts more than an ending from it (a plural, a feminine: *Lyons*
stays *Lyon*) and the library holds another name with that stem (a word most of its
articles write with a capital: reader.search.wordlist), the stem is searched only in the
articles that write the name itself, with a capital (its name term, indexed with no
weight beside the stem: reader.search.analysis). Scores are the stem's, as before.

A word typed in lower case or all in capitals, or whose stem meets no other name (``Elections``,
``National``: *election*, *nation* are no names), is searched as before.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from whoosh import query
from whoosh.query import Query

from reader.search.analysis import NAME_MARK, LanguageTokenizer, typed_as_name
from reader.search.plan import Plan
from reader.search.schema import BODY_FIELDS, TITLE_FIELDS
from reader.search.senses import Alias
from reader.search.wordlist import library_words

# what a stem may cut from a name for the name to stay itself: a plural, a French
# feminine (*Lyons* is *Lyon*, *Américaines* *Américain*); in English a final *e* cut
# makes another name (*Julie*: ``juli``, *July*'s stem)
_LIGHT_ENDINGS = {"fr": frozenset({"", "s", "e", "es", "x"}), "en": frozenset({"", "s", "es"})}
MIN_STEM = 3  # letters of a stem beyond which its words are looked for by all but its last
_FIELDS = frozenset(f for f in (*TITLE_FIELDS, *BODY_FIELDS) if not f.endswith("_xx"))


def named(searcher: Any, plan: Plan) -> Plan:
    """``plan`` with each name typed whose stem another name of the library shares
    searched only where the name is written; ``plan`` itself when there is none."""
    reader = searcher.reader()
    schema = searcher.schema
    wanted: dict[tuple[str, str], tuple[str, ...]] = {}
    typed: set[int] = set()  # the terms of the words typed, not of their alternatives
    for clause in plan.clauses:
        word = clause.text
        if len(clause.words) != 1 or not typed_as_name(word) or not word.isalpha():
            continue
        own = clause.own if clause.own is not None else clause.query
        typed.update(id(leaf) for leaf in own.leaves() if type(leaf) is query.Term)
        for fieldname in _FIELDS.intersection(schema.names()):
            analyzer = schema[fieldname].analyzer
            if not isinstance(analyzer, LanguageTokenizer):
                continue
            name = analyzer.name_form(word)
            if name is None:
                continue
            stem, bare = analyzer.normalize(word)[0], name[len(NAME_MARK) :]
            light = _LIGHT_ENDINGS.get(analyzer.lang, frozenset())
            if bare[len(stem) :] in light and bare.startswith(stem):
                continue  # Lyons, Américaines: a plural, a feminine
            if any(
                analyzer.normalize(a)[0] == stem
                for a in clause.alternatives
                if not isinstance(a, Alias)
            ):
                continue  # its other name has the stem: *Chine* for ``China``, but an
                # alias only (*Holland* for ``Hollande``) is not the name typed
            own = _inflections(bare)
            if _shared(reader, analyzer, stem, own):
                wanted[(fieldname, stem)] = tuple(NAME_MARK + w for w in sorted(own))
    if not wanted:
        return plan
    return plan.each_query(lambda node: _rewritten(node, wanted, typed))


def _inflections(bare: str) -> frozenset[str]:
    """A name and its plurals (*Tory*, *Tories*), each a name term of its own."""
    found = {bare, bare + "s", bare + "es"}
    if bare.endswith("y"):
        found.add(bare[:-1] + "ies")
    return frozenset(found)


def _shared(reader: Any, analyzer: LanguageTokenizer, stem: str, own: frozenset[str]) -> bool:
    """Whether another name of the library than ``own`` (a name and its plurals) has
    ``stem`` in ``analyzer``'s language: *Martin* for *Martinique*."""
    words = library_words(reader)
    # the stem less its last letter: a stem is not always the start of its words
    # (English *July* is ``juli``)
    for other in words.starting(stem[:-1] if len(stem) > MIN_STEM else stem):
        if other in own:
            continue
        if analyzer.normalize(other)[0] == stem and words.is_name(other):
            return True
    return False


def _rewritten(
    node: Query, wanted: Mapping[tuple[str, str], tuple[str, ...]], typed: set[int]
) -> Query:
    """``node`` with each stem of ``wanted`` that a name typed gave (a term of ``typed``;
    the same stem as an alternative's, *Chine* for ``China``, is left alone) required
    beside one of its name terms (no weight: the score is the stem's); a part without
    one is the same object."""
    kind = type(node)
    if kind is query.Term and id(node) in typed and isinstance(node.text, str):
        names = wanted.get((node.fieldname, node.text))
        if names is None:
            return node
        either = query.Or([query.Term(node.fieldname, n, boost=node.boost) for n in names])
        return query.And([node, either])
    if isinstance(node, query.CompoundQuery) and not isinstance(node, query.BinaryQuery):
        subs = [_rewritten(q, wanted, typed) for q in node.subqueries]
        if all(a is b for a, b in zip(subs, node.subqueries, strict=True)):
            return node
        made = copy.copy(node)  # Query.copy() is a deep copy of every subquery
        made.subqueries = subs
        return made
    if isinstance(node, query.Not | query.WrappingQuery):
        attribute = "query" if isinstance(node, query.Not) else "child"
        inner = getattr(node, attribute)
        changed = _rewritten(inner, wanted, typed)
        if changed is inner:
            return node
        made = copy.copy(node)
        setattr(made, attribute, changed)
        return made
    return node
