"""What the array passes of :mod:`reader.search.arrays` keep for a searcher's life:
each segment's postings read whole into arrays, the positions of the blocks a phrase
asked for, the fields' length bytes and the stored columns' values. A segment never
changes, so what is read once serves every query until the index changes and a new
searcher is opened; what is kept is bounded: the postings by :data:`POSTINGS_KEPT`,
dropped whole when full, the positions by :data:`POSITION_BLOCKS_KEPT`, the least
recently used dropped first.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.columns import (
    EmptyColumnReader,
    MultiColumnReader,
    TranslatingColumnReader,
    VarBytesColumn,
)
from whoosh.util.numeric import byte_to_length

from reader.search.storage import BLOCK_LENGTH, block_start

POSTINGS_KEPT = 4_000_000  # postings kept in arrays per searcher (8 bytes each: 32 MB)
# blocks whose positions are kept per searcher, all segments together (128 postings
# each, some 7 KB: at most about 15 MB however many segments the index has)
POSITION_BLOCKS_KEPT = 2048
SCORERS_KEPT = 20_000  # terms' scorers kept per searcher (see Kept.scorer)
SPANS_KEPT = 20_000  # a term's positions in a document, kept per searcher (a few MB)
WIDEST_GATHERED = 64  # a column's values up to this many bytes are read side by side
# a field's stored length byte → its length; 0 (no length) scores as 1, as Whoosh's
# scorer asks doc_field_length(..., default=1)
LENGTHS = np.array([byte_to_length(b) if b else 1 for b in range(256)], dtype=np.float64)


@dataclass
class Blocks:
    """Where a term's posting blocks are in its segment: the index of each block's first
    posting in the term's arrays, and where each block's data is (its offset and length
    in the postings file, whether it is compressed), to read its positions."""

    postfile: Any
    starts: np.ndarray
    data: tuple[tuple[int, int, bool], ...]  # a tuple: untracked by the garbage collector


Postings = tuple[np.ndarray, np.ndarray, Blocks]


class Located:
    """Where a term's postings start in its segment's postings file, for
    :func:`read_postings` and :func:`positions`, as a ``W3LeafMatcher`` knows it
    (see :mod:`reader.search.mirror`: no first block read to know it)."""

    __slots__ = ("_baseoffset", "_byteids", "_postfile", "_term", "format")

    def __init__(self, term: tuple[str, bytes], postfile: Any, offset: int, format_: Any) -> None:
        self._term, self._postfile, self._baseoffset = term, postfile, offset
        self._byteids = None
        self.format = format_

    def term(self) -> tuple[str, bytes]:
        return self._term


@dataclass(eq=False)
class Segment:
    """What one segment's arrays need, kept with its searcher. ``number``: the segment
    in the keys of the positions kept (numbers, not the segment: see Kept)."""

    reader: Any
    number: int = 0
    postings: dict[tuple[str, bytes], Postings] = field(default_factory=dict)
    lengths: dict[str, np.ndarray] = field(default_factory=dict)
    # where each term's postings are (see reader.search.mirror), the deleted documents
    # (False: none), the undeleted documents' count
    located: dict[tuple[str, bytes], Any] = field(default_factory=dict)
    term_sizes: dict[tuple[str, Any], int] = field(default_factory=dict)
    deleted: Any = None
    doc_count: int | None = None


class Kept:
    """Every segment's arrays for one searcher, within :data:`POSTINGS_KEPT`."""

    def __init__(self) -> None:
        self.segments: dict[int, Segment] = {}
        self.columns: dict[str, Column] = {}
        self.size = 0
        # the positions of each posting of a block (or the block's data, until they are
        # asked for: see block_values), by segment number, term and block number, the
        # least recently used dropped first
        self.positions: OrderedDict[tuple[int, tuple[str, bytes], int], Any] = OrderedDict()
        # a term's spans in a document, by segment number, term and document, dropped
        # whole when full. The keys hold numbers and strings only, so the garbage
        # collector stops tracking them, as it does the spans: keyed by the segment
        # itself, the 20,000 of a day's searches were walked at each full collection,
        # half of what searching had added to its walks at 50,000 articles
        self.spans: dict[tuple[int, tuple[str, bytes], int], tuple[int, ...]] = {}
        self._numbered = 0
        self.scorers: dict[tuple[int, str, bytes], Any] = {}  # see scorer

    def keep_positions(self, where: tuple[int, tuple[str, bytes], int], values: Any) -> None:
        """Keep one block's positions (or its data), within :data:`POSITION_BLOCKS_KEPT`."""
        self.positions[where] = values
        if len(self.positions) > POSITION_BLOCKS_KEPT:
            self.positions.popitem(last=False)

    def scorer(self, weighting: Any, sub: Any, fieldname: str, text: bytes) -> Any:
        """The term's scorer, made once per searcher: its statistics (the term's idf,
        the field's average length) are the whole index's, the same in each segment."""
        key = (id(weighting), fieldname, text)
        found = self.scorers.get(key)
        if found is None:
            if len(self.scorers) >= SCORERS_KEPT:
                self.scorers.clear()
            found = self.scorers[key] = weighting.scorer(sub, fieldname, text)
        return found

    def segment(self, reader: Any) -> Segment:
        found = self.segments.get(id(reader))
        if found is None or found.reader is not reader:
            self._numbered += 1
            found = self.segments[id(reader)] = Segment(reader, self._numbered)
        return found

    def postings(self, segment: Segment, leaf: Any) -> Postings:
        key = leaf.term()
        found = segment.postings.get(key)
        if found is None:
            # the blocks' data read with the ids is kept while there is room: the
            # nearness boost asks for the positions of the ranked articles' blocks next
            found = read_postings(
                segment.reader,
                key,
                lambda block, values: self.keep_positions((segment.number, key, block), values),
                leaf,
            )
            if self.size + len(found[0]) > POSTINGS_KEPT:
                for kept in self.segments.values():
                    kept.postings.clear()
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


def carry_over(old: Any, fresh: Any) -> None:
    """Give ``fresh`` (the searcher of the index's next generation) what ``old`` kept of
    the segments both have: each term's postings (deleted documents included: the
    segment's current deletions are left out per query) and positions, and the fields'
    length bytes. A segment never changes, and a write (an annotation, a tag, an import)
    adds a segment beside the others: at 50,000 articles each search after it read every
    word's postings again, 100–190 ms of CPU where the same search had taken 30–50.
    What depends on the whole index (the scorers' statistics, the stored columns, the
    words counted) or on its deletions is made afresh."""
    before: Kept | None = getattr(old, "_liseuse_arrays", None)
    if before is None or not before.segments:
        return
    by_id = {i: s for s in before.segments.values() if (i := _segment_id(s.reader)) is not None}
    kept = kept_for(fresh)
    kept._numbered = max(kept._numbered, before._numbered)
    numbers = set()
    for sub, _offset in fresh.leaf_searchers():
        reader = sub.reader()
        segid = _segment_id(reader)
        was = by_id.get(segid) if segid is not None else None
        postfile = getattr(getattr(reader, "_terms", None), "_postfile", None)
        if was is None or postfile is None or id(reader) in kept.segments:
            continue
        segment = kept.segments[id(reader)] = Segment(reader, was.number)
        for key, (ids, weights, blocks) in was.postings.items():
            segment.postings[key] = (ids, weights, Blocks(postfile, blocks.starts, blocks.data))
            kept.size += len(ids)
        segment.lengths = dict(was.lengths)
        numbers.add(was.number)
    for where, values in before.positions.items():
        if where[0] in numbers:
            kept.positions[where] = values
    kept.spans.update((k, v) for k, v in before.spans.items() if k[0] in numbers)


def _segment_id(reader: Any) -> Any:
    """A segment reader's segment, the same from one generation of the index to the next
    (None: a reader of no single segment)."""
    segment = getattr(reader, "segment", None)
    return getattr(segment(), "segid", None) if callable(segment) else None


def read_postings(
    reader: Any,
    key: tuple[str, bytes],
    keep: Callable[[int, bytes], None] | None = None,
    leaf: Any = None,
) -> Postings:
    """A term's document numbers and weights in one segment, deletions included (a
    ``FilterMatcher`` above the leaf takes them out, as in Whoosh), and where its blocks
    are; ``keep(block, data)`` is given each block's data, uncompressed, from which
    :func:`block_values` reads its positions when they are asked for. ``leaf``: the
    term's leaf matcher, if one was built, which knows where its postings start.

    The blocks are read as Whoosh writes them (``W3PostingsWriter._write_block``: the
    block's length, a pickled header, then a pickled, perhaps compressed, tuple of ids,
    weights and values), without stepping Whoosh's leaf matcher through them: its
    file-like reads of each header and its document numbers rebuilt one by one in
    Python were most of the time of a query's first reading of a common word. Only the
    ids and weights are unpickled (:func:`_ids_and_weights`): the values, one pickled
    string of positions a posting, were nine tenths of unpickling a block, and only the
    few blocks of the ranked articles are ever asked for theirs."""
    fieldname, text = key
    if type(leaf) not in (W3LeafMatcher, Located) or leaf.term() != key:
        # where the term's postings are: from the leaf Whoosh built for the query, or
        # from the term table (a lookup and a first block read again)
        leaf = reader._terms.matcher(fieldname, text, reader.schema[fieldname].format)
    postfile, offset, byteids = leaf._postfile, leaf._baseoffset, leaf._byteids
    if not reader.schema[fieldname].format.supports("positions"):
        keep = None  # no positions to ask for: the blocks' bytes would only take room
    gaps: list[int] = []  # each block's ids, or their gaps: gathered, then one array
    weighed: list[tuple[int, int, Any]] = []  # (first, size, weights) of each block
    starts: list[int] = []
    where: list[tuple[int, int, bool]] = []
    count = 0
    last = False
    while not last:
        length, info, start = block_start(postfile, offset)
        last = length < 0
        size, _maxid, _maxweight, compressed, _least, _most = info
        offset += BLOCK_LENGTH.size + abs(length)
        where.append((start, offset - start, bool(compressed)))
        data = _block_bytes(postfile, where[-1])
        split = None if byteids else _ids_and_weights(data, size)
        block_ids, block_weights = split if split is not None else pickle.loads(data)[:2]
        gaps.extend(block_ids)
        if block_weights is not None:
            weighed.append((count, size, block_weights))
        if keep is not None:
            keep(len(starts), data)
        starts.append(count)
        count += size
    first = np.array(starts, dtype=np.int64)
    ids = np.array(gaps, dtype=np.int64)
    if not byteids:  # each id is the gap from the one before (whoosh.util.numlists.delta_decode)
        summed = np.cumsum(ids)
        before = np.zeros(len(first), dtype=np.int64)
        before[1:] = summed[first[1:] - 1]  # each block's gaps start again from 0
        ids = summed - np.repeat(before, np.diff(first, append=count))
    return ids.astype(np.int32), _weights(count, weighed), Blocks(postfile, first, tuple(where))


def _weights(count: int, weighed: list[tuple[int, int, Any]]) -> np.ndarray:
    """A term's weights as Whoosh's ``_read_weights`` gives them (float32), from each
    block's: None (all 1.0, not listed), one float, a tuple of floats or their pickled
    cells (see :func:`_ids_and_weights`), the cells of all blocks converted at once."""
    weights = np.ones(count, dtype=np.float32)
    cells: list[bytes] = []
    celled: list[np.ndarray] = []
    for first, size, found in weighed:
        if isinstance(found, bytes):
            cells.append(found)
            celled.append(np.arange(first, first + size))
        elif isinstance(found, float):
            weights[first : first + size] = found
        else:
            weights[first : first + size] = np.asarray(found, dtype=np.float32)
    if cells:
        raw = np.frombuffer(b"".join(cells), dtype=np.uint8).reshape(-1, 9)[:, 1:]
        weights[np.concatenate(celled)] = np.ascontiguousarray(raw).view(">f8").ravel()
    return weights


_GAPS_END = b"tq\x00"  # a tuple of four or more ids ends: TUPLE, then BINPUT 0
_FLOAT = struct.Struct(">d")  # a pickled float's eight bytes (BINFLOAT)


def _ids_and_weights(data: bytes, size: int) -> tuple[Any, Any] | None:
    """The ids (their gaps) and weights of a block's pickle ``(gaps, weights, values)``
    without unpickling its values; None when the block is not laid out as expected
    (three postings or fewer, ids not a plain tuple), for ``pickle.loads`` to read.

    With protocol 2 a tuple of more than three ints is MARK, one opcode and argument an
    int, TUPLE and BINPUT 0: the first TUPLE, BINPUT 0 at an opcode's place ends it, and
    an int's argument that happens to hold those bytes cuts the tuple short, which
    counting its items tells. The weights follow: None (``N``), one float (``G`` and
    eight bytes) or a tuple of ``size`` floats, given as their ``size`` cells of nine
    bytes (``G`` and a big-endian double), then the values."""
    if size <= 3 or not data.startswith(b"\x80\x02("):
        return None
    cut = data.find(_GAPS_END, 3)
    while cut >= 0:
        try:
            gaps = pickle.loads(data[: cut + 1] + b".")
        except (pickle.UnpicklingError, EOFError, ValueError, IndexError, KeyError):
            gaps = None
        if type(gaps) is tuple and len(gaps) == size:
            break
        cut = data.find(_GAPS_END, cut + 1)
    else:
        return None
    at = cut + len(_GAPS_END)
    sign = data[at : at + 1]
    if sign == b"N":
        return gaps, None
    if sign == b"G":
        return gaps, _FLOAT.unpack_from(data, at + 1)[0]
    end = at + 1 + 9 * size
    if sign != b"(" or data[end : end + 1] != b"t" or data[at + 1 : end : 9] != b"G" * size:
        return None
    return gaps, data[at + 1 : end]


def _block_bytes(postfile: Any, where: tuple[int, int, bool]) -> bytes:
    """A block's pickle ``(ids, weights, values)``, uncompressed."""
    start, length, compressed = where
    raw = postfile.get(start, length)
    return zlib.decompress(raw) if compressed else bytes(raw)


def block_values(kept: Any) -> tuple[Any, ...]:
    """A block's values (its postings' positions), from its data or already read."""
    values: tuple[Any, ...] = pickle.loads(kept)[2] if isinstance(kept, bytes) else kept
    return values


def positions(kept: Kept, segment: Segment, leaf: Any, docnum: int) -> tuple[int, ...]:
    """The positions of ``leaf``'s term in document ``docnum`` (which holds it), those
    of the spans Whoosh's leaf matcher gives: the term's block is read once per
    searcher, where Whoosh's own skipping read every block header on the way to it, and
    the positions are kept (the nearness boost compares the same words twice, near then
    adjacent, and again at each letter typed in the search box) as a tuple of numbers,
    which the garbage collector stops walking (a list of Whoosh's spans it walked at
    each collection: a search's pause of 50 ms at 50,000 articles)."""
    key = leaf.term()
    read = kept.spans.get((segment.number, key, docnum))
    if read is not None:
        return read
    ids, _weights, blocks = kept.postings(segment, leaf)
    at = int(np.searchsorted(ids, docnum))
    block = int(np.searchsorted(blocks.starts, at, side="right")) - 1
    where = (segment.number, key, block)
    found = kept.positions.get(where)
    if found is None:
        values = block_values(_block_bytes(blocks.postfile, blocks.data[block]))
        kept.keep_positions(where, values)
    else:
        values = block_values(found)
        if values is not found:  # unpickled once, kept so
            kept.positions[where] = values
        kept.positions.move_to_end(where)
    decode = leaf.format.decoder("positions")
    read = tuple(decode(values[at - int(blocks.starts[block])]))
    if len(kept.spans) >= SPANS_KEPT:
        kept.spans.clear()
    kept.spans[(segment.number, key, docnum)] = read
    return read


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


class _Bytes:
    """One segment's column of byte strings read as ``VarBytesColumn.Reader`` reads it,
    from its offsets and lengths into the values kept whole (a few bytes a document),
    without three layers of Whoosh's readers for each document (the facet counts of a
    query's first matches were a tenth of its time at 50,000 articles)."""

    def __init__(self, start: int, column: Any) -> None:
        self.start = start
        self.translate = column._translate
        inner = column._reader
        self.default: bytes | None = None
        self.data = b""
        self.codes: dict[bytes, int] = {}  # a value's code, by its bytes
        if type(inner) is EmptyColumnReader:
            self.default, self.size = inner._default, inner._doccount
            self.offsets: Any = ()
            self.lengths: Any = ()
            return
        self.offsets, self.lengths, self.size = inner._offsets, inner._lengths, inner._doccount
        self.starts = np.asarray(self.offsets, dtype=np.int64)
        self.sizes = np.asarray(self.lengths, dtype=np.int64)
        if self.size:
            self.data = inner._dbfile.get(inner._basepos, int(np.max(self.starts + self.sizes)))
        self.cells = np.frombuffer(self.data, dtype=np.uint8)

    @staticmethod
    def readable(column: Any) -> bool:
        return type(column) is TranslatingColumnReader and type(column._reader) in (
            VarBytesColumn.Reader,
            EmptyColumnReader,
        )

    def code(self, raw: bytes, code: Callable[[Any], int]) -> int:
        """The code of a value, by its bytes, ``code`` given its translation the first
        time."""
        found = self.codes.get(raw)
        if found is None:
            found = self.codes[raw] = code(self.translate(raw))
        return found

    def codes_of(self, local: np.ndarray, code: Callable[[Any], int]) -> np.ndarray:
        """The codes of the documents ``local`` (numbers in the segment, sorted), past
        the column's end none: their values laid side by side in an array, each
        distinct one translated once (one call a document was still a twentieth of a
        typed query's time at 50,000 articles)."""
        out = np.full(len(local), Column.NONE, dtype=np.int32)
        if self.default is not None:
            out[:] = self.code(self.default, code)
            return out
        inside = local < self.size
        docs = local[inside]
        if not len(docs):
            return out
        starts, sizes = self.starts[docs], self.sizes[docs]
        width = int(sizes.max())
        if width > WIDEST_GATHERED:  # long values: one at a time
            out[inside] = [self.code(self.raw(d), code) for d in docs.tolist()]
            return out
        steps = np.arange(max(1, width))
        at = np.minimum(starts[:, None] + steps, max(0, len(self.cells) - 1))
        cells = np.where(steps < sizes[:, None], self.cells[at] if len(self.cells) else 0, 0)
        rows = np.ascontiguousarray(cells.astype(np.uint8)).view(f"V{len(steps)}").ravel()
        _rows, same = np.unique(rows, return_inverse=True)
        # a value and the same value with trailing zero bytes are told apart by length
        _keys, first, which = np.unique(
            same.reshape(-1).astype(np.int64) * (width + 1) + sizes,
            return_index=True,
            return_inverse=True,
        )
        found = [self.code(self.raw(int(docs[f])), code) for f in first.tolist()]
        out[inside] = np.array(found, dtype=np.int32)[which.reshape(-1)]
        return out

    def raw(self, local: int) -> bytes:
        if self.default is not None:
            return self.default
        if local >= self.size:
            raise IndexError(local)
        at = self.offsets[local]
        return self.data[at : at + self.lengths[local]]


class Column:
    """A stored column's values as small integers, read once per document and kept for
    the searcher's life: counting a facet over ten thousand matches is then one
    ``bincount`` instead of ten thousand reads."""

    UNREAD, NONE = -1, -2

    def __init__(self, reader: Any, fieldname: str) -> None:
        self.codes = np.full(reader.doc_count_all(), self.UNREAD, dtype=np.int32)
        self.values: list[str] = []
        self.index: dict[str, int] = {}
        if not len(self.codes):  # a new library's empty index has no columns to read
            self.column: Any = None
            self.starts = np.zeros(0, dtype=np.int64)
            self.parts: list[_Bytes | None] = []
            return
        self.column = reader.column_reader(fieldname)
        # each segment's column, read directly where its kind is known (else None)
        parts = (
            list(zip(self.column._doc_offsets, self.column._readers, strict=True))
            if type(self.column) is MultiColumnReader
            else [(0, self.column)]
        )
        self.starts = np.array([start for start, _ in parts], dtype=np.int64)
        self.parts = [_Bytes(start, c) if _Bytes.readable(c) else None for start, c in parts]

    def _read(self, docnum: int) -> int:
        try:
            value = self.column[docnum]
        except IndexError:  # Whoosh's columns end at the last doc that has a value
            return self.NONE
        return self._code(value)

    def _code(self, value: Any) -> int:
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
        unread = np.unique(docs[codes == self.UNREAD])
        if len(unread) and self.column is not None and not self.parts:
            # no segment has the column (no article has a source): no document has a
            # value, where asking for each raised IndexError one by one
            self.codes[unread] = self.NONE
        elif len(unread):
            which = np.searchsorted(self.starts, unread, side="right") - 1
            parts = self.parts  # none when no segment has the column
            for at in np.unique(which).tolist():
                here = unread[which == at]
                if parts and at < 0:
                    # before the first segment with the column (those without it are
                    # not listed): no value, where Whoosh's reader would wrap around
                    self.codes[here] = self.NONE
                    continue
                part = parts[at] if parts else None
                if part is not None:
                    self.codes[here] = part.codes_of(here - part.start, self._code)
                    continue
                for docnum in here.tolist():
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
