"""The open article marks what the search lists it for, and nothing when the search does
not list it: the marks and the results read one plan, with the alternatives some article
holds (the chips). Typing ``fine`` with the Morsi article open showed "1 search hit" on
*Bien*, which the search had not searched and the list did not hold."""

from __future__ import annotations

import shutil

import pytest

from reader.services import Library
from tests.conftest import corpus


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("marks")
    files = folder / "files"
    files.mkdir()
    for path in sorted(corpus("en-bbc-news-2225", "bbc", "business").glob("*.txt"))[:150]:
        shutil.copy(path, files / path.name)
    shutil.copy(corpus("fr-wikinews-keyphrase-100", "documents", "44355.html"), files)
    with Library.open(folder / "library") as opened:
        opened.store.set_setting("bundled_corpus_seeded", "1")
        report = opened.import_paths(sorted(files.iterdir()))
        opened.ensure_index()
        opened.morsi = next(  # type: ignore[attr-defined]
            o.article_id for o in report.outcomes if o.path.endswith("44355.html")
        )
        yield opened


@pytest.mark.parametrize("query", ["fine", "well", "Egypte", "Morsi élu", "fine OR"])
def test_an_open_article_is_marked_only_for_what_lists_it(library, query: str) -> None:
    morsi = library.morsi
    listed = morsi in {h.id for h in library.search(query, limit=500).hits}
    text = library.store.get(morsi).text
    marks = [text[a:b] for a, b in library.finder.hit_offsets(morsi, query)]
    assert bool(marks) == listed, (query, marks)


def test_a_word_of_both_languages_marks_the_sense_searched(library) -> None:
    morsi = library.morsi
    text = library.store.get(morsi).text
    # *well* is searched as *bien* too: the article is listed and *Bien* marked
    assert "Bien" in [text[a:b] for a, b in library.finder.hit_offsets(morsi, "well")]
    # *fine* (English far more than French): what is marked is what was searched, the
    # word or one of its chips, and the article is listed for it
    searched = library.search("fine", limit=500)
    chips = {a.casefold() for a in dict(searched.alternatives).get("fine", ())}
    marked = {text[a:b].casefold() for a, b in library.finder.hit_offsets(morsi, "fine")}
    assert marked <= {"fine", *chips}
    assert bool(marked) == (morsi in {h.id for h in searched.hits})
