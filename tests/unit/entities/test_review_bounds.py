"""Where a French name ends and what it is, from the words right beside it
(:mod:`reader.entities.french_bounds`, the cues and the clubs): a branch (*la BBC
Scotland*), a people's adjective after a place (*Highlands écossais*), an owner after *de*
(*le Parti républicain de Trump*), a firm by its apposition (*Elvie, une entreprise*), a
time zone, a league, someone of a kind (*encore une Noire*), a court and an event with
their place, a club, a golf course, a hotel, a club's coach. Sentences of the ninth
development set's documents (``ntrex-fr-dev9.json``); the model's answers are given as it
gave them, what a reader is shown is asserted."""

from __future__ import annotations

from reader.entities.cues import CueRecognizer
from reader.entities.gazetteer import Gazetteer, GazetteerRecognizer
from tests.unit.entities.test_review import Model, seen


def known() -> GazetteerRecognizer:
    return GazetteerRecognizer(Gazetteer.bundled())


def test_an_english_country_after_an_organisation_is_its_branch() -> None:
    text = (
        "« J’ai été sélectionné pour la division B et c’est tout », a déclaré Ross au "
        "micro de la BBC Scotland. La secrétaire écrit aux travailleurs de l’UE au NHS "
        "Scotland."
    )
    shown = seen(text, Model(("Ross", "PER"), ("NHS", "ORG")), known())
    assert ("BBC Scotland", "ORG") in shown
    assert ("NHS Scotland", "ORG") in shown
    assert not {m for m in shown if m[0] in ("BBC", "NHS", "Scotland")}


def test_a_peoples_adjective_after_a_place_is_no_part_of_its_name() -> None:
    text = (
        "De nouvelles recherches effectuées dans un domaine des Highlands écossais cherchent "
        "à révéler la manière dont les chauves-souris utilisent le paysage, a dit le "
        "Parlement gallois, à l’Olympique lyonnais."
    )
    model = Model(
        ("Highlands écossais", "LOC"), ("Parlement gallois", "ORG"), ("Olympique lyonnais", "ORG")
    )
    assert seen(text, model) == {
        ("Highlands", "LOC"),
        ("Parlement gallois", "ORG"),  # an organisation's adjective is its own
        ("Olympique lyonnais", "ORG"),
    }


def test_a_party_named_with_its_leader_is_the_party_and_the_person() -> None:
    text = (
        "Le président américain Donald Trump a évoqué le supplément. Les mesures visaient "
        "les exportateurs d’États comme l’Iowa qui soutenaient le Parti républicain de "
        "Trump, ont dit des experts."
    )
    model = Model(("Donald Trump", "PER"), ("Iowa", "LOC"), ("Parti républicain de Trump", "ORG"))
    shown = seen(text, model)
    assert {("Parti républicain", "ORG"), ("Trump", "PER"), ("Iowa", "LOC")} <= shown
    assert ("Parti républicain de Trump", "ORG") not in shown


def test_a_body_named_after_a_person_with_de_stays_whole() -> None:
    """*Fondation Charles de Gaulle*: a first name before *de*, so the body bears the
    person's name; it is not a *Fondation Charles* led by a *Gaulle*."""
    text = "La Fondation Charles de Gaulle a publié un livre. Charles de Gaulle était président."
    model = Model(("Fondation Charles de Gaulle", "ORG"), ("Charles de Gaulle", "PER"))
    shown = seen(text, model)
    assert ("Fondation Charles de Gaulle", "ORG") in shown
    assert not {m for m in shown if m[0] in ("Fondation Charles", "Gaulle")}


def test_a_name_followed_by_une_entreprise_is_a_firm_wherever_the_article_writes_it() -> None:
    text = (
        "Afin de marquer le lancement du tire-lait, Elvie, une entreprise de technologie "
        "grand public, a lancé une audacieuse publicité. Le tire-lait Elvie s’adapte "
        "discrètement dans un soutien-gorge."
    )
    shown = seen(text, Model(("Elvie", "PER"), ("Elvie", "PER", 1)))
    assert shown == {("Elvie", "ORG")}


def test_capitals_after_a_clock_time_are_its_time_zone() -> None:
    text = (
        "Les policiers ont décrit l’incident, qui a eu lieu vers 2\xa0h\xa030 BST, comme "
        "étant un « acte aléatoire ». La BBC en a parlé."
    )
    shown = seen(text, Model(("BST", "ORG")), known())
    assert ("BST", "ORG") not in shown
    assert ("BBC", "ORG") in shown


def test_a_league_is_a_competition_in_french() -> None:
    text = (
        "Mais c’est Sterling qui avait donné l’avantage initial aux Skyblues lors du match "
        "de la Premier League, dès la 29e minute."
    )
    shown = seen(text, Model(("Sterling", "PER"), ("Premier League", "ORG")), known())
    assert ("Premier League", "MISC") in shown
    assert ("Premier League", "ORG") not in shown


def test_someone_of_a_kind_is_no_place() -> None:
    text = (
        "La mère se plaignait du fait que celle-ci était « encore une Noire ». Giselle "
        "Maurice, la nouvelle nounou, était Noire à son arrivée. Leur ancienne nounou était "
        "Afro-américaine. Elle vit à New York."
    )
    model = Model(
        ("Noire", "LOC"),
        ("Giselle Maurice", "PER"),
        ("Noire", "LOC", 1),
        ("Afro-américaine", "LOC"),
        ("New York", "LOC"),
    )
    assert seen(text, model) == {("Giselle Maurice", "PER"), ("New York", "LOC")}


def test_a_court_with_its_place_is_one_name_a_known_body_with_its_seat_is_two() -> None:
    text = (
        "Les cartes ont été redessinées quand la Cour suprême de Pennsylvanie a statué. "
        "La décision n’a pas été appréciée par la Commission européenne de Bruxelles."
    )
    model = Model(
        ("Cour suprême", "ORG"),
        ("Pennsylvanie", "LOC"),
        ("Commission européenne", "ORG"),
        ("Bruxelles", "LOC"),
    )
    shown = seen(text, model, known())
    assert ("Cour suprême de Pennsylvanie", "ORG") in shown
    assert {("Commission européenne", "ORG"), ("Bruxelles", "LOC")} <= shown
    assert ("Pennsylvanie", "LOC") not in shown


def test_an_event_with_its_place_is_one_name() -> None:
    text = (
        "Il avait préparé deux des athlètes disparus pour les Jeux d’Asie, qui se sont "
        "déroulés en Indonésie. Valentino a fait honneur au style de la Fashion Week de "
        "Paris."
    )
    model = Model(("Jeux d’Asie", "MISC"), ("Indonésie", "LOC"), ("Paris", "LOC"))
    shown = seen(text, model, known())
    assert {("Jeux d’Asie", "MISC"), ("Fashion Week de Paris", "MISC")} <= shown
    assert not {m for m in shown if m[0] in ("Asie", "Paris")}


def test_a_club_a_golf_course_and_a_hotel_by_their_words() -> None:
    text = (
        "Ross se dit plus à l’aise qu’au cours de sa carrière à Falkirk et Hamilton "
        "Academical. À 48 ans, il n’est pas le plus adapté pour le difficile Golf National. "
        "D’autres de ses élèves se sont retrouvés piégés dans l’hôtel Roa Roa."
    )
    model = Model(
        ("Ross", "PER"),
        ("Hamilton Academical", "LOC"),
        ("Golf National", "ORG"),
        ("Roa Roa", "PER"),
    )
    shown = seen(text, model, CueRecognizer())
    assert {("Hamilton Academical", "ORG"), ("Golf National", "LOC"), ("Roa Roa", "LOC")} <= (shown)


def test_the_technicien_of_a_town_in_a_match_report_coaches_its_club() -> None:
    text = (
        "Le technicien de Sunderland, Jack Ross, veut ramener le club en championnat. "
        "L’entraîneur a aimé le match et chaque joueur. Les prédécesseurs de Ross en tant "
        "que sélectionneurs de Sunderland sont nombreux."
    )
    model = Model(("Sunderland", "LOC"), ("Jack Ross", "PER"), ("Sunderland", "LOC", 1))
    shown = seen(text, model)
    assert ("Sunderland", "ORG") in shown
    assert ("Sunderland", "LOC") not in shown


def test_a_known_firm_named_as_what_it_runs_is_that_product() -> None:
    text = (
        "La publicité, qui a été publiée sur la page Facebook de la société, a suscité une "
        "polémique. Mme Maurice a été renvoyée chez elle par un Uber. Uber a répondu."
    )
    shown = seen(text, Model(("Maurice", "PER")), known())
    assert ("Facebook", "PRODUCT") in shown
    assert {("Uber", "PRODUCT"), ("Uber", "ORG")} <= shown  # the car, then the firm
    assert ("Facebook", "ORG") not in shown


def test_a_body_runs_on_to_the_acronym_that_spells_it_and_a_league_keeps_its_adjective() -> None:
    text = (
        "La course a donné le coup d’envoi d’un affrontement entre le Comité du Congrès pour "
        "la campagne démocratique (CCCD) et les autres. Il a emmené St Mirren en Premier "
        "League écossaise la saison dernière."
    )
    model = Model(("Comité du Congrès", "ORG"), ("Premier League", "ORG"))
    shown = seen(text, model, known())
    assert ("Comité du Congrès pour la campagne démocratique", "ORG") in shown
    assert ("Premier League écossaise", "MISC") in shown
    assert not {m for m in shown if m[0] in ("Comité du Congrès", "Premier League")}


def test_the_seat_of_a_government_stays_a_place_and_a_province_is_named_without_its_kind() -> None:
    text = (
        "Il souhaite déloger Obama de la Maison Blanche, a dit un ancien attaché de presse "
        "de la Maison-Blanche. Il est né à Xining dans la Province de Qinghai."
    )
    model = Model(("Obama", "PER"), ("Xining", "LOC"), ("Province de Qinghai", "LOC"))
    shown = seen(text, model, known())
    assert {("Maison Blanche", "LOC"), ("Maison-Blanche", "LOC"), ("Qinghai", "LOC")} <= shown
    assert not {m for m in shown if m[1] == "ORG" or m[0] == "Province de Qinghai"}
