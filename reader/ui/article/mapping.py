"""Canonical offsets ↔ positions in the reader's QTextDocument.

The canonical text counts Python code points; Qt counts UTF-16 code units, and each
rendered block starts at its own document position (the reader adds blocks of its own,
such as a meta line, and drops the line breaks between blocks). Entities, search hits
and annotations all paint through this one mapping; a character outside the BMP (an
emoji) counts two positions in Qt and one offset here.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass


def utf16_len(text: str) -> int:
    """Qt's length of ``text`` (UTF-16 code units), counted in C: a Python loop over
    every character before each mark was a tenth of a restart's first paint."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Qt's position of each Python offset into ``text`` (a document's raw text): the
    offset plus the characters outside the BMP (two positions each in Qt) before it,
    counted by bisection over where they stand — not by encoding the text up to each
    offset, which took seconds a letter typed in a long article holding an emoji."""
    wide = [at for at, char in enumerate(text) if ord(char) >= 0x10000]
    if not wide:
        return lambda offset: offset
    return lambda offset: offset + bisect.bisect_left(wide, offset)


@dataclass(frozen=True)
class Placement:
    """A canonical block ``text[start:end]`` rendered from document ``position`` on."""

    start: int
    end: int
    position: int


class OffsetMap:
    def __init__(self, text: str, placements: list[Placement]) -> None:
        self._text = text
        self._blocks = sorted(placements, key=lambda p: p.start)
        self._starts = [p.start for p in self._blocks]
        self._positions = [p.position for p in self._blocks]

    @property
    def placements(self) -> list[Placement]:
        return list(self._blocks)

    def to_document(self, offset: int) -> int:
        """The document position of canonical ``offset``; an offset between blocks (a
        line break) maps to the start of the next block."""
        if not self._blocks:
            return 0
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self._blocks[0].position
        block = self._blocks[i]
        if offset > block.end:
            if i + 1 < len(self._blocks):
                return self._blocks[i + 1].position
            offset = block.end
        return block.position + utf16_len(self._text[block.start : offset])

    def range_to_document(self, start: int, end: int) -> tuple[int, int]:
        return self.to_document(start), self.to_document(end)

    def to_canonical(self, position: int) -> int | None:
        """The canonical offset of a document position, or None for the reader's own
        blocks (title line it made up, meta line, fold controls)."""
        i = bisect.bisect_right(self._positions, position) - 1
        if i < 0:
            return None
        block = self._blocks[i]
        units = position - block.position
        offset = block.start
        while units > 0 and offset < block.end:
            units -= 2 if ord(self._text[offset]) > 0xFFFF else 1
            offset += 1
        if units > 0:
            return None  # past the end of the block: one of the reader's own blocks
        return offset
