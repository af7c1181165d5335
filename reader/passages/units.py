"""Sentences of an article's paragraphs, as sets of word shingles with their LSH keys.

A sentence, not a paragraph, is what is compared: outlets merge, split and extend
paragraphs (a BBC story filed again joins two paragraphs into one), but keep sentences.
Words are compared folded (case, accents) so that a re-typed accent or capital does not
hide a copy; three-word shingles keep word order without making one changed word count
for more than three shingles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from reader.core.model import Article, SpanKind

# Bump when anything below changes what a unit, a shingle or a key is: every article is
# then done again in the background.
ENGINE_VERSION = "1"
SHINGLE = 3  # words per shingle
MIN_WORDS = 6  # a shorter sentence joins the next one (or, last, the one before)
THRESHOLD = 0.5  # shingle Jaccard from which two sentences are the same passage
NUM_PERM = 64  # MinHash permutations
SEED = 1
SCHEME = "affine32"  # datasketch 2.0's default permutation scheme, named so the keys stay stable
# the blocks that carry passages: titles and page furniture are not passages
PASSAGE_KINDS = frozenset({SpanKind.LEAD, SpanKind.PARAGRAPH, SpanKind.QUOTE})

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+")


@dataclass(frozen=True)
class Unit:
    """One sentence (or a few short ones) of a paragraph."""

    index: int  # its order in the article
    block: tuple[int, int]  # the paragraph it is in (canonical offsets)
    start: int
    end: int
    shingles: frozenset[str]


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word as compared: accents dropped, case folded (cached: words recur)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    return [fold(m.group()) for m in _WORD.finditer(text)]


def shingles(text: str) -> frozenset[str]:
    ws = words(text)
    if len(ws) < SHINGLE:
        return frozenset([" ".join(ws)]) if ws else frozenset()
    return frozenset(" ".join(ws[i : i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        yield pos, m.end()
        pos = m.end()
    if pos < end:
        yield pos, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def units(article: Article) -> list[Unit]:
    """The article's units, in text order."""
    text = article.text
    found: list[Unit] = []
    for block in article.blocks():
        if block.kind not in PASSAGE_KINDS:
            continue
        spans: list[tuple[int, int]] = []
        pending: tuple[int, int] | None = None
        for s, e in _sentences(text, block.start, block.end):
            pending = (pending[0], e) if pending else (s, e)
            if len(_WORD.findall(text, pending[0], pending[1])) >= MIN_WORDS:
                spans.append(pending)
                pending = None
        if pending is not None:
            if spans:
                spans[-1] = (spans[-1][0], pending[1])
            elif len(_WORD.findall(text, pending[0], pending[1])) >= MIN_WORDS:
                spans.append(pending)
        for s, e in spans:
            s, e = _trimmed(text, s, e)
            found.append(Unit(len(found), (block.start, block.end), s, e, shingles(text[s:e])))
    return found


@cache
def _permutations() -> object:
    """The MinHash permutations, drawn once (datasketch draws them anew for every
    sketch otherwise, which costs more than hashing the shingles)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


@cache
def _bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH picks for THRESHOLD: the fewest false
    positives and negatives, weighed alike."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def keys(shingle_set: frozenset[str]) -> list[int]:
    """The LSH keys of a unit: one per band of its MinHash. Two units with a key in
    common are candidates; units at Jaccard THRESHOLD share one with probability ~0.5,
    at 0.8 with probability ~1."""
    from datasketch import MinHash

    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    sketch.update_batch([s.encode() for s in sorted(shingle_set)])
    values = sketch.hashvalues
    bands, rows = _bands()
    out = []
    for band in range(bands):
        digest = hashlib.blake2b(
            band.to_bytes(2, "little") + values[band * rows : (band + 1) * rows].tobytes(),
            digest_size=8,
        ).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out
