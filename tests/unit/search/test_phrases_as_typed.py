"""Quoted phrases typed otherwise than the text writes them, as people type them: a
function word left out or another one used (``"taxe carbone"`` for *taxe sur le
carbone*, ``"prix de pétrole"`` for *prix du pétrole*), an elision typed apart (``"de l
année"``, ``"d Alibaba"``; not *la* or *le* before a vowel: *à la une*), a phrase of
function words and one word (``"dans la nuit"``) or of function words only (``"pour
moi"``). Each finds the article that writes it; an article holding the phrase as typed
ranks first, and words far apart are no phrase."""

from __future__ import annotations

import pytest

from reader.search import IndexDoc, SearchIndex

DOCS = {
    "taxe": ("Climat", "Le gouvernement prépare une taxe sur le carbone dès l'an prochain."),
    "fonciere": (
        "Impôts",
        "La taxe foncière augmente encore, dit le maire, qui parle aussi du carbone.",
    ),
    "petrole": ("Marchés", "Le prix du pétrole a chuté lundi à Londres."),
    "petrole-de": ("Énergie", "Un prix de pétrole si bas inquiète les producteurs."),
    "eleve": ("Prix", "Le prix élevé du pétrole pèse sur le prix de tout : prix, prix, prix."),
    "annee": ("Bilan", "Le bilan de l'année est bon pour l'entreprise, dit son président."),
    "annees": ("Année après année", "Une année de plus, année après année, une entreprise."),
    "alibaba": ("Bourse", "Les actions d'Alibaba montent après les résultats."),
    "nuit": ("Orages", "Des orages ont éclaté dans la nuit de samedi à dimanche."),
    "jour": ("Météo", "La nuit sera fraîche ; dans la journée, du soleil."),
    "moi": ("Entretien", "« Pour moi, le vote est sûr », dit-elle."),
    "hoover": ("FBI", "J Edgar Hoover ran the FBI for decades."),
    "capital": ("Washington", "Washington is the capital; the FBI has its seat there."),
    "une": ("Presse", "Le journal pousse à une adaptation rapide de ses éditions."),
    "oui": ("Référendum", "Eh oui, dit-il, la campagne commence."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    made = SearchIndex(tmp_path_factory.mktemp("phrases-as-typed"))
    made.rebuild(
        [
            IndexDoc(key, 1, "en" if key == "hoover" else "fr", title, body)
            for key, (title, body) in DOCS.items()
        ]
    )
    return made


def listed(index: SearchIndex, text: str) -> list[str]:
    return [m.id for m in index.search(text, limit=50).matches]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"taxe carbone"', "taxe"),
        ('"Taxe Carbone"', "taxe"),
        ('"taxe du carbone"', "taxe"),
        ('"taxe de carbone"', "taxe"),
        ('"de l année"', "annee"),
        ('"l entreprise"', "annee"),
        ('"d Alibaba"', "alibaba"),
        ('"d’Alibaba"', "alibaba"),
    ],
)
def test_a_phrase_typed_otherwise_finds_the_article_first(
    index: SearchIndex, text: str, expected: str
) -> None:
    assert listed(index, text)[:1] == [expected], text


def test_words_far_apart_are_no_phrase(index: SearchIndex) -> None:
    """*taxe foncière … du carbone*: the words, ten words apart, are not the phrase."""
    assert "fonciere" not in listed(index, '"taxe carbone"')


def test_the_phrase_as_typed_ranks_first_then_its_other_forms(index: SearchIndex) -> None:
    """Both articles are about the price of oil; the one writing what was typed first."""
    assert listed(index, '"prix de pétrole"')[:2] == ["petrole-de", "petrole"]
    assert listed(index, '"prix du pétrole"')[:2] == ["petrole", "petrole-de"]


def test_of_the_other_forms_the_closest_to_the_phrase_typed_first(index: SearchIndex) -> None:
    """No article writes *prix au pétrole*: those writing *prix du* or *prix de pétrole*
    come before *prix élevé du pétrole*, however often that one says *prix*."""
    found = listed(index, '"prix au pétrole"')
    assert set(found[:2]) == {"petrole", "petrole-de"}
    assert found.index("eleve") == 2


def test_unquoted_the_words_standing_as_typed_rank_first(index: SearchIndex) -> None:
    """Without quotes, every article with the words is listed; those where they stand
    as typed (*prix du pétrole*, *prix de pétrole*) before those where another word
    stands between (*prix élevé du pétrole*)."""
    found = listed(index, "prix du pétrole")
    assert set(found[:2]) == {"petrole", "petrole-de"}
    assert "eleve" in found[2:]


def test_function_words_and_one_word_are_searched_as_written(index: SearchIndex) -> None:
    """Trimmed to *nuit*, the quotes would say nothing: *dans la nuit* first."""
    assert listed(index, '"dans la nuit"')[:1] == ["nuit"]
    outcome = index.search('"dans la nuit"')
    assert outcome.strict_total == 1


def test_a_phrase_of_function_words_only_is_searched_as_written(index: SearchIndex) -> None:
    assert listed(index, '"pour moi"') == ["moi"]
    assert listed(index, '"Pour moi"') == ["moi"]
    assert listed(index, "pour moi") == []  # unquoted, function words alone: nothing


def test_an_english_initial_is_not_read_as_an_elision(index: SearchIndex) -> None:
    assert listed(index, '"J Edgar Hoover"') == ["hoover"]


def test_an_initial_typed_with_other_words_keeps_its_article(index: SearchIndex) -> None:
    """No article has both; the one holding the phrase is listed beside the one with
    *Washington*, each holding one of the two."""
    assert set(listed(index, '"J Edgar Hoover" Washington')) == {"hoover", "capital"}


@pytest.mark.parametrize("text", ['"à la une"', '"le oui"'])
def test_la_and_le_before_a_vowel_are_words_not_elisions(index: SearchIndex, text: str) -> None:
    """*à la une* is not *à l'une*: an article writing *à une* (or *oui* alone) does not
    hold the phrase."""
    outcome = index.search(text)
    assert outcome.strict_total == 0, text


def test_articles_holding_the_phrase_keep_their_scores(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bonus for the words closest to a phrase goes to the articles not holding it
    as typed: those that hold it are scored as without the bonus."""
    from reader.search import plan

    with_bonus = {m.id: m.score for m in index.search('"prix de pétrole"', limit=50).matches}
    monkeypatch.setattr(plan, "TIGHT_BOOST", 0.0)
    # another limit: not the outcome kept for the first search
    without = {m.id: m.score for m in index.search('"prix de pétrole"', limit=49).matches}
    assert with_bonus["petrole-de"] == pytest.approx(without["petrole-de"])
    assert with_bonus["petrole"] > without["petrole"]
