"""Anchoring: an annotation is found again after the text changes, or orphaned — never
lost. Edits are generated on the bundled articles and on Hypothesis' fixtures."""

from __future__ import annotations

import json
import random
from html.parser import HTMLParser

import pytest

from reader.core.anchoring import AnchorStatus, anchor, describe
from tests.conftest import SEEDS, corpus

SEED = (sorted(SEEDS.glob("000_*.txt"))[0]).read_text(encoding="utf-8")


def quotes(text: str, n: int = 25, seed: int = 7) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    spans = []
    while len(spans) < n:
        start = rng.randrange(0, len(text) - 80)
        start = text.find(" ", start) + 1
        end = text.find(" ", start + rng.randrange(8, 60))
        if 0 < start < end and "\n" not in text[start:end]:
            spans.append((start, end))
    return spans


def find(text: str, start: int, end: int, original: str):
    return anchor(text, start, end, describe(original, start, end))


@pytest.mark.parametrize("span", quotes(SEED))
def test_unchanged_text_anchors_in_place(span) -> None:
    a = find(SEED, *span, SEED)
    assert (a.start, a.end, a.status) == (*span, AnchorStatus.ANCHORED)


@pytest.mark.parametrize("span", quotes(SEED))
def test_insertions_and_deletions_before_move_it(span) -> None:
    start, end = span
    inserted = "Un nouveau paragraphe inséré au début.\n\n" + SEED
    a = find(inserted, start, end, SEED)
    assert inserted[a.start : a.end] == SEED[start:end]
    assert a.status is AnchorStatus.MOVED
    cut = SEED[: start // 2] + SEED[start // 2 + 5 :]
    b = find(cut, start, end, SEED)
    assert cut[b.start : b.end] == SEED[start:end]


@pytest.mark.parametrize("span", quotes(SEED, n=15))
def test_a_word_changed_inside_is_found_approximately(span) -> None:
    start, end = span
    quote = SEED[start:end]
    middle = start + len(quote) // 2
    edited = SEED[:middle] + "X" + SEED[middle + 1 :]
    a = find(edited, start, end, SEED)
    assert a.status is not AnchorStatus.ORPHANED
    assert abs(a.start - start) <= 2 and abs(a.end - end) <= 2


def test_moved_paragraph() -> None:
    paragraphs = SEED.split("\n\n")
    quote = paragraphs[3][10:60]
    start = SEED.index(quote)
    moved = "\n\n".join([paragraphs[3], *paragraphs[:3], *paragraphs[4:]])
    a = find(moved, start, start + len(quote), SEED)
    assert moved[a.start : a.end] == quote and a.status is AnchorStatus.MOVED


def test_duplicated_quote_prefers_its_context() -> None:
    text = "Alpha dit oui. Beta dit oui. Gamma dit oui."
    start = text.index("dit oui", text.index("Beta"))
    quote = describe(text, start, start + 7)
    shifted = "Préambule. " + text
    a = anchor(shifted, start, start + 7, quote)
    assert shifted[a.start - 5 : a.start] == "Beta "


def test_deleted_quote_is_orphaned_not_lost() -> None:
    quote = "réserve stratégique de puces"
    start = SEED.index(quote)
    gone = SEED.replace(quote, "")
    a = find(gone, start, start + len(quote), SEED)
    assert a.status is AnchorStatus.ORPHANED


def test_non_bmp_characters_around_the_quote() -> None:
    text = "😀 Avant 🚀 le mot Huawei 𝔘 puis la suite."
    start = text.index("Huawei")
    edited = "🎉🎉 " + text.replace("Avant", "Avant-hier")
    a = anchor(edited, start, start + 6, describe(text, start, start + 6))
    assert edited[a.start : a.end] == "Huawei"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.in_body = False

    def handle_starttag(self, tag, attrs) -> None:
        self.in_body = self.in_body or tag == "body"

    def handle_data(self, data) -> None:
        if self.in_body:
            self.parts.append(data)


def test_hypothesis_fixture_annotations_anchor_and_survive_edits() -> None:
    folder = corpus(
        "hypothesis-anchoring", "src", "annotator", "anchoring", "test", "html-baselines"
    )
    parser = _Text()
    parser.feed((folder / "wikipedia-regression-testing.html").read_text(encoding="utf-8"))
    text = "".join(parser.parts)
    rows = json.loads((folder / "wikipedia-regression-testing.json").read_text(encoding="utf-8"))[
        "rows"
    ]
    assert len(rows) == 5
    for row in rows:
        selectors = {s["type"]: s for s in row["target"][0]["selector"]}
        position, quote = selectors["TextPositionSelector"], selectors["TextQuoteSelector"]
        from reader.core.anchoring import TextQuote

        q = TextQuote(quote["exact"], quote["prefix"], quote["suffix"])
        found = anchor(text, position["start"], position["end"], q)
        assert text[found.start : found.end] == quote["exact"]
        edited = text[:100] + "INSERTED TEXT " * 3 + text[100:]
        again = anchor(edited, position["start"], position["end"], q)
        assert edited[again.start : again.end] == quote["exact"]


# Choices a reader would make, on BBC articles: the quote's own context decides, never its
# position alone; when the context is gone, the annotation is orphaned rather than guessed.


def bbc(limit: int = 120) -> list[str]:
    folder = corpus("en-bbc-news-2225", "bbc")
    files = sorted(folder.glob("*/*.txt"))[:limit]
    return [f.read_text(encoding="latin-1") for f in files]


def test_a_one_character_highlight_follows_its_context_not_its_place() -> None:
    """A highlighted "9": text inserted before it puts another "9" at its old offset."""
    import re

    tried = 0
    for text in bbc():
        m = re.search(r" (\d) ", text[40:])
        if m is None:
            continue
        p = 40 + m.start(1)
        insert = f"Updated on {m[1]} March. "
        q = p - insert.index(m[1])  # the inserted digit lands on the old offset
        edited = text[:q] + insert + text[q:]
        assert edited[p] == m[1]
        a = find(edited, p, p + 1, text)
        assert (a.start, a.status) == (p + len(insert), AnchorStatus.MOVED), text[:60]
        tried += 1
    assert tried >= 3


def _repeated_phrase(text: str) -> tuple[int, int] | None:
    """A short phrase (two or three words) standing twice in ``text``: its second place."""
    import re

    words = [m for m in re.finditer(r"[A-Za-z]+", text)]
    for n in (3, 2):
        for i in range(len(words) - n):
            start, end = words[i].start(), words[i + n - 1].end()
            phrase = text[start:end]
            if len(phrase) < 12 or "\n" in phrase:
                continue
            first = text.find(phrase)
            if first != start and first >= 0:
                return start, end
    return None


def test_a_deleted_short_passage_is_orphaned_not_moved_to_the_same_words_elsewhere() -> None:
    tried = 0
    for text in bbc():
        span = _repeated_phrase(text)
        if span is None:
            continue
        start, end = span
        # the sentence holding the highlight is deleted
        left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        right = min(x for x in (text.find(". ", end), text.find("\n", end)) if x >= 0) + 1
        edited = text[:left] + text[right:]
        if text[start:end] in edited[max(0, left - 40) : left + 40]:
            continue  # the same words stand right there: not a clear case
        a = find(edited, start, end, text)
        assert a.status is AnchorStatus.ORPHANED, (
            text[start:end],
            edited[a.start - 30 : a.end + 30],
        )
        tried += 1
    assert tried >= 20


def test_a_shorter_number_does_not_swallow_the_full_stop() -> None:
    """ "400 families." → "40 families.": the highlight ends before the full stop."""
    import re

    tried = 0
    for text in bbc():
        for m in re.finditer(r"\b(\d{3,}) ([a-z]+)\.", text):
            start, end = m.start(), m.end() - 1
            edited = text[: m.start(1) + len(m[1]) - 1] + text[m.end(1) :]
            a = find(edited, start, end, text)
            assert edited[a.start : a.end] == f"{m[1][:-1]} {m[2]}", edited[a.start : a.end + 5]
            assert a.status is AnchorStatus.MOVED
            tried += 1
    assert tried >= 5


def test_one_word_changed_inside_a_short_highlight_keeps_it() -> None:
    """Three words highlighted, the middle one replaced by another word."""
    import re

    tried = 0
    for text in bbc(40):
        for m in re.finditer(r"\b([a-z]{3,8}) ([a-z]{4,9}) ([a-z]{3,8})\b", text):
            if tried >= 60:
                break
            if text.count(m[0]) > 1 or m.start() < 40:
                continue
            edited = text[: m.start(2)] + "unexpected" + text[m.end(2) :]
            a = find(edited, m.start(), m.end(), text)
            assert a.status is AnchorStatus.MOVED, m[0]
            assert edited[a.start : a.end] == f"{m[1]} unexpected {m[3]}"
            tried += 1
    assert tried >= 30
