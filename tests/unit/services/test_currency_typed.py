"""An amount typed with its currency sign lists the articles writing that currency
first: the index holds the number alone (*10bn*), so ``£10bn`` met *$10bn* equally.

Real BBC articles, read with grep: business/166 writes *£10bn*; business/241, 280, 346
and 353 write *$10bn* and not *£10bn*."""

from __future__ import annotations

import pytest

from reader.services import Library
from tests.conftest import corpus

POUNDS = "business/166"
DOLLARS = ["business/241", "business/280", "business/346", "business/353"]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory):
    bbc = corpus("en-bbc-news-2225", "bbc")
    data = tmp_path_factory.mktemp("currency")
    with Library.open(data) as opened:
        opened.import_paths([bbc / f"{key}.txt" for key in (POUNDS, *DOLLARS)])
        titles = {
            opened.article(hit.id).title: hit.id
            for hit in opened.search("10bn", limit=10, cross_language=False).hits
        }
        keys = {}
        for key in (POUNDS, *DOLLARS):
            title = (bbc / f"{key}.txt").read_text(encoding="utf-8").partition("\n")[0].strip()
            keys[titles[title]] = key
        yield opened, keys


def _found(library, text: str) -> list[str]:
    opened, keys = library
    return [keys[hit.id] for hit in opened.search(text, cross_language=False).hits]


def test_pounds_typed_list_the_article_in_pounds_first(library) -> None:
    found = _found(library, "£10bn")
    assert found[0] == POUNDS
    assert set(found) == {POUNDS, *DOLLARS}  # the others still follow


def test_dollars_typed_list_the_articles_in_dollars_first(library) -> None:
    found = _found(library, "$10bn")
    assert set(found[:4]) == set(DOLLARS)
    assert found[4] == POUNDS
