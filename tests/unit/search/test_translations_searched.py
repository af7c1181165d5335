"""A translation is searched in the other language's fields, not in its own: the French
*gaine* given for ``wage`` is the English *gain* there, the English *post* given for
``courrier`` the French *poste*. Searched there, an English query listed English
articles about gains before the French article it was typed for, and the real sense
(*salaire*) looked too rare beside them to be kept.

The BBC and Wikinews texts are real; which holds what was read with grep: *salaire* and
*SMIC* in Wikinews 44372 (the minimum wage rises by 2 %), *gain* or *gains* in BBC
business 001, 002, 003, 007, 010, 011, 014, 015, 017, 018 and others, *wage* in none of
business 001-060 but 007 and 022."""

from __future__ import annotations

import shutil

import pytest

from reader.search import IndexDoc, SearchIndex
from reader.search.senses import LesserSense, Translation
from tests.unit.search.real_docs import bbc_doc, expanded_search, wikinews_doc

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)


def _index(tmp_path, texts: list[tuple[str, str]]) -> SearchIndex:
    index = SearchIndex(tmp_path / "index")
    docs = [IndexDoc(str(n), 1, lang, f"Article {n}", text) for n, (lang, text) in enumerate(texts)]
    index.rebuild(docs)
    return index


def test_a_french_sense_is_not_an_english_word_in_the_english_articles(tmp_path) -> None:
    gains = [("en", f"Shares gain {n}% as the markets rally.") for n in range(11)]
    index = _index(tmp_path, [*gains, ("fr", "Les salaires les plus bas augmenteront.")])
    senses = (Translation("salaire", "en"), Translation("gaine", "en"))
    found = index.search("wage", alternatives={"wage": senses})
    # the French article, not the English ones about gains ("gaine" is their "gain")
    assert [m.id for m in found.matches] == ["11"]
    assert dict(found.alternatives) == {"wage": ("salaire",)}


def test_an_english_sense_is_not_a_french_word_in_the_french_articles(tmp_path) -> None:
    index = _index(
        tmp_path,
        [
            ("fr", "Hewlett-Packard va supprimer 520 postes en France."),
            ("en", "Junk post floods the inboxes of home users."),
        ],
    )
    senses = {"courrier": (Translation("post", "fr"), LesserSense("mail", "fr"))}
    assert [m.id for m in index.search("courrier", alternatives=senses).matches] == ["1"]
    # a plain alternative (another name of an entity) is searched everywhere
    found = index.search("courrier", alternatives={"courrier": ("post",)})
    assert {m.id for m in found.matches} == {"0", "1"}


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory):
    docs = []
    docs += [bbc_doc(f"business/{n:03d}") for n in range(1, 61)]
    docs += [wikinews_doc(page) for page in ("44372", "44489", "44635")]
    with expanded_search(tmp_path_factory.mktemp("translations"), docs) as search:
        yield search


@needs_apertium
def test_minimum_wage_lists_the_french_article_on_it_first(searched) -> None:
    found = searched("minimum wage")
    assert [m.id for m in found.matches][:1] == ["wikinews/44372"]
    # the chips under the search box: the French word for it, not the one that is
    # an English word too
    chips = dict(found.alternatives)["wage"]
    assert "salaire" in chips and "gaine" not in chips
