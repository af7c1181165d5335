"""Where a match's words are marked: read from a paragraph's distinct words, only the
words the match stands for made tokens, the marks are those the language's analyser
gives when every word of the text is analysed."""

from __future__ import annotations

import pytest

from reader.search.marks import hit_offsets
from reader.search.outcome import Match
from reader.search.schema import build_schema
from reader.search.snippet import AnalysedToken, find_marks

SCHEMA = build_schema()


def analysed(lang: str, match: Match, text: str, enough: int | None) -> list[tuple[int, int]]:
    """The marks as the analyser gives them: every word of every paragraph a token."""
    analyzer = SCHEMA[f"body_{lang}"].analyzer
    if enough is None:
        tokens = [
            AnalysedToken(t.text, t.pos, t.startchar, t.endchar)
            for t in analyzer(text, positions=True, chars=True, mode="index")
        ]
        return find_marks(tokens, match.terms, match.phrases)
    marks: list[tuple[int, int]] = []
    at = 0
    for paragraph in text.split("\n"):
        tokens = [
            AnalysedToken(t.text, t.pos, t.startchar + at, t.endchar + at)
            for t in analyzer(paragraph, positions=True, chars=True, mode="index")
        ]
        marks.extend(find_marks(tokens, match.terms, match.phrases))
        if len(marks) >= enough:
            break
        at += len(paragraph) + 1
    return marks


def forms(lang: str, words: str) -> tuple[str, ...]:
    analyzer = SCHEMA[f"body_{lang}"].analyzer
    return tuple(t.text for t in analyzer(words, mode="index"))


FR = (
    "Le Premier ministre a présenté le budget.\n\n"
    "L’État prévoit une croissance économique de 2 % ; l'Etat dit « prudente ».\n"
    "Les élèves d’une école à Montréal — et les eleves de Québec — ont voté.\n"
    "Rien ici.\n"
    "Enfin, le stock de puces de l’État baisse ; un stock de GPU et des puces Nvidia."
)
EN = (
    "Ministers said it would rise.\n"
    "The Bank of England's governor said he would not; the bank's rates stay.\n"
    "\n"
    "Prime minister Blair and Brown's budget: the prime-minister's office said that."
)


@pytest.mark.parametrize("enough", [None, 1, 2, 3, 100])
@pytest.mark.parametrize(
    ("lang", "text", "terms", "phrases"),
    [
        ("fr", FR, "État élèves", ()),
        ("fr", FR, "croissance", ("stock de puces", "l’État baisse")),
        ("fr", FR, "Québec", ("Premier ministre",)),
        ("fr", FR, "", ("une école à Montréal",)),
        ("en", EN, "bank", ("said it would", "prime minister")),
        ("en", EN, "England governor", ()),
        ("en", EN, "", ("said he would",)),
        ("en", EN, "absent", ()),
    ],
)
def test_marks_are_the_analysers(
    lang: str, text: str, terms: str, phrases: tuple[str, ...], enough: int | None
) -> None:
    match = Match(
        "a", 1.0, lang, frozenset(forms(lang, terms)), tuple(forms(lang, p) for p in phrases)
    )
    found = hit_offsets(SCHEMA[f"body_{lang}"].analyzer, match, text, enough)
    assert found == analysed(lang, match, text, enough)
    if terms != "absent":
        assert found  # the cases mark something: the comparison is not of two empties


def test_an_accented_word_marks_its_unaccented_spelling_too() -> None:
    match = Match("a", 1.0, "fr", frozenset(forms("fr", "élèves")[:1]))
    found = hit_offsets(SCHEMA["body_fr"].analyzer, match, FR)
    assert [FR[s:e] for s, e in found] == ["élèves", "eleves"]


def test_a_phrase_of_function_words_is_marked_where_they_stand() -> None:
    match = Match("a", 1.0, "en", frozenset(), (forms("en", "said he would"),))
    found = hit_offsets(SCHEMA["body_en"].analyzer, match, EN, 2)
    assert [EN[s:e] for s, e in found] == ["said he would"]
