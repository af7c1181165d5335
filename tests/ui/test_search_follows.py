"""The search shown runs again when the library changes under it — articles imported,
entities recognised in the background (what ``entity:`` finds, the entity chips'
counts) — in place, the row chosen kept; never in place of the query the reader is
typing, which searches the library as it is by then."""

from __future__ import annotations

from typing import Any

from reader.services.changes import Changes
from reader.ui.search import view


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.started and window.ctx.tasks.pending() == 0, timeout=90000)


def _spied(window, monkeypatch) -> list[tuple[str, Any]]:
    library = window.ctx.library
    asked: list[tuple[str, Any]] = []
    search = library.search

    def spy(query: str, *args: Any, **kwargs: Any) -> Any:
        asked.append((query, kwargs.get("snippets")))
        return search(query, *args, **kwargs)

    monkeypatch.setattr(library, "search", spy)
    return asked


def test_entities_recognised_under_a_search_run_it_again_in_place(
    qtbot, window, monkeypatch
) -> None:
    _settled(qtbot, window)
    panel = window.search_panel
    window.search_field.setText('entity:"Tencent"')
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 2, timeout=30000)
    _settled(qtbot, window)
    panel.list.setCurrentIndex(panel.model.index(1, 0))
    chosen = panel.model.hit(1).id
    asked = _spied(window, monkeypatch)
    said: list[str] = []  # what the status line is set to meanwhile
    set_text = panel.status.setText
    monkeypatch.setattr(panel.status, "setText", lambda text: (said.append(text), set_text(text)))
    window.ctx.changes.tell(Changes(entities={window.current.id}))
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    _settled(qtbot, window)
    assert [query for query, _ in asked] == ['entity:"Tencent"']
    assert panel.current_id() == chosen  # the row the reader chose stays chosen
    # nothing flickers: the count stays, no "Searching…" the reader did not ask for
    assert "Searching…" not in said


def test_a_change_while_the_reader_types_leaves_the_typed_query_to_run(
    qtbot, window, monkeypatch
) -> None:
    _settled(qtbot, window)
    asked = _spied(window, monkeypatch)
    window.search_field.setText("puces")
    window.ctx.changes.tell(Changes(entities={window.current.id}))  # as the word is typed
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=30000)
    _settled(qtbot, window)
    # the query typed ran as typed, its lower snippets left for later: not a search run
    # again in place first (every snippet made at once, the rows' order kept)
    assert asked[0] == ("puces", view.SNIPPETS_FIRST)
