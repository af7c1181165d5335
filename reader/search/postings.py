"""Postings made and held for a segment with fewer Python objects than Whoosh's own.

Profiles of an import (the index's sub-writers, three quarters of its CPU) showed
Whoosh's generic path as most of the cost of adding a document: each word passes
through a generator chain, a ``Token`` and a ``defaultdict``, and each posting becomes a
five-item tuple sized, checked and appended to one list of every posting of the
segment, which the commit then sorts whole (900,000 tuples for the BBC corpus).

Here (installed on every writer by :mod:`reader.search.writer`):

- :func:`add_text` adds a text field analysed by
  :class:`~reader.search.analysis.LanguageTokenizer` to the pool from the words the
  tokenizer's expression finds (one C call): each distinct word's terms looked up in
  the tokenizer's :class:`~reader.search.analysis.TermForms` (worked out once, kept as
  bytes), each term's positions encoded as Whoosh encodes them: the same terms,
  frequencies, weights and encoded positions as Whoosh's ``Positions`` /
  :class:`~reader.search.schema.FunctionWordPositions` / ``Existence`` formats give
  (measured: grouping a long text's words by term with numpy instead of the loop
  was slower, its few calls on arrays of a few hundred words costing more).
- :class:`TermPool` keeps each field's postings by term, in the order documents are
  added (ascending numbers), so the commit sorts the distinct terms only. Past its
  memory limit it writes sorted runs as Whoosh's pool does, and merges them the same
  way.

What the writer ends up writing is the same index, byte for byte: tests compare a
segment written both ways.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from pickle import dumps
from typing import Any

from whoosh.formats import Existence, Positions
from whoosh.system import pack_uint
from whoosh.writing import PostingPool

from reader.search.analysis import LanguageTokenizer, TermForms
from reader.search.blocks import Row, write_term
from reader.search.schema import FunctionWordPositions

# a posting's size in memory beside its bytes, roughly as Whoosh's pool counts it
_POSTING_OVERHEAD = 180
# a term, how many times it stands in a text, its positions encoded
Group = tuple[bytes, int, bytes]


def fast_field(field: Any) -> bool:
    """Whether :func:`add_text` gives this field's postings exactly."""
    return (
        type(field.format) in (Positions, FunctionWordPositions, Existence)
        and isinstance(field.analyzer, LanguageTokenizer)
        and not field.vector
        and not field.separate_spelling()
    )


_ONE = pack_uint(1)


@cache
def _one_place(place: int) -> bytes:
    """The pickled list of ``Positions.encode([place])`` (a word once in a document,
    most postings), after its count (``_ONE``). Joined, each posting's value is an
    object of its own, as Whoosh's are: a block pickles its values, and the same object
    twice would be pickled as a reference, no longer Whoosh's bytes."""
    return dumps([place], 2)


def add_text(
    pool: TermPool, fieldname: str, field: Any, docnum: int, value: str, boost: float
) -> int:
    """Add document ``docnum``'s postings of the text ``value`` of a :func:`fast_field`
    field to ``pool``, each weight multiplied by ``boost``: the postings
    ``field.index(value)`` gives. Returns the sum of their frequencies (the field's
    length)."""
    analyzer: LanguageTokenizer = field.analyzer
    fmt = field.format
    words = analyzer.expression.findall(value)
    distinct = set(words)
    forms = analyzer.terms(distinct)
    terms = pool._field_terms(fieldname, docnum)
    field_boost = fmt.field_boost
    # the view of the keys on the left: set.intersection(dict) walks the whole dict (the
    # analyzer's cache of every word seen), the view walks the smaller side
    seconds = forms.second.keys() & distinct
    names = forms.name.keys() & distinct
    if type(fmt) is Existence:
        first = forms.first
        found = {first[word] for word in distinct}
        found.update(forms.second[word] for word in seconds)
        found.update(forms.name[word] for word in names)
        weight = field_boost * boost
        size = 0
        for term in found:
            rows = terms.get(term)
            if rows is None:
                terms[term] = [(docnum, weight, b"")]
            else:
                rows.append((docnum, weight, b""))
            size += len(term) * 2
        pool.currentsize += _POSTING_OVERHEAD * len(found) + size
        if pool.currentsize > pool.limit:
            pool.save()
        return len(found)
    function = forms.function if type(fmt) is FunctionWordPositions else ()
    size = 0
    total = 0
    groups = _groups(words, forms, seconds, names)
    for term, count, encoded in groups:
        if term in function:
            row = (docnum, 0.0 * boost, encoded)
        else:
            row = (docnum, count * field_boost * boost, encoded)
            total += count
        rows = terms.get(term)
        if rows is None:
            terms[term] = [row]
        else:
            rows.append(row)
        size += len(term) * 2 + len(encoded)
    pool.currentsize += _POSTING_OVERHEAD * len(groups) + size
    if pool.currentsize > pool.limit:
        pool.save()
    return total


def _groups(
    words: list[str], forms: TermForms, seconds: set[str], names: AbstractSet[str] = frozenset()
) -> list[tuple[bytes, int, bytes]]:
    """Each term of ``words`` (their first forms, the second forms of the words
    ``seconds`` and the name terms of the words ``names``) with how often it stands there
    and its positions encoded as ``Positions.encode`` encodes them."""
    places: defaultdict[bytes, list[int]] = defaultdict(list)
    if seconds or names:
        first, second, name = forms.first, forms.second, forms.name
        for index, word in enumerate(words):
            places[first[word]].append(index)
            if word in seconds:
                places[second[word]].append(index)
            if word in names:
                places[name[word]].append(index)
    else:
        for index, term in enumerate(map(forms.first.__getitem__, words)):
            places[term].append(index)
    groups = []
    for term, where in places.items():
        count = len(where)
        if count == 1:
            groups.append((term, 1, _ONE + _one_place(where[0])))
        else:
            deltas = [b - a for a, b in zip([0, *where], where, strict=False)]
            groups.append((term, count, pack_uint(count) + dumps(deltas, 2)))
    return groups


class TermPool(PostingPool):  # type: ignore[misc]
    """Whoosh's ``PostingPool`` holding each field's postings by term: ``(docnum,
    weight, value)`` rows appended in the order documents are added."""

    def __init__(self, tempstore: Any, segment: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self._fields: dict[str, dict[bytes, list[Row]]] = {}
        self._last = -1  # the highest document number added
        self._ordered = True  # every term's rows in ascending document numbers

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        fieldname, term, docnum, weight, value = item
        terms = self._field_terms(fieldname, docnum)
        rows = terms.get(term)
        if rows is None:
            terms[term] = [(docnum, weight, value)]
        else:
            rows.append((docnum, weight, value))
        self.currentsize += _POSTING_OVERHEAD + len(term) * 2 + len(value or b"")
        if self.currentsize > self.limit:
            self.save()

    def _field_terms(self, fieldname: str, docnum: int) -> dict[bytes, list[Row]]:
        """The terms held for ``fieldname``, about to get rows of ``docnum``: whether
        every term's rows stay in ascending document numbers is noted here."""
        self.fieldnames.add(fieldname)
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        if docnum < self._last:
            self._ordered = False
        self._last = max(self._last, docnum)
        return terms

    def grouped(self) -> Iterator[tuple[str, Iterator[tuple[bytes, list[Row]]]]]:
        """Each field held (in order) with its terms (in order) and their rows (in
        ascending document numbers)."""
        for fieldname in sorted(self._fields):
            yield fieldname, self._terms(self._fields[fieldname])

    def _terms(self, terms: dict[bytes, list[Row]]) -> Iterator[tuple[bytes, list[Row]]]:
        ordered = self._ordered
        for term in sorted(terms):
            yield term, terms[term] if ordered else sorted(terms[term], key=_row_key)

    def _sorted(self) -> Iterator[tuple[str, bytes, int, float, bytes | None]]:
        """Every posting held, in Whoosh's order: field, term, document number."""
        for fieldname, terms in self.grouped():
            for term, rows in terms:
                for docnum, weight, value in rows:
                    yield fieldname, term, docnum, weight, value

    def save(self) -> None:
        if self._fields:
            path, f = self._new_run()
            self._write_run(f, self._sorted())
            self._add_run(path)
        self._fields = {}
        self._ordered = True
        self._last = -1
        self.currentsize = 0

    def items(self, maxfiles: int = 128) -> Any:
        if not self.runs:
            return self._sorted()
        return super().items(maxfiles)


def _row_key(row: Row) -> tuple[int, float, bytes]:
    return row[0], row[1], row[2] or b""


def write_grouped(fieldwriter: Any, schema: Any, lengths: Any, pool: TermPool) -> None:
    """What ``fieldwriter.add_postings(schema, lengths, pool.iter_postings())`` writes
    with Whoosh's ``W3FieldWriter``, a term at a time (:func:`~reader.search.blocks.
    write_term`)."""
    for fieldname, terms in pool.grouped():
        fieldwriter.start_field(fieldname, schema[fieldname])
        column = lengths.column(fieldname) if lengths is not None else None
        for term, rows in terms:
            write_term(fieldwriter, term, rows, column)
        fieldwriter.finish_field()
