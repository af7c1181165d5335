"""Worker processes end with the app, even when the app is killed: nothing is left
waiting for work with its memory held."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

CHILD = """
import multiprocessing, sys, time
from reader.entities import model_process
if __name__ == "__main__":
    model_process.entities("no_such_model", ["Un texte."])  # starts the model's process
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie is gone for our purpose
        return stat.read().split()[2] != "Z"


def test_the_model_process_ends_when_the_app_is_killed(tmp_path) -> None:
    script = tmp_path / "app.py"
    script.write_text(CHILD)
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert app.stdout is not None
    workers = [int(p) for p in app.stdout.readline().split()]
    assert workers and all(alive(p) for p in workers)
    app.send_signal(signal.SIGKILL)
    app.wait()
    app.stdout.close()
    deadline = time.monotonic() + 15
    while any(alive(p) for p in workers):
        assert time.monotonic() < deadline, "a worker outlived the app"
        time.sleep(0.1)
