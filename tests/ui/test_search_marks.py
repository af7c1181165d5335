"""What a search leaves on the open article: the marks and the hit bar belong to the
query in the search box, never to the one typed before; an ``entity:`` search marks the
entity's mentions, in the snippets and in the article."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from tests.ui.test_reading_place import settle


def _open_result(qtbot, window, query: str, row: int = 0) -> None:
    field, panel = window.search_field, window.search_panel
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, query)
    qtbot.waitUntil(lambda: panel.model.rowCount() > row, timeout=20000)
    panel.list.setCurrentIndex(panel.model.index(row, 0))
    target = panel.model.hit(row).id
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == target)
    # opened from the list: at its first hit (marks alone may come first, from the
    # results, when the article was already open)
    qtbot.waitUntil(lambda: window.article_view.current_hit is not None, timeout=20000)


def _marked(window) -> set[str]:
    text = window.current.text
    return {text[s:e].lower() for s, e in window.article_view.hits()}


def test_a_new_query_takes_the_old_marks_away_then_marks_its_own(qtbot, window) -> None:
    view = window.article_view
    _open_result(qtbot, window, "Huawei")
    assert _marked(window) == {"huawei"} and view.hit_bar.isVisible()
    shown = window.current.id
    # the reader types another query: the Huawei marks go with the first key
    window.search_field.selectAll()
    qtbot.keyClick(window.search_field, "T")
    assert view.hits() == [] and not view.hit_bar.isVisible()
    place = view.browser.verticalScrollBar().value()
    qtbot.keyClicks(window.search_field, "encent")
    # the new results are in: the open article (unchanged) shows Tencent's places
    qtbot.waitUntil(lambda: _marked(window) == {"tencent"}, timeout=20000)
    assert window.current.id == shown and view.hit_bar.isVisible()
    count = len(view.hits())
    assert view.hit_bar.label.text() == f"{count} search hit{'s' if count > 1 else ''}"
    assert view.browser.verticalScrollBar().value() == place  # marking does not scroll
    # F3 goes to the first of them
    view.next_hit()
    assert view.current_hit == view.hits()[0]
    # leaving the search leaves no marks
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert view.hits() == [] and not view.hit_bar.isVisible()


def test_entity_search_marks_the_mentions(qtbot, window) -> None:
    settle(qtbot, window)  # the entities of every article are recognised
    panel = window.search_panel
    _open_result(qtbot, window, "entity:Tencent")
    snippets = [panel.model.hit(r).snippet for r in range(panel.model.rowCount())]
    assert snippets and all(
        re.search(r"<mark>[^<]*Tencent[^<]*</mark>", s, re.IGNORECASE) for s in snippets
    ), snippets
    qtbot.waitUntil(lambda: bool(window.article_view.entities()), timeout=20000)
    mentions = {
        (m.start, m.end) for m in window.article_view.entities() if m.canonical == "Tencent"
    }
    assert mentions and mentions <= set(window.article_view.hits())
    assert window.article_view.hit_bar.isVisible()
    start, end = window.article_view.current_hit
    assert "tencent" in window.current.text[start:end].lower()


def test_a_result_still_loading_when_the_query_changes_comes_without_old_marks(
    qtbot, window, monkeypatch
) -> None:
    import time

    library, panel, view = window.ctx.library, window.search_panel, window.article_view
    qtbot.keyClicks(window.search_field, "Huawei")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1, timeout=20000)
    others = [
        r for r in range(panel.model.rowCount()) if panel.model.hit(r).id != window.current.id
    ]
    row = max(others, key=lambda r: (panel.model.hit(r).first_hit or (0, 0))[0])  # far down
    target = panel.model.hit(row).id
    marking = library.hit_offsets

    def slow(*args, **kwargs):  # a slow disk: the article comes after the next key
        time.sleep(0.8)
        return marking(*args, **kwargs)

    monkeypatch.setattr(library, "hit_offsets", slow)
    panel.list.setCurrentIndex(panel.model.index(row, 0))
    window.search_field.selectAll()
    qtbot.keyClick(window.search_field, "Z")  # another query, typed over the first
    qtbot.waitUntil(lambda: window.current.id == target, timeout=20000)
    settle(qtbot, window)
    assert "huawei" not in _marked(window)
    assert view.current_hit is None and not view.hit_bar.isVisible()
    # nor was it taken to where the first query's first hit was
    assert view.browser.verticalScrollBar().value() == 0
