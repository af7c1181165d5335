"""Each recogniser on its own: gazetteer matching, rules, name patterns."""

from __future__ import annotations

import pytest

from reader.entities.base import Block, Label
from reader.entities.gazetteer import Entry, Gazetteer, GazetteerRecognizer
from reader.entities.heuristics import NamePatternRecognizer
from reader.entities.rules import RuleRecognizer


def found(recognizer, text: str, lang: str = "fr") -> list[tuple[str, str, str | None]]:
    candidates = recognizer.recognize(text, [Block(0, len(text), lang)], lang)
    return [(text[c.start : c.end], c.label.value, c.canonical) for c in candidates]


@pytest.fixture(scope="module")
def gazetteer() -> GazetteerRecognizer:
    return GazetteerRecognizer()


def test_aliases_map_to_one_canonical_entity(gazetteer) -> None:
    text = "Weixin et WeChat ; NVIDIA et Nvidia ; Tencent Holdings ; Pékin, Beijing."
    names = {(surface, canonical) for surface, _, canonical in found(gazetteer, text)}
    assert ("Weixin", "WeChat") in names and ("WeChat", "WeChat") in names
    assert ("NVIDIA", "Nvidia") in names
    assert ("Tencent Holdings", "Tencent") in names
    assert ("Pékin", "Beijing") in names and ("Beijing", "Beijing") in names


def test_word_boundaries_and_case(gazetteer) -> None:
    text = "Le H200 n'est pas le H20 ; un bras (arm) n'est pas Arm ; amd n'est pas AMD."
    surfaces = [s for s, _, _ in found(gazetteer, text)]
    assert "H200" in surfaces and "H20" in surfaces
    assert surfaces.count("H20") == 1  # not inside H200
    assert "Arm" in surfaces and "arm" not in surfaces
    assert "AMD" in surfaces and "amd" not in surfaces


def test_user_entries_extend_the_gazetteer() -> None:
    extra = [Entry("Kunlun Tech", Label.ORG, ("Kunlun Tech Co",))]
    recognizer = GazetteerRecognizer(Gazetteer.bundled().extended(extra))
    assert ("Kunlun Tech Co", "ORG", "Kunlun Tech") in found(recognizer, "Kunlun Tech Co a dit.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ont dépensé 16 milliards de dollars en puces", "16 milliards de dollars"),
        ("un marché prévu à 236,03 milliards $ en 2034", "236,03 milliards $"),
        ("a deal worth $4.5bn was signed", "$4.5bn"),
        ("pour 300 millions d'euros", "300 millions d'euros"),
        ("it cost £12.5 million", "£12.5 million"),
    ],
)
def test_money(text: str, expected: str) -> None:
    assert (expected, "MONEY", None) in found(RuleRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("une hausse de 13 % du chiffre", "13 %"),
        ("de 80 % à 120 % des performances", "80 % à 120 %"),
        ("plus de 70% d'autosuffisance", "70%"),
        ("rose 5.5 per cent last year", "5.5 per cent"),
    ],
)
def test_percent(text: str, expected: str) -> None:
    assert (expected, "PERCENT", None) in found(RuleRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected", "lang"),
    [
        ("- Evelyn Cheng 15 mai 2025", "15 mai 2025", "fr"),
        ("le 17 février, a déclaré", "17 février", "fr"),
        ("d'ici 2028 en Chine", "2028", "fr"),
        ("En 2018, la Chine", "2018", "fr"),
        ("sales in January 2005 rose", "January 2005", "en"),
        ("on March 3, 2021 the", "March 3, 2021", "en"),
    ],
)
def test_dates(text: str, expected: str, lang: str) -> None:
    assert (expected, "DATE", None) in found(RuleRecognizer(), text, lang)


def test_numbers_that_are_not_dates() -> None:
    surfaces = [
        s for s, _, _ in found(RuleRecognizer(), "plus de 2 000 entreprises, 910 puces", "fr")
    ]
    assert surfaces == []
    english = [s for s, _, _ in found(RuleRecognizer(), "they may march on", "en")]
    assert english == []


def test_name_patterns_in_english() -> None:
    text = "Mr Blair met President Bush at Acme Holdings near Kowloon Bay."
    assert found(NamePatternRecognizer(), text, "en") == [
        ("Blair", "PER", None),
        ("Bush", "PER", None),
        ("Acme Holdings", "ORG", None),
        ("Kowloon Bay", "LOC", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BBC sentences: the sentence's first word is no part of the name after it
        ("But Downing Street said the talks went well.", [("Downing Street", "LOC", None)]),
        ("Former Downing Street adviser Mr Ryan spoke.", [("Ryan", "PER", None),
                                                          ("Downing Street", "LOC", None)]),
        ("The Bank said rates would rise.", []),
        ("The UK Film Council gave money.", [("UK Film Council", "ORG", None)]),
    ],
)  # fmt: skip
def test_a_sentence_s_first_word_is_not_part_of_a_pattern_s_name(text: str, expected) -> None:
    assert found(NamePatternRecognizer(), text, "en") == expected


def test_capitalised_names_in_english() -> None:
    from reader.entities.heuristics import CapitalisedNameRecognizer

    text = (
        "The firm hired Richard Parsons. It is close to the Scottish Exhibition Centre, "
        "and AOL said sales rose in Glasgow. Tel Aviv, Chicago and Athens. On Friday, in May."
    )
    got = found(CapitalisedNameRecognizer(), text, "en")
    assert ("Richard Parsons", "PER", None) in got
    assert ("Scottish Exhibition Centre", "ORG", None) not in got  # "Centre" is no cue
    assert ("AOL", "ORG", None) in got
    assert ("Glasgow", "LOC", None) in got
    surfaces = [s for s, _, _ in got]
    assert "The" not in surfaces and "Friday" not in surfaces and "May" not in surfaces
    assert not any("," in s or "." in s for s in surfaces)
    assert found(CapitalisedNameRecognizer(), "Martin Lau a parlé à Paris.", "fr") == []
