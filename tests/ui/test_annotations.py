"""Highlighting with the keyboard, undo/redo, the panel, jumping between highlights."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from reader.ui.annotations.colors import COLORS
from reader.ui.roles import Role
from tests.ui.test_reading_place import drag
from tests.ui.test_window import open_title


def select(view, text: str) -> tuple[int, int]:
    start = view.article.text.index(text)
    view.browser.setTextCursor(view.cursor_for(start, start + len(text)))
    view.browser.setFocus()
    return start, start + len(text)


def colour_is(view, name: str):
    return lambda: bool(view.annotations()) and view.annotations()[0].color == name


def test_keyboard_highlight_colour_undo_redo_delete(qtbot, window) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    span = select(view, "stock important de processeurs graphiques")
    qtbot.keyClick(view.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    made = view.annotations()[0]
    assert (made.start, made.end, made.color) == (*span, "yellow")
    assert window.annotations.panel.list.count() == 1
    # a colour by number, on the same passage: an edit, not a second highlight
    select(view, "stock important de processeurs graphiques")
    qtbot.keyClick(view.browser, Qt.Key.Key_7)
    qtbot.waitUntil(colour_is(view, "red"), timeout=20000)
    assert len(view.annotations()) == 1
    window.undo_action.trigger()
    qtbot.waitUntil(colour_is(view, "yellow"), timeout=20000)
    window.redo_action.trigger()
    qtbot.waitUntil(colour_is(view, "red"), timeout=20000)
    # Del removes the highlight under the cursor; undo brings it back with its colour
    select(view, "stock important")
    qtbot.keyClick(view.browser, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.annotations() == [], timeout=20000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    assert view.annotations()[0].color == "red"
    assert window.ctx.library.annotations(window.current.id)[0].id == made.id


def test_brackets_jump_between_highlights(qtbot, window) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    for quote in ("Tencent et Baidu optimisent", "Dou Shen", "En somme"):
        select(view, quote)
        qtbot.keyClick(view.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(view.annotations()) == 3, timeout=20000)
    cursor = view.browser.textCursor()
    cursor.setPosition(0)
    view.browser.setTextCursor(cursor)
    qtbot.keyClick(view.browser, Qt.Key.Key_BracketRight)
    assert view.browser.textCursor().selectedText() == "Tencent et Baidu optimisent"
    qtbot.keyClick(view.browser, Qt.Key.Key_BracketRight)
    assert view.browser.textCursor().selectedText() == "Dou Shen"
    qtbot.keyClick(view.browser, Qt.Key.Key_BracketLeft)
    assert view.browser.textCursor().selectedText() == "Tencent et Baidu optimisent"
    # the panel lists them in text order; a click goes to the passage
    panel = window.annotations.panel
    assert panel.list.count() == 3
    panel.annotation_activated.emit(view.annotations()[2].id)
    assert view.browser.textCursor().selectedText() == "En somme"


def test_the_keys_work_as_an_azerty_keyboard_types_them(qtbot, window) -> None:
    """On a French AZERTY keyboard the digits are typed with Shift and the brackets with
    AltGr: the keys go by the character typed (none of them did anything). Shift+H is H;
    Ctrl with a digit is no highlight."""
    from PySide6.QtGui import QKeyEvent

    def typed(key: Qt.Key, text: str, modifiers: Qt.KeyboardModifier) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view.browser, QKeyEvent(kind, key, modifiers, text))

    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    shift, altgr = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.GroupSwitchModifier
    select(view, "Dou Shen")
    typed(Qt.Key.Key_H, "H", shift)
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    select(view, "Dou Shen")
    typed(Qt.Key.Key_7, "7", shift)  # AZERTY: Shift and the key of "è" types 7
    qtbot.waitUntil(colour_is(view, "red"), timeout=20000)
    select(view, "Dou Shen")
    typed(Qt.Key.Key_2, "", Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert view.annotations()[0].color == "red"  # Ctrl+2 is no colour
    cursor = view.browser.textCursor()
    cursor.setPosition(0)
    view.browser.setTextCursor(cursor)
    typed(Qt.Key.Key_BracketRight, "]", altgr)  # AltGr and the key of ")"
    assert view.browser.textCursor().selectedText() == "Dou Shen"


def test_library_shows_counts_and_filters_by_tag(qtbot, window) -> None:
    library = window.ctx.library
    article_id = next(a.id for a in library.articles() if a.title.startswith("Stratégies"))
    library.annotate(article_id, "Dou Shen", tags=["Personnes/Chine"])
    library.annotate(article_id, "Martin Lau", tags=["personnes"])
    window.library_pane.reload()
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.tag.findData("Personnes/Chine") >= 0, timeout=20000)
    row = pane.model.row_of(article_id)
    assert pane.model.data(pane.model.index(row, 4)) == "2"
    pane.tag.setCurrentIndex(pane.tag.findData("personnes"))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=20000)
    assert pane.model.ids() == [article_id]


def test_tag_manager_renames_merges_deletes_and_undoes(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    library = window.ctx.library
    article_id = next(a.id for a in library.articles() if a.title.startswith("Stratégies"))
    library.annotate(article_id, "Dou Shen", tags=["Personnes"])
    library.annotate(article_id, "Martin Lau", tags=["Dirigeants"])
    window.tags_action.trigger()
    manager = window.tag_manager
    qtbot.waitUntil(lambda: manager.table.rowCount() == 2, timeout=20000)
    manager.rename("Dirigeants", "personnes")  # onto an existing tag: a merge
    qtbot.waitUntil(lambda: manager.table.rowCount() == 1, timeout=20000)
    assert manager.table.item(0, 1).text() == "2"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: manager.table.rowCount() == 2, timeout=20000)
    assert {t.name for t in library.tags()} == {"Personnes", "Dirigeants"}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    manager.table.selectRow(0)
    manager.delete_selected()
    qtbot.waitUntil(lambda: manager.table.rowCount() == 1, timeout=20000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: manager.table.rowCount() == 2, timeout=20000)
    tags = {a.exact: a.tags for a in library.annotations(article_id)}
    assert tags == {"Dou Shen": ("Personnes",), "Martin Lau": ("Dirigeants",)}
    manager.close()


def test_orphan_is_listed_and_can_be_reattached(qtbot, window) -> None:
    from dataclasses import replace

    library = window.ctx.library
    article_id = next(a.id for a in library.articles() if a.title.startswith("Stratégies"))
    made = library.annotate(article_id, "Dou Shen", note="qui est-ce ?")
    library.save_annotation(replace(made, status="orphaned"))
    open_title(qtbot, window, "Stratégies de Tencent")
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
    assert window.article_view.annotations() == []  # an orphan is not painted
    assert "Not found" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    assert not panel.reattach.isHidden()
    span = select(window.article_view, "Martin Lau")
    panel.reattach.click()
    qtbot.waitUntil(lambda: len(window.article_view.annotations()) == 1, timeout=20000)
    again = library.annotations(article_id)[0]
    assert (again.id, again.start, again.end, again.status) == (made.id, *span, "anchored")
    assert again.note == "qui est-ce ?"


def test_colour_meanings_are_named_by_the_user(qtbot, window) -> None:
    window.ctx.library.set_color_meaning("red", "Doute sérieux")
    window.annotations.load_meanings()
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: "Doute sérieux" in panel.legend.text(), timeout=20000)
    assert "Key fact" in panel.legend.text()  # the others keep their defaults


def test_each_colour_s_number_and_meaning_stay_on_one_line(qtbot, window) -> None:
    """The legend laid out as its label lays it out, at widths where it wraps: a
    colour's number is never at a line's end with its meaning on the next."""
    from PySide6.QtGui import QTextDocument

    window.ctx.library.set_color_meaning("red", "Doute très sérieux sur la source")
    window.annotations.load_meanings()
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: "Doute très sérieux" in panel.legend.text(), timeout=20000)
    document = QTextDocument()
    document.setDefaultFont(panel.legend.font())
    document.setHtml(panel.legend.text())
    text = document.toPlainText()
    meanings = [panel.meanings[name] for name in COLORS]
    for width in range(120, 420, 7):
        document.setTextWidth(width)
        document.size()  # laid out at that width
        layout = document.firstBlock().layout()
        lines = set()
        for number, meaning in enumerate(meanings, start=1):
            at = text.rindex(str(number), 0, text.index(meaning))
            line = layout.lineForTextPosition(at).lineNumber()
            assert layout.lineForTextPosition(text.index(meaning)).lineNumber() == line, width
            lines.add(line)
        assert width > 400 or len(lines) > 1  # it did wrap


def test_annotation_browser_filters_and_opens_the_passage(qtbot, window) -> None:
    library = window.ctx.library
    seeds = {a.title[:10]: a.id for a in library.articles()}
    strategies = next(v for k, v in seeds.items() if k.startswith("Stratégies"))
    chine = next(v for k, v in seeds.items() if k.startswith("La Chine r"))
    library.annotate(strategies, "Dou Shen", color="green", tags=["personnes"])
    library.annotate(
        chine, "Ascend 910B", color="red", note="chiffres à vérifier", tags=["puces/Huawei"]
    )
    window.annotation_browser_action.trigger()
    browser = window.annotation_browser
    qtbot.waitUntil(lambda: browser.table.rowCount() == 2, timeout=20000)
    browser.text.setText("vérifier")
    assert browser.table.rowCount() == 1
    browser.text.clear()
    browser.tag.setCurrentIndex(browser.tag.findData("puces/Huawei"))
    assert browser.table.rowCount() == 1
    browser.tag.setCurrentIndex(0)
    browser.article.setCurrentIndex(browser.article.findData(chine))
    assert browser.table.rowCount() == 1
    browser.article.setCurrentIndex(0)
    browser.period.setCurrentIndex(1)  # today: both were just made
    assert browser.table.rowCount() == 2
    browser.color.setCurrentIndex(browser.color.findData("green"))
    assert browser.table.rowCount() == 1
    browser.table.itemActivated.emit(browser.table.item(0, 1))
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.id == strategies, timeout=20000
    )
    qtbot.waitUntil(
        lambda: window.article_view.browser.textCursor().selectedText() == "Dou Shen", timeout=20000
    )
    browser.close()


def test_article_tags_and_context_menu_highlight(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMenu

    import reader.ui.annotations.controller as controller

    open_title(qtbot, window, "Stratégies de Tencent")
    monkeypatch.setattr(controller, "ask_tags", lambda *a, **k: ["Dossier/IA", "Chine"])
    window.article_tags_action.trigger()
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.tags == ("Chine", "Dossier/IA"),
        timeout=20000,
    )
    assert "Dossier/IA" in window.details.body.text()
    view = window.article_view
    select(view, "Dou Shen")
    menu = QMenu()
    from reader.ui.article import overlay

    overlay.add_annotation_actions(view, menu)
    highlight = next(a for a in menu.actions() if a.text() == "Highlight").menu()
    highlight.actions()[6].trigger()  # colour 7
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    assert view.annotations()[0].color == "red"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.annotations() == [], timeout=20000)


def test_selection_popup_and_note_edited_in_the_panel(qtbot, window) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    select(view, "Dou Shen")
    qtbot.waitUntil(lambda: view.popup.isVisible(), timeout=5000)
    view.popup.color_buttons[1].click()  # colour 2
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    assert view.annotations()[0].color == "green" and not view.popup.isVisible()
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
    panel.list.setCurrentRow(0)
    assert panel.editor.isVisible()
    panel.editor.setPlainText("Porte-parole de **Baidu**")
    panel.save_note.click()
    qtbot.waitUntil(
        lambda: window.ctx.library.annotations(window.current.id)[0].note
        == "Porte-parole de **Baidu**",
        timeout=20000,
    )
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: window.ctx.library.annotations(window.current.id)[0].note == "", timeout=20000
    )


def test_a_passage_dragged_over_with_the_mouse_is_highlighted_without_the_space_after(
    qtbot, window
) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    start = view.article.text.index("stock important de processeurs")
    viewport = view.browser.viewport()

    def point(offset: int):
        return view.browser.cursorRect(view.cursor_for(offset, offset)).center()

    view.reveal_range(start, start + 15)  # in sight, and selected: the caret put back
    view.browser.setTextCursor(view.cursor_for(start, start))
    # from before "stock" to the start of the word after "important", as a hand drags:
    # the space between is in the selection
    drag(viewport, point(start), point(start + 16))
    assert view.browser.textCursor().selectedText() == "stock important "
    qtbot.keyClick(view.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    made = view.annotations()[0]
    assert (made.start, made.end, made.exact) == (start, start + 15, "stock important")


def test_del_in_the_annotations_panel_removes_the_chosen_one(qtbot, window) -> None:
    """The panel's list takes Del (and Backspace) as the reader does: the chosen
    highlight goes, the next one is chosen, and Edit → Undo brings it back; a right-click
    offers the same."""
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    for quote in ("Tencent et Baidu optimisent", "Dou Shen", "En somme"):
        select(view, quote)
        qtbot.keyClick(view.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(view.annotations()) == 3, timeout=20000)
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=20000)
    panel.list.setFocus()
    panel.list.setCurrentRow(1)

    def quotes() -> list[str]:
        return sorted(a.exact for a in view.annotations())

    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: quotes() == ["En somme", "Tencent et Baidu optimisent"], timeout=20000)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=20000)
    assert panel.current_annotation().exact == "En somme"
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: quotes() == ["Tencent et Baidu optimisent"], timeout=20000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "En somme" in quotes(), timeout=20000)

    menu = panel.context_menu(panel.list.visualItemRect(panel.list.item(0)).center())
    remove = next(a for a in menu.actions() if a.text().startswith("Remove"))
    remove.trigger()
    qtbot.waitUntil(lambda: quotes() == ["En somme"], timeout=20000)


def test_undo_in_another_article_opens_the_article_it_changes(qtbot, window) -> None:
    """Ctrl+Z while reading another article undid the last highlight of the one before
    out of sight; now that article opens, and the highlight is seen to go (and come back
    on redo, in it)."""
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    select(view, "stock important de processeurs graphiques")
    qtbot.keyClick(view.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    first = window.current.id
    open_title(qtbot, window, "La Chine réduit")
    assert window.current.id != first
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.id == first, timeout=20000
    )
    qtbot.waitUntil(lambda: view.annotations() == [], timeout=20000)
    assert window.ctx.library.annotations(first) == []
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: len(view.annotations()) == 1, timeout=20000)
    assert window.current.id == first


def test_a_very_long_note_leaves_the_next_annotations_in_sight(qtbot, window) -> None:
    """A note of a few thousand characters, pasted or written in one go: the list shows
    its start, the next annotation stays in sight below it, and the note box under the
    list holds the whole note once it is chosen."""
    library = window.ctx.library
    article_id = next(a.id for a in library.articles() if a.title.startswith("Stratégies"))
    long_note = "Une très longue note, écrite d'un trait, sans retour à la ligne ; " * 80
    library.annotate(article_id, "Dou Shen", note=long_note)
    library.annotate(article_id, "Martin Lau", note="- un\n- deux\n" * 40)
    library.annotate(article_id, "Tencent", note="Courte.")
    window.resize(1024, 640)
    window.annotations_dock.show()
    window.annotations_dock.raise_()
    open_title(qtbot, window, "Stratégies de Tencent")
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: panel.list.count() >= 3, timeout=20000)
    qtbot.waitUntil(lambda: panel.list.viewport().height() > 100, timeout=20000)
    # scrolled to any annotation, the next one shows below it
    viewport = panel.list.viewport().height()
    heights = [panel.list.visualItemRect(panel.list.item(r)).height() for r in range(3)]
    assert max(heights) < viewport, (heights, viewport)
    shown = {
        panel.list.item(r).text(): panel.list.item(r).data(Role.SNIPPET_HTML) for r in range(3)
    }
    assert shown["“Dou Shen”"].endswith("…</p>\n"), shown
    assert "<li>deux …</li>" in shown["“Martin Lau”"], shown
    assert shown["“Tencent”"] == "<p>Courte.</p>\n"
    panel.list.setCurrentRow(next(r for r in range(3) if "Dou" in panel.list.item(r).text()))
    assert panel.editor.toPlainText() == long_note


def test_a_note_being_written_in_the_panel_outlives_another_highlight(qtbot, window) -> None:
    """A note half written in the Annotations panel's box, not yet saved; the reader
    highlights another passage with H (the list is built again): the box still holds
    what was typed, and Save Note saves it. The saved note was put back, the text gone."""
    from tests.ui.test_user_session import type_text

    library = window.ctx.library
    article_id = next(a.id for a in library.articles() if a.title.startswith("Stratégies"))
    library.annotate(article_id, "Dou Shen")
    open_title(qtbot, window, "Stratégies de Tencent")
    view, panel = window.article_view, window.annotations.panel
    window.annotations_dock.show()
    window.annotations_dock.raise_()
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
    panel.list.setCurrentRow(0)
    panel.editor.setFocus()
    type_text(panel.editor, "Brouillon à garder")
    select(view, "Martin Lau")
    qtbot.keyClick(view.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=20000)
    assert panel.current_annotation().exact == "Dou Shen"
    assert panel.editor.toPlainText() == "Brouillon à garder"
    panel.save_note.click()
    notes = lambda: {a.exact: a.note for a in library.annotations(article_id)}  # noqa: E731
    qtbot.waitUntil(lambda: notes()["Dou Shen"] == "Brouillon à garder", timeout=20000)
    # undone, the box shows the note as it was before: empty
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: notes()["Dou Shen"] == "", timeout=20000)
    qtbot.waitUntil(lambda: panel.editor.toPlainText() == "", timeout=20000)


def test_a_tag_of_slashes_typed_among_others_is_left_out_not_the_edit(
    qtbot, window, monkeypatch
) -> None:
    """ "grammaire/subjonctif, /" typed in the tags' box: the tag is kept, the slash left
    out (the whole edit was refused and lost)."""
    from PySide6.QtWidgets import QDialog, QLineEdit

    def typed(dialog) -> int:
        dialog.findChild(QLineEdit).setText("grammaire/subjonctif, / , ")
        return QDialog.DialogCode.Accepted

    open_title(qtbot, window, "Stratégies de Tencent")
    monkeypatch.setattr(QDialog, "exec", typed)
    window.article_tags_action.trigger()
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.tags == ("grammaire/subjonctif",),
        timeout=20000,
    )
