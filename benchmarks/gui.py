"""GUI benchmarks (run: ``.venv/bin/python -m benchmarks.gui``).

P3  cold start to the first painted article, against a bare PySide6 window started the
    same way (a fresh process each, alternating, median of N).
P4  the longest GUI event-loop stall while the 2,225 BBC articles import in the
    background, against the 16 ms frame budget.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import CORPORA, ROOT, median, save, table

BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
win = QMainWindow(); win.setCentralWidget(QLabel("Hello")); win.resize(1200, 800); win.show()
def painted():
    print("READY", flush=True); app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""

APP = r"""
import sys
from PySide6.QtCore import QTimer
from reader.services import Library
from reader.ui.app import application, build_window
app = application(sys.argv[:1])
library = Library.open(sys.argv[1])
win = build_window(library)
def shown(_id):
    # the next event-loop turn runs after the article has been laid out and painted
    QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
win.article_shown.connect(shown)
win.show(); QTimer.singleShot(0, win.start)
app.exec()
win.ctx.tasks.wait(); win.close(); del win; library.close()
"""


def _time_process(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the process ended without painting")
    proc.wait(timeout=60)
    return elapsed


def cold_start(repeats: int) -> dict[str, float]:
    data = Path(tempfile.mkdtemp(prefix="bench-start-"))
    _time_process(APP, str(data))  # first run seeds the library and builds the index
    bare, app = [], []
    for _ in range(repeats):
        bare.append(_time_process(BARE))
        app.append(_time_process(APP, str(data)))
    return {"app_s": median(app), "bare_s": median(bare), "ratio": median(app) / median(bare)}


STALL = r"""
import multiprocessing, sys, time
multiprocessing.set_start_method("spawn", force=True)
from PySide6.QtCore import QTimer, QElapsedTimer
from reader.services import Library
from reader.ui.app import application, build_window
app = application(sys.argv[:1])
library = Library.open(sys.argv[1])
win = build_window(library); win.importer.show_summary = False
win.show(); win.start()
clock = QElapsedTimer(); clock.start()
gaps = []
last = [clock.elapsed()]
def tick():
    now = clock.elapsed(); gaps.append(now - last[0]); last[0] = now
ticker = QTimer(); ticker.setInterval(5); ticker.timeout.connect(tick)
def begin():
    last[0] = clock.elapsed(); ticker.start(); win.importer.start([sys.argv[2]])
def done(report):
    ticker.stop()
    worst = max(gaps) - 5 if gaps else 0
    print(f"STALL {worst} {len(report.outcomes)} {clock.elapsed()}", flush=True)
    app.quit()
win.importer.finished.connect(done)
QTimer.singleShot(1500, begin)
app.exec()
win.ctx.tasks.wait(); win.close(); del win; library.close()
"""


def import_stall() -> dict[str, float]:
    folder = CORPORA / "en-bbc-news-2225" / "bbc"
    data = Path(tempfile.mkdtemp(prefix="bench-stall-"))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(
        [sys.executable, "-c", STALL, str(data), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=1800,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("STALL")), None)
    if line is None:
        raise RuntimeError(out.stderr[-2000:])
    _, worst, files, _elapsed = line.split()
    return {
        "max_stall_ms": float(worst),
        "budget_ms": 16.0,
        "ratio": float(worst) / 16.0,
        "files": int(files),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {"P3_cold_start": cold_start(args.repeats)}
    if not args.skip_import:
        results["P4_import_stall"] = import_stall()
    save("gui", results)
    p3 = results["P3_cold_start"]
    rows = [
        (
            "P3 cold start to first painted article",
            f"{p3['app_s']:.2f} s",
            f"{p3['bare_s']:.2f} s (bare window)",
            f"{p3['ratio']:.2f}×",
        )
    ]
    if "P4_import_stall" in results:
        p4 = results["P4_import_stall"]
        rows.append(
            (
                "P4 longest GUI stall, 2,225-article import",
                f"{p4['max_stall_ms']:.0f} ms",
                "16 ms (frame budget)",
                f"{p4['ratio']:.2f}×",
            )
        )
    print(table(rows))


if __name__ == "__main__":
    main()
