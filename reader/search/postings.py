"""Postings made and held for a segment with fewer Python objects than Whoosh's own.

Profiles of an import (the index's sub-writers, three quarters of its CPU) showed
Whoosh's generic path as most of the cost of adding a document: each word passes
through a generator chain, a ``Token`` and a ``defaultdict``, and each posting becomes a
five-item tuple sized, checked and appended to one list of every posting of the
segment, which the commit then sorts whole (900,000 tuples for the BBC corpus).

Here (installed on every writer by :mod:`reader.search.writer`):

- :func:`field_postings` gives a text field analysed by
  :class:`~reader.search.analysis.LanguageTokenizer` its postings from the words the
  tokenizer's expression finds (one C call), each distinct word normalised once (its
  cache): the same terms, frequencies, weights and encoded positions as Whoosh's
  ``Positions`` / :class:`~reader.search.schema.FunctionWordPositions` /
  ``Existence`` formats give.
- :class:`TermPool` keeps each field's postings by term, in the order documents are
  added (ascending numbers), so the commit sorts the distinct terms only. Past its
  memory limit it writes sorted runs as Whoosh's pool does, and merges them the same
  way.

What the writer ends up writing is the same index, byte for byte: tests compare a
segment written both ways.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.formats import Existence, Positions
from whoosh.writing import PostingPool

from reader.search.analysis import LanguageTokenizer
from reader.search.blocks import Row, write_term
from reader.search.schema import FunctionWordPositions

# (term bytes, frequency, weight, encoded value)
Posting = tuple[bytes, int, float, bytes]
# a posting's size in memory beside its bytes, roughly as Whoosh's pool counts it
_POSTING_OVERHEAD = 180


def fast_field(field: Any) -> bool:
    """Whether :func:`field_postings` gives this field's postings exactly."""
    return (
        type(field.format) in (Positions, FunctionWordPositions, Existence)
        and isinstance(field.analyzer, LanguageTokenizer)
        and not field.vector
        and not field.separate_spelling()
    )


def field_postings(field: Any, value: str) -> list[Posting]:
    """The postings of one text ``value`` of a :func:`fast_field` field, as
    ``field.index(value)`` gives them (in another order: the pool sorts)."""
    analyzer: LanguageTokenizer = field.analyzer
    fmt = field.format
    boost = fmt.field_boost
    words = analyzer.expression.findall(value)
    normalize = analyzer.normalize
    forms = {word: normalize(word) for word in set(words)}
    if type(fmt) is Existence:
        terms = {text for text, _stopped, _second in forms.values()}
        terms.update(second for _text, _stopped, second in forms.values() if second)
        return [(term.encode("utf-8"), 1, boost, b"") for term in terms]
    places: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        text, _stopped, second = forms[word]
        found = places.get(text)
        if found is None:
            places[text] = [index]
        else:
            found.append(index)
        if second is not None:
            found = places.get(second)
            if found is None:
                places[second] = [index]
            else:
                found.append(index)
    encode = fmt.encode
    if type(fmt) is FunctionWordPositions:
        function = {text for text, stopped, _second in forms.values() if stopped}
        return [
            (term.encode("utf-8"), 0, 0.0, encode(where))
            if term in function
            else (term.encode("utf-8"), len(where), len(where) * boost, encode(where))
            for term, where in places.items()
        ]
    return [
        (term.encode("utf-8"), len(where), len(where) * boost, encode(where))
        for term, where in places.items()
    ]


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

    def add_document_postings(
        self, fieldname: str, docnum: int, postings: list[Posting], boost: float
    ) -> None:
        """One document's postings of one field, each weight multiplied by ``boost``."""
        terms = self._field_terms(fieldname, docnum)
        size = 0
        for term, _freq, weight, value in postings:
            row = (docnum, weight * boost, value)
            rows = terms.get(term)
            if rows is None:
                terms[term] = [row]
            else:
                rows.append(row)
            size += len(term) * 2 + len(value)
        self.currentsize += _POSTING_OVERHEAD * len(postings) + size
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
