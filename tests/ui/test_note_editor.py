"""Writing a note as a reader does: N on a selection opens a roomy editor whose lines wrap,
a Preview shows the Markdown as the panel will, Ctrl+Enter saves, and Esc never drops
what was typed without asking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.ui.test_annotations import select
from tests.ui.test_window import open_title

LONG = "Une note qui tient sur plusieurs lignes quand on la lit, " * 4


def in_next_dialog(steps: Callable[[QDialog], None], errors: list[BaseException]) -> None:
    """When the next modal dialog opens, act in it with ``steps``; a failed step is kept
    in ``errors`` and the dialog closed, so that a failure never leaves a test hanging."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, act)
            return
        try:
            steps(dialog)
        except BaseException as exc:  # reported by the test itself, below
            errors.append(exc)
        finally:
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, act)


def answer_question(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """When a question box opens, note its text and press ``button``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_a_note_is_written_in_a_wrapping_editor_with_a_markdown_preview(qtbot, window) -> None:
    window.resize(1440, 900)
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    select(view, "Dou Shen")
    errors: list[BaseException] = []
    seen: dict[str, object] = {}

    def write(dialog: QDialog) -> None:
        editor, preview = dialog.editor, dialog.preview
        assert editor.width() >= 400 and editor.height() >= 200, editor.size()
        qtbot.keyClicks(editor, LONG.strip())
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, "Voir **Baidu** et *Tencent*")
        first = editor.document().firstBlock()
        seen["lines"] = first.layout().lineCount()
        seen["sideways"] = editor.horizontalScrollBar().isVisible()
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        assert preview.isVisible() and not editor.isVisible()
        seen["preview"] = preview.toPlainText()
        bold = preview.document().find("Baidu")
        seen["bold"] = bold.charFormat().fontWeight()
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        assert editor.isVisible() and dialog.focusWidget() is editor
        # the same with the keyboard: Ctrl+P, and Ctrl+P again
        qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert preview.isVisible() and dialog.preview_button.isChecked()
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert editor.isVisible() and dialog.edit_button.isChecked()
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["saved"] = not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted

    in_next_dialog(write, errors)
    qtbot.keyClick(view.browser, Qt.Key.Key_N)
    assert errors == []
    assert seen["lines"] > 1 and seen["sideways"] is False  # the long line wraps
    assert "Voir Baidu et Tencent" in seen["preview"] and "**" not in seen["preview"]
    assert seen["bold"] >= 600 and seen["saved"] is True
    note = LONG.strip() + "\n\nVoir **Baidu** et *Tencent*"
    qtbot.waitUntil(lambda: [a.note for a in view.annotations()] == [note], timeout=20000)
    # the panel shows it rendered, as the preview did
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
    from reader.ui.roles import Role

    assert "<strong>Baidu</strong>" in panel.list.item(0).data(Role.SNIPPET_HTML)

    # Esc after typing asks first: "Cancel" keeps editing, "Discard" drops the change
    asked: list[str] = []

    def change_then_escape(dialog: QDialog) -> None:
        editor = dialog.editor
        assert editor.toPlainText() == note
        qtbot.keyClicks(editor, " encore")
        answer_question(QMessageBox.StandardButton.Cancel, asked)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert dialog.isVisible() and editor.toPlainText().endswith(" encore")
        answer_question(QMessageBox.StandardButton.Discard, asked)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    select(view, "Dou Shen")
    in_next_dialog(change_then_escape, errors)
    qtbot.keyClick(view.browser, Qt.Key.Key_N)
    assert errors == [] and len(asked) == 2
    qtbot.wait(200)
    assert [a.note for a in window.ctx.library.annotations(window.current.id)] == [note]

    # Esc with nothing changed closes at once, with no question
    def escape(dialog: QDialog) -> None:
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    in_next_dialog(escape, errors)
    qtbot.keyClick(view.browser, Qt.Key.Key_N)
    assert errors == [] and len(asked) == 2


def test_a_plain_note_previews_as_the_panel_shows_it(qtbot) -> None:
    """A note written before Markdown was previewed (plain text) looks the same."""
    from reader.ui.annotations.notedialog import NoteDialog
    from reader.ui.annotations.panel import render_note

    plain = "qui est-ce ?\nà vérifier & <b>pas en gras</b>"
    dialog = NoteDialog(None, "Dou Shen", plain)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview_button.click()
    assert dialog.preview.toPlainText() == _as_plain(render_note(plain))
    assert "<b>pas en gras</b>" in dialog.preview.toPlainText()  # markup stays text
    dialog.edit_button.click()
    assert dialog.editor.toPlainText() == plain
    dialog.done(QDialog.DialogCode.Rejected)


def _as_plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_panel_note_opens_in_the_larger_editor(qtbot, window) -> None:
    """The panel's note box is as narrow as the dock: Note Editor… takes the note as typed
    there into the larger editor, and what is saved there is saved."""
    library = window.ctx.library
    article = next(a for a in library.articles() if a.title.startswith("Stratégies"))
    library.annotate(article.id, "Dou Shen", note="qui est-ce ?")
    open_title(qtbot, window, "Stratégies de Tencent")
    window.annotations_dock.raise_()
    panel = window.annotations.panel
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
    panel.list.setCurrentRow(0)
    assert panel.open_editor.isVisible()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.editor, " Baidu")
    errors: list[BaseException] = []
    seen: dict[str, str] = {}

    def finish(dialog: QDialog) -> None:
        seen["opened with"] = dialog.editor.toPlainText()
        qtbot.keyClicks(dialog.editor, ", porte-parole")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    in_next_dialog(finish, errors)
    qtbot.mouseClick(panel.open_editor, Qt.MouseButton.LeftButton)
    assert errors == []
    assert seen["opened with"] == "qui est-ce ? Baidu"
    saved = "qui est-ce ? Baidu, porte-parole"
    qtbot.waitUntil(
        lambda: [a.note for a in library.annotations(article.id)] == [saved], timeout=20000
    )
    qtbot.waitUntil(lambda: panel.editor.toPlainText() == saved, timeout=20000)


def test_a_long_note_cut_in_the_list_shows_no_markdown_as_typed() -> None:
    """The Annotations list shows a long note's start: cut inside a bold or a link, the
    cut line is shown as the text it reads, never with its ``**`` or ``[…](`` typed;
    whole lines before the cut keep their Markdown."""
    from reader.ui.annotations.panel import note_preview, render_note

    bold = "**Chiffre " + "puces " * 80 + "fin**"
    link = "Voir [le rapport du BEA](https://bea.aero/" + "r" * 300 + ") demain"
    listed = "- *un*\n- deux\n" + "Puis **" + "mot " * 100 + "fin**"
    for note in (bold, link, listed):
        shown = _as_plain(render_note(note_preview(note)))
        assert "**" not in shown and "](" not in shown and "[" not in shown, shown
        assert shown.rstrip().endswith("…"), shown
    assert "<em>un</em>" in render_note(note_preview(listed))
    assert _as_plain(render_note(note_preview(bold))).startswith("Chiffre puces")
