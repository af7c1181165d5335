"""A sentence pasted whole, with cross-language search on: the articles of its own
language that share most of its words come before the other language's articles that
its translations reach. Over sixty French Wikinews pages and 120 BBC politics and
business articles, a French sentence of twelve content words listed English articles
first (*gouvernement*: government, *coût*: cost, *mois*: month fill the "most words"
tiers). Key words typed still count their translations (``test_translations_searched``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import corpus
from tests.unit.search.real_docs import bbc_doc, expanded_search, wikinews_doc

SENTENCE = (
    "Le gouvernement a annoncé que le coût des travaux serait pris en charge par l'État "
    "dans les prochains mois"
)


@pytest.fixture(scope="module")
def search(tmp_path_factory: pytest.TempPathFactory):
    pages = sorted(p.stem for p in corpus("fr-wikinews-keyphrase-100", "documents").glob("*.html"))
    docs = [wikinews_doc(page) for page in pages[:60]]
    docs += [bbc_doc(f"politics/{n:03d}") for n in range(1, 61)]
    docs += [bbc_doc(f"business/{n:03d}") for n in range(1, 61)]
    with expanded_search(Path(tmp_path_factory.mktemp("pasted")), docs) as run:
        yield run


def test_a_pasted_french_sentence_lists_french_articles_first(search) -> None:
    outcome = search(SENTENCE, limit=10)
    assert not outcome.strict_total  # no article holds every word: the tiers decide
    assert outcome.alternatives  # its words were also searched in English
    first = [m.id for m in outcome.matches[:5]]
    assert len(first) == 5 and all(key.startswith("wikinews/") for key in first), first


def test_an_english_sentence_lists_english_articles_first(search) -> None:
    outcome = search(
        "The government said that the cost of the work would be met by the state in the "
        "coming months",
        limit=10,
    )
    first = [m.id for m in outcome.matches[:5]]
    assert len(first) == 5 and not any(key.startswith("wikinews/") for key in first), first
