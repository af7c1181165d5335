"""Guard against a PySide6 defect seen in some releases: ``Signal.emit()`` returns a bool
whose reference count it fails to increment; on Python 3.11 (where ``True`` is not
immortal) the process aborts after some thousands of emits. The app emits a progress
signal per imported file, so a long import would crash. Run in a subprocess so that an
abort fails this test instead of killing the test run."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.ui.tasks import TaskRunner

def main():
    app = QApplication([])
    runner = TaskRunner()
    seen = []

    def work(task):
        for i in range(20000):
            task.progress(i, 20000, "file")
        return True

    runner.run(work, write=True, on_progress=lambda done, total, label: seen.append(done),
               on_success=lambda _: QTimer.singleShot(0, app.quit))
    app.exec()
    runner.wait()
    print(len(seen))

main()
"""


def test_a_long_task_reporting_progress_does_not_crash() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr[-600:]
    assert done.stdout.strip() == "20000"
