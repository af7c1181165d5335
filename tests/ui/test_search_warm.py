"""Once the window has started, cross-language search is warmed up on a worker: its
translation routes are running before the first search asks for them (a first query
of two words waited 1.5 s for them at 50,000 articles)."""

from __future__ import annotations

import shutil

import pytest

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)


@needs_apertium
def test_the_translation_routes_run_before_the_first_search(qtbot, window) -> None:
    engines = window.ctx.library.engines

    def running() -> int:
        expander = engines._expander
        if expander is None:
            return 0
        return sum(p is not None for p in list(expander._translator._pipelines.values()))

    # a bound on a hang: 14 Apertium programs start on a loaded machine
    qtbot.waitUntil(lambda: running() >= 2, timeout=60000)


def test_what_the_warm_up_loaded_is_frozen_on_the_gui_thread(qtbot, window, monkeypatch) -> None:
    """The collection and freeze after the warm-up run between two of the window's
    events, not on the worker while a search may be running (which froze whatever the
    window held at that instant for the rest of the session)."""
    import gc
    import threading

    seen: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: seen.append(threading.current_thread().name))
    window._on_started()  # the start's end again, with the freeze watched
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=60000)
    assert set(seen) == {threading.main_thread().name}
