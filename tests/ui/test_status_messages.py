"""The status bar's message belongs to what the reader did: a background pass that ends
(the recognition of entities, the search for shared passages) reports at the bar's right
and never wipes "12 annotations exported to …" before it was read."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from reader.ui.passes import PassesLabel, passes_label


def test_an_export_message_outlives_the_entity_pass(qtbot, window) -> None:
    said = "1 annotation exported to /tmp/notes.html"
    # shown for good: the export's own ten seconds are shorter than a recognition on a
    # loaded machine (23 s seen), and its end, not the clock, is what this is about
    window.statusBar().showMessage(said)
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


def test_a_message_shown_while_the_window_starts_outlives_the_start(qtbot, data_dir) -> None:
    """The start's end takes away only its own "Opening the library…": a link refused
    while the library was still opening stays said."""
    from reader.services import Library
    from reader.ui.app import application, build_window

    application()
    library = Library.open(data_dir)
    win = build_window(library)
    qtbot.addWidget(win)
    win.show()
    win.start()
    try:
        assert win.statusBar().currentMessage() == "Opening the library…"
        win.open_link("https://example.org/")  # before the start's end is delivered
        said = win.statusBar().currentMessage()
        assert "Not a Liseuse link" in said
        qtbot.waitUntil(lambda: win.started, timeout=60000)
        assert win.statusBar().currentMessage() == said
    finally:
        win.close()
        win.ctx.tasks.wait(120000)
        library.close()


def test_the_passes_line_leaves_the_bar_to_the_readers_message(qtbot, window) -> None:
    status = window.statusBar()
    label = passes_label(status)
    label.report("entities", "Recognising entities: 79 of 150 articles")
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0, timeout=10000)
    # as wide as its text at the bar's right, not half of the bar
    assert label.width() <= label.fontMetrics().horizontalAdvance(label.text()) + 40
    assert label.geometry().right() > status.width() * 3 / 4
    label.done("entities")
