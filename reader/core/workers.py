"""What every worker process of the app does first.

Worker processes (file parsing, the language model) wait on a pipe for work. If the app
is killed (``kill -9``, a crash) nothing tells them: they would wait for ever, holding
their memory (the language model's is 300 MB). A daemon thread notices that the parent
is gone and ends the worker.
"""

from __future__ import annotations

import os
import threading
import time

NICENESS = 10  # background work yields to the window on a two-core machine


def start_worker(check_every: float = 1.0) -> None:
    """Lower this process's priority and end it when its parent process ends."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(check_every)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
