"""What a reader means by a few words the search read otherwise, over real articles.

- ``JO de Londres``: the French acronym of the Olympic Games. Read in lower case it is
  the English first name *Jo*; typed in capitals in a French query it is the *Jeux
  olympiques*, which English news calls the *Olympics* (reader.translate.acronyms).
- ``Hollande``: the four Wikinews pages that write it name François Hollande (44530,
  44543, 44999, 45525, read with grep); the BBC articles write *Holland* (the country,
  its football team, people named Holland), none *Hollande*. The gazetteer lists
  *Holland* and *Hollande* as other names of the Netherlands, and the English stemmer
  makes *holland* of both, which listed the BBC articles first as if they held the word
  typed.
- ``coupe``: a word only French knows; the English stemmer makes *coup* of it, and
  *De Niro completes box office coup* (entertainment/340) came before the cups.
- ``industrie``, ``taxe``: words only French knows too, but their English stems are
  their translations' (*industry*, *tax*). Kept out of the English fields as *coupe*
  is, ``industrie`` found none of the BBC's industry articles (its translation, which
  searched the same stem, went with it) and ``taxe`` listed *price* articles first. The
  articles among business/001–049 that write the words were listed with grep.
"""

from __future__ import annotations

import shutil

import pytest

from tests.unit.search.real_docs import bbc_doc, expanded_search, wikinews_doc

pytestmark = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)

HOLLANDE = ["wikinews/44530", "wikinews/44543", "wikinews/44999", "wikinews/45525"]
# articles naming a Jo: the first two never write of the Olympics, the others do
JO_NAMED = ["entertainment/300", "sport/070", "sport/069", "sport/074", "sport/087"]
OLYMPICS = ["sport/009", "sport/015", "sport/016", "sport/017", "sport/022"]
HOLLAND = ["business/093", "business/183", "entertainment/104", "sport/096", "sport/099"]
CUPS = ["sport/008", "sport/064", "sport/095"]


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory):
    keys = [*JO_NAMED, *OLYMPICS, *HOLLAND, *CUPS, "entertainment/340", "business/014"]
    docs = [bbc_doc(k) for k in dict.fromkeys(keys)]
    docs += [wikinews_doc(p.split("/")[1]) for p in [*HOLLANDE, "wikinews/44552"]]
    docs += [wikinews_doc(p) for p in ("44589", "44231")]
    with expanded_search(tmp_path_factory.mktemp("meant"), docs) as search:
        yield search


def test_a_french_acronym_in_capitals_meets_its_sense_before_a_first_name(searched) -> None:
    found = searched("JO de Londres")
    ids = [m.id for m in found.matches]
    assert ids[0] == "wikinews/44552"  # Jeux Olympiques de 2012 … à Londres
    # the Olympics' articles before any article naming a Jo and not the Olympics
    named = [ids.index(k) for k in JO_NAMED[:2] if k in ids]
    olympic = [ids.index(k) for k in OLYMPICS if k in ids]
    assert olympic and (not named or max(olympic) < min(named))
    chips = dict(found.alternatives)["JO"]
    assert chips[:2] == ("Jeux olympiques", "Olympics")


def test_the_first_name_typed_is_still_the_first_name(searched) -> None:
    found = searched("Jo")
    assert {m.id for m in found.matches} >= set(JO_NAMED)
    assert "JO" not in dict(found.alternatives) and "Jo" not in dict(found.alternatives)


def test_hollande_lists_the_french_articles_that_write_it_first(searched) -> None:
    found = searched("Hollande")
    ids = [m.id for m in found.matches]
    assert set(ids[:4]) == set(HOLLANDE)
    # the Netherlands' articles follow, through the other names
    assert set(HOLLAND) & set(ids[4:])


def test_a_word_only_french_knows_is_not_the_english_stemmers_other_word(searched) -> None:
    found = searched("coupe")
    # the French articles holding it first, then the English ones: cups, not the coup
    english = [m.id for m in found.matches if not m.id.startswith("wikinews/")]
    assert english[0] in CUPS
    assert "entertainment/340" not in english[:3]  # box office coup


# business/001-049 writing *tax* or *taxes*, *industry* or *industries* (grep -w)
TAXED = [f"business/{n}" for n in ("003", "004", "017", "021", "025", "033", "035", "040", "041")]
INDUSTRY = [
    f"business/{n}" for n in ("019", "020", "022", "027", "034", "039", "046", "048", "049")
]


@pytest.fixture(scope="module")
def business(tmp_path_factory: pytest.TempPathFactory):
    docs = [bbc_doc(f"business/{n:03d}") for n in range(1, 50)]
    with expanded_search(tmp_path_factory.mktemp("business"), docs) as search:
        yield search


def test_a_french_word_finds_the_english_articles_of_its_translation(business) -> None:
    found = business("industrie", limit=20)
    ids = {m.id for m in found.matches}
    assert set(INDUSTRY) <= ids
    assert "industry" in dict(found.alternatives)["industrie"]


def test_a_french_word_ranks_its_own_translation_before_the_others(business) -> None:
    found = business("taxe", limit=20)
    ids = [m.id for m in found.matches]
    # *tax* before *rate* and *price*, the word's other translations
    assert set(ids[:5]) <= set(TAXED), ids
