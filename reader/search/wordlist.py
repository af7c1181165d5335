"""The words of a segment's articles as written, for spelling suggestions: a word list
kept beside the segment's postings rather than a field of them.

The suggestions ("did you mean", :mod:`reader.search.spelling`) only ask which words
the library holds and how many articles hold each. Indexed as a field, those words were
half of all the postings an import wrote (441,000 of 908,000 for the BBC corpus), each
pooled, sorted and written in blocks of their own. Here each segment gets one file
(``.spl``, inside the segment's compound file): its words in order with how many of its
articles hold each, then each article's words (their numbers in that list), which a
merge of segments needs to leave out the articles deleted.

The counts are what the field's term statistics were: a segment's articles deleted
still count until segments are merged (Whoosh's ``doc_frequency`` does the same), and
a merged segment counts only the articles it kept. :class:`LibraryWords` finds the
words within some edits of a typed one as Whoosh's readers did: one segment through a
Levenshtein automaton, several by Whoosh's Damerau–Levenshtein distance (its
``MultiReader``), so the suggestions are the ones the field gave.
"""

from __future__ import annotations

import struct
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton
from whoosh.reading import SegmentReader
from whoosh.support.levenshtein import distance

from reader.search.analysis import NAME_MARK
from reader.search.sounds import firsts, sounded

EXT = ".spl"
_MAGIC = b"LSPL1"
# words, counts, each article's first word number, the articles' word numbers: the
# lengths of their compressed bytes
_HEADER = struct.Struct("<5sIIII")
_LEVEL = 1  # zlib: the file is written once and read once a segment


class WordList:
    """The words of the articles a segment writer is given, by document number."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}  # word -> its number in the order first seen
        self._docs: list[array[int] | None] = []  # each document's word numbers

    def add(self, docnum: int, words: Iterable[str]) -> None:
        """Document ``docnum``'s distinct ``words``."""
        numbers = self._numbers
        distinct = words if isinstance(words, set) else set(words)
        for word in distinct.difference(numbers):
            numbers[word] = len(numbers)
        self._place(docnum, array("I", map(numbers.__getitem__, distinct)))

    def add_reader(self, reader: Any, basedoc: int) -> None:
        """The words of ``reader``'s articles not deleted, numbered from ``basedoc`` in
        their order (as ``SegmentWriter.add_reader`` numbers their stored fields)."""
        docnum = basedoc
        for leaf, _offset in reader.leaf_readers():
            stored = read_segment(leaf)
            for number in range(leaf.doc_count_all()):
                if leaf.is_deleted(number):
                    continue
                words = stored.doc_words(number) if stored is not None else ()
                self.add(docnum, words)
                docnum += 1

    def _place(self, docnum: int, ids: array[int]) -> None:
        docs = self._docs
        if docnum >= len(docs):
            docs.extend([None] * (docnum + 1 - len(docs)))
        docs[docnum] = ids

    def __bool__(self) -> bool:
        return bool(self._numbers)

    def write(self, segment: Any, storage: Any, doc_count: int) -> None:
        """The segment's ``.spl`` file, for its ``doc_count`` documents."""
        words = sorted(self._numbers, key=self._numbers.__getitem__)
        order = sorted(range(len(words)), key=words.__getitem__)
        renumber = array("I", bytes(4 * len(words)))
        for new, old in enumerate(order):
            renumber[old] = new
        counts = array("I", bytes(4 * len(words)))
        starts = array("I", [0])
        flat = array("I")
        for docnum in range(doc_count):
            ids = self._docs[docnum] if docnum < len(self._docs) else None
            if ids:
                new_ids = sorted(renumber[i] for i in ids)
                for i in new_ids:
                    counts[i] += 1
                flat.extend(new_ids)
            starts.append(len(flat))
        parts = [
            "\n".join(words[i] for i in order).encode("utf-8"),
            counts.tobytes(),
            starts.tobytes(),
            flat.tobytes(),
        ]
        packed = [zlib.compress(part, _LEVEL) for part in parts]
        f = segment.create_file(storage, EXT)
        try:
            f.write(_HEADER.pack(_MAGIC, *(len(p) for p in packed)))
            for part in packed:
                f.write(part)
        finally:
            f.close()


class SegmentWords:
    """A segment's ``.spl`` file read: its words (sorted) and how many articles hold
    each; each article's words read only when asked (a merge)."""

    def __init__(self, data: bytes) -> None:
        magic, *sizes = _HEADER.unpack_from(data)
        if magic != _MAGIC:
            raise ValueError("not a word list of this version")
        at = _HEADER.size
        self._parts: list[bytes] = []
        for size in sizes:
            self._parts.append(data[at : at + size])
            at += size
        text = zlib.decompress(self._parts[0]).decode("utf-8")
        self.words: list[str] = text.split("\n") if text else []
        self.counts = array("I")
        self.counts.frombytes(zlib.decompress(self._parts[1]))
        self._count: dict[str, int] | None = None
        self._sounds: dict[str, dict[str, list[str]]] = {}
        self._starts: array[int] | None = None
        self._flat: array[int] | None = None

    def count(self, word: str) -> int:
        """How many of the segment's articles hold ``word``."""
        if self._count is None:
            self._count = dict(zip(self.words, self.counts, strict=True))
        return self._count.get(word, 0)

    def sounding(self, bare: str) -> list[str]:
        """The segment's words whose sounds have the consonants ``bare``
        (reader.search.sounds), a first letter's table made at its first question."""
        found: list[str] = []
        for first in firsts(bare):
            table = self._sounds.get(first)
            if table is None:
                table = self._sounds[first] = {}
                words = self.words
                at = bisect_left(words, first)
                while at < len(words) and words[at].startswith(first):
                    if (made := sounded(words[at])) is not None:
                        table.setdefault(made[1], []).append(words[at])
                    at += 1
            found.extend(table.get(bare, ()))
        return found

    def doc_words(self, docnum: int) -> list[str]:
        if self._starts is None or self._flat is None:
            self._starts, self._flat = array("I"), array("I")
            self._starts.frombytes(zlib.decompress(self._parts[2]))
            self._flat.frombytes(zlib.decompress(self._parts[3]))
        if docnum + 1 >= len(self._starts):
            return []
        words = self.words
        return [words[i] for i in self._flat[self._starts[docnum] : self._starts[docnum + 1]]]


def read_segment(leaf: Any) -> SegmentWords | None:
    """The word list of one segment's reader (None: a segment written without one)."""
    if not isinstance(leaf, SegmentReader):
        return None  # an empty index's reader
    if hasattr(leaf, "_liseuse_words"):
        found: SegmentWords | None = leaf._liseuse_words
        return found
    segment, storage = leaf.segment(), leaf._storage
    name = segment.make_filename(EXT)
    words = None
    if storage.file_exists(name):
        f = storage.open_file(name)
        try:
            words = SegmentWords(bytes(f.read()))
        finally:
            f.close()
    leaf._liseuse_words = words
    return words


class LibraryWords:
    """Every segment's words of one index reader, and how many articles hold each
    (each segment's list read once, kept with its reader across searches)."""

    def __init__(self, reader: Any) -> None:
        leaves = [leaf for leaf, _offset in reader.leaf_readers()]
        # one segment: Whoosh's reader searched its terms with an automaton; several
        # (its MultiReader): every word of the first letters by edit distance
        self._automaton = len(leaves) == 1 and leaves[0] is reader
        self._segments = [s for s in (read_segment(leaf) for leaf in leaves) if s is not None]

    def frequency(self, word: str) -> int:
        """How many articles hold ``word`` (deleted ones until their segment merges)."""
        return sum(segment.count(word) for segment in self._segments)

    def starting(self, prefix: str) -> set[str]:
        """The library's words that start with ``prefix``."""
        found: set[str] = set()
        for segment in self._segments:
            words = segment.words
            at = bisect_left(words, prefix)
            while at < len(words) and words[at].startswith(prefix):
                found.add(words[at])
                at += 1
        return found

    def is_name(self, word: str, frequency: int | None = None) -> bool:
        """Whether most of the articles holding ``word`` write it as a name (with a
        capital inside their sentences, never in lower case): *Brown*, not *brain*. An
        article writing *Brown* only so lists ``brown`` and ``^brown``
        (reader.search.spelling.SpellingField.words); no word typed holds the mark (no
        letter nor digit), so no suggestion is ever such an entry."""
        if frequency is None:
            frequency = self.frequency(word)
        return 2 * self.frequency(NAME_MARK + word) > frequency > 0

    def sounding(self, bare: str) -> set[str]:
        """The library's words whose sounds have the consonants ``bare``."""
        return {w for segment in self._segments for w in segment.sounding(bare)}

    def within(self, text: str, maxdist: int, prefix: int = 0) -> Iterator[str]:
        """The words within ``maxdist`` edits of ``text`` sharing its first ``prefix``
        letters, as Whoosh's ``terms_within`` gave them."""
        if self._automaton:
            words = self._segments[0].words if self._segments else []
            dfa = levenshtein_automaton(text, maxdist, prefix).to_dfa()

            def first_from(key: str) -> str | None:
                at = bisect_left(words, key)
                return words[at] if at < len(words) else None

            yield from find_all_matches(dfa, first_from)
            return
        start = text[:prefix]
        found: set[str] = set()
        for segment in self._segments:
            words = segment.words
            at = bisect_left(words, start)
            while at < len(words) and words[at].startswith(start):
                found.add(words[at])
                at += 1
        for word in sorted(found):
            if distance(word, text, limit=maxdist) <= maxdist:
                yield word


def library_words(reader: Any) -> LibraryWords:
    """The words of ``reader``'s index, read once a reader."""
    found: LibraryWords | None = getattr(reader, "_liseuse_library_words", None)
    if found is None:
        found = LibraryWords(reader)
        reader._liseuse_library_words = found
    return found
