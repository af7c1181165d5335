"""Articles in the words typed rank before those found through an alternative only; which
of the ranked articles hold the typed words is read by skipping from one to the next in
each segment's matcher. It must agree with listing every match, on real articles, in an
index of several segments (deleted articles included)."""

from __future__ import annotations

import random
from pathlib import Path

from reader.search import IndexDoc, SearchIndex
from reader.search.passes import among
from reader.search.query import parse
from tests.conftest import corpus

QUERIES = [
    "economy",
    "bank england",
    '"interest rates"',
    "growth OR inflation",
    "shares -oil",
    "prime minister",
    '"prime minister" OR chancellor',
    "title:economy",
    "growth inflation jobs",
]


def test_skipping_matches_agrees_with_listing_every_match(tmp_path: Path) -> None:
    bbc = corpus("en-bbc-news-2225", "bbc") / "business"
    files = sorted(bbc.glob("*.txt"))[:150]
    docs = []
    for n, path in enumerate(files):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(str(n), 1, "en", title.strip(), body))
    index = SearchIndex(tmp_path / "index")
    index.rebuild(docs[:50])
    index.update(docs[50:100], [])  # a second segment
    index.update(docs[100:], [d.id for d in docs[10:20]])  # a third, ten deleted
    searcher = index._searcher()
    assert len(searcher.leaf_searchers()) >= 2
    reader = searcher.reader()
    live = [d for d in range(searcher.doc_count_all()) if not reader.is_deleted(d)]
    assert len(live) == 140
    rng = random.Random(7)
    for text in QUERIES:
        made = parse(index._parser, text)
        listed = set(searcher.docs_for_query(made))
        assert listed, text
        assert among(searcher, made, live) == listed, text
        some = rng.sample(live, 40)
        assert among(searcher, made, some) == listed & set(some), text


def test_a_search_never_counts_its_ranked_results_again(tmp_path: Path, monkeypatch) -> None:
    """Whoosh answers ``len()`` of a ranked result by running the whole query again
    unscored (a second of work at 50,000 articles); list() asks for it as a length hint.
    Totals come from the strict pass: a search, relaxed or not, never asks."""
    from whoosh.searching import Results

    def counted(self) -> int:
        raise AssertionError("the ranked results were counted again")

    bbc = corpus("en-bbc-news-2225", "bbc") / "politics"
    docs = []
    for n, path in enumerate(sorted(bbc.glob("*.txt"))[:60]):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(str(n), 1, "en", title.strip(), body))
    index = SearchIndex(tmp_path / "index")
    index.rebuild(docs)
    monkeypatch.setattr(Results, "__len__", counted)
    for text in ("prime minister", "Blair and Brown election", "tory tax plans zzz", "labour"):
        found = index.search(text, alternatives={"labour": ("travailliste",)}, limit=20)
        assert found.matches, text


def test_an_alternative_of_several_words_ranks_where_they_stand_together(
    tmp_path: Path,
) -> None:
    """ "premier ministre" → "prime minister": the articles with the words together come
    first; one with both words apart is still found, after them."""
    texts = [
        "The cabinet met and the minister said the prime concern was money.",
        "Talks went on. The prime minister said the budget would pass.",
        "A minister of state visited the region.",
    ]
    docs = [IndexDoc(str(n), 1, "en", f"Report {n}", text) for n, text in enumerate(texts)]
    index = SearchIndex(tmp_path / "index")
    index.rebuild(docs)
    found = index.search(
        "premier ministre", alternatives={"premier ministre": ("prime minister",)}, limit=10
    )
    assert [m.id for m in found.matches] == ["1", "0"]
    assert found.total == 2
