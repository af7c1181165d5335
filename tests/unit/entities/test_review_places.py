"""Places and people as French news names them: a street, a road, a bridge or a fair with
its kind (*le pont Mathilde*, *la rue John*, *la foire Saint-Romain*), a place the gazetteer
knows, written after an article, inside a list of people (*Lindsey Graham, de la Caroline
du Sud, Mike Lee et Orrin Hatch*), a person named in full then by one word (*Wayde Sims*,
*Sims*). Sentences of the development gold's articles
(``wikinews-fr-dev5.json``, ``ntrex-fr-dev7.json``, ``ntrex-fr-dev8.json``); the model's
answers are given, what a reader is shown is asserted."""

from __future__ import annotations

from reader.entities.cues import CueRecognizer
from tests.unit.entities.test_review import Model, seen


def test_a_bridge_a_boulevard_and_a_fair_are_named_with_their_kind() -> None:
    text = (
        "Incendie sur le pont Mathilde de Rouen. Le camion se diriger vers le Nord depuis le "
        "boulevard Industriel et a heurté la glissière centrale. Les hydrocarbures se sont "
        "propagés aux quais inférieurs, brûlant plusieurs camions et caravanes appartenant à "
        "des forains de la foire Saint-Romain. Suite à l'accident le pont Mathilde est "
        "toujours bloqué à ce jour."
    )
    shown = seen(text, Model(("Rouen", "LOC"), ("Mathilde", "PER")), CueRecognizer())
    assert {m for m in shown if m[0] != "Nord"} == {
        ("pont Mathilde", "LOC"),
        ("Rouen", "LOC"),
        ("boulevard Industriel", "LOC"),
        ("foire Saint-Romain", "MISC"),
    }


def test_a_street_keeps_its_kind_and_a_square_does_not() -> None:
    text = (
        "La femme de 44 ans lardée de coups de couteau a été découverte, dans la rue John de "
        "Grayson Mews, et un homme de 32 ans a été arrêté. Des milliers de manifestants "
        "occupent la place Tahrir du Caire."
    )
    shown = seen(text, Model(("Caire", "LOC")), CueRecognizer())
    assert ("rue John", "LOC") in shown
    assert ("Tahrir", "LOC") in shown
    assert not {m for m in shown if m[0] in ("John", "place Tahrir")}


def test_a_known_place_after_an_article_is_no_person_in_a_list_of_people() -> None:
    text = (
        "Les renseignements divulgués comprenaient les adresses des sénateurs américains. "
        "Lindsey Graham, de la Caroline du Sud, Mike Lee et Orrin Hatch, tous deux de "
        "l’Utah. Paris Hilton était absente."
    )
    model = Model(
        ("Lindsey Graham", "PER"),
        ("Caroline du Sud", "LOC"),
        ("Mike Lee", "PER"),
        ("Orrin Hatch", "PER"),
        ("Utah", "LOC"),
        ("Paris Hilton", "PER"),
    )
    shown = seen(text, model)
    assert ("Caroline du Sud", "LOC") in shown
    assert ("Caroline du Sud", "PER") not in shown
    assert {("Lindsey Graham", "PER"), ("Mike Lee", "PER"), ("Orrin Hatch", "PER")} <= shown
    assert ("Paris Hilton", "PER") in shown  # a person named like a place, no article


def test_a_person_the_model_names_like_a_known_place_after_an_article_is_the_place() -> None:
    text = "Le juge a répondu à Kennedy, plus ouvert que sa collègue de la Caroline du Sud."
    shown = seen(text, Model(("Kennedy", "PER"), ("Caroline du Sud", "PER")))
    assert shown == {("Kennedy", "PER"), ("Caroline du Sud", "LOC")}


def test_a_person_named_in_full_is_that_person_where_one_word_of_the_name_is_written() -> None:
    """People named in part (``ntrex-fr-dev8.json``): the model found only the full name."""
    text = (
        "La police a arrêté un suspect du tir fatal qui a entraîné le décès de Wayde Sims, un "
        "basketteur âgé de 20 ans. Les autorités ont publié une vidéo de l’affrontement entre "
        "Sims et Dyteon Simpson, et la police a indiqué que Sims avait perdu ses lunettes. "
        "Simpson a avoué à la police être responsable de la mort de Wayde."
    )
    model = Model(("Wayde Sims", "PER"), ("Dyteon Simpson", "PER"), ("Simpson", "PER", 1))
    shown = seen(text, model)
    assert {("Sims", "PER"), ("Wayde", "PER"), ("Simpson", "PER")} <= shown


def test_a_word_of_a_persons_name_is_that_person_only_where_nothing_else_reads_it() -> None:
    """Not a known place (*Paris Hilton*, then *à Paris*), not a word after an article or
    after a thing's noun (*la Marine*, *l'affaire Merah*); *Graham* alone is he."""
    text = (
        "Paris Hilton est arrivée à Paris avec Lindsey Graham, puis a dîné avec Graham. Marine "
        "Dupont parle de la Marine. Mohamed Merah est mort ; l'affaire Merah reste ouverte."
    )
    model = Model(
        ("Paris Hilton", "PER"),
        ("Paris", "LOC", 1),
        ("Lindsey Graham", "PER"),
        ("Marine Dupont", "PER"),
        ("Mohamed Merah", "PER"),
    )
    shown = seen(text, model)
    assert ("Graham", "PER") in shown
    assert ("Paris", "LOC") in shown
    assert not {m for m in shown if m[0] in ("Paris", "Marine", "Merah") and m[1] == "PER"}
