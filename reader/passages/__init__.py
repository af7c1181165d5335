"""Passages that several articles share: syndicated or rewritten news repeats sentences
and quotes. Paragraphs are cut into sentences, each a set of word shingles sketched by
MinHash; LSH band keys find the candidates, the shingles' Jaccard decides, and a word
alignment marks the shared stretch and the words one outlet changed. No storage here: the
services layer keeps the keys and the links in the store."""

from reader.passages.align import Alignment, align
from reader.passages.units import ENGINE_VERSION, Unit, jaccard, units

__all__ = ["ENGINE_VERSION", "Alignment", "Unit", "align", "jaccard", "units"]
