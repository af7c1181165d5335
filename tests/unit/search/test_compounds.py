"""Compound words as people type them: hyphenated (``US-China``, ``UK-based``), with
another dash, split into words, or the other way round (``China-US``) — over real BBC
articles. The articles that hold the compound as written rank first; when fewer than a
handful do, those holding its words near one another, in either order, follow.

Which article holds what was read off the texts with grep (``US-China`` is only in
business/427; "the US and China" in business/256, "US's deficit with China" in
business/440; business/429 and 437 name both far apart, 437 "us" in lower case;
business/420 says "China" but never "us"; ``UK-based`` in business/111, business/409
and tech/032; business/036 says "UK" and "based" far apart), not off the search's
output."""

from __future__ import annotations

import pytest

from reader.search import IndexDoc, SearchIndex
from tests.conftest import corpus

ARTICLES = (
    "business/036",  # UK … foreign-based firms: "UK" and "based" far apart
    "business/111",  # UK-based
    "business/409",  # UK-based
    "business/256",  # Slowdowns in the US and China
    "business/420",  # China, not US
    "business/427",  # US-China Economic and Security Review Commission
    "business/429",  # US and China far apart
    "business/437",  # China, and "us" in lower case (case does not count)
    "business/440",  # the US's deficit with China
    "tech/032",  # UK-based
)
UK_BASED = {"business/111", "business/409", "tech/032"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    bbc = corpus("en-bbc-news-2225", "bbc")
    docs = []
    for key in ARTICLES:
        title, _, body = (bbc / f"{key}.txt").read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(key, 1, "en", title.strip(), body))
    # a French article with a compound of its own (Wikinews writes "anti-américaine")
    docs.append(
        IndexDoc("fr", 1, "fr", "Manifestation", "Une manifestation anti-américaine à Paris.")
    )
    made = SearchIndex(tmp_path_factory.mktemp("compounds") / "index")
    made.rebuild(docs)
    yield made
    made.close()


def ids(index: SearchIndex, text: str) -> list[str]:
    return [m.id for m in index.search(text, limit=20).matches]


@pytest.mark.parametrize("query", ["US-China", "us-china", "US–China", "US‑China", '"US-China"'])
def test_a_compound_finds_the_article_that_writes_it_first(index, query: str) -> None:
    assert ids(index, query)[0] == "business/427"


def test_a_compound_typed_as_two_words_finds_it(index) -> None:
    found = ids(index, "US China")
    # both words first, China without the US after them
    both = {"business/256", "business/427", "business/429", "business/437", "business/440"}
    assert set(found[:5]) == both
    assert "business/420" in found[5:]


def test_a_compound_in_the_other_order_finds_its_words_near(index) -> None:
    found = index.search("China-US", limit=20)
    listed = [m.id for m in found.matches]
    # no article writes "China-US": those with both words near one another, in either
    # order; not those naming both far apart, nor those with one only
    assert set(listed) == {"business/256", "business/427", "business/440"}
    assert found.relaxed == ("China-US",)  # the window says they lack it as written


def test_words_far_apart_are_not_the_compound(index) -> None:
    found = index.search("UK-based", limit=20)
    assert {m.id for m in found.matches} == UK_BASED  # not business/036
    assert found.strict_total == 3


@pytest.mark.parametrize("query", ["UK based", "uk based", "UK–based"])
def test_a_compound_split_or_with_another_dash(index, query: str) -> None:
    assert set(ids(index, query)[:3]) == UK_BASED


def test_words_apart_are_marked_in_their_article(index) -> None:
    found = index.search("China-US", limit=20)
    for key in ("business/256", "business/440"):  # "the US and China", "US's … China"
        match = next(m for m in found.matches if m.id == key)
        assert {"china", "us"} <= set(match.terms)


def test_a_quoted_compound_stays_strict(index) -> None:
    assert ids(index, '"China-US"') == []
    assert set(ids(index, '"UK-based"')) == UK_BASED


@pytest.mark.parametrize("query", ["anti-américaine", "anti-americaine", "ANTI-AMÉRICAINE"])
def test_a_french_compound_with_or_without_accents(index, query: str) -> None:
    assert ids(index, query) == ["fr"]


@pytest.mark.parametrize(
    ("query", "apart"),
    [("e-mail", False), ("pointe-a-calliere", True), ("sans-abri", False), ("Sino-US", True)],
)
def test_which_compounds_are_searched_apart(index, query: str, apart: bool) -> None:
    # a letter alone or a function word ("sans") is no word to require
    from reader.search.plan import make_plan

    plan = make_plan(index._parser, query)
    assert (plan.clauses[0].apart is not None) is apart


@pytest.fixture(scope="module")
def joined(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """``tech/072`` and ``business/464`` write *eBay*; ``sport/156``, ``210`` and ``361``
    *re-sign*; ``business/037`` and ``155`` *resign* (or *resigns*, *resigned*);
    ``tech/001`` and ``tech/002`` none of them (grep)."""
    bbc = corpus("en-bbc-news-2225", "bbc")
    docs = []
    keys = ("tech/072", "business/464", "sport/156", "sport/210", "sport/361")
    for key in (*keys, "business/037", "business/155", "tech/001", "tech/002"):
        title, _, body = (bbc / f"{key}.txt").read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(key, 1, "en", title.strip(), body))
    made = SearchIndex(tmp_path_factory.mktemp("joined"))
    made.rebuild(docs)
    yield made
    made.close()


@pytest.mark.parametrize("typed", ["e-bay", "E-Bay", "e‑bay"])
def test_a_word_no_article_writes_with_a_hyphen_is_searched_as_one(
    joined: SearchIndex, typed: str
) -> None:
    """``e-bay``: no article writes it so, two write *eBay*; the search says it also
    searched *ebay*."""
    outcome = joined.search(typed, limit=20)
    assert {m.id for m in outcome.matches} == {"tech/072", "business/464"}
    assert {w.lower().replace("‑", "-"): a for w, a in outcome.alternatives.items()} == {
        "e-bay": ("ebay",)
    }


def test_a_word_some_article_writes_with_a_hyphen_stays_as_typed(joined: SearchIndex) -> None:
    """``re-sign`` (a contract) is not *resign*: only the three that write it."""
    outcome = joined.search("re-sign", limit=20)
    assert {m.id for m in outcome.matches} == {"sport/156", "sport/210", "sport/361"}
    assert not outcome.alternatives
