"""A translation has a lane of its own: a server that does not answer delays neither a
search nor the slow background work, and a long background pass (the entities of a
large import) does not hold a translation back."""

from __future__ import annotations

import threading

from reader.ui.tasks import TaskContext, TaskRunner


def test_a_translation_is_not_queued_behind_slow_work_nor_the_reverse(qtbot, qapp) -> None:
    runner = TaskRunner()
    release = threading.Event()
    done: list[str] = []

    def blocked(_: TaskContext) -> None:
        release.wait(30)

    try:
        # the slow lane busy (entities of an import, shared passages)
        for _ in range(2):
            runner.run(blocked, slow=True)
        runner.run(lambda _: "traduit", remote=True, on_success=done.append)
        qtbot.waitUntil(lambda: done == ["traduit"], timeout=10000)
        # a translation waiting on its server, while a search goes on
        runner.run(blocked, remote=True)
        runner.run(lambda _: "recherche", on_success=done.append)
        qtbot.waitUntil(lambda: done[-1:] == ["recherche"], timeout=10000)
    finally:
        release.set()
        runner.wait()


def test_a_cancelled_translation_stuck_on_its_server_does_not_hold_the_next(qtbot, qapp) -> None:
    """Cancel only stops a translation between two requests: one whose server never
    answers keeps its thread until its time-out (up to two minutes). The reader who
    cancels it and asks again, of another service or the same, gets the new one now."""
    runner = TaskRunner()
    release = threading.Event()
    done: list[str] = []

    def hung(_: TaskContext) -> str:
        release.wait(30)
        return "late"

    try:
        for _ in range(2):  # cancelled twice, each stuck on its server
            handle = runner.run(hung, remote=True, key="translation")
            handle.cancel()
        runner.run(lambda _: "second", remote=True, key="translation", on_success=done.append)
        qtbot.waitUntil(lambda: done == ["second"], timeout=10000)
    finally:
        release.set()
        runner.wait()
