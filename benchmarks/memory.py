"""P6: peak resident memory of the window open on a large library (default 50,000
synthetic articles, see :func:`benchmarks.search.large_library`), against a bare PySide6
window started the same way. Run: ``.venv/bin/python -m benchmarks.memory [--articles N]``.
The peak is the child's ``ru_maxrss`` as the kernel reports it when it exits."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import ROOT, save, table
from benchmarks.gui import BARE
from benchmarks.search import _bbc_texts, large_library

# the window on the library DIR, ended once it has painted an article (the GUI benchmark's
# own child waits for the entities and highlights too, which a synthetic library lacks)
APP = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from reader.services import Library
from reader.ui import app as start
app = start.application(sys.argv[:1])
library = Library.open(sys.argv[1])
win = start.build_window(library)
view = win.article_view
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and view.article is not None:
            print("READY", flush=True); QTimer.singleShot(0, app.quit)
        return False
spy = Painted(); view.browser.viewport().installEventFilter(spy)
if hasattr(start, "present"):
    start.present(win)
else:
    win.show(); QTimer.singleShot(0, win.start)
QTimer.singleShot(120000, app.quit)
app.exec()
win.ctx.tasks.wait(); win.close(); del win; library.close()
"""


def peak_rss_mb(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    # READY: this module's window; TEXT: the GUI benchmark's bare window
    ready = any(line.startswith(("READY", "TEXT")) for line in proc.stdout)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = status
    if not ready:
        raise RuntimeError("the window never painted")
    return usage.ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--articles", type=int, default=50_000, help="to build (with --library: it holds)"
    )
    parser.add_argument("--build", nargs=2, metavar=("FOLDER", "N"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--library", metavar="DIR", help="measure on this library instead of building one"
    )
    args = parser.parse_args()
    if args.build:
        large_library(Path(args.build[0]), int(args.build[1]), _bbc_texts())
        return
    bare = peak_rss_mb(BARE)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(args.library or Path(tmp) / "large")
        if not args.library:
            # built in a child: a child forked from a big parent would count the parent's
            # pages in its peak until it execs
            command = [sys.executable, "-m", "benchmarks.memory", "--build", str(data)]
            subprocess.run([*command, str(args.articles)], check=True, cwd=ROOT)
        peak_rss_mb(APP, str(data))  # a first start brings the index up to date
        app = peak_rss_mb(APP, str(data))
    save("memory", {"articles": args.articles, "app_mb": app, "bare_mb": bare})
    print(
        table(
            [
                (
                    f"P6 peak RSS, window on {args.articles:,} articles (target ≤ 400 MB)",
                    f"{app:.0f} MB",
                    f"{bare:.0f} MB",
                    f"{app / bare:.1f}×",
                )
            ]
        )
    )


if __name__ == "__main__":
    main()
