"""A translation that the other language writes too is searched in its articles as well:
French news writes *cloud* (``services de cloud``), so ``nuage`` lists those French
articles, not only the English ones with a *cloud*. A look-alike that means something
else there is still not: the English *post* given for ``courrier`` is the French
*poste* (a job), and ``courrier`` does not list the French article on 520 *postes* cut.

The texts are real; which holds what was read with grep: *cloud* in seeds 001 (Baidu's
*services de cloud*) and 003 (twice) and in BBC tech 019 (a *cloud of electrons*);
*post* in BBC business 052 (the *post office*); *postes* in Wikinews 44489."""

from __future__ import annotations

import shutil

import pytest

from reader.search import IndexDoc
from tests.conftest import SHARED
from tests.unit.search.real_docs import bbc_doc, expanded_search, wikinews_doc

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory):
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} is not available on this machine")
    docs = []
    for path in sorted(seeds.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(f"seed/{path.name[:3]}", 1, "fr", title.strip(), body))
    docs += [bbc_doc(key) for key in ("tech/019", "tech/020", "business/052", "business/053")]
    docs += [wikinews_doc(page) for page in ("44489", "44046")]
    with expanded_search(tmp_path_factory.mktemp("loanwords"), docs) as outcome_of:

        def search(text: str) -> list[str]:
            return [m.id for m in outcome_of(text).matches]

        yield search


@needs_apertium
def test_a_loanword_finds_the_articles_of_the_language_that_borrowed_it(searched) -> None:
    assert {"seed/001", "seed/003", "tech/019"} <= set(searched("nuage"))


@needs_apertium
def test_a_look_alike_of_another_meaning_is_not_searched_there(searched) -> None:
    found = searched("courrier")
    assert "business/052" in found
    assert "wikinews/44489" not in found
