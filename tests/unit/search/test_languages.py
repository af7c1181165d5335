"""Which language a typed word is read in: a French word written with its accents ranks
the French articles that hold it before English ones that the English stemmer would
match; French function words typed without their accents stay function words; a word
with an elided article or a possessive is looked up in the other language without it,
an inflected one through its lemma, and a name not at all."""

from __future__ import annotations

import shutil

import pytest

from reader.search import IndexDoc, SearchIndex

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)


def _index(tmp_path, texts: list[tuple[str, str, str]]) -> SearchIndex:
    index = SearchIndex(tmp_path / "index")
    index.rebuild([IndexDoc(str(n), 1, *text) for n, text in enumerate(texts)])
    return index


def test_an_accented_french_word_ranks_the_french_articles_first(tmp_path) -> None:
    index = _index(
        tmp_path,
        [
            ("en", "Democrats win", "The Democrats and the democrats' allies: democrat gains."),
            ("en", "Television", "Television, television and more television tonight."),
            ("fr", "Élection", "Le candidat démocrate a gagné l'élection."),
            ("fr", "Médias", "La télévision publique fête ses cinquante ans."),
        ],
    )
    assert [m.id for m in index.search("démocrate").matches] == ["2", "0"]
    assert [m.id for m in index.search("télévision").matches] == ["3", "1"]
    # typed without accents the word may be English: both are found, by their scores
    assert {m.id for m in index.search("television").matches} == {"1", "3"}


def test_an_english_article_holding_the_accented_word_is_still_found(tmp_path) -> None:
    index = _index(
        tmp_path,
        [
            ("en", "Pop", "Beyoncé sang at the Grammys."),
            ("fr", "Musique", "Beyoncé a chanté aux Grammys."),
        ],
    )
    assert [m.id for m in index.search("Beyoncé").matches] == ["1", "0"]
    assert {m.id for m in index.search("Beyoncé Grammys").matches} == {"0", "1"}


@pytest.mark.parametrize("query", ["pointe-a-calliere", "Pointe-à-Callière", "pointe a calliere"])
def test_a_french_function_word_typed_without_its_accent(tmp_path, query: str) -> None:
    index = _index(
        tmp_path,
        [
            ("fr", "Québec", "Le musée Pointe-à-Callière de Montréal ouvre ses portes."),
            ("fr", "Autre", "Il a dit que la pointe du cap était loin."),
        ],
    )
    assert [m.id for m in index.search(query).matches][:1] == ["0"]
    assert [m.id for m in index.search(f'"{query}"').matches] == ["0"]


@needs_apertium
def test_an_elided_or_possessive_word_is_translated_without_it() -> None:
    from reader.services.expansion import QueryExpander

    expander = QueryExpander()
    try:
        found = expander.alternatives("l’ouragan", ["fr", "en"])
        assert "hurricane" in [a.lower() for a in found.get("l’ouragan", ())]
        # "city's" is English: "city", not the French reading "ville est" ("city is")
        city = expander.alternatives("city's", ["fr", "en"]).get("city's", ())
        assert "ville" in [a.lower() for a in city] and "ville est" not in city
        # a name is not translated as a word: "Trump" is not "triomphe", nor "atout"
        assert not {"triomphe", "atout"} & set(
            expander.alternatives("Trump's rallies", ["fr", "en"]).get("Trump's", ())
        )
    finally:
        expander.close()


@needs_apertium
def test_an_inflected_word_is_looked_up_through_its_lemma() -> None:
    from reader.services.expansion import QueryExpander
    from reader.translate.lemmas import Lemmatizer

    lemmatizer = Lemmatizer()
    try:
        assert "kill" in lemmatizer.lemmas(["killed"], "en").get("killed", ())
        assert "victime" in lemmatizer.lemmas(["victimes"], "fr").get("victimes", ())
        assert lemmatizer.lemmas(["Huawei"], "en") == {}
    finally:
        lemmatizer.close()
    expander = QueryExpander()
    try:
        # FreeDict has "kill" (… tuer), not "killed"; the route says "assassiné"
        assert "tuer" in expander.alternatives("killed", ["fr", "en"]).get("killed", ())
    finally:
        expander.close()
