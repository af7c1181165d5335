"""What every worker process of the app does first.

Worker processes (file parsing, the language model, index writers) wait on a pipe for
work. If the app is killed (``kill -9``, a crash) nothing tells them: they would wait for
ever, holding their memory (the language model's is 300 MB). A daemon thread notices that
the parent is gone and ends the worker.

The parent is the one that started the worker, as multiprocessing recorded it, not the
parent found when the worker gets here: on a loaded machine a spawned worker can take
seconds to import its modules, and a parent killed in that time has already handed the
worker to init, which the thread would then have taken for its parent and waited on for
ever.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

NICENESS = 10  # background work yields to the window on a two-core machine


def start_worker(check_every: float = 1.0) -> None:
    """Lower this process's priority and end it when its parent process ends."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    starter = multiprocessing.parent_process()
    parent = starter.pid if starter is not None and starter.pid else os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(check_every)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
