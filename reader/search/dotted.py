"""Names written with a dot (``Amazon.com``, ``PayPal.com``, ``JD.com``) found by their
first part, and the reverse; initials typed with dots (``U.K.``, ``E.U.``) found as
the letters most articles write (*UK*, *EU*).

The index keeps a word with an inner dot whole (reader.search.analysis: ``JD.com`` is
one term, as a web address or a figure such as ``1.5`` must be). A reader typing
``Amazon`` missed the articles that write only *Amazon.com*, ``"US based Amazon"``
found nothing where the text says *US-based Amazon.com*, and ``Amazon.com`` missed
*Amazon's book chart*. So, at each search, a word typed is also searched as the dotted
names the library holds that start with it (looked up in the body fields' terms, where
such names stand: one look-up a word and field), and a web address typed also as its
name (``amazon`` of *amazon.com*, ``bbc`` of *news.bbc.co.uk*); in a quoted phrase, the
phrase with that word so read.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from whoosh import query
from whoosh.query import Query

from reader.search.analysis import forms, is_stop_word
from reader.search.plan import Plan
from reader.search.schema import BODY_FIELDS

# a word a dotted name may start with: letters, two or more (not ``i`` of *i.e.*, not
# a figure's ``1`` of *1.5*)
_HEAD = re.compile(r"[^\W\d_]{2,}")
# a dotted name: such a word, then parts of letters (``amazon.co.uk``)
_DOTTED = re.compile(r"([^\W\d_]{2,})(?:\.[^\W\d_]+)+")
_WORD = re.compile(r"\w+(?:\.\w+)*")  # a word typed, a dotted name whole
# the endings of a web address after its name (``amazon.com``, ``news.bbc.co.uk``): a
# dotted name typed is searched as its name only before one of them, so that
# ``news.bbc.co.uk`` is *BBC*, not every *news*, and ``a.l`` is nothing else
_SUFFIXES = frozenset(
    "com net org gov edu info biz io tv fm eu uk fr de be ch ca us es it nl jp cn ru au "
    "co.uk org.uk gov.uk ac.uk co.jp com.au com.cn".split()
)
# initials with dots (``u.k``, ``u.s.a``: the dot after the last is no part of the word)
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
# Latin abbreviations written with dots: no initials of a name
_NOT_INITIALS = frozenset({"ie", "eg", "cf", "nb", "ps", "am", "pm", "etc"})
MAX_NAMES = 4  # dotted names searched for one word (``amazon.com``, ``amazon.co.uk``)
_FIELDS = frozenset(BODY_FIELDS)


def dotted(searcher: Any, plan: Plan) -> Plan:
    """``plan`` with each word typed also searched, in the body fields, as the dotted
    names starting with it that the library holds, and each web address typed also as
    its name; ``plan`` itself when no word has such another form."""
    reader = searcher.reader()
    schema = searcher.schema
    others: dict[tuple[str, str], tuple[str, ...]] = {}
    for word in dict.fromkeys(w.lower() for c in plan.clauses for w in _WORD.findall(c.text)):
        for fieldname in _FIELDS.intersection(schema.names()):
            found = _others(reader, fieldname, schema[fieldname].analyzer, word)
            if found:
                for term in forms(schema[fieldname].analyzer, word):
                    others[(fieldname, term)] = found
    if not others:
        return plan
    return plan.each_query(lambda node: _rewritten(node, others))


def _others(reader: Any, fieldname: str, analyzer: Any, word: str) -> tuple[str, ...]:
    """The other forms of the typed ``word`` in ``fieldname``: the dotted names the
    field holds that start with it, or a web address's name as the field indexes it
    (``google`` is ``googl`` in the English fields), or initials typed with dots as
    their letters (``u.k``: *UK*; a reader typing ``U.K.`` means the country, which
    one BBC article in a thousand writes so)."""
    if _INITIALS.fullmatch(word):
        joined = word.replace(".", "")
        if joined in _NOT_INITIALS or is_stop_word(joined):
            return ()  # ``L.A.`` is not French *la*, ``D.U.`` not *du*, ``i.e.`` no name
        return tuple(t for t in forms(analyzer, joined) if reader.doc_frequency(fieldname, t))
    if _DOTTED.fullmatch(word):
        name = _name(word)
        if name is None:
            return ()
        return tuple(t for t in forms(analyzer, name) if reader.doc_frequency(fieldname, t))
    if not _HEAD.fullmatch(word):
        return ()
    found = []
    for term in reader.expand_prefix(fieldname, word + "."):
        name = term.decode("utf-8") if isinstance(term, bytes) else term
        if _DOTTED.fullmatch(name):
            found.append(name)
            if len(found) == MAX_NAMES:
                break
    return tuple(found)


def _name(address: str) -> str | None:
    """The name of a web address (``amazon`` of *amazon.com*, ``bbc`` of
    *news.bbc.co.uk*), None for a dotted word that is none (``a.l``, ``www.com``)."""
    labels = address.split(".")
    for cut in (2, 1):
        if len(labels) > cut and ".".join(labels[-cut:]) in _SUFFIXES:
            name = labels[-cut - 1]
            return name if _HEAD.fullmatch(name) and name != "www" else None
    return None


def _rewritten(node: Query, others: Mapping[tuple[str, str], tuple[str, ...]]) -> Query:
    """``node`` with its body fields' words and phrases also as their other forms; a
    part with none is the same object (the passes keep what they learn of a query by
    its identity)."""
    kind = type(node)
    if kind is query.Term and node.fieldname in _FIELDS and isinstance(node.text, str):
        found = others.get((node.fieldname, node.text), ())
        if not found:
            return node
        return query.Or([node, *(query.Term(node.fieldname, f, boost=node.boost) for f in found)])
    if kind is query.Phrase and node.fieldname in _FIELDS:
        words = list(node.words)
        variants: list[Query] = []
        for at, word in enumerate(words):
            for form in others.get((node.fieldname, word), ()):
                changed = [*words[:at], form, *words[at + 1 :]]
                variants.append(
                    query.Phrase(node.fieldname, changed, slop=node.slop, boost=node.boost)
                )
        return query.Or([node, *variants]) if variants else node
    if isinstance(node, query.CompoundQuery) and not isinstance(node, query.BinaryQuery):
        subs = [_rewritten(q, others) for q in node.subqueries]
        if all(a is b for a, b in zip(subs, node.subqueries, strict=True)):
            return node
        made = copy.copy(node)  # Query.copy() is a deep copy of every subquery
        made.subqueries = subs
        return made
    if isinstance(node, query.Not | query.WrappingQuery):
        name = "query" if isinstance(node, query.Not) else "child"
        inner = getattr(node, name)
        changed = _rewritten(inner, others)
        if changed is inner:
            return node
        made = copy.copy(node)
        setattr(made, name, changed)
        return made
    return node
