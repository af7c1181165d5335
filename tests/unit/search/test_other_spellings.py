"""A name spelt as the other language spells it finds the articles that spell it their
way: ``Timbuctoo`` the French article on *Tombouctou*, ``Ioukos`` (French) the BBC
articles on *Yukos*. No dictionary or gazetteer of the app lists those spellings, and
each is more than two edits from the text's, so the page was empty.

The texts are real; which holds what was read with grep: *Tombouctou* only in Wikinews
44485 (six times), *Yukos* in BBC business 003 and 025 (about it) and 028 (once, in an
article on oil prices)."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from reader.search.sounds import sounded
from tests.unit.search.real_docs import bbc_doc, wikinews_doc


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    docs = []
    docs += [bbc_doc(f"business/{n:03d}") for n in range(1, 61)]
    docs += [wikinews_doc(page) for page in ("44485", "44540", "44389", "44372")]
    made = SearchIndex(tmp_path_factory.mktemp("spellings") / "index")
    made.rebuild(docs)
    yield made
    made.close()


@pytest.mark.parametrize(
    ("typed", "spelt", "expected"),
    [
        ("Timbuctoo", "Tombouctou", ["wikinews/44485"]),
        ("timbuktu", "tombouctou", ["wikinews/44485"]),
        ("Ioukos", "Yukos", ["business/003", "business/025", "business/028"]),
    ],
)
def test_a_name_in_the_other_languages_spelling_finds_the_texts_spelling(
    index: SearchIndex, typed: str, spelt: str, expected: list[str]
) -> None:
    found = index.search(typed)
    assert found.corrected and found.suggestion == spelt
    assert sorted(m.id for m in found.matches) == expected
    # the articles about it first, the passing mention after
    assert [m.id for m in found.matches][-1] == expected[-1]


def test_a_typo_within_two_edits_is_still_corrected_by_its_letters(index: SearchIndex) -> None:
    found = index.search("Yukso")
    assert found.suggestion == "Yukos"


def test_a_word_that_sounds_like_nothing_the_library_holds_gets_no_suggestion(
    index: SearchIndex,
) -> None:
    found = index.search("Kilimanjaro")
    assert not found.matches and not found.suggestion


def test_short_words_are_not_sounded() -> None:
    """Under five letters or three consonants a key meets unrelated words."""
    assert sounded("Iowa".lower()) is None
    assert sounded("aria") is None
    assert sounded("ioukos") == ("yukos", "yks")
