"""France's overseas territories by their other language's name: ``French Guiana`` lists
the French article on the *Guyane*, and ``Guyane`` the same. The gazetteer named no
overseas territory, so ``French Guiana`` was read as a typo and searched as *French
Giant*, listing BBC articles on French firms.

The texts are real; which holds what was read with grep: *Guyane* in Wikinews 44389
(its title and text); *French* in many BBC business articles, *Guiana* and *Guyane* in
none."""

from __future__ import annotations

import pytest

from tests.unit.search.real_docs import bbc_doc, expanded_search, wikinews_doc


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory):
    docs = []
    docs += [bbc_doc(f"business/{n:03d}") for n in range(1, 41)]
    docs += [wikinews_doc(page) for page in ("44389", "44485")]
    with expanded_search(tmp_path_factory.mktemp("territories"), docs) as outcome_of:

        def search(text: str) -> tuple[list[str], str]:
            outcome = outcome_of(text)
            return [m.id for m in outcome.matches], outcome.suggestion

        yield search


@pytest.mark.parametrize("typed", ["French Guiana", "french guiana", "Guyane", "guyane"])
def test_an_overseas_territory_by_either_name_finds_its_article(searched, typed: str) -> None:
    ids, suggestion = searched(typed)
    assert ids[:1] == ["wikinews/44389"], typed
    assert suggestion == "", typed  # no "French Giant"
