"""The library model: a valid Qt model that fetches rows lazily."""

from __future__ import annotations

from reader.core.model import ArticleSummary
from reader.ui.library.model import LibraryModel


def fake_rows(n: int):
    calls: list[int] = []

    def fetch(ids):
        calls.append(len(ids))
        return [
            ArticleSummary(
                id=i,
                title=f"Article {i}",
                source="S",
                lang="fr",
                date=None,
                paragraphs=1,
                version=1,
                imported_at="",
            )
            for i in ids
        ]

    return [f"{n:05d}" for n in range(n)], fetch, calls


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    ids, fetch, _ = fake_rows(500)
    model = LibraryModel(fetch)
    model.set_ids(ids)
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(qtbot) -> None:
    ids, fetch, calls = fake_rows(50_000)
    model = LibraryModel(fetch)
    model.set_ids(ids)
    assert model.rowCount() == 50_000 and calls == []
    assert model.data(model.index(12_345, 0)) == "Article 12345"
    assert calls == [200]
    model.data(model.index(12_346, 1))
    assert calls == [200]  # same page, cached


def test_sorting_asks_for_a_new_order(qtbot) -> None:
    from PySide6.QtCore import Qt

    ids, fetch, _ = fake_rows(3)
    model = LibraryModel(fetch)
    model.set_ids(ids)
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(3, Qt.SortOrder.DescendingOrder)
    assert blocker.args == ["date", True]
