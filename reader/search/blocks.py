"""A term's postings written as Whoosh 3's postings writer writes them, a block at a
time (:func:`write_term`).

Writing a segment, Whoosh's ``W3PostingsWriter`` and ``W3FieldWriter`` spend some
twenty Python calls a term beside the work itself (pickling each block, compressing
it, the term's entry in the terms table): with 60,000 terms a segment and two
segments an import, that was half of what the index's writers did at a commit. Here
each term's blocks and statistics are made from its rows in one function, and the
bytes written are the same (tests compare whole segments written both ways).

Each block is compressed apart, and most are small (a term in a few articles: tens of
bytes): ``zlib.compress`` sets up a 32 kB window for each, which cost more than the
compression. :func:`compress` gives a small block a window just large enough for it:
deflate then makes the same stream (no match reaches back further than the block), and
the two header bytes are those of the 32 kB window, so the bytes are Whoosh's.
"""

from __future__ import annotations

import zlib
from array import array
from pickle import dumps
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import length_to_byte

# (document number, weight, encoded value) of one term in one document
Row = tuple[int, float, bytes | None]


def write_term(
    fieldwriter: Any, term: bytes, rows: list[Row], column: list[int | None] | None
) -> None:
    """What ``start_term(term)``, ``add(...)`` of each row and ``finish_term()`` of
    Whoosh's ``W3FieldWriter`` write, with each row's field length from ``column``
    (None: the field keeps no lengths)."""
    writer = fieldwriter._postwriter
    postfile = writer._postfile
    limit = writer._blocklimit
    comp = writer._compression
    fixed = fieldwriter._format.fixed_value_size()
    start = postfile.tell()
    info = W3TermInfo()
    count = len(rows)
    if count < writer._inlinelimit:  # Whoosh's default limit (1) never inlines
        raise ValueError("postings kept in the terms table are not written here")
    postfile.write(WHOOSH3_HEADER_MAGIC)
    for first in range(0, count, limit):
        block = rows[first : first + limit] if count > limit else rows
        ids = array("I", [row[0] for row in block])
        weights = array("f", [row[1] for row in block])
        heaviest = max(row[1] for row in block)
        maxweight = heaviest if heaviest > 0 else 0  # Whoosh's starts at int 0
        minlength = None
        maxlength = 0
        if column is not None:
            size = len(column)
            found = [length for row in block if row[0] < size and (length := column[row[0]])]
            if found:
                minlength, maxlength = min(found), max(found)
        # W3TermInfo.add_block
        info._weight += sum(weights)
        info._df += len(ids)
        if info._minlength is None:
            info._minlength = minlength
        else:
            info._minlength = min(info._minlength, minlength)
        info._maxlength = max(info._maxlength, maxlength)
        info._maxweight = max(info._maxweight, maxweight)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
        # W3PostingsWriter._write_block
        databytes = dumps((_gaps(ids), _weights(weights), _values(block, fixed)), 2)
        if comp:
            databytes = compress(databytes, comp)
        infobytes = dumps(
            (
                len(ids),
                ids[-1],
                maxweight,
                comp,
                length_to_byte(minlength),
                length_to_byte(maxlength),
            ),
            2,
        )
        length = len(infobytes) + len(databytes)
        if first + limit >= count:
            length = -length  # the last block
        postfile.write(pack_int(length))
        postfile.write(infobytes)
        postfile.write(databytes)
    writer._blockcount += (count + limit - 1) // limit
    info.set_extent(start, postfile.tell() - start)
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + term, info.to_bytes())


# deflate looks back at most its window less this many bytes (zlib's MIN_LOOKAHEAD)
_LOOKAHEAD = 262
_HEADERS: dict[int, bytes] = {}


def compress(data: bytes, level: int) -> bytes:
    """``zlib.compress(data, level)``, byte for byte, with the smallest window that
    holds ``data`` (its setup is most of the cost of compressing a few hundred bytes)."""
    bits = max(9, (len(data) + _LOOKAHEAD - 1).bit_length())
    if bits >= zlib.MAX_WBITS:
        return zlib.compress(data, level)
    header = _HEADERS.get(level)
    if header is None:
        header = _HEADERS[level] = zlib.compress(b"", level)[:2]
    return header + zlib.compress(data, level, wbits=bits)[2:]


def _gaps(ids: array[int]) -> tuple[int, ...]:
    """``delta_encode``: each document number less the one before."""
    before = 0
    gaps = []
    for docnum in ids:
        gaps.append(docnum - before)
        before = docnum
    return tuple(gaps)


def _weights(weights: array[float]) -> Any:
    """``W3PostingsWriter._mini_weights``."""
    if all(w == 1.0 for w in weights):
        return None
    if all(w == weights[0] for w in weights):
        return weights[0]
    return tuple(weights)


def _values(block: list[Row], fixed: int | None) -> Any:
    """``W3PostingsWriter._mini_values`` of the block's values (empty ones left out,
    as ``add_posting`` leaves them)."""
    values = [row[2] for row in block if row[2]]
    if fixed is None or fixed < 0:
        return tuple(values)
    if fixed == 0:
        return None
    return b"".join(values)
