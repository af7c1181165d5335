"""One naming language: known entities shown by their name in the reader's language,
their other names kept as aliases; general-news names typed by the gazetteer."""

from __future__ import annotations

import pytest

from reader.core.model import EntityMention
from reader.entities.base import Block
from reader.entities.gazetteer import Entry, Gazetteer, GazetteerRecognizer, parse_entries
from reader.entities.naming import NameRule, Naming
from reader.entities.pipeline import EntityPipeline


@pytest.fixture(scope="module")
def naming() -> Naming:
    return Naming.of(Gazetteer.bundled())


def mention(text: str, label: str, canonical: str | None = None, start: int = 0) -> EntityMention:
    return EntityMention(start, start + len(text), text, label, canonical or text, "spacy")


@pytest.mark.parametrize(
    ("canonical", "label", "english", "french"),
    [
        ("China", "LOC", "China", "Chine"),
        ("European Union", "ORG", "European Union", "Union européenne"),
        ("Beijing", "LOC", "Beijing", "Pékin"),
        ("Japan", "LOC", "Japan", "Japon"),
        ("Mexico", "LOC", "Mexico", "Mexique"),
        ("United States", "LOC", "United States", "États-Unis"),
        # names the model found as written, in French or in English
        ("Suisse", "LOC", "Switzerland", "Suisse"),
        ("Maroc", "LOC", "Morocco", "Maroc"),
        ("Nouvelle-Zélande", "LOC", "New Zealand", "Nouvelle-Zélande"),
        ("Egypte", "LOC", "Egypt", "Égypte"),
        ("Caire", "LOC", "Cairo", "Le Caire"),
        ("Parlement européen", "ORG", "European Parliament", "Parlement européen"),
        ("Morocco", "LOC", "Morocco", "Maroc"),
    ],
)
def test_known_names_in_each_language(naming, canonical, label, english, french) -> None:
    assert naming.name(canonical, label, "en") == english
    assert naming.name(canonical, label, "fr") == french


def test_unknown_names_and_other_types_stay_as_written(naming) -> None:
    assert naming.name("Jérémie Zimmermann", "PER", "en") == "Jérémie Zimmermann"
    # a person called Jordan is not the country Jordanie
    assert naming.name("Jordan", "PER", "fr") == "Jordan"
    assert naming.name("Jordan", "LOC", "fr") == "Jordanie"
    # a language without names of its own gets the English one
    assert naming.name("Chine", "LOC", "de") == "China"


def test_rename_gives_one_name_per_entity(naming) -> None:
    mentions = [
        mention("Chine", "LOC", "China"),
        mention("China", "LOC", "China", 10),
        mention("Parti pirate", "ORG", start=20),
        mention("Parti Pirate", "ORG", start=40),
        mention("Parti pirate", "ORG", start=60),
        mention("Égypte", "LOC", start=80),
        mention("Egypte", "LOC", start=90),
    ]
    french = naming.rename(mentions, "fr")
    assert [m.canonical for m in french] == ["Chine", "Chine"] + ["Parti pirate"] * 3 + [
        "Égypte",
        "Égypte",
    ]
    english = naming.rename(mentions, "en")
    assert {m.canonical for m in english} == {"China", "Parti pirate", "Egypt"}
    # what was found and where is untouched
    assert [(m.start, m.end, m.text, m.label) for m in english] == [
        (m.start, m.end, m.text, m.label) for m in mentions
    ]


def test_same_entity_under_any_of_its_names(naming) -> None:
    assert naming.same("Chine", "China", "LOC")
    assert naming.same("Pékin", "Beijing", "LOC")
    assert not naming.same("Chine", "Japon", "LOC")
    assert "Nations unies" in naming.forms("ONU", "ORG") and "UN" in naming.forms("ONU", "ORG")


def test_the_rule_picks_the_language() -> None:
    assert NameRule.parse("article").language("fr", "en") == "en"
    assert NameRule.parse("interface").language("fr", "en") == "fr"
    assert NameRule.parse("article").language("fr", None) == "fr"
    assert NameRule.parse("nonsense") is NameRule.INTERFACE
    assert NameRule.parse(None) is NameRule.INTERFACE


def test_entries_read_their_names_and_whether_to_match() -> None:
    entries = parse_entries(
        {
            "entities": [
                {"name": "Chad", "fr": "Tchad", "type": "LOC", "match": False},
                {"name": "Morocco", "fr": "Maroc", "en": "Morocco", "type": "LOC"},
            ]
        }
    )
    assert entries[0] == Entry("Chad", entries[0].label, (), (("fr", "Tchad"),), False)
    assert entries[1].forms == ("Morocco", "Maroc")
    recognizer = GazetteerRecognizer(Gazetteer(entries))
    text = "Le Tchad et Chad Smith ; le Maroc."
    found = recognizer.recognize(text, [Block(0, len(text), "fr")], "fr")
    assert [(text[c.start : c.end], c.canonical) for c in found] == [("Maroc", "Morocco")]


def found(text: str) -> set[tuple[str, str, str]]:
    """What the gazetteer shows, its overlaps merged as the pipeline merges them."""
    pipeline = EntityPipeline([GazetteerRecognizer()])
    mentions = pipeline.recognize_text(text, [Block(0, len(text), "fr")], "fr")
    return {(m.text, m.label, m.canonical) for m in mentions}


def test_general_news_names_get_their_type() -> None:
    text = (
        "La NASA et l'ISS ; ACTA rejeté par le Parlement européen ; le Printemps arabe ; "
        "une journaliste de France 24 ; la Station spatiale internationale."
    )
    names = found(text)
    assert ("NASA", "ORG", "NASA") in names
    assert ("ISS", "PRODUCT", "International Space Station") in names
    assert ("ACTA", "MISC", "ACTA") in names
    assert ("Parlement européen", "ORG", "European Parliament") in names
    assert ("Printemps arabe", "MISC", "Arab Spring") in names
    assert ("France 24", "ORG", "France 24") in names
    # France 24 is a channel, not France the country
    assert ("France", "LOC", "France") not in names


def test_a_lower_case_spelling_still_matches() -> None:
    # "prix Nobel" is the French name's usual case in running text; "Prix Nobel" too
    names = found("Il a reçu le prix Nobel. Prix Nobel de la paix.")
    assert ("prix Nobel", "MISC", "Nobel Prize") in names
    assert ("Prix Nobel", "MISC", "Nobel Prize") in names
