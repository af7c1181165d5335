"""One naming language in the window: the Entities panel, the reader's hover cards and the
entity browser name each entity in the interface's language, or in each article's, as the
reader chooses in the panel; the choice is kept, and corrections still reach the entity."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from tests.ui.test_live_language import english_after, switch  # noqa: F401 (a fixture)
from tests.ui.test_window import open_title


def panel_names(window, type_name: str) -> set[str]:
    tree = window.entities_panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0).startswith(type_name):
            return {group.child(j).text(0).split("  ×")[0] for j in range(group.childCount())}
    return set()


def choose(window, rule: str) -> None:
    names = window.entities_panel.names
    names.setCurrentIndex(names.findData(rule))


@pytest.fixture
def french_article(qtbot, window):
    open_title(qtbot, window, "Tencent a révélé")
    view = window.article_view
    qtbot.waitUntil(lambda: len(view.entities()) > 20, timeout=60000)
    return window


def test_names_follow_the_chosen_language(qtbot, french_article) -> None:
    window = french_article
    view = window.article_view
    # an English window names the French article's places in English
    assert window.entities_panel.names.currentData() == "interface"
    places = panel_names(window, "Places")
    assert {"Beijing", "China", "United States"} <= places, places
    assert not places & {"Pékin", "Chine", "États-Unis"}
    pekin = next(m for m in view.entities() if m.text == "Pékin")
    assert pekin.canonical == "Beijing"

    choose(window, "article")  # live: the panel and the reader follow at once
    places = panel_names(window, "Places")
    assert {"Pékin", "Chine", "États-Unis"} <= places, places
    assert not places & {"Beijing", "China", "United States"}
    assert next(m for m in view.entities() if m.text == "Pékin").canonical == "Pékin"
    assert window.ctx.settings.get("entity_names") == "article"  # kept for the next start
    assert window.entities.rule.value == "article"

    # the panel's search goes by the name the library keeps, which every article has
    tree = window.entities_panel.tree
    item = next(
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
        if tree.topLevelItem(i).child(j).text(0).startswith("Pékin")
    )
    window.entities_panel._on_tree_item_double_clicked(item, 0)
    assert window.search_field.text() == 'entity:"Beijing"'


def test_a_correction_on_a_shown_name_reaches_the_entity(qtbot, french_article) -> None:
    from reader.core.model import EntityCorrection

    window = french_article
    view = window.article_view
    choose(window, "article")
    view.correction_requested.emit(EntityCorrection("retype", canonical="Pékin", label="ORG"))
    qtbot.waitUntil(
        lambda: {m.label for m in view.entities() if m.text == "Pékin"} == {"ORG"},
        timeout=30000,
    )
    stored = {c.canonical for c in window.ctx.library.entity_corrections()}
    assert "Beijing" in stored and "Pékin" not in stored


def test_the_french_interface_names_in_french(qtbot, french_article) -> None:
    window = french_article
    switch(qtbot, window, "fr")
    qtbot.waitUntil(lambda: "Pékin" in panel_names(window, "Lieux"), timeout=10000)
    assert {"Chine", "États-Unis"} <= panel_names(window, "Lieux")
    assert window.entities_panel.names.currentText() == "Dans la langue de l’interface"


def test_the_browser_lists_one_row_per_shown_name() -> None:
    from reader.core.model import EntitySummary
    from reader.ui.entities.browser import grouped

    rows = [
        EntitySummary("Égypte", "LOC", 5, 3),
        EntitySummary("Egypte", "LOC", 1, 1),
        EntitySummary("Egypt", "PER", 1, 1),  # a name of another type stays apart
    ]

    def english(canonical: str, label: str) -> str:
        return "Egypt" if label == "LOC" else canonical

    assert grouped(rows, english) == [
        ("Egypt", ("Égypte", "Egypte"), "LOC", 3, 6),
        ("Egypt", ("Egypt",), "PER", 1, 1),
    ]


def test_names_are_alphabetised_as_a_reader_does() -> None:
    from reader.ui.entities.panel import sort_key

    names = ["Suisse", "États-Unis", "Maroc", "égypte", "Zambie"]
    assert sorted(names, key=sort_key) == ["égypte", "États-Unis", "Maroc", "Suisse", "Zambie"]


def chip_buttons(window) -> list[QToolButton]:
    """The facet chips the search panel shows now."""
    layout = window.search_panel.chips_layout
    return [layout.itemAt(i).widget() for i in range(layout.count())]


def entity_chips(window) -> set[str]:
    return {chip.text().split(" · ")[0] for chip in chip_buttons(window)}


def test_the_search_chips_follow_the_interface_language(qtbot, french_article) -> None:
    window = french_article
    # the library's entities recognised and indexed (the counts come after both)
    qtbot.waitUntil(lambda: ("China", "LOC") in window.entities.counts, timeout=120000)
    with qtbot.waitSignal(window.search_panel.searched, timeout=30000):
        window.search_field.setText("Chine")
    from reader.ui.search.view import ENTITY_CHIPS

    facets = window.search_panel.results.facets["entity"]
    top = sorted(facets.items(), key=lambda kv: (-kv[1], kv[0]))[:ENTITY_CHIPS]
    shown = sorted({name for name, _ in top} & {"China", "United States", "Beijing"})
    assert "China" in shown, facets  # the chips name some of them
    french = {"China": "Chine", "United States": "États-Unis", "Beijing": "Pékin"}
    assert set(shown) <= entity_chips(window)
    switch(qtbot, window, "fr")
    qtbot.waitUntil(lambda: {french[n] for n in shown} <= entity_chips(window), timeout=10000)
    assert not set(shown) & entity_chips(window)
    # the chip still searches by the name the library keeps
    chip = next(c for c in chip_buttons(window) if c.text().startswith(french[shown[0]] + " · "))
    with qtbot.waitSignal(window.search_panel.searched, timeout=30000):
        chip.click()
    assert f'entity:"{shown[0]}"' in window.search_panel.full_query()
