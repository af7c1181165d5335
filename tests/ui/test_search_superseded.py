"""A slow search is cancelled by typing on: the query typed over it shows its own
results, and the old results, when they come late, are dropped, never shown."""

from __future__ import annotations

import threading


def _ids(panel) -> list[str]:
    return [panel.model.hit(row).id for row in range(panel.model.rowCount())]


def test_a_new_query_typed_while_a_slow_search_runs_keeps_its_results(
    qtbot, window, monkeypatch
) -> None:
    library, panel, field = window.ctx.library, window.search_panel, window.search_field
    search = library.search
    old = [h.id for h in search("Huawei", limit=50).hits]
    new = [h.id for h in search("Tencent", limit=50).hits]
    assert old and new and set(old) != set(new)
    started, release, late = threading.Event(), threading.Event(), threading.Event()
    calls: list[str] = []

    def slow_first(query, *args, **kwargs):  # a slow query: the first one waits
        calls.append(query)
        if len(calls) > 1:
            return search(query, *args, **kwargs)
        started.set()
        release.wait(timeout=60)
        try:
            return search(query, *args, **kwargs)
        finally:
            late.set()

    monkeypatch.setattr(library, "search", slow_first)
    shown: list[str] = []  # the query of every result list the panel showed
    panel.searched.connect(lambda _: shown.append(panel.results.query if panel.results else ""))
    try:
        field.setFocus()
        field.setText("Huawei")  # one query, searched after the pause
        qtbot.waitUntil(started.is_set, timeout=20000)
        assert panel.status.text() == "Searching…"
        # the reader types on: the new query answers while the first still runs
        field.selectAll()
        qtbot.keyClicks(field, "Tencent")
        qtbot.waitUntil(lambda: set(_ids(panel)) == set(new), timeout=30000)
        assert "Tencent" in calls[-1] and not late.is_set()
        status = panel.status.text()
    finally:
        release.set()
    # the first query's results arrive now: they are dropped
    qtbot.waitUntil(late.is_set, timeout=30000)
    qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=30000)
    qtbot.wait(100)  # any queued delivery of the old results has been processed
    assert set(_ids(panel)) == set(new)
    assert panel.status.text() == status
    assert panel.results is not None and "Tencent" in panel.results.query
    assert calls[0] == "Huawei"
    assert not any("Huawei" in query for query in shown), shown
