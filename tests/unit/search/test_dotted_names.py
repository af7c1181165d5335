"""Names written with a dot are found by their first part, and the reverse, over real
BBC articles: ``tech/030`` writes only *the US-based Amazon.com*, ``entertainment/025``
only *Amazon's* and *amazon.co.uk*, ``tech/010`` both *Amazon.com* and *Amazon's*, and
``tech/049`` *Paypal.com* (read off the texts with grep, not off the search's output).
Two articles without those names stand beside them, and two written for the web address
test: one saying *news* (and *bbc.co.uk*), one saying *BBC*."""

from __future__ import annotations

import pytest

from reader.search import IndexDoc, SearchIndex
from tests.conftest import corpus

KEYS = ("tech/030", "entertainment/025", "tech/010", "tech/049", "tech/001", "business/001")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    bbc = corpus("en-bbc-news-2225", "bbc")
    docs = []
    for key in KEYS:
        title, _, body = (bbc / f"{key}.txt").read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(key, 1, "en", title.strip(), body))
    docs += [
        IndexDoc("news-desk", 1, "en", "Newsroom", "The news desk said the news came late."),
        IndexDoc("radio", 1, "en", "Radio", "The BBC said on Radio 4 that the plan had failed."),
    ]
    made = SearchIndex(tmp_path_factory.mktemp("dotted"))
    made.rebuild(docs)
    yield made
    made.close()


def text_of(key: str) -> str:
    return (corpus("en-bbc-news-2225", "bbc") / f"{key}.txt").read_text(encoding="utf-8")


def found(index: SearchIndex, text: str) -> set[str]:
    return {m.id for m in index.search(text, limit=50).matches}


def test_a_name_finds_the_articles_that_write_it_with_a_dot(index: SearchIndex) -> None:
    assert found(index, "Amazon") == {"tech/030", "entertainment/025", "tech/010"}
    assert found(index, "amazon patent") >= {"tech/030"}
    assert found(index, "paypal") == {"tech/049"}


def test_a_quoted_phrase_meets_the_name_written_with_a_dot(index: SearchIndex) -> None:
    assert found(index, '"US based Amazon"') == {"tech/030"}


def test_a_dotted_name_finds_the_articles_that_write_its_first_part(index: SearchIndex) -> None:
    assert found(index, "Amazon.com") == {"tech/030", "entertainment/025", "tech/010"}
    assert found(index, '"Amazon.com"') == {"tech/030", "entertainment/025", "tech/010"}


def test_a_web_address_is_searched_as_its_name(index: SearchIndex) -> None:
    """``news.bbc.co.uk`` is the BBC's address: not every article saying *news*."""
    assert found(index, "news.bbc.co.uk") == {"radio"}


def test_the_name_is_marked_as_the_text_writes_it(index: SearchIndex) -> None:
    """In the list and in the article opened: *Amazon.com*, where the text writes it."""
    body = text_of("tech/030")
    match = next(m for m in index.search("Amazon").matches if m.id == "tech/030")
    assert {body[a:b] for a, b in index.hit_offsets(match, body)} == {"Amazon.com"}
    opened = index.match_in("Amazon", "tech/030")
    assert opened is not None
    assert {body[a:b] for a, b in index.hit_offsets(opened, body)} == {"Amazon.com"}


@pytest.fixture(scope="module")
def initials(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """``politics/290`` writes *the U.K.* (twice, never *UK*); ``tech/049`` and
    ``entertainment/025`` write *UK*; ``tech/001`` and ``tech/002`` neither (grep)."""
    bbc = corpus("en-bbc-news-2225", "bbc")
    docs = []
    for key in ("politics/290", "tech/049", "entertainment/025", "tech/001", "tech/002"):
        title, _, body = (bbc / f"{key}.txt").read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(key, 1, "en", title.strip(), body))
    made = SearchIndex(tmp_path_factory.mktemp("initials"))
    made.rebuild(docs)
    yield made
    made.close()


@pytest.mark.parametrize("typed", ["U.K.", "u.k.", "U.K"])
def test_initials_typed_with_dots_find_the_articles_that_write_them_without(
    initials: SearchIndex, typed: str
) -> None:
    assert found(initials, typed) == {"politics/290", "tech/049", "entertainment/025"}


@pytest.mark.parametrize(
    ("typed", "writing"),
    [("L.A.", "entertainment/023"), ("D.U.", "business/389"), ("i.e.", "tech/007")],
)
def test_initials_that_spell_a_small_word_are_not_read_as_it(
    tmp_path_factory: pytest.TempPathFactory, typed: str, writing: str
) -> None:
    """``L.A.`` is not the *La* of *La Scala* (entertainment/023), ``D.U.`` not the *du*
    of a French name (business/389), ``i.e.`` not Microsoft's *IE* (tech/007): the
    letters joined are a function word or an abbreviation, not searched as the initials."""
    bbc = corpus("en-bbc-news-2225", "bbc")
    title, _, body = (bbc / f"{writing}.txt").read_text(encoding="utf-8").partition("\n")
    made = SearchIndex(tmp_path_factory.mktemp("small-initials"))
    made.rebuild([IndexDoc(writing, 1, "en", title.strip(), body)])
    try:
        assert found(made, typed.replace(".", "")) == {writing}  # the letters are there
        outcome = made.search(typed, limit=50)
        # nothing, or the letters offered as a spelling the window names ("showing
        # results for ie"): never listed as if the initials were typed
        assert not outcome.matches or outcome.corrected
    finally:
        made.close()
