"""A start in two phases (reader.ui.first_frame): the first frame paints the article read
last in a stand-in of the window, from a process that has imported none of the services;
the window, built behind it, takes its place in the same top-level window without moving
the text, and keeps what the reader did meanwhile (the place reached, words typed)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.services import Library
from reader.services.reading import read
from reader.ui import first_frame, snapshot
from reader.ui.app import application, build_window, present
from tests.conftest import ROOT

TITLE = "Tencent a révélé"
FIRST_TITLE = "Ainsi, malgré l’interdiction"  # the bundled article a first start opens
HEAVY = (
    "whoosh",
    "spacy",
    "langdetect",
    "numpy",
    "psycopg",
    "keyring",
    "reader.services.library",
    "reader.ui.mainwindow",
)


def left_an_article_open(data_dir, highlight: str = "") -> str:
    """A library whose window was closed on an article (its snapshot kept)."""
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        article_id = next(a.id for a in library.articles() if a.title.startswith(TITLE))
        if highlight:
            library.annotate(article_id, highlight, color="green")
        snapshot.save(data_dir, read(library, article_id))
    (data_dir / "window.ini").write_text(f"[General]\nlast_article={article_id}\n", "utf-8")
    return article_id


def a_session(qtbot, data_dir) -> str:
    """A user's session: the window opened on the article read last, then closed (its
    layout and the snapshot of the article kept)."""
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        article_id = next(a.id for a in library.articles() if a.title.startswith(TITLE))
    (data_dir / "window.ini").write_text(f"[General]\nlast_article={article_id}\n", "utf-8")
    application()
    library = Library.open(data_dir)
    window = build_window(library)
    qtbot.addWidget(window)
    present(window)
    qtbot.waitUntil(lambda: window.started and window.current is not None, timeout=60000)
    assert window.current.id == article_id
    window.ctx.tasks.wait()
    window.close()
    window.ctx.tasks.wait()
    library.close()
    return article_id


def type_text(widget, text: str) -> None:
    """Keys as a person types them (accented letters through their text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def where(view) -> tuple[QPoint, int, int]:
    """Where the reader's text stands on screen: its top left corner and its size."""
    viewport = view.browser.viewport()
    return viewport.mapToGlobal(QPoint(0, 0)), viewport.width(), viewport.height()


def take_over(qtbot, data_dir, shell):
    """The second phase as ``reader gui`` runs it, once the first frame is painted."""
    library = Library.open(data_dir)
    window = build_window(library)
    present(window, shell=shell)
    qtbot.waitUntil(lambda: shell.stand_in is None, timeout=20000)
    return library, window


def stop(qtbot, shell, window, library) -> None:
    window.ctx.tasks.wait()
    shell.close()
    qtbot.waitUntil(lambda: not shell.isVisible(), timeout=10000)
    window.ctx.tasks.wait()
    library.close()


def test_the_first_frame_imports_none_of_the_services(data_dir) -> None:
    left_an_article_open(data_dir, highlight="Tencent")
    code = (
        "import sys\n"
        "from reader.ui import first_frame\n"
        "first_frame.application()\n"
        f"shell = first_frame.paint({str(data_dir)!r})\n"
        "first_frame.wait_for_paint(shell)\n"
        "view = shell.stand_in.article_view\n"
        "print(view.article.title[:16], len(view.entities()), len(view.annotations()))\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    shown, imported = done.stdout.splitlines()
    title, underlines, highlights = shown.rsplit(" ", 2)
    assert title == TITLE
    assert int(underlines) > 20 and int(highlights) == 1
    assert imported == "[]"


def test_the_window_takes_the_first_frames_place_where_the_reader_left_it(qtbot, data_dir) -> None:
    article_id = a_session(qtbot, data_dir)
    shell = first_frame.paint(str(data_dir))
    assert shell is not None
    qtbot.addWidget(shell)
    first_frame.wait_for_paint(shell)
    stand_in = shell.stand_in
    view = stand_in.article_view
    assert view.article.id == article_id and len(view.entities()) > 20
    assert TITLE in shell.windowTitle()
    # the reader scrolls and starts a search before the window is there
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400, timeout=10000)
    bar.setValue(400)
    placed = where(view)
    stand_in.search_field.setFocus()
    type_text(stand_in.search_field, "Huawei é")

    library, window = take_over(qtbot, data_dir, shell)
    real = window.article_view
    assert real.article.id == article_id
    assert where(real) == placed  # the text did not move on screen
    assert real.browser.verticalScrollBar().value() == 400
    assert window.search_field.text() == "Huawei é"  # nothing typed was lost
    type_text(window.search_field, "t")
    assert window.search_field.text() == "Huawei ét"  # the keys go on in the real box
    assert window.window() is shell and TITLE in shell.windowTitle()
    qtbot.waitUntil(lambda: window.started, timeout=60000)
    qtbot.waitUntil(lambda: window.left.currentWidget() is window.search_panel, timeout=10000)

    placed = shell.saveGeometry()  # where the top-level window stands
    window.quit_action.trigger()  # File → Quit closes the window, and the shell with it
    qtbot.waitUntil(lambda: not shell.isVisible(), timeout=10000)
    window.ctx.tasks.wait()
    library.close()
    # what the next start restores is the top-level window's place, not the inner one's
    saved = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert saved.value("geometry") == placed


def test_a_first_start_paints_the_bundled_article_first(qtbot, data_dir) -> None:
    application()
    shell = first_frame.paint(str(data_dir))
    qtbot.addWidget(shell)
    first_frame.wait_for_paint(shell)
    view = shell.stand_in.article_view
    assert view.article.title.startswith(FIRST_TITLE)
    assert len(view.entities()) > 10  # the underlines shipped with it
    placed = where(view)
    first_frame.paint_entities(shell)  # and their counts, in the frame after
    counts = [b.text() for b in shell.stand_in.entities_panel.toggles.values()]
    assert sum(int(text.rsplit(" ", 1)[1]) for text in counts) == len(view.entities())
    assert where(view) == placed
    top = placed[0].y()
    library, window = take_over(qtbot, data_dir, shell)
    assert window.article_view.article.id == view.article.id
    # the text's top stays; its width and the status bar's height are the window's own
    # from the next start on (the stand-in has no measures of the window before it)
    assert where(window.article_view)[0].y() == top
    qtbot.waitUntil(lambda: window.started and window.current is not None, timeout=60000)
    assert window.current.id == view.article.id
    assert window.library_pane.model.rowCount() == 5
    stop(qtbot, shell, window, library)


def test_no_first_frame_for_a_library_another_window_holds(qtbot, data_dir) -> None:
    from reader.store.lock import InstanceLock

    left_an_article_open(data_dir)
    with InstanceLock(data_dir):
        assert first_frame.paint(str(data_dir)) is None
    shell = first_frame.paint(str(data_dir))
    assert shell is not None
    qtbot.addWidget(shell)
    assert shell.windowTitle().endswith(APP_NAME)
    shell.close()


def test_a_first_frame_closed_before_the_window_is_there_ends_the_start(qtbot, data_dir) -> None:
    left_an_article_open(data_dir)
    application()
    shell = first_frame.paint(str(data_dir))
    qtbot.addWidget(shell)
    first_frame.wait_for_paint(shell)
    assert first_frame.load_second_phase(shell)  # loaded, the window can take over
    shell.close()  # the reader closes it at once
    assert not first_frame.load_second_phase(shell)  # the start ends: no window appears


def test_the_first_frames_entities_panel_counts_the_articles_entities(qtbot, data_dir) -> None:
    article_id = left_an_article_open(data_dir)
    application()
    shell = first_frame.paint(str(data_dir))
    qtbot.addWidget(shell)
    # painted, not given up on (a loaded machine's first paint can take seconds)
    assert first_frame.wait_for_paint(shell, longest_ms=60_000)
    stand_in = shell.stand_in
    view = stand_in.article_view
    placed = where(view)
    first_frame.paint_entities(shell)  # the frame after the text's
    panel = stand_in.entities_panel
    assert panel is not None and panel.isVisible()
    found = Counter(m.label for m in view.entities())
    names = panel.type_names()
    counts = {label: button.text() for label, button in panel.toggles.items()}
    assert counts == {label: f"{names[label]} {found[label]}" for label in panel.toggles}
    assert found["ORG"] > 0 and "Tencent" in {m.canonical for m in panel.mentions}
    assert where(view) == placed  # the panel did not move the text
    # the reader hides the organisations and asks for each article's own names before
    # the window is there: the window keeps both choices
    panel.toggles["ORG"].setChecked(False)
    assert "ORG" not in view.entity_types
    panel.names.setCurrentIndex(panel.names.findData("article"))
    library, window = take_over(qtbot, data_dir, shell)
    real = window.entities_panel
    assert window.article_view.article.id == article_id
    assert {label: button.text() for label, button in real.toggles.items()} == counts
    assert not real.toggles["ORG"].isChecked() and real.toggles["PER"].isChecked()
    assert "ORG" not in window.article_view.entity_types
    assert real.name_rule().value == "article"
    assert window.ctx.settings.get("entity_names") == "article"
    stop(qtbot, shell, window, library)


def test_the_first_phase_gives_the_window_its_icon_after_the_text(qtbot, data_dir) -> None:
    app = application()
    app.setWindowIcon(QIcon())  # as a process starts
    shell = first_frame.first_phase(str(data_dir))
    assert shell is not None
    qtbot.addWidget(shell)
    assert shell.stand_in.article_view.article.title.startswith(FIRST_TITLE)
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
    assert shell.windowIcon().availableSizes() == app.windowIcon().availableSizes()
    shell.close()
