"""The glossary from the window, as a reader uses it: a word looked up, added to the
glossary from the card, the translation beside the article changing (Apertium really
run), Undo putting it back; the words the engine did not know marked and a click away
from the gloss; the table's CSV export and import."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QDialog

from reader.core.glossary import GlossaryEntry
from reader.translate.freedict import Gloss
from reader.ui.translation import glossary as glossary_ui
from reader.ui.translation import marks
from reader.ui.translation.gloss import ADD_LINK, gloss_html

WAIT = 90000  # a ceiling, not a pause: the window's start fills the read pool for a while


def test_the_card_puts_the_glossary_before_the_dictionary(qapp) -> None:
    glosses = [
        Gloss("puce", "", "", ("chip",), origin="glossary", note="pas « flea »"),
        Gloss("puce", "pys", "n f", ("flea",)),
    ]
    card = gloss_html("puce", glosses, "fr", "en")
    assert card.index("chip") < card.index("(your glossary)") < card.index("flea")
    assert "(FreeDict)" in card and "pas « flea »" in card
    assert ADD_LINK not in card  # already in the glossary
    assert ADD_LINK in gloss_html("fonderie", [], "fr", "en")


def _open(qtbot, window, start: str) -> None:
    model = window.library_pane.model
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith(start)
    )
    window.library_pane.table.selectRow(row)
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.title.startswith(start),
        timeout=WAIT,
    )


def _unknown_words(browser) -> list[str]:
    doc, found = browser.document(), []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            word = it.fragment().charFormat().property(marks.UNKNOWN)
            if word:
                found.append(word)
            it += 1
        block = block.next()
    return found


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")
def test_a_word_goes_from_the_card_into_the_glossary_and_the_translation(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    _open(qtbot, window, "Stratégies de Tencent")
    reading = window.reading
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("en"))
    reading.set_mode("side")
    qtbot.waitUntil(lambda: reading.result is not None, timeout=WAIT)
    before = reading.translation.toPlainText()
    assert "microchip" not in before
    # words Apertium did not know are marked, and one click looks them up
    unknown = _unknown_words(reading.translation)
    assert unknown and all(not w[:1].isupper() for w in unknown)
    looked: list[str] = []
    monkeypatch.setattr(reading.gloss, "look_up", lambda word, at: looked.append(word))
    text = reading.translation.toPlainText()
    cursor = QTextCursor(reading.translation.document())
    cursor.setPosition(text.index(unknown[0]) + 1)
    point = reading.translation.cursorRect(cursor).center()
    inside = range(cursor.position(), cursor.position() + len(unknown[0]) - 1)
    # where the word is on screen (the columns' padding moves the rows after layout)
    shifts = [QPoint(dx, sign * dy) for dy in range(0, 400, 2) for sign in (1, -1) for dx in (0, 4)]
    point = next(
        point + shift
        for shift in shifts
        if reading.translation.cursorForPosition(point + shift).position() in inside
    )
    click = QMouseEvent(
        QMouseEvent.Type.MouseButtonRelease,
        QPointF(point),
        QPointF(reading.translation.viewport().mapToGlobal(point)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    reading.eventFilter(reading.translation.viewport(), click)
    assert looked == [unknown[0]]

    # "Add to glossary…" on the card of a looked-up word: the dialog, filled in
    def accept(dialog) -> QDialog.DialogCode:
        assert dialog.term.text() == "puces"
        dialog.term.setText("puce")
        dialog.translation.setText("microchip")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(glossary_ui.EntryDialog, "exec", accept)
    reading.gloss.word = "puces"
    reading.gloss._on_card_link(ADD_LINK)
    qtbot.waitUntil(lambda: "microchips" in reading.translation.toPlainText(), timeout=WAIT)
    assert window.ctx.library.glossary("fr", "en")[0].translation == "microchip"
    # the window's Undo takes the entry out, and the translation goes back
    assert reading.undo_stack is window.annotations.undo_stack
    reading.undo_stack.undo()
    qtbot.waitUntil(lambda: "microchip" not in reading.translation.toPlainText(), timeout=WAIT)
    assert window.ctx.library.glossary() == []
    reading.undo_stack.redo()
    qtbot.waitUntil(lambda: window.ctx.library.glossary() != [], timeout=WAIT)


def test_the_table_exports_and_imports_csv_undoably(qtbot, window, tmp_path) -> None:
    library = window.ctx.library
    library.save_glossary_entries(
        [
            GlossaryEntry("fr", "en", "puce", "chip", note="pas « flea »"),
            GlossaryEntry("fr", "en", "Made in China", keep=True),
        ]
    )
    dialog = glossary_ui.GlossaryDialog(window.ctx, window.annotations.undo_stack, "fr", "en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    assert dialog.table.item(0, 0).text() == "Made in China"
    assert dialog.table.item(0, 2).text() != "" and dialog.table.item(1, 1).text() == "chip"
    out = tmp_path / "glossaire.csv"
    dialog.export_file(out)
    qtbot.waitUntil(out.exists, timeout=WAIT)
    assert "pas « flea »" in out.read_text(encoding="utf-8")
    dialog.table.selectAll()
    dialog.delete()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    dialog.import_file(out)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    dialog.undo_action.trigger()  # the import (Ctrl+Z in the table)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    window.annotations.undo_stack.undo()  # the deletion
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    assert {e.note for e in library.glossary()} == {"pas « flea »", ""}
    bad = tmp_path / "bad.csv"
    bad.write_text("term,translation\nlithographie,\n", encoding="utf-8")
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: "line 2" in dialog.status.text(), timeout=WAIT)
    assert dialog.table.rowCount() == 2


def test_a_selection_goes_into_the_glossary_as_a_name(qtbot, window, monkeypatch) -> None:
    _open(qtbot, window, "Alors que les tensions")
    view = window.article_view
    start = view.article.text.index("Made in China")
    cursor = view.cursor_for(start, start + len("Made in China"))
    assert cursor is not None
    view.browser.setTextCursor(cursor)
    menu = view.context_menu(view.browser.cursorRect(cursor).center())
    add = next(a for a in menu.actions() if a.text() == "Add to Glossary…")
    seen = []

    def accept(dialog) -> QDialog.DialogCode:
        seen.append((dialog.term.text(), dialog.keep.isChecked(), dialog.translation.isEnabled()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(glossary_ui.EntryDialog, "exec", accept)
    add.trigger()
    assert seen == [("Made in China", True, False)]
    library = window.ctx.library
    qtbot.waitUntil(lambda: library.glossary() != [], timeout=WAIT)
    (entry,) = library.glossary()
    assert (entry.source, entry.term, entry.keep) == ("fr", "Made in China", True)


def test_the_offered_corrections_are_the_checked_ones(qtbot) -> None:
    from reader.core.translation import Offer
    from reader.ui.translation.offers import OffersDialog

    offers = [
        (2, Offer("Tencent a gagné.", "Tencent has earned.", "Tencent won.", "a1")),
        (5, Offer("Les puces manquent.", "The fleas lack.", "Chips are scarce.", "a1")),
    ]
    dialog = OffersDialog(offers)
    qtbot.addWidget(dialog)
    assert [c.text() for c in dialog.checks] == ["Tencent won.", "Chips are scarce."]
    assert dialog.chosen() == offers  # all checked: the reader unchecks what does not fit
    dialog.checks[0].setChecked(False)
    assert dialog.chosen() == offers[1:]


def test_the_table_answers_del_enter_and_ctrl_y(qtbot, window, monkeypatch) -> None:
    """The glossary table with the keyboard only: Del removes the chosen entry, Ctrl+Z
    puts it back and Ctrl+Y (Redo, as in the window's Edit menu) removes it again; Enter
    opens the chosen entry to edit. Del, Enter and Ctrl+Y did nothing there."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    library = window.ctx.library
    library.save_glossary_entries(
        [GlossaryEntry("fr", "en", "puce", "chip"), GlossaryEntry("fr", "en", "fonderie", "fab")]
    )
    dialog = glossary_ui.GlossaryDialog(
        window.ctx, window.annotations.undo_stack, "fr", "en", window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.table.setFocus()
    dialog.table.selectRow(
        dialog.entries.index(next(e for e in dialog.entries if e.term == "puce"))
    )

    def press(keys: str) -> None:
        sequence = QKeySequence(keys)[0]
        qtbot.keyClick(dialog.table, sequence.key(), sequence.keyboardModifiers())

    terms = lambda: {e.term for e in library.glossary("fr", "en")}  # noqa: E731
    press("Del")
    qtbot.waitUntil(lambda: terms() == {"fonderie"}, timeout=WAIT)
    press("Ctrl+Z")
    qtbot.waitUntil(lambda: terms() == {"puce", "fonderie"}, timeout=WAIT)
    press("Ctrl+Y")
    qtbot.waitUntil(lambda: terms() == {"fonderie"}, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    edited = []
    monkeypatch.setattr(
        glossary_ui.EntryDialog,
        "exec",
        lambda entry_dialog: edited.append(entry_dialog.value().term)
        or QDialog.DialogCode.Rejected,
    )
    dialog.table.setCurrentCell(0, 0)
    press("Return")
    assert edited == ["fonderie"]
