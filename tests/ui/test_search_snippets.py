"""The result list shows its rows before the snippets of the lower ones are made; they
fill in by themselves, the same snippets a full search gives, no row lost or moved."""

from __future__ import annotations

from reader.core.model import SearchHit
from reader.ui.roles import Role
from reader.ui.search import view


def _rows(panel) -> list[SearchHit]:
    return [panel.model.hit(row) for row in range(panel.model.rowCount())]


def test_the_lower_rows_snippets_fill_in(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(view, "SNIPPETS_FIRST", 2)  # the seeds are five articles
    library, panel, field = window.ctx.library, window.search_panel, window.search_field
    full = library.search("puces", limit=view.RESULT_LIMIT).hits
    assert len(full) > 2
    asked: list[int | None] = []
    search = library.search

    def spy(*args, **kwargs):  # what the panel asks of the search
        asked.append(kwargs.get("snippets"))
        return search(*args, **kwargs)

    monkeypatch.setattr(library, "search", spy)
    field.setFocus()
    field.setText("puces")
    qtbot.waitUntil(lambda: len(_rows(panel)) == len(full), timeout=30000)
    qtbot.waitUntil(lambda: all(hit.snippet for hit in _rows(panel)), timeout=30000)
    # the query typed asks for two snippets (a search run again in place, the seeds'
    # entities indexed meanwhile, asks for them all: its rows keep their heights)
    assert asked and asked[0] == 2
    # what the reader sees: the same rows, each with the snippet a full search makes
    # (not the scores: the window may index the seeds' entities meanwhile)
    shown = [(hit.id, hit.title, hit.snippet) for hit in _rows(panel)]
    assert shown == [(hit.id, hit.title, hit.snippet) for hit in full]
    last = panel.model.index(len(full) - 1)
    assert last.data(Role.SNIPPET_HTML) == full[-1].snippet
    assert "<mark>" in last.data(Role.SNIPPET_HTML)
