"""Which language a typed word is read in: a French word written with its accents ranks
the French articles that hold it before English ones that the English stemmer would
match; French function words typed without their accents stay function words; a word
with an elided article or a possessive is looked up in the other language without it,
an inflected one through its lemma, and a name not at all."""

from __future__ import annotations

import shutil

import pytest

from reader.search import IndexDoc, SearchIndex
from reader.search.analysis import fold_accents

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
        # "enfants" has an entry of its own, "sons and daughters", too long to search:
        # its lemma's ("enfant": bairn, child, infant) is read instead
        assert "child" in expander.alternatives("enfants", ["fr", "en"]).get("enfants", ())
    finally:
        expander.close()


def test_a_french_word_typed_without_its_accents_ranks_the_french_articles_first(
    tmp_path,
) -> None:
    # the English stemmer makes "debat" of "debats" and "qualit" of "qualite", which
    # English articles hold as "debate" and "quality"; given the word with its accents
    # (as the expander finds it), the French articles come first
    index = _index(
        tmp_path,
        [
            ("en", "Debate", "A debate on debates: the debate was debated at length."),
            ("en", "Quality", "Quality, quality and quality again."),
            ("fr", "Assemblée", "Les débats à l'Assemblée ont duré toute la nuit."),
            ("fr", "École", "La qualité de l'enseignement est en question."),
        ],
    )
    assert index.search("debats").matches[0].id == "0"  # as it may be English
    debats = index.search("debats", alternatives={"debats": ("débats", "debates")})
    assert [m.id for m in debats.matches] == ["2", "0"]
    assert "débats" in debats.alternatives["debats"]  # the chip says what was searched
    qualite = index.search("QUALITE", alternatives={"qualite": ("qualité", "quality")})
    assert [m.id for m in qualite.matches] == ["3", "1"]
    # an alternative that is another word, not the same with accents, changes nothing
    other = index.search("debats", alternatives={"debats": ("débattre",)})
    assert other.matches[0].id == "0"


@needs_apertium
def test_the_accents_of_a_french_word_are_found_for_it() -> None:
    from reader.services.expansion import QueryExpander

    expander = QueryExpander()
    try:
        found = expander.alternatives("debats strategie AGEES Indonesie", ["fr", "en"])
        assert found["debats"][0] == "débats"
        assert found["strategie"][:2] == ("stratégie", "strategy")
        assert "âgées" in [a.lower() for a in found["AGEES"]]
        assert "Indonesia" in found["Indonesie"]  # a name: its other names
        # English words and names keep their spelling (a translation may have accents:
        # "legislative" is also "législatif"); a French word typed without them is given them
        plain = expander.alternatives("television legislative Tencent economie", ["fr", "en"])
        for word in ("television", "legislative"):
            assert word not in [_bare(a) for a in plain.get(word, ())]
        assert "Tencent" not in plain
        assert plain["economie"][0] == "économie"
        # a name typed without its accents or hyphens meets its other names
        europe = expander.alternatives("union europeenne", ["en"])["union europeenne"]
        assert "European Union" in europe
        assert "United Nations" in expander.alternatives("nations unies", ["en"])["nations unies"]
    finally:
        expander.close()


def _bare(word: str) -> str:
    """``word`` in lower case without its accents."""
    return fold_accents(word.lower())


class _NamesOnlyCapitalised:
    """A translation route that, like Apertium, knows a people's name only with its
    capital."""

    def translate(self, words: list[str], source: str, target: str) -> dict[str, str]:
        return {w: "Macédoniens" for w in words if w == "Macedonians" and target == "fr"}

    def close(self) -> None:
        pass


def test_a_word_typed_in_lower_case_is_translated_as_the_route_knows_it() -> None:
    from reader.services.expansion import QueryExpander

    expander = QueryExpander(translator=_NamesOnlyCapitalised())  # type: ignore[arg-type]
    try:
        found = expander.alternatives("macedonians vote", ["fr", "en"])
        assert "macédoniens" in found.get("macedonians", ())  # shown as typed: lower case
        assert "Macédoniens" in expander.alternatives("Macedonians", ["fr"])["Macedonians"]
    finally:
        expander.close()


@needs_apertium
def test_a_french_expression_is_searched_in_the_english_order() -> None:
    """ "jeux vidéo" word by word is *games video*, which no English article writes: its
    words turned round (*video games*) are searched as the expression, the calque not at
    all (its check read the positions of every article holding both words)."""
    from reader.services.expansion import QueryExpander

    expander = QueryExpander()
    try:
        found = expander.alternatives("jeux vidéo", ["fr", "en"])
        expression = [a.lower() for a in found.get("jeux vidéo", ())]
        assert "video games" in expression and "games video" not in expression, found
        assert "games" in found.get("jeux", ()), found
        # an English expression keeps the order its translation gives
        english = expander.alternatives("video games", ["fr", "en"]).get("video games", ())
        assert "games video" not in [a.lower() for a in english], english
    finally:
        expander.close()
