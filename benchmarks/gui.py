"""GUI benchmarks (run: ``.venv/bin/python -m benchmarks.gui``).

P3  the start, against a bare PySide6 window started the same way (a fresh process each,
    alternating, median of N), from the process's start — ``reader --data-dir DIR gui``,
    as a user starts it (the command's own parsing, lock and link server included) — to
    frames of the reader: "text" — the first frame with the article's text; "marks" —
    the first with its entity underlines and highlights too; "entities and highlights"
    — the first with the Entities panel's counts as well; "window" — the first frame of
    the whole window (a two-phase start's real window in place of its first frame's
    stand-in; a one-phase start's is its first). Each frame is seen by an application
    event filter (the reader's text is the ``articleText`` browser's viewport).
    Cold: a first start on an empty library (the bundled articles imported, the index
    built, their entities found). Warm: a restart of a library whose last article has
    cached entities and a highlight.
    Each also in CPU seconds used by the process up to that frame, which a loaded
    machine stretches far less than the wall-clock time.
    Floor: the bare window in a process that has also imported every PySide6 class the
    app's UI imports (PySide6 makes each class's Python type on first use): what any
    window drawn with the app's own widgets pays before a module of the app runs.
P4  the longest GUI event-loop stall while the 2,225 BBC articles import in the
    background, against the 16 ms frame budget.

``--instructions`` counts P3 in instructions executed (valgrind) instead of seconds: the
same count whatever the load, for a machine too loaded for its seconds to tell a change.

``--tree DIR`` runs P3 on another checkout of the app as well (e.g. an older commit
exported with ``git archive``, or a ``git worktree``), so that a change is measured before
and after in the same run; the trees take turns within each repeat.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import CORPORA, ROOT, median, save, table

# Both report the first frame painted, seen by an event filter on the painted widget.
BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
win = QMainWindow(); label = QLabel("Hello"); win.setCentralWidget(label)
win.resize(1200, 800)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            cpu = time.process_time()
            print("TEXT", cpu, flush=True); print("FULL", cpu, flush=True); app.quit()
        return False
spy = Painted(); label.installEventFilter(spy)
win.show()
app.exec()
"""

APP = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from reader.services import Library
from reader.ui import app as start
app = start.application(sys.argv[:1])
library = Library.open(sys.argv[1])
highlights = int(sys.argv[2])
win = start.build_window(library)
view = win.article_view
said = set()
class Painted(QObject):
    # a paint of the reader's text: what does this frame show?
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and view.article is not None:
            counts = [b.text() for b in win.entities_panel.toggles.values()]
            if "TEXT" not in said:
                said.add("TEXT"); print("TEXT", time.process_time(), flush=True)
            if (
                "FULL" not in said
                and view.entities()
                and any(not t.endswith(" 0") for t in counts)
                and len(view.annotations()) >= highlights
            ):
                said.add("FULL"); print("FULL", time.process_time(), flush=True)
                QTimer.singleShot(0, app.quit)
        return False
spy = Painted(); view.browser.viewport().installEventFilter(spy)
if hasattr(start, "present"):
    start.present(win)
else:  # before the snapshot: as app.run started the window then
    win.show(); QTimer.singleShot(0, win.start)
QTimer.singleShot(120000, app.quit)
app.exec()
win.ctx.tasks.wait(); win.close(); del win; library.close()
"""

# ``reader --data-dir DIR gui`` in a process that watches the frames it paints, whatever
# builds them (this tree's start or an older one's). A start in two phases is watched as the
# bare window is, by filters on the widgets painted: the reader's text (its viewport, once
# the first frame has laid it out) and the Entities panel's legend (once filled); the
# window's frame, after the first phase, by a filter on the whole application. Watching
# every object from the start (``all`` as the third argument, how the runs before
# 2026-11-30 late measured) has PySide6 wrap each object that gets an event, which makes
# the Python types of whole Qt modules: some 40 ms of CPU before the text that the app
# does not spend and the bare window is not charged.
# Imports reader.ui.first_frame where the start imports it, then hands it to the script's
# ``hooked(module)``: the start's frames watched (COMMAND) or ended (STOPPED) from inside.
HOOK = r"""
class Hook(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    # imports reader.ui.first_frame where the start imports it, then wraps it
    def find_spec(self, name, path, target=None):
        if name != "reader.ui.first_frame":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        self.loader = spec.loader
        spec.loader = self
        return spec
    def create_module(self, spec):
        return self.loader.create_module(spec)
    def exec_module(self, module):
        self.loader.exec_module(module)
        hooked(module)
"""

COMMAND = (
    r"""
import importlib.abc, importlib.util, os, sys, threading, time
from pathlib import Path
threading.Timer(240, lambda: os._exit(3)).start()  # a start that never paints them all
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject
highlights = int(sys.argv[2])
said = {}
def say(word):
    if word not in said:
        said[word] = time.process_time(); print(word, said[word], flush=True)
def article_view(widget):
    while widget is not None and not hasattr(widget, "annotations"):
        widget = widget.parentWidget()
    return widget
def counted(widget):
    for child in widget.window().findChildren(QtWidgets.QWidget):
        toggles = getattr(child, "toggles", None)
        if isinstance(toggles, dict) and child.isVisible():
            return any(not b.text().endswith(" 0") for b in toggles.values())
    return False
def text_of(widget):
    # the reader's text in the window a legend's toggle is painted in (a stand-in's or the
    # window's: a start in two phases has both for a moment)
    while widget is not None and not isinstance(widget, QtWidgets.QMainWindow):
        widget = widget.parentWidget()
    return None if widget is None else widget.findChild(QtWidgets.QWidget, "articleText")
def seen(view):
    # a frame of the reader's text in ``view``: what does it show?
    if view is None or view.article is None:
        return
    say("TEXT")
    marked = bool(view.entities()) and len(view.annotations()) >= highlights
    if marked:
        say("MARKS")
    if marked and counted(view):
        say("FULL")
    owner = view
    while owner is not None and not hasattr(owner, "library_pane"):
        owner = owner.parentWidget()
    if owner is not None:
        say("WINDOW")
    if len(said) == 4:
        os._exit(0)  # what comes after is not measured (a first start's import goes on)
class Painted(QObject):
    # a paint of the reader's text, or of the Entities panel's legend once the text is
    # there
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QtWidgets.QWidget):
            return False
        browser = watched.parentWidget()
        holder = None if browser is None else browser.parentWidget()
        if "TEXT" in said and isinstance(getattr(holder, "toggles", None), dict):
            browser = text_of(watched)
        if browser is None or browser.objectName() != "articleText":
            return False
        seen(article_view(browser))
        return False
spy = Painted()
def watch_all():
    QtWidgets.QApplication.instance().installEventFilter(spy)
def hooked(module):
    # the first frame's functions, wrapped to put the filters on what they paint
    paint, fill, first_phase = module.paint, module.StandIn.fill_entities, module.first_phase
    def painting(*args, **kwargs):
        shell = paint(*args, **kwargs)
        if shell is not None and shell.stand_in is not None:
            shell.stand_in.article_view.browser.viewport().installEventFilter(spy)
        return shell
    def filling(self):
        panel = fill(self)
        for toggle in getattr(panel, "toggles", {}).values():
            toggle.installEventFilter(spy)
        return panel
    def phase(*args, **kwargs):
        shell = first_phase(*args, **kwargs)
        watch_all()  # the window's frame (and a start without a first frame: all of them)
        return shell
    module.paint, module.StandIn.fill_entities, module.first_phase = painting, filling, phase
"""
    + HOOK
    + r"""reader = importlib.util.find_spec("reader")
two_phase = (Path(reader.origin).parent / "ui" / "first_frame.py").exists()
if two_phase and sys.argv[3:] != ["all"]:
    sys.meta_path.insert(0, Hook())
else:
    class Watching(QtWidgets.QApplication):
        def __init__(self, *args):
            super().__init__(*args)
            self.installEventFilter(spy)
    QtWidgets.QApplication = Watching
from reader.cli import main
main(["--data-dir", sys.argv[1], "gui"])
"""
)


def floor_code(tree: Path = ROOT) -> str:
    """BARE, after importing every name ``reader/ui`` imports from PySide6."""
    names: dict[str, set[str]] = {}
    for path in sorted((tree / "reader" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
                names.setdefault(str(node.module), set()).update(a.name for a in node.names)
    lines = [f"from {module} import {', '.join(sorted(n))}" for module, n in names.items()]
    return "\n".join(lines) + "\n" + BARE


# A library of the bundled articles, their entities recognised, one highlighted passage
# in the article read last (run in the tree measured, through its own API).
PREPARE = r"""
import sys
from reader.services import Library
with Library.open(sys.argv[1]) as library:
    library.seed_if_empty()
    library.recognize_pending()
    last = sorted(library.articles(), key=lambda a: a.title)[0]
    article = library.article(last.id)
    span = next(s for s in article.spans if s.kind.value == "paragraph")
    quote = article.text[span.start : span.end][:60].rsplit(" ", 1)[0]
    library.annotate(last.id, quote, color="green")
    print(last.id)
"""


def _env(tree: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(tree)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see _compiled
    return env


def _compiled(tree: Path) -> None:
    """The app's modules compiled to bytecode, as a user's are after the first start (an
    installed wheel's from the start). Without it, an environment that sets
    PYTHONDONTWRITEBYTECODE compiles the whole app in every process measured: more than
    a third of a restart's first paint, which no user pays twice."""
    compileall.compile_dir(tree / "reader", quiet=1)


WORDS = ("TEXT", "MARKS", "FULL", "WINDOW")


def _time_process(code: str, *args: str, tree: Path = ROOT) -> dict[str, float]:
    """Seconds from the start of a fresh process to each frame it says it painted
    (TEXT, FULL; for the command also MARKS and WINDOW), and ``cpu``: the CPU seconds the
    process had used by its TEXT line (which a loaded machine stretches far less than
    the wall-clock time: the process waits for a core, it does not work more)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(tree),
        cwd=tree,
    )
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    for line in proc.stdout:
        word, _, rest = line.strip().partition(" ")
        if word in WORDS and word not in seen:
            seen[word] = time.perf_counter() - start
            seen[f"{word}_cpu"] = float(rest)
            if word == "TEXT":
                seen["cpu"] = float(rest)
    proc.wait(timeout=300)
    if "TEXT" not in seen or "FULL" not in seen:
        raise RuntimeError(f"the process ended having painted only {sorted(seen)}")
    return seen


def _warm_library(tree: Path) -> Path:
    data = Path(tempfile.mkdtemp(prefix="bench-warm-"))
    out = subprocess.run(
        [sys.executable, "-c", PREPARE, str(data)],
        capture_output=True,
        text=True,
        env=_env(tree),
        cwd=tree,
        check=True,
        timeout=600,
    )
    article_id = out.stdout.split()[-1]
    (data / "window.ini").write_text(f"[General]\nlast_article={article_id}\n", "utf-8")
    _time_process(APP, str(data), "1", tree=tree)  # opened and closed once: as a user left it
    return data


def cold_start(
    repeats: int, trees: Sequence[Path] = (ROOT,), watch_all: bool = False
) -> list[dict[str, float]]:
    """The first start (empty library) and a restart of ``reader gui``, each against the
    bare window, for each tree. The trees take turns within each repeat (bare, first
    start, bare, restart, floor, then the next tree's), so that a load that changes during
    the run weighs on each alike: the two halves of a run made one tree after the other
    differed by a fifth in CPU seconds under the same code. ``watch_all``: every frame
    seen by a filter on the whole application from the start (see ``COMMAND``)."""
    for tree in trees:
        _compiled(tree)
    how = ("all",) if watch_all else ()
    warm = [_warm_library(tree) for tree in trees]
    floors = [floor_code(tree) for tree in trees]
    frames = ("text", "marks", "full", "window")
    keys = ("bare", "floor", *(f"{s}_{f}" for s in ("cold", "warm") for f in frames))
    runs: list[dict[str, list[float]]] = [{k: [] for k in keys} for _ in trees]
    cpu: list[dict[str, list[float]]] = [
        {k: [] for k in ("bare", "floor", "cold_text", "cold_full", "warm_text", "warm_full")}
        for _ in trees
    ]

    def timed(i: int, key: str, code: str, *args: str) -> None:
        seen = _time_process(code, *args, tree=trees[i] if args else ROOT)
        runs[i][key if key in runs[i] else f"{key}_text"].append(seen["TEXT"])
        cpu[i][key if key in cpu[i] else f"{key}_text"].append(seen["cpu"])
        if key in ("cold", "warm"):
            for frame in frames[1:]:
                runs[i][f"{key}_{frame}"].append(seen[frame.upper()])
            cpu[i][f"{key}_full"].append(seen["FULL_cpu"])

    for _ in range(repeats):
        for i in range(len(trees)):
            timed(i, "bare", BARE)
            empty = Path(tempfile.mkdtemp(prefix="bench-cold-"))
            timed(i, "cold", COMMAND, str(empty), "0", *how)
            shutil.rmtree(empty, ignore_errors=True)
            timed(i, "bare", BARE)
            timed(i, "warm", COMMAND, str(warm[i]), "1", *how)
            timed(i, "floor", floors[i])
    for data in warm:
        shutil.rmtree(data, ignore_errors=True)
    return [_medians(r, c) for r, c in zip(runs, cpu, strict=True)]


def _medians(runs: dict[str, list[float]], cpu: dict[str, list[float]]) -> dict[str, float]:
    bare_s, bare_cpu = median(runs["bare"]), median(cpu["bare"])
    result = {"bare_s": bare_s, "bare_cpu_s": bare_cpu}
    for key, values in runs.items():
        if key != "bare" and values:
            result[f"{key}_s"] = median(values)
            result[f"{key}_ratio"] = median(values) / bare_s
    for key, values in cpu.items():
        if key != "bare":
            result[f"{key}_cpu_s"] = median(values)
            result[f"{key}_cpu_ratio"] = median(values) / bare_cpu
    return result


# The P4 method, spliced into every script that measures a stall (this one, pictures.py):
# a 5 ms timer on the window's event loop; the longest gap between two of its ticks, less
# the 5 ms, is the longest the window could not answer. Runs once the window exists.
TICKER = r"""
from PySide6.QtCore import QTimer, QElapsedTimer
clock = QElapsedTimer(); clock.start()
gaps = []
last = [clock.elapsed()]
def tick():
    now = clock.elapsed(); gaps.append(now - last[0]); last[0] = now
ticker = QTimer(); ticker.setInterval(5); ticker.timeout.connect(tick)
def start_ticking():
    gaps.clear(); last[0] = clock.elapsed(); ticker.start()
def worst_stall():
    ticker.stop()
    return max(gaps) - 5 if gaps else 0
"""

STALL = (
    r"""
import multiprocessing, sys, time
multiprocessing.set_start_method("spawn", force=True)
from reader.services import Library
from reader.ui.app import application, build_window
app = application(sys.argv[:1])
library = Library.open(sys.argv[1])
win = build_window(library); win.importer.show_summary = False
win.show(); win.start()
"""
    + TICKER
    + r"""
def begin():
    start_ticking(); win.importer.start([sys.argv[2]])
def done(report):
    worst = worst_stall()
    print(f"STALL {worst} {len(report.outcomes)} {clock.elapsed()}", flush=True)
    app.quit()
win.importer.finished.connect(done)
QTimer.singleShot(1500, begin)
app.exec()
win.ctx.tasks.wait(); win.close(); del win; library.close()
"""
)


def measure(code: str, *args: str, timeout: int = 1800) -> list[list[str]]:
    """Run a measuring script (offscreen unless told otherwise) and return the fields of
    each line it printed that starts with ``STALL``."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )
    lines = [x.split()[1:] for x in out.stdout.splitlines() if x.startswith("STALL")]
    if not lines:
        raise RuntimeError(out.stderr[-2000:])
    return lines


def import_stall() -> dict[str, float]:
    folder = CORPORA / "en-bbc-news-2225" / "bbc"
    if not folder.is_dir():  # an import of nothing would report a stall of nothing
        raise SystemExit(f"{folder} is missing (set READER_SHARED_DIR)")
    data = Path(tempfile.mkdtemp(prefix="bench-stall-"))
    worst, files, _elapsed = measure(STALL, str(data), str(folder))[0]
    return {
        "max_stall_ms": float(worst),
        "budget_ms": 16.0,
        "ratio": float(worst) / 16.0,
        "files": int(files),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-import", action="store_true", help="P3 only")
    parser.add_argument("--skip-start", action="store_true", help="P4 only")
    parser.add_argument("--tree", type=Path, action="append", default=[], help="another checkout")
    parser.add_argument(
        "--watch-all",
        action="store_true",
        help="P3: see the frames through a filter on the whole application (the method before)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="P3 in instructions executed (valgrind), which the load does not change",
    )
    args = parser.parse_args()
    if args.instructions:
        from benchmarks.gui_instructions import instructions  # it reads this module's scripts

        counted = instructions([ROOT, *(tree.resolve() for tree in args.tree)])
        save("gui_instructions", counted)
        rows = [
            (
                f"P3 {start}: {what} ({tree})",
                f"{c[f'{start}_{stop}'] / 1e6:,.0f} M",
                f"{c['bare'] / 1e6:,.0f} M (bare window)",
                f"{c[f'{start}_{stop}_ratio']:.2f}×",
            )
            for tree, c in counted.items()
            for start in ("cold", "warm")
            for stop, what in (("text", "text"), ("entities", "the Entities panel"))
        ]
        print(table(rows))
        return
    results: dict[str, dict[str, float]] = {}
    if not args.skip_start:
        trees = [ROOT, *(tree.resolve() for tree in args.tree)]
        names = ["P3_start", *(f"P3_start {tree.name}" for tree in args.tree)]
        results.update(zip(names, cold_start(args.repeats, trees, args.watch_all), strict=True))
    if not args.skip_import:
        results["P4_import_stall"] = import_stall()
    save("gui", results)
    rows = []
    for name, p3 in results.items():
        if not name.startswith("P3"):
            continue
        where = name.partition(" ")[2] or "this tree"
        for key, what in (
            ("floor", "floor: bare window + the UI's PySide6 classes"),
            ("cold_text", "cold: text"),
            ("cold_marks", "cold: underlines and highlights"),
            ("cold_full", "cold: entities and highlights"),
            ("cold_window", "cold: the whole window"),
            ("warm_text", "warm: text"),
            ("warm_marks", "warm: underlines and highlights"),
            ("warm_full", "warm: entities and highlights"),
            ("warm_window", "warm: the whole window"),
        ):
            rows.append(
                (
                    f"P3 {what} ({where})",
                    f"{p3[key + '_s']:.2f} s",
                    f"{p3['bare_s']:.2f} s (bare window)",
                    f"{p3[key + '_ratio']:.2f}×",
                )
            )
            if key + "_cpu_s" in p3:  # the same frame in CPU seconds
                rows.append(
                    (
                        f"P3 {what}, CPU ({where})",
                        f"{p3[key + '_cpu_s']:.2f} s",
                        f"{p3['bare_cpu_s']:.2f} s (bare window)",
                        f"{p3[key + '_cpu_ratio']:.2f}×",
                    )
                )
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
