"""The status bar's message belongs to what the reader did: a background pass that ends
(the recognition of entities, the search for shared passages) reports at the bar's right
and never wipes "12 annotations exported to …" before it was read."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from reader.ui.passes import PassesLabel, passes_label


def test_an_export_message_outlives_the_entity_pass(qtbot, window) -> None:
    said = "1 annotation exported to /tmp/notes.html"
    window.notes_export.status(said)
    window.recognize_entities()
    qtbot.waitUntil(lambda: not window.entities._recognizing, timeout=60000)
    assert window.statusBar().currentMessage() == said
    label = window.statusBar().findChild(QLabel, "passesProgress")
    assert label is None or label.isHidden()  # nothing running: nothing shown


def test_passes_share_one_line_and_leave_it_when_done(qtbot, window) -> None:
    status = window.statusBar()
    status.showMessage("Copied 2 highlights", 10000)
    label = passes_label(status)
    assert passes_label(status) is label  # one label, however many passes ask
    label.report("entities", "Recognising entities: 1 of 40 articles")
    label.report("passages", "Finding shared passages: 3 of 40 articles")
    label.report("entities", "Recognising entities: 2 of 40 articles")
    assert label.isVisibleTo(window)
    assert label.text() == (
        "Recognising entities: 2 of 40 articles · Finding shared passages: 3 of 40 articles"
    )
    label.done("entities")
    assert label.text() == "Finding shared passages: 3 of 40 articles"
    label.done("passages")
    assert not label.isVisibleTo(window)
    assert status.currentMessage() == "Copied 2 highlights"
    assert isinstance(label, PassesLabel)
