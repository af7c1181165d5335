"""A quoted phrase typed without its small words (``"président commission"``, ``"bank
england"``): of the articles holding its words close, in order, those with nothing but
function words between (*président de la commission*, *Bank of England*) come before
those with another word between (*président veut une commission*, *bank in east
England*), however often those say the words."""

from __future__ import annotations

import pytest

from reader.search import IndexDoc, SearchIndex

DOCS = {
    "de-la": (
        "fr",
        "Bruxelles",
        "Le président de la commission a parlé hier soir à Bruxelles devant les députés "
        "européens réunis en séance plénière pour le vote du budget annuel.",
    ),
    "veut": (
        "fr",
        "Enquête",
        "Le président veut une commission d'enquête ; la commission, dit le président, votera.",
    ),
    "far": ("fr", "Élections", "Le président a nommé hier une commission d'enquête."),
    "of": (
        "en",
        "Rates",
        "The Bank of England raised its rates on Thursday, its governor told reporters in "
        "a long statement about prices and wages across the country.",
    ),
    "east": ("en", "Savers", "A small bank in east England failed; the bank had few savers."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    made = SearchIndex(tmp_path_factory.mktemp("phrases-linked"))
    made.rebuild([IndexDoc(key, 1, lang, title, body) for key, (lang, title, body) in DOCS.items()])
    return made


def listed(index: SearchIndex, text: str) -> list[str]:
    return [m.id for m in index.search(text, limit=50).matches]


@pytest.mark.parametrize(
    ("text", "first", "after"),
    [
        ('"président commission"', "de-la", "veut"),
        ('"Président Commission"', "de-la", "veut"),
        ('"bank england"', "of", "east"),
    ],
)
def test_only_function_words_between_ranks_first(
    index: SearchIndex, text: str, first: str, after: str
) -> None:
    found = listed(index, text)
    assert found.index(first) < found.index(after), found


def test_the_other_writings_are_still_listed(index: SearchIndex) -> None:
    """*président veut une commission* is listed, after; words farther apart
    (*président a nommé hier une commission*) are no phrase."""
    found = listed(index, '"président commission"')
    assert found[:2] == ["de-la", "veut"]
    assert "far" not in found
