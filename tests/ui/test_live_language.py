"""Choosing the interface language switches the open window at once, with no restart:
menus, actions, panels, the library's columns and filters; the filters are never cut
short in French ("Toutes les l"), and the library keeps all its columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

FRENCH_MENUS = ["&Fichier", "&Édition", "&Affichage", "&Aide"]
ENGLISH_MENUS = ["&File", "&Edit", "&View", "&Help"]
FRENCH_COLUMNS = ["Titre", "Source", "Langue", "Date", "Notes"]
ENGLISH_COLUMNS = ["Title", "Source", "Lang.", "Date", "Notes"]


@pytest.fixture(autouse=True)
def english_after(qtbot):
    """The app's translation is process-wide: put English back for the next tests."""
    yield
    from PySide6.QtWidgets import QApplication

    from reader.ui import i18n

    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install(app, "en")


def switch(qtbot, window, code: str) -> None:
    """Choose the language in View → Language, as the reader does."""
    window.language_actions[code].trigger()
    menus = FRENCH_MENUS if code == "fr" else ENGLISH_MENUS
    qtbot.waitUntil(lambda: menu_titles(window) == menus, timeout=5000)


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def headers(window) -> list[str]:
    model = window.library_pane.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def shows_whole_text(combo: QComboBox) -> bool:
    """The combo's text fits beside its arrow (not cut to "Toutes les l…")."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def all_columns_visible(window) -> bool:
    """Every column of the library has room on the screen, none hidden or squeezed."""
    header = window.library_pane.table.horizontalHeader()
    return all(
        not header.isSectionHidden(c)
        and header.sectionSize(c) >= 20
        and header.sectionViewportPosition(c) + header.sectionSize(c) <= header.viewport().width()
        for c in range(header.count())
    )


def assert_english(window) -> None:
    assert menu_titles(window) == ENGLISH_MENUS
    assert window.import_files_action.text() == "&Import Files…"
    assert window.undo_action.text() == "&Undo"
    assert window.theme_actions[next(iter(window.theme_actions))].text() == "Follow &System"
    assert window.details_dock.windowTitle() == "Details"
    assert window.entities_dock.windowTitle() == "Entities"
    assert window.search_field.placeholderText().startswith("Search  (Ctrl+K)")
    pane = window.library_pane
    assert pane.filter.placeholderText() == "Filter by title or source"
    assert headers(window) == ENGLISH_COLUMNS
    assert pane.count.text() == "5 articles"
    assert pane.source.currentText() == "All sources"
    assert pane.tag.currentText() == "All tags"


def assert_french(window) -> None:
    assert menu_titles(window) == FRENCH_MENUS
    assert window.import_files_action.text() == "&Importer des fichiers…"
    assert window.undo_action.text() == "&Annuler"
    assert window.redo_action.text() == "&Rétablir"
    assert window.commands["panel_details"].text() == "&Détails"
    assert window.commands["shortcuts"].text() == "&Raccourcis clavier"
    assert window.theme_actions[next(iter(window.theme_actions))].text() == "Suivre le &système"
    assert window.details_dock.windowTitle() == "Détails"
    assert window.entities_dock.windowTitle() == "Entités"
    assert window.search_field.placeholderText().startswith("Rechercher")
    pane = window.library_pane
    assert pane.filter.placeholderText() == "Filtrer par titre ou source"
    assert headers(window) == FRENCH_COLUMNS
    assert pane.count.text() == "5 articles"
    assert pane.source.currentText() == "Toutes les sources"
    assert pane.tag.currentText() == "Toutes les étiquettes"


def panel_texts(window) -> dict[str, str]:
    """A text of each panel, the bars and the help page."""
    from reader.ui import help as help_dialogs

    reading = window.reading
    side = next(b for b in reading.bar.buttons.buttons() if b.property("mode") == "side")
    notes = window.annotations.panel
    shortcuts = help_dialogs.shortcuts_dialog(window)
    texts = {
        "entities": window.entities_panel.enabled.text(),
        "details": window.details.body.text(),
        "search": window.search_panel.cross.text(),
        "side": side.text(),
        "translate": reading.bar.translate.text(),
        "legend": notes.legend.toolTip(),
        "save": notes.save_note.text(),
        "filter": notes.filter.itemText(0),
        "meanings": window.article_view.color_meanings["yellow"],
        "find": window.article_view.find_bar.field.placeholderText(),
        "hits": window.article_view.hit_bar.previous.toolTip(),
        "article": window.article_view.browser.accessibleName(),
        "help": shortcuts.windowTitle() + shortcuts.text(),
        "popup": window.article_view.popup.mode_buttons["tags"].toolTip(),
        "dot": window.article_view.popup.color_buttons[0].toolTip(),
        "import": window.import_progress.cancel.text(),
    }
    shortcuts.deleteLater()
    return texts


def test_every_panel_changes_language_at_once(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.annotations.panel.filter.count() > 0, timeout=10000)
    english = panel_texts(window)
    assert "Length" in english["details"]
    assert english["side"] == "Side by Side"
    assert english["meanings"] == "Key fact"
    switch(qtbot, window, "fr")
    french = panel_texts(window)
    assert french["entities"] == "Afficher les entités dans le texte"
    assert "Longueur" in french["details"] and "Length" not in french["details"]
    assert french["search"].startswith("Chercher aussi")
    assert french["side"] == "Côte à côte"
    assert french["translate"] == "Traduire"
    assert french["legend"] == "Cliquez sur une couleur pour nommer ce qu’elle signifie"
    assert french["save"] == "Enregistrer la note"
    assert french["filter"] == "Toutes les couleurs et étiquettes"
    assert french["meanings"] == "Fait clé"
    assert french["find"] == "Chercher dans l’article"
    assert french["hits"] == "Occurrence précédente (Maj+F3)"
    assert french["article"] == "Texte de l’article"
    assert "Raccourcis clavier" in french["help"] and "Keyboard Shortcuts" not in french["help"]
    assert french["popup"] == "Surligner avec des étiquettes (T)"
    assert french["dot"] == "Surligner : Fait clé (1)"
    assert french["import"] == "Annuler"
    switch(qtbot, window, "en")
    assert panel_texts(window) == english


def test_the_search_view_changes_language(qtbot, window) -> None:
    panel = window.search_panel
    window.search_field.setText("Baidu")
    qtbot.waitUntil(lambda: "match" in panel.status.text(), timeout=10000)
    switch(qtbot, window, "fr")
    assert "correspond" in panel.status.text()
    assert window.search_field.text() == "Baidu"
    switch(qtbot, window, "en")
    assert "match" in panel.status.text()


def test_the_language_changes_at_once(qtbot, window) -> None:
    assert_english(window)
    narrowest = window.minimumSizeHint().width()
    switch(qtbot, window, "fr")
    assert_french(window)
    # the longer French words wrap or fit: the window asks for hardly more room
    assert window.minimumSizeHint().width() <= narrowest + 60
    assert window.ctx.settings.get("language") == "fr"
    assert window.language_actions["fr"].isChecked()
    switch(qtbot, window, "en")
    assert_english(window)
    assert window.ctx.settings.get("language") == "en"


def test_the_filters_keep_their_choice_and_show_it_whole(qtbot, window) -> None:
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.lang.findData("fr") > 0, timeout=5000)
    pane.lang.setCurrentIndex(pane.lang.findData("fr"))
    qtbot.waitUntil(lambda: pane.count.text() == "5 articles", timeout=5000)
    switch(qtbot, window, "fr")
    assert pane.lang.currentData() == "fr"
    pane.lang.setCurrentIndex(0)
    qtbot.waitUntil(lambda: pane.lang.currentText() == "Toutes les langues", timeout=5000)
    for width in (window.width(), 1440):
        window.resize(width, window.height())
        qtbot.wait(50)
        for combo in (pane.source, pane.lang, pane.tag):
            assert shows_whole_text(combo), (width, combo.currentText(), combo.width())
    assert window.width() <= 1440
    switch(qtbot, window, "en")
    for combo in (pane.source, pane.lang, pane.tag):
        assert shows_whole_text(combo), combo.currentText()


def test_the_library_keeps_all_its_columns_in_french(qtbot, window, data_dir) -> None:
    """In a window as wide as a small screen allows (the library pane narrow beside the
    reading area) and in a wide one: the narrow columns once went out of sight, the
    title column alone on screen."""
    qtbot.waitUntil(lambda: all_columns_visible(window), timeout=5000)
    switch(qtbot, window, "fr")
    assert headers(window) == FRENCH_COLUMNS
    qtbot.waitUntil(lambda: all_columns_visible(window), timeout=5000)
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: all_columns_visible(window), timeout=5000)
    window.resize(700, 600)  # as narrow as the window goes
    qtbot.waitUntil(lambda: all_columns_visible(window), timeout=5000)
    # and after a restart in French, with the layout the French window saved
    window.ctx.tasks.wait()
    window.close()
    window.ctx.tasks.wait()
    window.ctx.library.close()

    from reader.services import Library
    from reader.ui.app import build_window

    library = Library.open(data_dir)
    again = build_window(library)
    qtbot.addWidget(again)
    again.show()
    again.start()
    try:
        qtbot.waitUntil(lambda: again.library_pane.model.rowCount() == 5, timeout=20000)
        assert menu_titles(again) == FRENCH_MENUS
        assert headers(again) == FRENCH_COLUMNS
        qtbot.waitUntil(lambda: all_columns_visible(again), timeout=5000)
        switch(qtbot, again, "en")
        assert headers(again) == ENGLISH_COLUMNS
        assert all_columns_visible(again)
    finally:
        again.ctx.tasks.wait()
        again.close()
        again.ctx.tasks.wait()
        library.close()


def test_french_filters_show_their_whole_text_from_the_start(qtbot, data_dir) -> None:
    """In a window started in French, as narrow as the screen makes it."""
    from reader.services import Library
    from reader.ui.app import build_window
    from reader.ui.settings import UiSettings

    library = Library.open(data_dir)
    UiSettings(library.paths).set("language", "fr")
    win = build_window(library)
    qtbot.addWidget(win)
    win.show()
    win.start()
    try:
        pane = win.library_pane
        qtbot.waitUntil(lambda: pane.model.rowCount() == 5, timeout=20000)
        assert pane.lang.currentText() == "Toutes les langues"
        for combo in (pane.source, pane.lang, pane.tag):
            assert shows_whole_text(combo), (combo.currentText(), combo.width())
        screen = win.screen().availableGeometry()
        assert win.frameGeometry().width() <= max(screen.width(), 1440)
    finally:
        win.ctx.tasks.wait()
        win.close()
        win.ctx.tasks.wait()
        library.close()


def test_open_browsers_come_back_in_the_new_language(qtbot, window) -> None:
    window.show_entity_browser()
    window.show_annotation_browser()
    window.show_tag_manager()
    old = window.entity_browser
    old.move(40, 50)
    switch(qtbot, window, "fr")
    qtbot.waitUntil(lambda: window.entity_browser is not old, timeout=5000)
    assert window.entity_browser.isVisible()
    assert window.entity_browser.windowTitle() == "Navigateur d’entités"
    assert window.annotation_browser.windowTitle() == "Toutes les annotations"
    assert window.tag_manager.windowTitle() == "Étiquettes"
    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.entity_browser.windowTitle() == "Entity Browser", timeout=5000)
    assert window.annotation_browser.windowTitle() == "All Annotations"
    for tool in (window.entity_browser, window.annotation_browser, window.tag_manager):
        tool.close()


def test_undo_names_what_it_undoes_in_the_new_language(qtbot, window) -> None:
    from tests.ui.test_annotations import select
    from tests.ui.test_window import open_title

    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    select(view, "stock important de processeurs graphiques")
    qtbot.keyClick(view.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    assert window.undo_action.text() == "&Undo Highlight"
    switch(qtbot, window, "fr")
    assert window.undo_action.text() == "&Annuler Surligner"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.annotations() == [], timeout=20000)
    assert window.redo_action.text() == "&Rétablir Surligner"
    switch(qtbot, window, "en")
    assert window.redo_action.text() == "&Redo Highlight"


def test_ctrl_return_still_saves_a_note_after_a_change_of_language(qtbot, window) -> None:
    """The Annotations panel's note, written in its box and saved with Ctrl+Return, in
    French and back in English. After a change of language the key did nothing: the
    Save Note button's new text had taken its shortcut away."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_user_session import type_text
    from tests.ui.test_window import open_title

    library = window.ctx.library
    article_id = next(a.id for a in library.articles() if a.title.startswith("Stratégies"))
    library.annotate(article_id, "Dou Shen")
    open_title(qtbot, window, "Stratégies de Tencent")
    panel = window.annotations.panel
    window.annotations_dock.show()
    window.annotations_dock.raise_()
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)

    def save_with_keys(note: str) -> None:
        panel.list.setCurrentRow(0)
        panel.editor.setFocus()
        panel.editor.clear()
        type_text(panel.editor, note)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        keys = QKeySequence("Ctrl+Return")[0]
        qtbot.keyClick(panel.editor, keys.key(), keys.keyboardModifiers())
        qtbot.waitUntil(lambda: library.annotations(article_id)[0].note == note, timeout=20000)
        # the panel shows it saved before the next one is written
        qtbot.waitUntil(lambda: panel.annotations[0].note == note, timeout=20000)

    for code, note in (("fr", "À vérifier ✓"), ("en", "Vérifié : « oui »")):
        switch(qtbot, window, code)
        save_with_keys(note)
