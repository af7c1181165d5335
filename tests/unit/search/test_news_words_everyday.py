"""Everyday news words across languages, as each language's news writes them: an English
reader's ``weather warnings`` are the French *Météo* and *vigilance orange* articles, a
new Ubuntu *release* is its *sortie*; a French reader's ``courrier indésirable`` is the
English *junk mail*, ``frais de scolarité`` *tuition fees*. The dictionaries installed
give *temps*, *émission*, *post*, *fresh* for them (reader.translate.newswords).

The texts are real; which holds what was read with grep: *Météo* in the titles of
Wikinews 44959, 44960 and 45621 (weather alerts), *Ubuntu* and *sortie* in 45513,
*junk* in BBC tech 026 and 055 (junk e-mail), *fees* in
politics 047 (student fees), *weather* in business 050 (bad weather and Nestlé's
sales), *warning* in tech 039 and business 041."""

from __future__ import annotations

import shutil

import pytest

from tests.unit.search.real_docs import bbc_doc, expanded_search, wikinews_doc

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)
WIKINEWS = ("44959", "44960", "45621", "45513", "44551", "44321", "44290", "45037", "44536")
BBC = (
    "business/041",
    "business/050",
    "politics/016",
    "politics/047",
    "tech/020",
    "tech/026",
    "tech/039",
    "tech/052",
    "tech/055",
    "entertainment/025",
)


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory):
    docs = []
    docs += [bbc_doc(key) for key in BBC]
    docs += [wikinews_doc(page) for page in WIKINEWS]
    with expanded_search(tmp_path_factory.mktemp("everyday"), docs) as outcome_of:

        def search(text: str) -> list[str]:
            return [m.id for m in outcome_of(text).matches]

        yield search


@needs_apertium
@pytest.mark.parametrize(
    ("typed", "expected", "within"),
    [
        # after business 050, which holds both words as typed (a "profit warning")
        ("weather warnings", {"wikinews/44959", "wikinews/44960", "wikinews/45621"}, 4),
        ("new Ubuntu release", {"wikinews/45513"}, 1),
        ("courrier indésirable", {"tech/026", "tech/055"}, 2),
        ("frais de scolarité", {"politics/047"}, 1),
    ],
)
def test_a_query_lists_the_other_languages_articles_that_write_it_their_way_first(
    searched, typed: str, expected: set[str], within: int
) -> None:
    assert expected <= set(searched(typed)[:within])
