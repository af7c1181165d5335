"""A French adjective typed in one gender finds the other where the stemmer keeps them
apart: ``nouveau`` finds *nouvelle* and *nouvel*, and so does ``new`` through its French
alternative (real Wikinews articles)."""

from __future__ import annotations

import shutil

import pytest

from reader.search import SearchIndex
from tests.unit.search.real_docs import bbc_doc, expanded_search, wikinews_doc

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


@pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)
def test_an_english_word_s_french_alternative_finds_both_genders(tmp_path) -> None:
    docs = [wikinews_doc(page) for page in PAGES] + [bbc_doc("tech/001")]
    with expanded_search(tmp_path, docs) as search:
        found = search("new")
    assert "nouveau" in dict(found.alternatives).get("new", ())
    assert {f"wikinews/{page}" for page in PAGES} <= {m.id for m in found.matches}
