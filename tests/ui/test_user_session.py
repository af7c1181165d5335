"""One reading session as a person has it, kept in the suite: the real window driven by
keys, text-cursor and mouse selections and menu actions over the seeds and an imported
Wikinews article — import, filter the list, open, page to the end, search with snippets,
highlight, note, tag (a sub-tag typed with spaces around its slash), undo and redo,
zoom, theme, another article and back, the window made small and large again, side by
side, export (Markdown, and JSON-LD checked against the W3C's tests), the Annotations
panel brought in front by its key (a note written there with accents, Del, undo), a
mouse drag highlighted by a key, a deep link, a search left typed, then closing and
opening the window again on the same library: the article at the passage read, the
search with its results. At each step it checks what the reader would look at: where
the view is, which article is open, what is highlighted, and that Qt logged no warning.

With LISEUSE_SESSION_SHOTS set to a folder (tests/e2e/test_session_xvfb.py does, on Xvfb),
it also saves what the window shows at its key moments there as PNGs, and takes two more
steps to show them (side by side on seed 002, the French UI with an entity's hover card):
the assertions never look at a picture, so the offscreen run checks the same things.

The single-purpose tests (test_reading_place, test_shortcuts, test_search_marks…) pin
each defect; this one catches what only shows when the steps follow one another."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QPlainTextEdit

from reader.core.colors import COLORS
from reader.ui import theme
from tests.conftest import corpus
from tests.ui.test_deep_link import _revealed
from tests.ui.test_i18n import _hover_card
from tests.ui.test_reading_place import TITLE, passage_in_the_middle, settle
from tests.ui.test_shortcuts import qt_messages
from tests.ui.test_side_by_side import (
    _alignment_done,
    _rows_out_of_step,
    _side_by_side_with_own_translation,
)
from tests.ui.test_window import open_title

WIKINEWS = "États-Unis : Lancement réussi"
WARNINGS = ("mbiguous", "QPainter")
SHOTS = os.environ.get("LISEUSE_SESSION_SHOTS", "")
SEED_002 = "Tencent a révélé"


def shoot(qtbot, window, name: str, *, screen: bool = False) -> None:
    """Save what the window shows as SHOTS/name.png, when asked to. ``screen`` grabs the
    whole screen instead, for what opens in windows of its own (a hover card)."""
    if not SHOTS:
        return
    qtbot.wait(100)  # the last repaints
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    picture = QApplication.primaryScreen().grabWindow(0) if screen else window.grab()
    assert picture.save(str(folder / f"{name}.png")), name


def shoot_the_highlight(qtbot, window) -> None:
    """The highlight as the reader sees it once the selection is gone (a selection paints
    over it); the selection and the place are then put back as they were."""
    browser = window.article_view.browser
    selected, place = browser.textCursor(), browser.verticalScrollBar().value()
    bare = browser.textCursor()
    bare.clearSelection()
    browser.setTextCursor(bare)
    qtbot.wait(400)  # the selection's popup goes with it
    shoot(qtbot, window, "02-highlight-half-way-down")
    browser.setTextCursor(selected)
    browser.verticalScrollBar().setValue(place)


def more_to_see(qtbot, window, monkeypatch, tmp_path) -> None:
    """Only when the session is photographed: side by side on seed 002, whose rows are the
    hardest to keep level, then the French UI with Tencent's hover card; back to English
    and to the article read before, so the rest of the session goes on as offscreen."""
    from PySide6.QtWidgets import QToolTip

    open_title(qtbot, window, SEED_002)
    settle(qtbot, window)
    _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
    assert _rows_out_of_step(window.reading) == []
    shoot(qtbot, window, "04-side-by-side-seed-002")
    view = window.article_view
    view.open_find()
    qtbot.keyClicks(view.find_bar.field, "Tencent")
    qtbot.waitUntil(lambda: view.match_count() > 0, timeout=5000)
    _alignment_done(qtbot, window.reading)  # lined up again under the find bar
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    _alignment_done(qtbot, window.reading)
    assert _rows_out_of_step(window.reading) == []
    shoot(qtbot, window, "05-side-by-side-seed-002-end-find-bar")
    view.close_find()
    window.reading.bar.buttons.buttons()[0].click()
    qtbot.wait(100)

    window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Fichier", timeout=5000)
    card = _hover_card(qtbot, window, "Tencent")  # opens the article read before
    assert "mentions dans cet article" in card, card
    shoot(qtbot, window, "06-french-hover-card", screen=True)
    QToolTip.hideText()
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)
    settle(qtbot, window)


def w3c_failures(collection: dict) -> list[str]:
    """The W3C Web Annotation test suite's "must" assertions that an exported collection
    (and each annotation in it) does not meet."""
    from tests.unit.services.test_export import _assertions, _validator, _w3c

    root, items = _w3c(), collection["first"]["items"]
    failed = []
    for test_file, documents in (
        (root / "collections" / "collectionMusts.test", [collection]),
        (
            root / "annotations" / "annotationMusts.test",
            [{"@context": collection["@context"], **item} for item in items],
        ),
    ):
        for assertion in _assertions(test_file):
            validator, expected = _validator(assertion)
            failed += [
                assertion.name
                for document in documents
                if validator.is_valid(document) != (expected == "valid")
            ]
    return failed


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key as a keyboard does, accents included (keyClicks can only
    send what has a key code; an ``é`` comes as a key event carrying its text)."""
    for char in text:
        code = ord(char.upper()) if char.isascii() else Qt.Key.Key_unknown.value
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            )


def answer_next_dialog(typed: str) -> None:
    """When the next modal dialog opens, type ``typed`` into its field and press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, answer)
            return
        field = dialog.findChild(QPlainTextEdit) or dialog.findChild(QLineEdit)
        field.setFocus()
        field.selectAll()
        type_text(field, typed)
        dialog.accept()

    QTimer.singleShot(0, answer)


class Reader:
    """The person at the keyboard: keys go to whatever has the focus."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window

    @property
    def bar(self):
        return self.window.article_view.browser.verticalScrollBar()

    def activate(self) -> None:
        """Make the window the active one, as a click on it does: a window manager hands
        activation back when a dialog closes, offscreen does not, and a bare X server
        (Xvfb) activates nothing until asked."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def press(self, keys: str, done: Callable[[], bool] | None = None) -> None:
        self.activate()
        sequence = QKeySequence(keys)[0]
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())
        if done is not None:
            self.qtbot.waitUntil(done, timeout=20000)
        settle(self.qtbot, self.window)

    def search(self, query: str) -> list[str]:
        """Ctrl+K (Search the Library), type the query, and return the snippets of the results."""
        window, panel = self.window, self.window.search_panel
        self.press("Ctrl+K")
        assert QApplication.focusWidget() is window.search_field
        window.search_field.selectAll()
        with self.qtbot.waitSignal(panel.searched, timeout=20000):
            type_text(window.search_field, query)
        assert panel.model.rowCount() > 0, query
        settle(self.qtbot, window)
        assert window.left.currentWidget() is panel
        return [panel.model.hit(r).snippet for r in range(panel.model.rowCount())]


def test_a_whole_reading_session(qtbot, window, data_dir, monkeypatch, tmp_path) -> None:
    from reader.services import Library
    from reader.ui.app import build_window

    window.resize(1440, 900)
    window.importer.show_summary = False
    person = Reader(qtbot, window)
    view, browser = window.article_view, window.article_view.browser
    with qt_messages() as messages:
        # File → Import Files…: a Wikinews article joins the five seeds
        wikinews = corpus("fr-wikinews-keyphrase-100", "documents") / "43971.html"
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(wikinews)], ""))
        with qtbot.waitSignal(window.importer.finished, timeout=60000):
            window.import_files_action.trigger()
        qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 6, timeout=20000)
        shoot(qtbot, window, "01-opened")

        # the library filtered by two words typed without accents, in any order
        pane = window.library_pane
        pane.filter.setFocus()
        type_text(pane.filter, "etats lancement")
        qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=20000)
        assert pane.model.data(pane.model.index(0, 0)).startswith(WIKINEWS)
        pane.filter.clear()
        qtbot.waitUntil(lambda: pane.model.rowCount() == 6, timeout=20000)

        # open the long seed and page to its end with the keyboard, then back to the top
        open_title(qtbot, window, TITLE)
        settle(qtbot, window)
        person.activate()
        browser.setFocus()
        qtbot.waitUntil(browser.hasFocus)
        seen = [person.bar.value()]
        for _ in range(person.bar.maximum() // person.bar.pageStep() + 2):
            person.press("PgDown")
            seen.append(person.bar.value())
        assert seen == sorted(seen) and seen[-1] == person.bar.maximum(), seen
        person.press("Ctrl+Home")
        assert person.bar.value() == 0

        # searches with snippets; the result opened is the one chosen, marked at its hit
        snippets = person.search("la Chine")
        assert any("<mark>Chine</mark>" in s for s in snippets), snippets
        snippets = person.search("Tencent et Baidu")
        assert any("<mark>Tencent</mark>" in s and "<mark>Baidu</mark>" in s for s in snippets)
        panel = window.search_panel
        panel.list.setCurrentIndex(panel.model.index(0, 0))
        target = panel.model.hit(0).id
        qtbot.waitUntil(lambda: window.current.id == target and view.current_hit is not None)
        start, end = view.current_hit
        assert window.current.text[start:end].lower() in {"tencent", "baidu"}
        qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
        assert view.hits() == [] and window.left.currentWidget() is window.library_pane

        # highlight half-way down with keys, note and tag: the view never moves
        open_title(qtbot, window, TITLE)
        settle(qtbot, window)
        article_id = window.current.id
        passage, place = passage_in_the_middle(qtbot, window)

        def annotation():
            found = [a for a in view.annotations() if a.exact == passage]
            return found[0] if found else None

        def kept(step: str) -> None:
            assert window.current.id == article_id, f"{step} opened another article"
            assert abs(person.bar.value() - place) <= 2, f"{step} scrolled to {person.bar.value()}"
            assert browser.textCursor().selectedText() == passage, f"{step} lost the selection"

        person.press("H", lambda: annotation() is not None and annotation().color == COLORS[0])
        kept("H")
        person.press("3", lambda: annotation().color == COLORS[2])
        kept("3")
        answer_next_dialog("Pourquoi la Chine accélère-t-elle ?")
        person.press("N", lambda: annotation().note.startswith("Pourquoi"))
        kept("N")
        assert annotation().note == "Pourquoi la Chine accélère-t-elle ?"
        answer_next_dialog("Chine / puces, stratégie")  # a sub-tag, typed with spaces
        person.press("T", lambda: len(annotation().tags) == 2)
        kept("T")
        assert set(annotation().tags) == {"Chine/puces", "stratégie"}
        person.press("Ctrl+Z", lambda: annotation().tags == ())
        kept("Ctrl+Z")
        person.press("Ctrl+Y", lambda: len(annotation().tags) == 2)
        kept("Ctrl+Y")
        assert set(annotation().tags) == {"Chine/puces", "stratégie"}
        highlight = annotation()
        if SHOTS:
            shoot_the_highlight(qtbot, window)
            kept("the picture")

        # zoom in twice and back: the passage read stays at the top of the view
        top = view.top_offset()
        for keys in ("Ctrl+=", "Ctrl+=", "Ctrl+0"):
            person.press(keys)
            line = browser.cursorRect(view.cursor_for(top, top))
            assert -line.height() <= line.top() <= 2 * line.height(), (keys, line.top())
        assert view.zoom == 0
        place = person.bar.value()

        # View → Theme → Dark: the same place, the same article
        window.theme_actions[theme.ThemeChoice.DARK].trigger()
        qtbot.wait(50)
        assert view.colors is theme.DARK
        kept("the dark theme")
        shoot(qtbot, window, "03-dark-theme")

        # a glance at another article and back, then a window made small and large again:
        # the passage read stays at the top of the view
        def at_the_top(offset: int, step: str) -> None:
            line = browser.cursorRect(view.cursor_for(offset, offset))
            assert -line.height() <= line.top() <= 2 * line.height(), (step, line.top())

        top = view.top_offset()
        open_title(qtbot, window, SEED_002)
        settle(qtbot, window)
        open_title(qtbot, window, TITLE)
        settle(qtbot, window)
        at_the_top(top, "back from another article")
        for size in ((1024, 640), (1440, 900)):
            window.resize(*size)
            settle(qtbot, window)
            qtbot.wait(100)  # laid out anew, the place put back
            at_the_top(top, f"the window at {size}")

        # side by side with an imported translation, rows beside their originals
        _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
        assert window.reading.translation.isVisible()
        assert _rows_out_of_step(window.reading) == []
        top = view.top_offset()
        window.reading.bar.buttons.buttons()[0].click()  # back to the original alone
        _alignment_done(qtbot, window.reading)
        line = browser.cursorRect(view.cursor_for(top, top))
        assert -line.height() <= line.top() <= 2 * line.height(), line.top()
        if SHOTS:
            more_to_see(qtbot, window, monkeypatch, tmp_path)

        # File → Export Notes…: Markdown of this article, with its note
        import reader.ui.notes_export as notes_export

        def accept(dialog) -> QDialog.DialogCode:
            dialog.format.setCurrentIndex(dialog.format.findData("md"))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(notes_export.ExportDialog, "exec", accept)
        out = tmp_path / "notes.md"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        window.export_action.trigger()
        qtbot.waitUntil(out.exists, timeout=20000)
        exported = out.read_text("utf-8")
        assert passage in exported and "Pourquoi la Chine accélère-t-elle ?" in exported
        link = f"reader://article/{article_id}#anno={highlight.id}"
        assert link in exported

        # File → Export Notes… again: the whole library as W3C Web Annotations (JSON-LD)
        def whole_library(dialog) -> QDialog.DialogCode:
            dialog.format.setCurrentIndex(dialog.format.findData("jsonld"))
            dialog.everything.setChecked(True)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(notes_export.ExportDialog, "exec", whole_library)
        out = tmp_path / "notes.jsonld"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        window.export_action.trigger()
        qtbot.waitUntil(out.exists, timeout=20000)
        assert w3c_failures(json.loads(out.read_text("utf-8"))) == []

        # the Wikinews article: read, highlighted by key
        open_title(qtbot, window, WIKINEWS)
        settle(qtbot, window)
        text = view.article.text
        start = text.index(" ", len(text) // 3) + 1
        words = text[start : text.index(" ", start + 30)]
        browser.setTextCursor(view.cursor_for(start, start + len(words)))
        browser.setFocus()
        person.press("2", lambda: any(a.exact == words for a in view.annotations()))
        assert window.current.title.startswith(WIKINEWS)
        # Ctrl+Shift+A: the Annotations panel, behind Entities, in front with the keys in it
        panel = window.annotations.panel
        person.press("Ctrl+Shift+A")
        qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
        assert QApplication.focusWidget() in (panel.filter, panel.list)
        # a note written in the panel's box, accents and marks, saved with Ctrl+Return
        panel.list.setFocus()
        person.press("Down")
        assert panel.current_annotation().exact == words
        panel.editor.setFocus()
        type_text(panel.editor, "À vérifier : « lancement réussi » ✓")
        person.press("Ctrl+Return", lambda: view.annotations()[0].note.startswith("À"))
        assert view.annotations()[0].note == "À vérifier : « lancement réussi » ✓"
        # removed from the Annotations panel with Del, then back with Ctrl+Z, its note too
        panel.list.setFocus()
        person.press("Del", lambda: view.annotations() == [])
        person.press("Ctrl+Z", lambda: any(a.exact == words for a in view.annotations()))
        assert view.annotations()[0].note == "À vérifier : « lancement réussi » ✓"
        # a mouse drag along a line of the article, then 5: that passage, in the fifth
        # colour, and the view does not move
        port = browser.viewport()
        y, x0, x1 = port.height() // 2, 80, port.width() // 2
        place = person.bar.value()
        qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=QPoint(x0, y))
        qtbot.mouseMove(port, QPoint(x1, y))
        qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))
        dragged = browser.textCursor().selectedText()
        assert len(dragged) > 10, dragged
        person.press("5", lambda: any(a.color == COLORS[4] for a in view.annotations()))
        assert [a.exact for a in view.annotations() if a.color == COLORS[4]] == [dragged]
        assert person.bar.value() == place

        # the link the export wrote takes the reader back to the passage, scrolled to it
        window.open_link(link)
        qtbot.waitUntil(lambda: _revealed(window, highlight), timeout=20000)
        settle(qtbot, window)
        assert person.bar.value() > 0
        read_at = view.top_offset()
        # a search left in the box when the window closes
        assert person.search("puces")
        found = window.search_panel.model.rowCount()

        # close, and start again on the same library
        library = window.ctx.library
        window.ctx.tasks.wait()
        window.close()
        window.ctx.tasks.wait()
        library.close()
    assert not [m for m in messages if any(w in m for w in WARNINGS)], messages

    with qt_messages() as messages:
        library = Library.open(data_dir)
        again = build_window(library)
        qtbot.addWidget(again)
        again.show()
        again.start()
        try:
            qtbot.waitUntil(lambda: again.library_pane.model.rowCount() == 6, timeout=20000)
            qtbot.waitUntil(lambda: again.current is not None, timeout=20000)
            settle(qtbot, again)
            assert again.current.id == article_id  # the article read last
            shown = again.article_view  # at the passage read, the search as it was left
            line = shown.browser.cursorRect(shown.cursor_for(read_at, read_at))
            assert -line.height() <= line.top() <= line.height(), line.top()
            assert again.search_field.text() == "puces"
            results = again.search_panel.model
            qtbot.waitUntil(lambda: results.rowCount() == found, timeout=20000)
            shoot(qtbot, again, "07-restarted-at-the-passage-with-the-search")
            assert again.article_view.colors is theme.DARK
            kept_notes = {a.exact: a for a in again.article_view.annotations()}
            assert kept_notes[passage].note == "Pourquoi la Chine accélère-t-elle ?"
            assert kept_notes[passage].color == COLORS[2]
            assert set(kept_notes[passage].tags) == {"Chine/puces", "stratégie"}
            assert any(a.exact == words for a in library.annotations())
        finally:
            again.ctx.tasks.wait()
            again.close()
            again.ctx.tasks.wait()
            library.close()
            again.set_theme(theme.ThemeChoice.LIGHT)
    assert not [m for m in messages if any(w in m for w in WARNINGS)], messages
