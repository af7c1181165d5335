"""French words for English news as English news writes them, and back: ``travailliste``
finds the articles about Labour, ``bilan`` those giving a *death toll*, ``PDG`` a *chief
executive*, ``Tory`` the French articles saying *conservateur* — over real BBC articles
and French sentences as Wikinews writes them.

Which article holds what was read off the texts with grep, not off the search's output:
*death toll* only in business/434 (which also says *earthquake*), *earthquake* or
*quake* in business/012 and 260 without a toll; *Labour* in politics/001, 003 and 004,
not in politics/002, 006 and 010; *chief executive* in business/001 and 004, not in
business/002, 003 and 005."""

from __future__ import annotations

import shutil

import pytest

from reader.search import IndexDoc
from reader.translate.newswords import news_senses
from tests.unit.search.real_docs import bbc_doc, expanded_search

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)
ARTICLES = (
    "business/001",
    "business/002",
    "business/003",
    "business/004",
    "business/005",
    "business/012",
    "business/260",
    "business/434",
    "politics/001",
    "politics/002",
    "politics/003",
    "politics/004",
    "politics/006",
    "politics/010",
)
LABOUR = {"politics/001", "politics/003", "politics/004"}
FRENCH = (
    ("fr-tory", "Londres", "Un député conservateur a quitté le parti de Margaret Thatcher."),
    ("fr-autre", "Paris", "Le maire de Paris a présenté le budget de la ville."),
    ("fr-ia", "Pékin", "Les puces servent à entraîner l'intelligence artificielle."),
)


def test_the_lexicon_reads_a_word_through_its_dictionary_form() -> None:
    assert news_senses("déclare", ["déclarer"], "fr", "en")[:2] == ("said", "says")
    assert news_senses("BILAN", [], "fr", "en")[0] == "death toll"
    assert "travailliste" in news_senses("Labour", [], "en", "fr")
    # the other direction of a line, and nothing for a word it does not hold
    assert "conservateur" in news_senses("Tory", [], "en", "fr")
    assert news_senses("ornithorynque", [], "fr", "en") == ()
    assert news_senses("bilan", [], "fr", "de") == ()


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory):
    docs = []
    docs += [bbc_doc(key) for key in ARTICLES]
    docs.extend(IndexDoc(key, 1, "fr", title, body) for key, title, body in FRENCH)
    with expanded_search(tmp_path_factory.mktemp("news-words"), docs) as outcome_of:

        def search(text: str) -> list[str]:
            return [m.id for m in outcome_of(text, 20).matches]

        yield search


@needs_apertium
def test_a_french_party_finds_the_english_articles_about_it(searched) -> None:
    assert set(searched("travailliste")) == LABOUR
    assert set(searched("parti travailliste")[:3]) == LABOUR


@needs_apertium
@pytest.mark.parametrize("query", ["bilan", "bilan du séisme", "Bilan du seisme"])
def test_a_death_toll_typed_in_french(searched, query: str) -> None:
    assert searched(query)[:1] == ["business/434"]


@needs_apertium
def test_a_chief_executive_typed_as_the_french_write_it(searched) -> None:
    found = searched("PDG")
    assert {"business/001", "business/004"} <= set(found)
    assert not {"business/002", "business/003", "business/005"} & set(found)


@needs_apertium
def test_an_english_party_finds_the_french_article(searched) -> None:
    assert "fr-tory" in searched("Tory")
    assert "fr-autre" not in searched("Tory")
    # two capitals are looked up as a word: "MP" is *député*
    assert "fr-tory" in searched("MP")
    assert "fr-tory" in searched("Tory MP") and "fr-autre" not in searched("Tory MP")


@needs_apertium
def test_two_capitals_that_spell_a_french_function_word_are_still_looked_up(searched) -> None:
    # "AI" is French *ai* (avoir) in lower case: typed in capitals it is the acronym
    assert "fr-ia" in searched("AI")
    assert "fr-ia" not in searched("ai")
