"""The passes read on arrays (reader.search.arrays) find, score and order what Whoosh's
own matchers do, on an index of two segments with replaced articles (deletions), for
queries as people type them: words, phrases, fields, exclusions, wildcards, typos,
accents and French."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from whoosh.query.spans import Span, bisect_spans

from reader.search import arrays, expansions
from reader.search.arrays import doc_ids, matching, ranked
from reader.search.document import IndexDoc
from reader.search.index import SearchIndex
from reader.search.query import parse
from tests.conftest import corpus

QUERIES = (
    "prime minister",
    '"prime minister"',
    '"tony blair" election',
    '"the general election"',
    '"prime minister"~3 tax',
    "tax -labour",
    "blair AND brown",
    "Blair and Brown",
    "title:election",
    "minist*",
    "elecion~1",
    "économie britannique",
    "électeurs",
    "Gordon OR Howard",
)


def _docs(folder: Path, start: int, count: int) -> list[IndexDoc]:
    docs = []
    for n, path in enumerate(sorted(folder.glob("*.txt"))[start : start + count]):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(f"{folder.name}-{start + n}", 1, "en", title.strip(), body))
    return docs


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    bbc = corpus("en-bbc-news-2225", "bbc") / "politics"
    made = SearchIndex(tmp_path_factory.mktemp("arrays") / "index")
    made.rebuild(_docs(bbc, 0, 50))
    # a second segment; five articles of the first replaced (deleted there)
    replaced = [
        IndexDoc(d.id, 2, d.lang, d.title, d.body + " Brown said so.") for d in _docs(bbc, 0, 5)
    ]
    made.update(_docs(bbc, 50, 30) + replaced)
    yield made
    made.close()


def test_the_index_has_two_segments_and_deletions(index: Any) -> None:
    searcher = index._searcher()
    assert len(searcher.leaf_searchers()) == 2
    assert searcher.reader().has_deletions()


@pytest.mark.parametrize("text", QUERIES)
def test_every_match_is_the_one_whoosh_lists(index: Any, text: str) -> None:
    searcher = index._searcher()
    made = parse(index._parser, text)
    assert doc_ids(searcher, made).tolist() == list(searcher.docs_for_query(made))


@pytest.mark.parametrize("text", QUERIES)
def test_the_ranking_and_scores_are_whooshs(index: Any, text: str) -> None:
    searcher = index._searcher()
    made = parse(index._parser, text)
    theirs = [
        (h.score, h.docnum, set(h.matched_terms()))
        for h in searcher.search(made, limit=15, terms=True)
    ]
    ours = [(h.score, h.docnum, set(h.matched_terms())) for h in ranked(searcher, made, 15)]
    assert [(s, d) for s, d, _ in ours] == [(s, d) for s, d, _ in theirs]
    for (_s, _d, mine), (_s2, _d2, whooshs) in zip(ours, theirs, strict=True):
        # Whoosh also names a phrase's word where the phrase itself is absent
        assert mine and mine <= whooshs
    if '"' not in text:
        assert [t for _s, _d, t in ours] == [t for _s, _d, t in theirs]


def test_a_filter_keeps_the_ranking_of_the_documents_it_allows(index: Any) -> None:
    searcher = index._searcher()
    made = parse(index._parser, "election")
    allowed = set(list(searcher.docs_for_query(made))[::2])
    theirs = [(h.score, h.docnum) for h in searcher.search(made, limit=10, filter=allowed)]
    ours = [(h.score, h.docnum) for h in ranked(searcher, made, 10, allow=allowed)]
    assert ours == theirs


@pytest.mark.parametrize("text", ['"prime minister"', "prime minister", '"general election" tax'])
def test_a_query_tested_on_some_documents_only(index: Any, text: str) -> None:
    """Each of the wanted documents is found and scored as Whoosh's matcher skipping from
    one to the next finds it, phrases included (their positions compared there only)."""
    searcher = index._searcher()
    made = parse(index._parser, text)
    wanted = sorted(set(searcher.docs_for_query(parse(index._parser, "minister OR election"))))[::2]
    expected = {}
    for sub, offset in searcher.leaf_searchers():
        matcher = made.matcher(sub, sub.context(needs_current=True, weighting=sub.weighting))
        for docnum in wanted:
            local = docnum - offset
            if not 0 <= local < sub.doc_count_all() or not matcher.is_active():
                continue
            if matcher.id() < local:
                matcher.skip_to(local)
            if matcher.is_active() and matcher.id() == local:
                expected[docnum] = matcher.score()
    assert expected  # the test looks at some matches
    assert dict(matching(searcher, made, wanted, scored=True)) == expected
    assert set(dict(matching(searcher, made, wanted, scored=False))) == set(expected)


@pytest.mark.parametrize("text", ['"prime minister"', '"the general election"~2'])
def test_a_phrase_is_told_from_the_positions_kept_in_arrays(
    index: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase's positions are read from the term's blocks, kept, instead of by
    Whoosh's matcher, in the segment with deleted articles too (its words filtered):
    the same articles, the same scores."""
    read: list[Any] = []
    original = arrays.positions

    def counted(*args: Any) -> Any:
        read.append(args[1])  # the segment
        return original(*args)

    def stepped(*args: Any) -> Any:
        raise AssertionError("a phrase of plain words stepped by Whoosh")

    monkeypatch.setattr(arrays, "positions", counted)
    monkeypatch.setattr(arrays._Evaluator, "_stepped_spans", stepped)
    searcher = index._searcher()
    made = parse(index._parser, text)
    theirs = [(h.score, h.docnum) for h in searcher.search(made, limit=30)]
    ours = [(h.score, h.docnum) for h in ranked(searcher, made, 30)]
    assert ours == theirs and ours
    assert doc_ids(searcher, made).tolist() == list(searcher.docs_for_query(made))
    assert read  # the positions came from the arrays
    assert any(segment.reader.has_deletions() for segment in read)  # that one too


@pytest.mark.parametrize(("word", "distance", "prefix"), [("elecion", 1, 1), ("minster", 2, 0)])
def test_fuzzy_words_are_whooshs_and_kept_per_segment(
    index: Any, word: str, distance: int, prefix: int
) -> None:
    """A fuzzy word's expansion in each segment is the list Whoosh's automaton gives,
    in its order, and is walked once per segment, not at each use."""
    assert expansions.installed()
    searcher = index._searcher()
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        whooshs = list(expansions._WHOOSHS(reader, "body_en", word, distance, prefix))
        assert whooshs  # the misspelling is near words of the articles
        assert list(reader.terms_within("body_en", word, distance, prefix)) == whooshs
        assert list(reader.terms_within("body_en", word, distance, prefix)) == whooshs
        assert reader._liseuse_within[("body_en", word, distance, prefix)] == tuple(whooshs)


def _whooshs_spans(spans: list[list[Span]], slop: int, ordered: bool, mindist: int) -> bool:
    """``SpanNear2Matcher._get_spans`` on Whoosh's own spans, step by step."""
    aspans = spans[0]
    i = 1
    while i < len(spans) and aspans:
        bspans = spans[i]
        found = set()
        for aspan in aspans:
            start = aspan.start if ordered else max(0, aspan.start - slop)
            j = bisect_spans(bspans, start)
            while j < len(bspans):
                bspan = bspans[j]
                j += 1
                if bspan.end < aspan.start - slop or (ordered and aspan.start > bspan.start):
                    continue
                if bspan.start > aspan.end + slop:
                    break
                if mindist <= aspan.distance_to(bspan) <= slop:
                    found.add(aspan.to(bspan))
        aspans = sorted(found)
        i += 1
    return i == len(spans) and bool(aspans)


def test_words_near_one_another_as_whooshs_spans_tell() -> None:
    """Whether a document's words stand near one another, told from their positions,
    is what Whoosh's phrase matcher tells from its spans: ordered or not, any slop, two
    to five words, positions close together and apart."""
    rng = random.Random(5)
    agreed = found = 0
    for _ in range(3000):
        count = rng.randint(2, 5)
        width = rng.choice((6, 12, 40))
        words = [sorted(rng.sample(range(width), rng.randint(1, 4))) for _ in range(count)]
        slop, ordered, mindist = rng.choice((1, 2, 3, 5)), rng.random() < 0.7, rng.choice((0, 1))
        theirs = _whooshs_spans([[Span(p) for p in w] for w in words], slop, ordered, mindist)
        ours = arrays._near_spans(lambda i, w=words: tuple(w[i]), count, slop, ordered, mindist)
        agreed += ours == theirs
        found += theirs
    assert agreed == 3000
    assert 300 < found < 2700  # both answers are asked for often
