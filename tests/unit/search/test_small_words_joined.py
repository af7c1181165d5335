"""A name typed as one word whose parts are all function words — ``AT&T`` (*at* and
*t*), ``to-do`` — finds the articles that write it, quoted or not. Each part alone is a
stop word in English, so the query held nothing for the English fields and ``AT&T``
found none of the BBC articles about the firm.

Which articles hold what was read off the texts with grep: *AT&T* in business/162, 188,
202, 251 and 278; none in business/074 or 112 (kept as articles that must not match)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.search import SearchIndex
from tests.unit.search.real_docs import bbc_doc

HOLDING = {"business/162", "business/188", "business/202", "business/251", "business/278"}
OTHERS = {"business/074", "business/112"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    made = SearchIndex(Path(tmp_path_factory.mktemp("joined")) / "index")
    made.rebuild([bbc_doc(key) for key in sorted(HOLDING | OTHERS)])
    return made


@pytest.mark.parametrize("typed", ["AT&T", "at&t", "At&T", '"AT&T"'])
def test_a_name_of_function_words_finds_the_articles_that_write_it(
    index: SearchIndex, typed: str
) -> None:
    outcome = index.search(typed, limit=20)
    assert {m.id for m in outcome.matches} == HOLDING, typed


def test_with_another_word_the_name_still_counts(index: SearchIndex) -> None:
    """``AT&T takeover``: the articles with both words are listed before the rest."""
    outcome = index.search("AT&T takeover", limit=20)
    both = {m.id for m in outcome.matches[: outcome.strict_total]}
    assert both and both <= HOLDING


def test_a_function_word_alone_is_still_no_query(index: SearchIndex) -> None:
    """``at`` alone would match every English article: it stays unsearched."""
    assert index.search("at", limit=20).total == 0
