"""Small things a reader meets: a mouse selection takes whole words, the colour dots say
what each colour means, "Copy Link Location" only where there is a link, the export
dialog starts from the last choice, and the library keeps its row and its sort order."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.ui.test_reading_place import TITLE, settle
from tests.ui.test_window import open_title


def _point(view, offset: int) -> QPoint:
    return view.browser.cursorRect(view.cursor_for(offset, offset)).center()


def test_a_mouse_selection_takes_whole_words(qtbot, window) -> None:
    open_title(qtbot, window, TITLE)
    settle(qtbot, window)
    view = window.article_view
    words = "optimisent leurs ressources"
    start = view.article.text.index(words)
    viewport = view.browser.viewport()
    # from inside "optimisent" to inside "ressources", as a hand drags
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point(view, start + 4))
    qtbot.mouseMove(viewport, _point(view, start + len(words) - 4))
    qtbot.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, pos=_point(view, start + len(words) - 4)
    )
    assert view.browser.textCursor().selectedText() == words
    # the keyboard still refines it letter by letter
    qtbot.keyClick(view.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.browser.textCursor().selectedText() == words[:-1]


def test_the_colour_dots_say_what_each_colour_means(qtbot, window) -> None:
    dots = window.article_view.popup.color_buttons
    qtbot.waitUntil(lambda: dots[0].toolTip() == "Highlight: Key fact (1)", timeout=20000)
    assert dots[8].toolTip() == "Highlight: Other (9)"
    window.ctx.library.set_color_meaning("green", "Chiffre à citer")
    window.annotations.load_meanings()
    qtbot.waitUntil(lambda: dots[1].toolTip() == "Highlight: Chiffre à citer (2)", timeout=20000)


def test_copy_link_location_only_on_a_link(qtbot, window) -> None:
    open_title(qtbot, window, TITLE)
    view = window.article_view
    menu = view.context_menu(_point(view, view.article.text.index("optimisent")))
    copy_link = [a for a in menu.actions() if a.objectName() == "link-copy"]
    assert copy_link == [] or not copy_link[0].isEnabled()
    menu.deleteLater()


def test_the_export_dialog_starts_from_the_last_choice(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    import reader.ui.notes_export as module

    open_title(qtbot, window, TITLE)
    window.ctx.library.annotate(window.current.id, "Tencent et Baidu optimisent", color="green")
    found: list[tuple[str, int]] = []

    def first(dialog) -> QDialog.DialogCode:
        found.append((dialog.format.currentData(), dialog.scopes.checkedId()))
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        dialog.everything.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(module.ExportDialog, "exec", first)
    out = tmp_path / "notes.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_action.trigger()
    qtbot.waitUntil(out.exists, timeout=20000)
    out.unlink()
    window.export_action.trigger()
    qtbot.waitUntil(out.exists, timeout=20000)
    assert found[0][0] != "html"
    assert found[1] == ("html", 3)  # HTML, the whole library: as chosen the first time


def test_the_library_keeps_its_row_and_its_sort_order(qtbot, window) -> None:
    from reader.ui.library.view import LibraryPane

    pane = window.library_pane
    open_title(qtbot, window, TITLE)
    shown = window.current.id
    pane.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # a click on Date
    settle(qtbot, window)
    assert pane.current_id() == shown and window.current.id == shown
    pane.filter.setText("Tencent")
    qtbot.waitUntil(lambda: pane.model.rowCount() < 5, timeout=20000)
    settle(qtbot, window)
    assert pane.current_id() == shown
    again = LibraryPane(window.ctx)  # as the next start builds it
    header = again.table.horizontalHeader()
    assert again._sort == ("date", True)
    assert header.sortIndicatorSection() == 3
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    again.deleteLater()
