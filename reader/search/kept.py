"""What the array passes of :mod:`reader.search.arrays` keep for a searcher's life:
each segment's postings read whole into arrays, the positions of the blocks a phrase
asked for, the fields' length bytes and the stored columns' values. A segment never
changes, so what is read once serves every query until the index changes and a new
searcher is opened; what is kept is bounded (:data:`POSTINGS_KEPT`,
:data:`POSITION_BLOCKS_KEPT`) and dropped whole when full.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.query.spans import Span
from whoosh.util.numeric import byte_to_length

POSTINGS_KEPT = 4_000_000  # postings kept in arrays per searcher (8 bytes each: 32 MB)
# blocks whose positions are kept per searcher, all segments together (128 postings
# each, some 7 KB: at most about 15 MB however many segments the index has)
POSITION_BLOCKS_KEPT = 2048
# a field's stored length byte → its length; 0 (no length) scores as 1, as Whoosh's
# scorer asks doc_field_length(..., default=1)
LENGTHS = np.array([byte_to_length(b) if b else 1 for b in range(256)], dtype=np.float64)


@dataclass
class Blocks:
    """Where a term's posting blocks are in its segment: the index of each block's first
    posting in the term's arrays, and the offset Whoosh goes to to read it."""

    leaf: Any  # a matcher of the term's own, moved from block to block to read positions
    starts: np.ndarray
    offsets: list[int]


Postings = tuple[np.ndarray, np.ndarray, Blocks]


@dataclass
class Segment:
    """What one segment's arrays need, kept with its searcher."""

    reader: Any
    postings: dict[tuple[str, bytes], Postings] = field(default_factory=dict)
    lengths: dict[str, np.ndarray] = field(default_factory=dict)
    # the positions of each posting of a block, by term and block number
    positions: dict[tuple[tuple[str, bytes], int], tuple[Any, ...]] = field(default_factory=dict)


class Kept:
    """Every segment's arrays for one searcher, within :data:`POSTINGS_KEPT`."""

    def __init__(self) -> None:
        self.segments: dict[int, Segment] = {}
        self.columns: dict[str, Column] = {}
        self.size = 0

    def segment(self, reader: Any) -> Segment:
        found = self.segments.get(id(reader))
        if found is None or found.reader is not reader:
            found = self.segments[id(reader)] = Segment(reader)
        return found

    def postings(self, segment: Segment, leaf: Any) -> Postings:
        key = leaf.term()
        found = segment.postings.get(key)
        if found is None:
            found = read_postings(segment.reader, key)
            if self.size + len(found[0]) > POSTINGS_KEPT:
                for kept in self.segments.values():
                    kept.postings.clear()
                    kept.positions.clear()
                self.size = 0
            segment.postings[key] = found
            self.size += len(found[0])
        return found


def kept_for(searcher: Any) -> Kept:
    kept = getattr(searcher, "_liseuse_arrays", None)
    if kept is None:
        kept = Kept()
        searcher._liseuse_arrays = kept
    return kept


def read_postings(reader: Any, key: tuple[str, bytes]) -> Postings:
    """A term's document numbers and weights in one segment, deletions included (a
    ``FilterMatcher`` above the leaf takes them out, as in Whoosh), and where its blocks
    are (their positions are read only when a phrase asks for them)."""
    fieldname, text = key
    leaf = reader._terms.matcher(fieldname, text, reader.schema[fieldname].format)
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    starts: list[int] = []
    offsets: list[int] = [leaf._baseoffset]
    count = 0
    while True:
        leaf._read_ids()
        leaf._read_weights()
        ids.append(np.asarray(leaf._ids, dtype=np.int32))
        weights.append(np.asarray(leaf._weights, dtype=np.float32))  # as Whoosh stores them
        starts.append(count)
        count += len(ids[-1])
        if leaf._lastblock:
            break
        offsets.append(leaf._nextoffset)
        leaf._goto(leaf._nextoffset)
    blocks = Blocks(leaf, np.array(starts, dtype=np.int64), offsets)
    return np.concatenate(ids), np.concatenate(weights), blocks


def positions(kept: Kept, segment: Segment, leaf: Any, docnum: int) -> list[Span]:
    """The positions of ``leaf``'s term in document ``docnum`` (which holds it), as the
    spans Whoosh's leaf matcher gives: the term's block is read once per searcher,
    where Whoosh's own skipping read every block header on the way to it."""
    key = leaf.term()
    ids, _weights, blocks = kept.postings(segment, leaf)
    at = int(np.searchsorted(ids, docnum))
    block = int(np.searchsorted(blocks.starts, at, side="right")) - 1
    values = segment.positions.get((key, block))
    if values is None:
        if sum(len(each.positions) for each in kept.segments.values()) >= POSITION_BLOCKS_KEPT:
            for each in kept.segments.values():
                each.positions.clear()
        reading = blocks.leaf
        reading._goto(blocks.offsets[block])
        reading._read_values()
        values = segment.positions[(key, block)] = tuple(reading._values)
    decode = leaf.format.decoder("positions")
    return [Span(pos) for pos in decode(values[at - int(blocks.starts[block])])]


def field_lengths(segment: Segment, fieldname: str) -> np.ndarray:
    """Each document's length byte of ``fieldname`` (one byte a document; its length
    through :data:`LENGTHS`)."""
    found = segment.lengths.get(fieldname)
    if found is None:
        count = segment.reader.doc_count_all()
        column = segment.reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        codes = np.zeros(count + 1, dtype=np.uint8)
        if column is not None:
            stored = min(column._count, count)
            raw = column._dbfile.get(column._basepos, stored * column._fixedlen)
            codes[:stored] = np.frombuffer(bytes(raw), dtype=np.uint8)[:stored]
        found = segment.lengths[fieldname] = codes
    return found


class Column:
    """A stored column's values as small integers, read once per document and kept for
    the searcher's life: counting a facet over ten thousand matches is then one
    ``bincount`` instead of ten thousand reads."""

    UNREAD, NONE = -1, -2

    def __init__(self, reader: Any, fieldname: str) -> None:
        self.column = reader.column_reader(fieldname)
        self.codes = np.full(reader.doc_count_all(), self.UNREAD, dtype=np.int32)
        self.values: list[str] = []
        self.index: dict[str, int] = {}

    def _read(self, docnum: int) -> int:
        try:
            value = self.column[docnum]
        except IndexError:  # Whoosh's columns end at the last doc that has a value
            return self.NONE
        if isinstance(value, bytes):
            value = value.decode("utf-8")
        if not value:
            return self.NONE
        text = str(value)
        code = self.index.get(text)
        if code is None:
            code = self.index[text] = len(self.values)
            self.values.append(text)
        return code

    def counts(self, docs: np.ndarray) -> dict[str, int]:
        codes = self.codes[docs]
        for docnum in np.unique(docs[codes == self.UNREAD]).tolist():
            self.codes[docnum] = self._read(docnum)
        codes = self.codes[docs]
        codes = codes[codes >= 0]
        tally = np.bincount(codes, minlength=len(self.values))
        # in the order the values first occur among docs, as counting one by one gives
        present, first = np.unique(codes, return_index=True)
        return {self.values[c]: int(tally[c]) for c in present[np.argsort(first)].tolist()}


def column_counts(searcher: Any, fieldname: str, docs: np.ndarray) -> dict[str, int]:
    """How many of ``docs`` have each value of the stored column ``fieldname``."""
    columns = kept_for(searcher).columns
    column = columns.get(fieldname)
    if column is None:
        column = columns[fieldname] = Column(searcher.reader(), fieldname)
    return column.counts(docs)
