"""A search can leave the snippets of its lower hits for later (the result list shows a
dozen rows): the hits, their order and the counts are those of the full search, and the
snippets made afterwards are the ones the full search gives."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("query", ["puces", "Chine États-Unis", "entreprise", "géant chinois"])
def test_snippets_made_later_are_those_of_the_full_search(library, query: str) -> None:
    full = library.search(query, limit=50)
    assert len(full.hits) >= 3, query
    assert all(hit.snippet for hit in full.hits)
    lazy = library.search(query, limit=50, snippets=2)
    assert [h.id for h in lazy.hits] == [h.id for h in full.hits]
    assert (lazy.total, lazy.facets, lazy.strict_total) == (
        full.total,
        full.facets,
        full.strict_total,
    )
    assert lazy.hits[:2] == full.hits[:2]
    assert [h.snippet for h in lazy.hits[2:]] == [""] * (len(full.hits) - 2)
    # the rows without a snippet yet show the same title, source, language and score
    shown = [(h.id, h.title, h.source, h.lang, h.score) for h in full.hits]
    assert [(h.id, h.title, h.source, h.lang, h.score) for h in lazy.hits] == shown
    rest = [h.id for h in lazy.hits[2:]]
    made = library.snippets(query, rest, limit=50)
    assert [made[i] for i in rest] == list(full.hits[2:])


def test_snippets_of_articles_not_among_the_hits_are_left_out(library) -> None:
    hits = library.search("Huawei", limit=50).hits
    others = [a.id for a in library.articles() if a.id not in {h.id for h in hits}]
    assert others
    made = library.snippets("Huawei", [hits[0].id, *others], limit=50)
    assert list(made) == [hits[0].id]
    assert library.snippets("   ", [hits[0].id]) == {}


def test_snippets_made_on_another_thread_do_not_search_again(library, monkeypatch) -> None:
    """The window makes the lower rows' snippets on another thread than the search's:
    the outcome kept by the index is shared, so the search is not run a second time (it
    could differ from the rows shown had the library changed)."""
    import threading

    from reader.search import SearchIndex

    searched: list[str] = []
    real = SearchIndex._search

    def counted(self, searcher, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        searched.append(text)
        return real(self, searcher, text, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "_search", counted)
    lazy = library.search("semi-conducteurs Chine", limit=50, snippets=1)
    rest = [h.id for h in lazy.hits[1:]]
    assert rest and searched == ["semi-conducteurs Chine"]
    made: dict = {}
    worker = threading.Thread(
        target=lambda: made.update(library.snippets("semi-conducteurs Chine", rest, limit=50))
    )
    worker.start()
    worker.join()
    assert set(made) == set(rest) and all(hit.snippet for hit in made.values())
    assert searched == ["semi-conducteurs Chine"]
