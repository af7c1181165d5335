"""P3 in instructions executed (``python -m benchmarks.gui --instructions``): a start's
frames counted by valgrind's cachegrind, which the load does not change, where seconds,
even of CPU, moved by a fifth between runs on a loaded machine. valgrind is not in the
README's package line (the app needs none of it): ``apt-get install valgrind``."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import ROOT
from benchmarks.gui import BARE, HOOK, _compiled, _env, _warm_library

# ``reader --data-dir DIR gui`` ended once its first frame (the third argument ``text``)
# or the Entities panel's after it (``entities``) is through: what ``--instructions`` counts.
STOPPED = (
    r"""
import importlib.abc, importlib.util, os, sys
stop = sys.argv[2]
def hooked(module):
    wait, fill = module.wait_for_paint, module.paint_entities
    def waiting(*args, **kwargs):
        painted = wait(*args, **kwargs)
        if stop == "text":
            os._exit(0)
        return painted
    def filling(*args, **kwargs):
        fill(*args, **kwargs)
        os._exit(0)
    module.wait_for_paint, module.paint_entities = waiting, filling
"""
    + HOOK
    + r"""sys.meta_path.insert(0, Hook())
from reader.cli import main
main(["--data-dir", sys.argv[1], "gui"])
"""
)


def _instructions(code: str, *args: str, tree: Path = ROOT) -> int:
    """The instructions a fresh process executes (valgrind's cachegrind, no cache model)."""
    valgrind = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    ]
    out = subprocess.run(
        [*valgrind, sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=_env(tree),
        cwd=tree,
        timeout=1800,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise RuntimeError(out.stderr[-2000:])
    return int(found.group(1).replace(",", ""))


def instructions(trees: Sequence[Path] = (ROOT,)) -> dict[str, dict[str, float]]:
    """P3 in instructions executed, which the load does not change (the same count to
    within 0.05 % run after run, where seconds, even of CPU, moved by a fifth between
    runs on a loaded machine): the bare window's first frame; for each tree a restart's
    and a first start's, to the text's frame and to the Entities panel's after it. A
    start with a first frame only (``reader.ui.first_frame``)."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")
    bare = _instructions(BARE)
    results = {}
    for tree in trees:
        _compiled(tree)
        warm = _warm_library(tree)
        counts: dict[str, float] = {"bare": bare}
        for start in ("cold", "warm"):
            for stop in ("text", "entities"):
                data = Path(tempfile.mkdtemp(prefix="bench-ir-"))
                if start == "warm":
                    shutil.rmtree(data)
                    shutil.copytree(warm, data)
                counts[f"{start}_{stop}"] = _instructions(STOPPED, str(data), stop, tree=tree)
                counts[f"{start}_{stop}_ratio"] = counts[f"{start}_{stop}"] / bare
                shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(warm, ignore_errors=True)
        results[tree.name] = counts
    return results
