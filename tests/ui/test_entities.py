"""Entities in the reader: overlay, legend toggles, panel navigation, search link."""

from __future__ import annotations

from tests.ui.test_window import open_title


def entity_selections(window) -> int:
    view = window.article_view
    return sum(1 for s in view.browser.extraSelections() if s.format.underlineStyle() != 0)


def test_opening_an_article_shows_its_entities(qtbot, window) -> None:
    open_title(qtbot, window, "Tencent a révélé")
    view = window.article_view
    qtbot.waitUntil(lambda: len(view.entities()) > 20, timeout=60000)
    pairs = {(m.text, m.label) for m in view.entities()}
    for expected in [
        ("Tencent", "ORG"),
        ("Pékin", "LOC"),
        ("H20", "PRODUCT"),
        ("16 milliards de dollars", "MONEY"),
        ("Hunyuan-T1", "PRODUCT"),
    ]:
        assert expected in pairs
    tencent = next(m for m in view.entities() if m.text == "Tencent")
    assert view.cursor_for(tencent.start, tencent.end).selectedText() == "Tencent"
    assert entity_selections(window) == len(view.entities())
    panel = window.entities_panel
    assert panel.toggles["ORG"].text().startswith("Organisations ")


def test_legend_toggles_hide_a_type_and_all(qtbot, window) -> None:
    open_title(qtbot, window, "Tencent a révélé")
    view = window.article_view
    qtbot.waitUntil(lambda: len(view.entities()) > 20, timeout=60000)
    orgs = sum(1 for m in view.entities() if m.label == "ORG")
    total = entity_selections(window)
    window.entities_panel.toggles["ORG"].click()
    assert entity_selections(window) == total - orgs
    window.entities_action.trigger()  # Ctrl+E: everything off
    assert entity_selections(window) == 0
    window.entities_action.trigger()
    assert entity_selections(window) == total - orgs


def test_panel_steps_through_mentions_and_links_to_search(qtbot, window) -> None:
    open_title(qtbot, window, "Tencent a révélé")
    view = window.article_view
    qtbot.waitUntil(lambda: len(view.entities()) > 20, timeout=60000)
    tree = window.entities_panel.tree
    item = next(
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
        if tree.topLevelItem(i).child(j).text(0).startswith("Martin Lau")
    )
    window.entities_panel._on_tree_item_activated(item)
    first = view.browser.textCursor().selectedText()
    window.entities_panel._on_tree_item_activated(item)
    second_start = view.browser.textCursor().selectionStart()
    assert first in ("Martin Lau", "Lau")
    assert second_start != 0
    window.entities_panel._on_tree_item_double_clicked(item, 0)
    assert window.search_field.text() == 'entity:"Martin Lau"'
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() >= 3, timeout=20000)


def test_corrections_from_the_reader(qtbot, window) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    from reader.core.model import EntityCorrection

    open_title(qtbot, window, "Tencent a révélé")
    view = window.article_view
    qtbot.waitUntil(lambda: len(view.entities()) > 20, timeout=60000)
    # the context menu offers to mark a selection as an entity
    start = view.article.text.index("Chain of Thought")
    view.browser.setTextCursor(view.cursor_for(start, start + len("Chain of Thought")))
    menu = QMenu()
    view.add_entity_actions(menu, QPoint(5, 5))
    assert "Mark as Entity" in [a.text() for a in menu.actions()]
    # a retype applies at once and to every mention of the entity
    view.correction_requested.emit(EntityCorrection("retype", canonical="Yuanbao", label="ORG"))
    qtbot.waitUntil(
        lambda: {m.label for m in view.entities() if m.canonical == "Yuanbao"} == {"ORG"},
        timeout=30000,
    )
    view.correction_requested.emit(
        EntityCorrection("remove", article_id=view.article.id, surface="avril")
    )
    qtbot.waitUntil(lambda: all(m.text != "avril" for m in view.entities()), timeout=30000)


def test_entity_chip_narrows_the_search(qtbot, window) -> None:
    window.recognize_entities()
    qtbot.waitUntil(lambda: bool(window.article_view.article_counts), timeout=60000)
    window.search_field.setText("Tencent")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=10000)
    chips = [panel.chips_layout.itemAt(i).widget() for i in range(panel.chips_layout.count())]
    entity_chips = [c for c in chips if c.accessibleName().startswith("Entity ")]
    assert entity_chips, [c.accessibleName() for c in chips]
    chip = entity_chips[-1]  # the least frequent shown: it narrows the results
    name, count = chip.text().rsplit(" · ", 1)
    chip.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == int(count), timeout=10000)
    assert f'entity:"{name}"' in panel.full_query()


def test_entity_browser_lists_articles_and_cooccurring_entities(qtbot, window) -> None:
    window.recognize_entities()
    qtbot.waitUntil(lambda: bool(window.article_view.article_counts), timeout=60000)
    window.entity_browser_action.trigger()
    browser = window.entity_browser
    qtbot.waitUntil(lambda: browser.model.rowCount() > 30, timeout=20000)
    first = browser.proxy.index(0, 2).data()
    assert int(first) == 5  # sorted by articles: China is in all five seeds
    assert browser.select("Huawei")
    qtbot.waitUntil(lambda: browser.articles.count() == 3, timeout=20000)
    related = [browser.related.item(i).text() for i in range(browser.related.count())]
    assert any(r.startswith("Nvidia") for r in related)
    assert not any(r.startswith("Huawei") for r in related)
    browser.kind.setCurrentIndex(browser.kind.findData("PRODUCT"))
    qtbot.waitUntil(
        lambda: browser.model.rowCount() > 0
        and all(
            browser.model.item(r, 1).data(0x100) == "PRODUCT"
            for r in range(browser.model.rowCount())
        ),
        timeout=20000,
    )
    browser.close()


def test_the_legend_stays_readable_in_a_window_that_cannot_grow(qtbot, french_window) -> None:
    from PySide6.QtCore import QPoint

    from reader.core.model import EntityMention

    window = french_window
    open_title(qtbot, window, "Tencent a révélé")
    qtbot.waitUntil(lambda: len(window.article_view.entities()) > 20, timeout=60000)
    panel = window.entities_panel
    area = window.entities_dock.widget()
    # as wide as the window opened, in two columns: nothing cut
    two = {b.mapTo(panel, QPoint(0, 0)).x() for b in panel.toggles.values()}
    assert len(two) == 2
    # a maximised window on its screen: counts of three digits make two columns wider
    # than the dock can be; the toggles go one under the other, none cut at the edge
    window.setMaximumWidth(window.width())
    many = [
        EntityMention(i, i + 1, "x", label, f"n{i}", "rules")
        for label in panel.toggles
        for i in range(150)
    ]
    panel.set_mentions(many)
    qtbot.waitUntil(lambda: panel.toggles["PERCENT"].text() == "Pourcentages 150", timeout=5000)
    # each toggle as wide as its text, once laid out again
    qtbot.waitUntil(
        lambda: all(b.width() >= b.sizeHint().width() for b in panel.toggles.values()),
        timeout=5000,
    )
    for button in panel.toggles.values():
        right = button.mapTo(area.viewport(), QPoint(button.width(), 0)).x()
        assert right <= area.viewport().width(), button.text()
