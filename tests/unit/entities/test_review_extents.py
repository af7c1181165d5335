"""French names' extents and capitals read again after the model
(:mod:`reader.entities.french_checks`, the cues): sentences as Wikinews writes them, the
model's answers given — the mistakes the fifth development gold showed it making — and
what a reader is shown in the end."""

from __future__ import annotations

from reader.entities.cues import CueRecognizer
from reader.entities.gazetteer import GazetteerRecognizer
from tests.unit.entities.test_review import Model, seen


def test_an_initial_before_a_surname_is_left_out_as_a_title_is() -> None:
    text = "Barack Obama gagne l'Ohio. Huit sondages donnent une avance à B. Obama sur M. Romney."
    model = Model(("Barack Obama", "PER"), ("Ohio", "LOC"), ("B. Obama", "PER"))
    shown = seen(text, model)
    assert {("Barack Obama", "PER"), ("Obama", "PER")} <= shown
    assert ("B. Obama", "PER") not in shown


def test_a_surname_keeps_its_particle_where_a_sentence_opens_with_it() -> None:
    text = (
        "Nick De Santis, le directeur sportif, a parlé. De Santis a vanté l'arrivée du "
        "gardien Troy Perkins."
    )
    model = Model(("Nick De Santis", "PER"), ("Santis", "PER"), ("Troy Perkins", "PER"))
    shown = seen(text, model)
    assert ("De Santis", "PER") in shown
    assert ("Santis", "PER") not in shown


def test_the_state_a_portfolio_and_a_phrase_written_lower_are_not_names() -> None:
    text = (
        "M. Romney doit remporter l'Ohio, Etat-clé, et presque tous les autres Etats clés. "
        "Les lois de la République. Le ministre grec des Finances, Yannis Stournaras, et le "
        "ministre de l'Enseignement supérieur, Pierre Duchesne, ouvrent un sommet sur "
        "l'Enseignement supérieur ; le financement de l'enseignement supérieur inquiète."
    )
    model = Model(
        ("Romney", "PER"),
        ("Ohio", "LOC"),
        ("Etat-clé", "LOC"),
        ("Etats", "LOC"),
        ("République", "LOC"),
        ("Finances", "ORG"),
        ("Yannis Stournaras", "PER"),
        ("Enseignement supérieur", "ORG"),
        ("Pierre Duchesne", "PER"),
        ("Enseignement supérieur", "ORG", 1),
    )
    assert seen(text, model) == {
        ("Romney", "PER"),
        ("Ohio", "LOC"),
        ("Yannis Stournaras", "PER"),
        ("Pierre Duchesne", "PER"),
    }


def test_a_place_opening_a_short_title_is_not_shown_one_inside_it_is() -> None:
    text = (
        "La série conserve le thème « Époques et styles architecturaux ». Autour de "
        "HD 188753 Ab, la « planète Tatooine » tourne."
    )
    model = Model(("Époques", "LOC"), ("Tatooine", "LOC"))
    assert seen(text, model) == {("Tatooine", "LOC")}


def test_an_event_is_typed_by_its_first_word_and_a_known_place_stays_a_place() -> None:
    text = (
        "Elle tiendra un stand au Salon européen de l'éducation. Les exécutions ne sont pas "
        "inhabituelles au Moyen-Orient."
    )
    model = Model(("Salon européen de l'éducation", "ORG"), ("Moyen-Orient", "MISC"))
    assert seen(text, model, GazetteerRecognizer()) == {
        ("Salon européen de l'éducation", "MISC"),
        ("Moyen-Orient", "LOC"),
    }


def test_a_cue_organisation_keeps_its_country_and_lets_go_of_a_person() -> None:
    text = (
        "L'association Wikimédia France s'investit. Des poils de yéti, a annoncé à l'agence "
        "RIA Novosti Valentine Sapounov. « Rien n'est sûr » a indiqué V. Sapounov. D'après "
        "V. Sapounov, le yéti vit au Kouzbass."
    )
    model = Model(("France", "LOC"), ("V. Sapounov", "PER"), ("V. Sapounov", "PER", 1))
    shown = seen(text, model, GazetteerRecognizer(), CueRecognizer())
    assert {
        ("Wikimédia France", "ORG"),
        ("RIA Novosti", "ORG"),
        ("Valentine Sapounov", "PER"),
        ("Sapounov", "PER"),
    } <= shown
    assert ("France", "LOC") not in shown
    assert ("RIA Novosti Valentine Sapounov", "ORG") not in shown


def test_cues_for_a_headline_storm_a_version_and_a_university_with_an_adjective() -> None:
    text = (
        "Ouragan Sandy : 39 morts\n\nLe passage de Sandy sur la côte est. Baptisé ainsi, le "
        "système Ubuntu 12.10 sort ; Ubuntu est libre. Il enseigne à l’université "
        "américaine de Beyrouth."
    )
    model = Model(("Sandy", "LOC", 1), ("Beyrouth", "LOC"))
    shown = seen(text, model, CueRecognizer())
    assert {
        ("Sandy", "MISC"),
        ("Ubuntu 12.10", "PRODUCT"),
        ("Ubuntu", "PRODUCT"),
        ("université américaine de Beyrouth", "ORG"),
    } <= shown
    assert ("Sandy", "LOC") not in shown
    assert ("Beyrouth", "LOC") not in shown


def test_an_institution_holding_a_known_place_is_the_institution() -> None:
    text = (
        "La Bourse de New York est fermée ; le colloque se tient dans l'Université Paris "
        "Descartes à Paris, avec la Chambre de commerce de Lyon."
    )
    model = Model(
        ("Bourse de New York", "ORG"),
        ("Université Paris Descartes", "ORG"),
        ("Paris", "LOC", 1),
        ("Chambre de commerce de Lyon", "LOC"),
    )
    assert seen(text, model, GazetteerRecognizer()) == {
        ("Bourse de New York", "ORG"),
        ("Université Paris Descartes", "ORG"),
        ("Paris", "LOC"),
        ("Chambre de commerce de Lyon", "ORG"),
    }
