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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

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
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The MinHash permutations (``a``, ``b``: uint32, one per permutation), drawn once
    as datasketch draws them for NUM_PERM, SEED and SCHEME, so that the keys stored by
    an earlier version stay valid."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


@cache
def _bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH picks for THRESHOLD: the fewest false
    positives and negatives, weighed alike."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer on uint32s: datasketch's pre-mix for its affine32 scheme."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = values ^ (values >> np.uint32(16))
    return mixed


def sketches(shingle_sets: Sequence[frozenset[str]]) -> np.ndarray:
    """The MinHash of each set (one row of NUM_PERM uint32s), all sets at once: what
    datasketch's ``MinHash.update_batch`` computes (SHA-1's first four bytes, pre-mixed,
    the affine permutations, the least), in a few array operations for a whole article
    instead of a sketch object and a dozen numpy calls per sentence."""
    a, b = _permutations()
    out = np.full((len(shingle_sets), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    hashes: list[int] = []
    starts: list[int] = []
    filled: list[int] = []
    for row, shingle_set in enumerate(shingle_sets):
        if shingle_set:
            filled.append(row)
            starts.append(len(hashes))
            hashes.extend(
                int.from_bytes(hashlib.sha1(s.encode()).digest()[:4], "little") for s in shingle_set
            )
    if hashes:
        mixed = _fmix32(np.array(hashes, dtype=np.uint32))[:, None]
        with np.errstate(over="ignore"):
            permuted = mixed * a + b  # wraps modulo 2**32, as the scheme means
        out[filled] = np.minimum.reduceat(permuted, starts, axis=0)
    return out


def unit_keys(found: Sequence[Unit]) -> list[tuple[int, int]]:
    """``(key, unit index)`` for every LSH key of ``found``: one key per band of each
    unit's MinHash. Two units with a key in common are candidates; units at Jaccard
    THRESHOLD share one with probability ~0.5, at 0.8 with probability ~1."""
    bands, rows = _bands()
    width = rows * 4  # bytes of a band's uint32s
    prefixes = [band.to_bytes(2, "little") for band in range(bands)]
    out = []
    for unit, row in zip(found, sketches([u.shingles for u in found]), strict=True):
        raw = row.tobytes()
        for band, prefix in enumerate(prefixes):
            digest = hashlib.blake2b(
                prefix + raw[band * width : (band + 1) * width], digest_size=8
            ).digest()
            out.append((int.from_bytes(digest, "little", signed=True), unit.index))
    return out
