"""Qt fixtures: a main window on a temporary library seeded with the bundled corpus."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def window(qtbot, data_dir):
    """The window once its start is over: the list holds the seeds, an article is open
    and the start's end (``started``) has been delivered. The article shows before that
    end about one start in four, and the end then comes in the middle of the test: it
    loads the list again and starts the recognition of entities.

    Closed as Quit closes it, so that nothing of this window runs into the next test
    (the worker's language model is shared): the window first (what runs is cancelled at
    its next step), then every task drained (a model call in flight ends), then the
    library. Waiting before the close let a large import's recognition run on: 30 s, then
    the close, then 30 s more, and the next test's window started beside it and did not
    list its seeds within 20 s."""
    yield from started_window(qtbot, data_dir)


def started_window(qtbot, data_dir, language: str | None = None):
    """Open the window on the library in ``data_dir`` (in ``language`` when given), wait
    for its start to be over, give it to the test, then close it as Quit does."""
    from reader.services import Library
    from reader.ui import i18n
    from reader.ui.app import application, build_window
    from reader.ui.settings import UiSettings

    app = application()
    library = Library.open(data_dir)
    if language is not None:
        UiSettings(library.paths).set("language", language)
    win = build_window(library)
    qtbot.addWidget(win)
    win.show()
    win.start()
    # bounds on a hang, not measures: on a loaded 2-core machine a start has taken 40 s
    qtbot.waitUntil(lambda: win.library_pane.model.rowCount() == 5, timeout=60000)
    qtbot.waitUntil(lambda: win.started and win.current is not None, timeout=60000)
    yield win
    win.close()
    # a bound on a hang: the language model's first load in this worker, which no cancel
    # stops, took 80 s at a load of 17 on 2 cores (after a 100-article import, 179 s at 25)
    win.ctx.tasks.wait(300000)
    library.close()
    if language is not None:
        i18n.install(app, "en")


@pytest.fixture
def french_window(qtbot, data_dir):
    """The window in French (the UI language chosen in its settings), once started."""
    yield from started_window(qtbot, data_dir, "fr")
