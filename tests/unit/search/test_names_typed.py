"""A word typed with a capital is read as a name: "did you mean" offers the library's
names first (``Braun`` → *Brown*, not *brain*), on real BBC articles, and a name is not
stemmed into another name (``Martinique`` does not list the seeds about *Martin* Lau)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.search import IndexDoc, SearchIndex
from tests.conftest import SHARED
from tests.unit.search.real_docs import bbc_doc, wikinews_doc

# three articles that write *brain*, six that write *Brown* (Gordon Brown), as in the
# BBC library, where *Brown* is in 124 articles and *brain* in 11
BRAIN = ["tech/065", "tech/161", "tech/165"]
BROWN = [
    "politics/001",
    "politics/005",
    "politics/017",
    "politics/021",
    "politics/024",
    "politics/034",
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder: Path = tmp_path_factory.mktemp("names")
    made = SearchIndex(folder / "index")
    made.rebuild([bbc_doc(key) for key in BRAIN + BROWN])
    yield made
    made.close()


def test_a_name_typed_with_a_typo_is_offered_the_library_s_name(index: SearchIndex) -> None:
    found = index.search("Braun", limit=10)
    assert found.suggestion == "Brown"
    assert {h.id for h in found.matches} == set(BROWN)


def test_the_same_word_in_lower_case_is_offered_the_nearest_word(index: SearchIndex) -> None:
    # one edit from *brain*, two from *brown*: a word typed in lower case is no name
    assert index.search("braun", limit=10).suggestion == "brain"


def test_a_common_word_typed_with_a_capital_is_still_corrected(index: SearchIndex) -> None:
    # no name within reach: the nearest word, as in lower case
    assert index.search("Goverment", limit=10).suggestion == "Government"


MRS = ["politics/104", "politics/046", "politics/011", "politics/368", "politics/194"]


def test_a_name_misspelt_by_a_vowel_is_not_a_title_two_letters_shorter(
    tmp_path: Path,
) -> None:
    """``Morsy`` is *Morsi* (one letter other), not *Mrs* (two letters dropped), though
    five articles write *Mrs* as a name and one *Morsi*; ``Mursi`` is *Morsi*, not the
    name two edits away with the same consonants (*Marsh*)."""
    made = SearchIndex(tmp_path / "index")
    try:
        made.rebuild([bbc_doc(key) for key in [*MRS, "business/060"]] + [wikinews_doc("44355")])
        found = made.search("Morsy", limit=10)
        assert found.suggestion == "Morsi"
        assert [h.id for h in found.matches] == ["wikinews/44355"]
        assert made.search("Mohamed Morsy", limit=10).suggestion == "Mohamed Morsi"
        # one edit from *Morsi*, two from *Marsh* (the insurer), with the same consonants
        assert made.search("Mursi", limit=10).suggestion == "Morsi"
    finally:
        made.close()


# -- names not stemmed into other names ---------------------------------------------------

# written for the test: no article of the corpora names Martinique; the seeds are real
MARTINIQUE = IndexDoc(
    "martinique",
    1,
    "fr",
    "Cyclone sur la Martinique",
    "Le cyclone a touché la Martinique dans la nuit. Les habitants de la Martinique "
    "sont privés d'électricité, selon la préfecture de Fort-de-France.",
)


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} is not available on this machine")
    docs = [MARTINIQUE]
    for path in sorted(seeds.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(f"seed/{path.name[:3]}", 1, "fr", title.strip(), body))
    # *Lyon* in a French article (44551) and *Lyons* in an English one (sport/237)
    docs += [wikinews_doc("44551"), bbc_doc("sport/237")]
    made = SearchIndex(tmp_path_factory.mktemp("martinique") / "index")
    made.rebuild(docs)
    yield made
    made.close()


def _ids(index: SearchIndex, text: str) -> list[str]:
    return [m.id for m in index.search(text, limit=20).matches]


def test_a_name_typed_with_a_capital_is_not_stemmed_into_another(french: SearchIndex) -> None:
    # the French stemmer makes *martin* of *Martinique*: the seeds name Martin Lau
    assert _ids(french, "Martinique") == ["martinique"]


def test_the_other_name_still_finds_its_articles(french: SearchIndex) -> None:
    assert {"seed/000", "seed/001", "seed/002", "seed/003"} <= set(_ids(french, "Martin Lau"))


def test_a_name_s_plural_still_meets_its_singular(french: SearchIndex) -> None:
    # *Lyons* (English) is *Lyon* (French): a plural's ending is no other name
    assert {"wikinews/44551", "sport/237"} <= set(_ids(french, "Lyons"))


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    # *Julie* (Julie Walters) in entertainment/038; *July* in the three business articles
    made = SearchIndex(tmp_path_factory.mktemp("julie") / "index")
    made.rebuild([bbc_doc(k) for k in ("entertainment/038", *JULY)])
    yield made
    made.close()


JULY = ("business/036", "business/044", "business/048")


def test_an_english_name_is_not_its_stem_s_other_name(english: SearchIndex) -> None:
    # the English stemmer makes *juli* of *Julie* and of *July*
    assert _ids(english, "Julie") == ["entertainment/038"]
    assert set(_ids(english, "July")) == set(JULY)
