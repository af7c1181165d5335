"""Qt fixtures: a main window on a temporary library seeded with the bundled corpus."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def window(qtbot, data_dir):
    from reader.services import Library
    from reader.ui.app import application, build_window

    application()
    library = Library.open(data_dir)
    win = build_window(library)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.library_pane.model.rowCount() == 5, timeout=20000)
    qtbot.waitUntil(lambda: win.current is not None, timeout=10000)
    yield win
    win.ctx.tasks.wait()
    win.close()
    win.ctx.tasks.wait()
    library.close()
