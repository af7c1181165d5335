"""French names as French news translated from English writes them — the sixth development
gold (``benchmarks/gold/ntrex-fr-dev.json``): shops and brands the model takes for
places, churches for people, titles of books holding places, a person described by
their age. The model's answers are given; what a reader is shown is asserted."""

from __future__ import annotations

from reader.entities.cues import CueRecognizer
from reader.entities.gazetteer import GazetteerRecognizer
from reader.entities.statistical import _trim
from tests.unit.entities.test_review import Model, seen


def test_brands_and_shops_named_by_their_kind_are_firms_not_places() -> None:
    text = (
        "L’enseigne fait main basse sur Boots, Superdrug et Debenhams. Elle vend des marques "
        "telles que Revlon, Essie et Tweezerman, comme des boutiques telles que Boots, et "
        "ouvre des magasins Habitat à Croydon."
    )
    model = Model(
        ("Boots", "LOC"),
        ("Superdrug", "LOC"),
        ("Debenhams", "ORG"),
        ("Revlon", "LOC"),
        ("Essie", "LOC"),
        ("Tweezerman", "LOC"),
        ("Boots", "LOC", 1),
        ("Habitat", "LOC"),
        ("Croydon", "LOC"),
    )
    shown = seen(text, model, CueRecognizer())
    assert shown == {
        ("Boots", "ORG"),
        ("Superdrug", "ORG"),  # in a list of firms
        ("Debenhams", "ORG"),
        ("Revlon", "ORG"),
        ("Essie", "ORG"),
        ("Tweezerman", "ORG"),
        ("Habitat", "ORG"),
        ("Croydon", "LOC"),
    }


def test_a_church_named_after_a_saint_is_a_place_and_a_role_is_no_person() -> None:
    text = (
        "L’église de Saint Martin a été reprise. Le Président de l’Assemblée, Elin Jones, "
        "parle ; le skipper de Groupe Bel suit, par 1 200 degrés Celsius."
    )
    model = Model(
        ("Saint Martin", "PER"),
        ("Président de l’Assemblée", "PER"),
        ("Elin Jones", "PER"),
        ("Groupe Bel", "PER"),
        ("Celsius", "PER"),
    )
    shown = seen(text, model)
    assert ("Saint Martin", "LOC") in shown
    assert ("Elin Jones", "PER") in shown
    assert ("Groupe Bel", "ORG") in shown
    assert not {m for m in shown if m[0] in ("Président de l’Assemblée", "Celsius")}


def test_a_person_described_by_age_is_a_person_through_the_article() -> None:
    text = (
        "L’accusé de 29\u00a0ans, Quinton Tellis, était avec la victime. "
        "Les données montrent que Tellis mentait."
    )
    model = Model(("Quinton Tellis", "LOC"), ("Tellis", "LOC"))
    assert seen(text, model, CueRecognizer()) == {("Quinton Tellis", "PER"), ("Tellis", "PER")}


def test_a_book_title_between_guillemets_is_one_name_whatever_it_holds() -> None:
    text = (
        "Kai-Fu Lee, dont le livre « AI Superpowers: China, Silicon Valley and the New World "
        "Order » a été publié ce mois-ci, travaille en Chine."
    )
    model = Model(("Kai-Fu Lee", "PER"), ("AI Superpowers", "MISC"), ("Silicon Valley", "LOC"))
    shown = seen(text, model, GazetteerRecognizer())
    assert shown == {
        ("Kai-Fu Lee", "PER"),
        ("AI Superpowers: China, Silicon Valley and the New World Order", "MISC"),
        ("Chine", "LOC"),
    }


def test_newspapers_laws_and_portfolios_in_translated_news() -> None:
    text = (
        "Ryan Zinke, le secrétaire américain à l’Intérieur, cité par Washington Examiner. "
        "La loi de 2007 (Government of Wales Act) le permet."
    )
    model = Model(
        ("Ryan Zinke", "PER"),
        ("Intérieur", "ORG"),
        ("Washington Examiner", "LOC"),
        ("Government of Wales Act", "ORG"),
    )
    shown = seen(text, model, GazetteerRecognizer())
    assert shown == {
        ("Ryan Zinke", "PER"),
        ("Washington Examiner", "ORG"),
        ("Government of Wales Act", "MISC"),
    }


def test_a_name_cut_at_its_particle_or_apostrophe_is_made_whole() -> None:
    text = "Armel Le Cléac'h mène devant Vincent Riou ; Armel Le Cléac´h reste en tête."
    model = Model(("Armel Le", "PER"), ("Vincent Riou", "PER"), ("Armel", "PER", 1))
    assert seen(text, model) == {
        ("Armel Le Cléac'h", "PER"),
        ("Vincent Riou", "PER"),
        ("Armel Le Cléac´h", "PER"),
    }


def test_a_name_does_not_go_on_past_a_spaced_dash() -> None:
    surface = "Syrie - notamment"
    assert _trim(surface, 10, 10 + len(surface)) == (10, 15)
    assert _trim("Syrie-Liban", 0, 11) == (0, 11)


def test_a_thing_named_after_a_person_or_a_place_is_an_other_name() -> None:
    text = (
        "Wiles prouve le théorème de Fermat ; les accords d'Évian sont signés ; l'affaire "
        "Merah agite Toulouse, où Pierre Fermat parle."
    )
    model = Model(
        ("Fermat", "PER"),
        ("Évian", "LOC"),
        ("Merah", "PER"),
        ("Toulouse", "LOC"),
        ("Pierre Fermat", "PER"),
    )
    shown = seen(text, model, GazetteerRecognizer())
    assert {("Fermat", "MISC"), ("Évian", "MISC"), ("Merah", "MISC")} <= shown
    assert {("Toulouse", "LOC"), ("Pierre Fermat", "PER")} <= shown
    assert ("Fermat", "PER") not in shown


def test_a_law_titled_between_guillemets_and_the_wikimedia_projects() -> None:
    text = (
        "Un amendement à la loi dite « Sur l'information » passe. Le projet Wikidata rejoint "
        "Wikinews et Wikiversité."
    )
    model = Model(("Sur l'information", "MISC"), ("Wikidata", "MISC"))
    shown = seen(text, model, GazetteerRecognizer())
    assert shown == {
        ("Sur l'information", "MISC"),
        ("Wikidata", "PRODUCT"),
        ("Wikinews", "PRODUCT"),
        ("Wikiversité", "PRODUCT"),
    }


def test_a_firm_whose_name_ends_like_an_event_stays_a_firm() -> None:
    """*Epic Games* and *Riot Games* are firms, where *Davis Cup* is an event."""
    text = "Epic Games et Riot Games éditent des jeux ; la Davis Cup reprend."
    model = Model(("Epic Games", "ORG"), ("Riot Games", "ORG"), ("Davis Cup", "LOC"))
    shown = seen(text, model)
    assert {("Epic Games", "ORG"), ("Riot Games", "ORG"), ("Davis Cup", "MISC")} <= shown


def test_a_party_to_an_accord_is_no_name_of_the_accord() -> None:
    text = (
        "L'accord d'Israël et du Hamas tient. L'accord de Washington avec Pékin est signé. "
        "Les accords d'Évian sont signés."
    )
    model = Model(("Israël", "LOC"), ("Hamas", "ORG"), ("Washington", "LOC"), ("Évian", "LOC"))
    shown = seen(text, model, GazetteerRecognizer())
    assert {("Israël", "LOC"), ("Washington", "LOC"), ("Évian", "MISC")} <= shown
