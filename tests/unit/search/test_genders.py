"""A French adjective typed in one gender finds the other where the stemmer keeps them
apart: ``nouveau`` finds *nouvelle* and *nouvel* (real Wikinews articles)."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.unit.search.real_docs import wikinews_doc

# 44231 writes *nouvelle* (never *nouveau*), 44292 *nouvel*, 44388 *nouveau*
PAGES = ("44231", "44292", "44388")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    made = SearchIndex(tmp_path_factory.mktemp("genders") / "index")
    made.rebuild([wikinews_doc(page) for page in PAGES])
    yield made
    made.close()


def _ids(index: SearchIndex, text: str) -> set[str]:
    return {m.id for m in index.search(text, limit=10).matches}


def test_the_masculine_finds_the_feminine(index: SearchIndex) -> None:
    assert _ids(index, "nouveau") == {f"wikinews/{page}" for page in PAGES}


def test_the_feminine_finds_the_masculine(index: SearchIndex) -> None:
    assert _ids(index, "nouvelle") == {f"wikinews/{page}" for page in PAGES}
