"""French products told by their maker, their code or their kind, and places by their
kind or the preposition before them. The model's answers are given (it has no product
label: it guesses another type or none); what a reader is shown is asserted."""

from __future__ import annotations

from reader.entities.cues import CueRecognizer
from reader.entities.gazetteer import GazetteerRecognizer
from reader.entities.products import products, versioned
from tests.unit.entities.test_review import Model, seen


def _gazetteer() -> GazetteerRecognizer:
    from reader.entities.gazetteer import Gazetteer

    return GazetteerRecognizer(Gazetteer.bundled())


def test_a_name_with_its_maker_after_it_is_a_product_a_role_or_a_person_is_not() -> None:
    text = (
        "La Zorblax 3 de Tesla arrive, après l’iPhone d’Apple ; le PDG d’Apple, "
        "Tim Cook d’Apple et le Conseil d’administration de Tesla se taisent. "
        "Plus tard, la Zorblax 3 recule."
    )
    model = Model(
        ("Zorblax 3", "LOC"),
        ("Tim Cook", "PER"),
        ("Conseil d’administration", "ORG"),
        ("Zorblax 3", "LOC", 1),
    )
    shown = seen(text, model, CueRecognizer(), _gazetteer())
    assert ("Zorblax 3", "PRODUCT") in shown
    assert ("iPhone", "PRODUCT") in shown
    assert ("Tim Cook", "PER") in shown
    assert not {m for m in shown if m[0] in ("PDG", "Tim Cook d’Apple") or m[1] == "LOC"}


def test_a_place_the_gazetteer_knows_is_never_a_product_of_a_maker() -> None:
    shown = seen("Voici la France de Renault.", Model(("France", "LOC")), CueRecognizer())
    assert ("France", "LOC") in shown


def test_model_codes_and_makers_numbers_are_products_flights_and_diseases_are_not() -> None:
    found = products(
        "Le Boeing 787 et l’A380, un F-16 et un MiG-29 ; le vol AF447 ; la Covid-19, "
        "le virus H1N1 ; Amazon 500 millions de clients ; Peugeot 2012 ; le pas de tir 40 "
        "(SLC-40) de Cape Canaveral."
    )
    assert set(found) == {"Boeing 787", "F-16", "MiG-29"}


def test_a_known_product_keeps_its_version_but_not_a_count() -> None:
    text = "Sous Windows 8. Android 4.1 sort ; Twitter 3 millions ; Firefox\n\n15 mai"

    def named(name: str) -> str:
        start = text.index(name)
        return text[start : versioned(text, start + len(name))]

    assert named("Windows") == "Windows 8"
    assert named("Android") == "Android 4.1"
    assert named("Twitter") == "Twitter"  # before a count
    assert named("Firefox") == "Firefox"  # before the next paragraph's date
    shown = seen("Windows 8 est sorti.", Model(), _gazetteer())
    assert ("Windows 8", "PRODUCT") in shown


def test_products_by_their_kind_and_works_by_theirs() -> None:
    text = (
        "Le spectrographe Horizon mesure, l’appli Kwazo plaît et le ferry Marie-Ange coule ; "
        "le roman Les Veilleurs paraît. Horizon et Kwazo durent."
    )
    model = Model(
        ("Horizon", "PER"),
        ("Kwazo", "LOC"),
        ("Marie-Ange", "PER"),
        ("Horizon", "LOC", 1),
    )
    shown = seen(text, model, CueRecognizer())
    assert {
        ("Horizon", "PRODUCT"),
        ("Kwazo", "PRODUCT"),
        ("Marie-Ange", "PRODUCT"),
        ("Les Veilleurs", "MISC"),
    } <= shown
    assert not {m for m in shown if m[1] in ("PER", "LOC")}


def test_places_by_their_kind_and_a_lone_person_after_en() -> None:
    text = (
        "L’accès aux villes de Donggala, Sigi et Boutong est coupé. Il a répondu à Mélenchon "
        "puis est parti en Virginie-Occidentale ; Julian Assange parle à Assange. Selon la "
        "déclaration commune de Kim Jong Un, Scherzer joue et laisse la place à Scherzer."
    )
    model = Model(
        ("Donggala", "PER"),
        ("Sigi", "PER"),
        ("Boutong", "ORG"),
        ("Mélenchon", "PER"),
        ("Virginie-Occidentale", "PER"),
        ("Julian Assange", "PER"),
        ("Assange", "PER", 1),
        ("Kim Jong Un", "PER"),
        ("Scherzer", "PER"),
        ("Scherzer", "PER", 1),
    )
    shown = seen(text, model, CueRecognizer())
    assert {
        ("Donggala", "LOC"),
        ("Sigi", "LOC"),
        ("Boutong", "LOC"),
        ("Mélenchon", "PER"),  # the press writes à before people too
        ("Virginie-Occidentale", "LOC"),
        ("Assange", "PER"),  # the surname of a person the article names in full
        ("Kim Jong Un", "PER"),  # "commune" an adjective there
        ("Scherzer", "PER"),  # a person, after à too
    } <= shown
    assert ("Scherzer", "LOC") not in shown


def test_words_in_capitals_are_no_names_an_acronym_among_lower_case_is() -> None:
    text = (
        "« NOOOON ENCORE UNE NOIRE », écrit-elle ; MERCI D’AVOIR TENU TÊTE À LA FOULE. "
        "Le FBI et la CIA enquêtent."
    )
    model = Model(
        ("ENCORE UNE NOIRE", "MISC"),
        ("MERCI", "MISC"),
        ("AVOIR TENU TÊTE À", "MISC"),
        ("FOULE", "ORG"),
        ("FBI", "ORG"),
        ("CIA", "ORG"),
    )
    assert seen(text, model) == {("FBI", "ORG"), ("CIA", "ORG")}


def test_an_english_title_after_its_kind_and_a_person_named_like_a_product() -> None:
    text = "La vedette de la série Game of Thrones parle ; Kimi Raikkonen finit quatrième."
    model = Model(("Game", "MISC"), ("Kimi Raikkonen", "PER"))
    shown = seen(text, model, CueRecognizer(), _gazetteer())
    assert shown == {("Game of Thrones", "MISC"), ("Kimi Raikkonen", "PER")}


def test_a_word_in_lower_case_after_an_apostrophe_is_no_newspaper_nor_a_common_acronym() -> None:
    text = "L’équipe a gagné, lit-on dans L’Équipe ; la TVA et l’ISF montent après un AVC."
    model = Model(("TVA", "ORG"), ("ISF", "ORG"), ("AVC", "ORG"))
    assert seen(text, model, _gazetteer()) == {("L’Équipe", "ORG")}


def test_a_lone_person_after_an_article_is_a_thing_named() -> None:
    text = "La série a remporté un Emmy ; Rose Leslie sourit."
    model = Model(("Emmy", "PER"), ("Rose Leslie", "PER"))
    assert seen(text, model) == {("Rose Leslie", "PER")}


def test_a_person_named_elsewhere_stays_a_person_after_an_article() -> None:
    """The press writes *un Blair fatigué*: Tony Blair, named in full, is a person."""
    from reader.entities.base import Block
    from reader.entities.gazetteer import Gazetteer
    from reader.entities.pipeline import EntityPipeline

    text = "Tony Blair arrive à Londres. On a vu un Blair fatigué."
    model = Model(("Tony Blair", "PER"), ("Blair", "PER", 1))
    pipeline = EntityPipeline([model], Gazetteer.bundled())
    shown = pipeline.recognize_text(text, [Block(0, len(text), "fr")], "fr")
    assert (text.index("Blair fatigué"), "Blair", "PER") in {
        (m.start, m.text, m.label) for m in shown
    }


def test_numbers_counted_flights_roads_and_years_are_no_products() -> None:
    found = products(
        "Il commande à Boeing 50 avions ; chez Renault 4000 postes ; le sommet du G-20 ; "
        "l'Euro-2016 et Paris-2024 ; la disparition du MH370 ; un bouchon sur la N118."
    )
    assert found == {}
