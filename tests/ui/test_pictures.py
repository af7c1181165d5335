"""The timeline and the entity map in the window, on the bundled seeds and four real
Wikinews articles: the bars a reader sees, brushing a range to filter the library,
clicking an entity to search for it, and the exports."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QToolTip

from tests.conftest import corpus
from tests.unit.services.test_pictures import WIKINEWS, _recognise

ENTITIES = {
    "Kaboul": [("Kaboul", "LOC"), ("Afghanistan", "LOC"), ("Afghanistan", "LOC")],
    "SMIC": [("France", "LOC"), ("Paris", "LOC")],
    "Tombouctou": [("Mali", "LOC"), ("Tombouctou", "LOC"), ("France", "LOC")],
    "3DS": [("Nintendo", "ORG"), ("3DS XL", "PRODUCT")],
    "Tencent": [("Tencent", "ORG"), ("China", "LOC")],
}


@pytest.fixture
def window(qtbot, data_dir):
    """The window on the seeds and four Wikinews articles whose entities are already
    known (written as a recogniser would: nothing is left to recognise)."""
    from reader.services import Library
    from reader.ui.app import application, build_window

    folder = corpus("fr-wikinews-keyphrase-100", "documents")
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        library.import_paths([folder / name for name in WIKINEWS])
        _recognise(library, ENTITIES)
    application()
    library = Library.open(data_dir)
    win = build_window(library)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.library_pane.model.rowCount() == 9, timeout=60000)
    qtbot.waitUntil(lambda: win.started, timeout=60000)  # its end reloads the list
    yield win
    win.close()  # what runs is cancelled, then drained (as tests/ui/conftest.py's window)
    win.ctx.tasks.wait(180000)
    library.close()


def _titles(window) -> set[str]:
    pane = window.library_pane
    return {s.title for s in window.ctx.library.summaries(pane.model.ids())}


def test_timeline_bars_hover_and_brushing_filter_the_library(qtbot, window) -> None:
    window.commands["panel_timeline"].trigger()
    panel = window.pictures.timeline
    chart = panel.chart
    qtbot.waitUntil(lambda: chart.timeline is not None, timeout=20000)
    timeline = chart.timeline
    # thirteen years between the Wikinews of 2012 and the dated seed of 2025: months
    assert timeline.bucket.value == "month"
    totals = [(b.first.isoformat(), b.total) for b in timeline.bars if b.total]
    assert totals == [("2012-06-01", 3), ("2012-07-01", 1), ("2025-05-01", 1)]
    assert "4" in panel.status.text()  # the undated seeds are counted, not drawn

    # hovering the first bar says its month and its count
    qtbot.mouseMove(chart, chart.bar_center(0))
    qtbot.waitUntil(lambda: "3 article" in QToolTip.text(), timeout=5000)
    assert "June 2012" in QToolTip.text() or "juin 2012" in QToolTip.text()

    # dragging across June and July 2012 shows those dates in the library
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=chart.bar_center(0))
    qtbot.mouseMove(chart, chart.bar_center(1))
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=chart.bar_center(1))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 4, timeout=10000)
    assert _titles(window) == {
        "Afghanistan : attaque meurtrière visant un hôtel à Kaboul",
        "High-tech : annonce de la 3DS XL",
        "France : le SMIC augmentera de 2 %",
        "Mali : les islamistes poursuivent leurs destructions à Tombouctou",
    }
    dates = window.library_pane.date_filter
    assert dates.isVisible() and "2012 – " in dates.label.text()
    assert panel.clear_range.isVisible()

    # a click on one bar: that month alone
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_center(0))
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 3, timeout=10000)

    # the library's own button shows every date again, and the timeline lets go
    qtbot.mouseClick(dates.clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 9, timeout=10000)
    assert not dates.isVisible() and chart.selection is None

    # stacked by language, in days: the same articles, other bars
    panel.group.setCurrentIndex(1)
    qtbot.waitUntil(lambda: chart.timeline.group == "lang", timeout=10000)
    assert chart.timeline.groups == ("fr",)


def test_entity_map_click_searches_and_exports_are_valid(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    window.commands["panel_entity_map"].trigger()
    network = window.pictures.entity_map.network
    expected = {"Kaboul", "Afghanistan", "France", "Tencent", "Nintendo"}

    def shown() -> bool:  # every article's entities counted, no newer picture on its way
        drawn = network.map is not None and expected <= {n.name for n in network.map.nodes}
        return drawn and not window.pictures._settle.isActive()

    qtbot.waitUntil(shown, timeout=30000)
    assert network.map is not None
    france = next(n for n in network.map.nodes if n.name == "France")
    assert france.articles == 2
    assert "Mali : les islamistes" in network.describe(france)

    # clicking a node searches for it; the map then pictures that search
    position = network.node_position("Kaboul")
    assert position is not None
    qtbot.mouseClick(network.viewport(), Qt.MouseButton.LeftButton, pos=position.toPoint())
    assert window.search_field.text() == 'entity:"Kaboul"'
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.results is not None and bool(panel.results.hits), timeout=20000)
    assert [h.title for h in panel.results.hits] == [
        "Afghanistan : attaque meurtrière visant un hôtel à Kaboul"
    ]
    qtbot.waitUntil(lambda: network.map.scope.query == 'entity:"Kaboul"', timeout=20000)
    assert {n.name for n in network.map.nodes} == {"Kaboul", "Afghanistan"}

    # the exports: through the dialog as a user would, then each format
    target = tmp_path / "carte"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SVG (*.svg)")
    )
    window.pictures.entity_map.export_requested.emit("svg")
    svg = tmp_path / "carte.svg"
    qtbot.waitUntil(svg.exists, timeout=10000)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = {"".join(t.itertext()).strip() for t in root.iter() if t.tag.endswith("text")}
    assert "Kaboul" in texts and "Afghanistan" in texts

    window.commands["panel_timeline"].trigger()
    qtbot.waitUntil(lambda: window.pictures.timeline.chart.timeline is not None, timeout=20000)
    png = tmp_path / "frise.png"
    window.pictures.save("timeline", png)
    qtbot.waitUntil(png.exists, timeout=10000)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 2400
    # not a blank page: the bars are drawn in the palette's first colour
    assert any(
        image.pixelColor(QPoint(x, y)).name() == "#4e79a7"
        for x in range(0, 2400, 4)
        for y in range(400, 800, 8)
    )


def test_the_timeline_and_the_entity_map_fit_a_small_screen(qtbot, window) -> None:
    """A 1024×640 window (a small laptop's screen) with both pictures open below the
    article: the window stays that high, the article and the panels above them, and the
    Entities panel's tree still in reach (it scrolls). The Details and Entities panels
    asked for 336 and 318 pixels: the window grew to 721, past the screen's bottom."""
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.height() == 640)
    window.commands["panel_timeline"].trigger()
    window.commands["panel_entity_map"].trigger()
    docks = (window.pictures.timeline_dock, window.pictures.entity_map_dock)
    qtbot.waitUntil(lambda: all(d.isVisible() and d.height() > 100 for d in docks))
    assert window.minimumSizeHint().height() <= 640
    assert window.height() == 640
    window.entities_dock.raise_()
    tree = window.entities_panel.tree
    qtbot.waitUntil(tree.isVisible)
    assert window.entities_dock.height() > 100 and window.article_view.browser.height() > 100
    assert window.entities_dock.width() >= window.entities_panel.minimumSizeHint().width()
