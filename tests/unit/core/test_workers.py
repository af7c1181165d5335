"""Worker processes end with the app, even when the app is killed: nothing is left
waiting for work with its memory held — also when the app dies before a worker is ready
(a spawned worker can take seconds to import its modules on a loaded machine, and a
parent killed in that time must not leave it waiting on init for ever)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import alive

ROOT = Path(__file__).resolve().parents[2]

# A parent that spawns a worker which gets to start_worker() only after the parent is
# gone (it waits for the parent's pid to stop being its parent's), then waits for ever.
PARENT = textwrap.dedent(
    """
    import multiprocessing, os, sys, time

    def late_worker(parent, reached):
        while os.getppid() == parent:  # still being set up when the app dies
            time.sleep(0.05)
        open(reached, "w").close()
        from reader.core.workers import start_worker
        start_worker(check_every=0.1)
        time.sleep(3600)

    if __name__ == "__main__":
        multiprocessing.set_start_method("spawn", force=True)
        worker = multiprocessing.Process(target=late_worker, args=(os.getpid(), sys.argv[1]))
        worker.start()
        print(worker.pid, flush=True)
        time.sleep(3600)
    """
)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_worker_whose_parent_died_before_it_was_ready_ends(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reached = tmp_path / "reached"
    parent = subprocess.Popen(
        [sys.executable, str(script), str(reached)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    try:
        os.kill(parent.pid, signal.SIGKILL)  # the app only, as a crash would
        parent.wait()
        # it notices and ends; (a generous bound: this is not a measure of speed)
        deadline = time.monotonic() + 120
        while alive(worker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not alive(worker), "the worker outlived the app that started it"
        assert reached.exists()  # it ended by the watch, not by failing before it
    finally:
        try:
            os.killpg(parent.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if parent.stdout is not None:
            parent.stdout.close()


MODEL_APP = """
import multiprocessing, sys, time
from reader.entities import model_process
if __name__ == "__main__":
    model_process.entities("no_such_model", ["Un texte."])  # starts the model's process
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    time.sleep(120)
"""


def test_the_model_process_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(MODEL_APP)
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert app.stdout is not None
    workers = [int(p) for p in app.stdout.readline().split()]
    assert workers and all(alive(p) for p in workers)
    app.send_signal(signal.SIGKILL)
    app.wait()
    app.stdout.close()
    deadline = time.monotonic() + 120  # a generous bound, not a measure of speed
    while any(alive(p) for p in workers):
        assert time.monotonic() < deadline, "a worker outlived the app"
        time.sleep(0.1)
