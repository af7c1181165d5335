"""A start imports its modules without PySide6 reading each one's source (its check for
the ``__feature__`` syntax the app does not use), and the window still starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# a module written for the test, imported after PySide6: was its source read?
PROBE = r"""
import inspect, sys
import PySide6.QtCore
read = []
real = inspect.getsource
def spying(obj):
    read.append(getattr(obj, "__name__", ""))
    return real(obj)
inspect.getsource = spying
if sys.argv[1] == "skip":
    from reader.ui.qt_imports import skip_source_scan
    assert skip_source_scan()
import résumé_du_jour
print("READ" if "résumé_du_jour" in read else "NOT READ", résumé_du_jour.TITRE)
"""


def _import_after_pyside(tmp_path: Path, how: str) -> str:
    (tmp_path / "résumé_du_jour.py").write_text('TITRE = "Élections à Québec"\n', "utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)])}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, how],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=True,
    )
    return out.stdout.strip()


def test_pyside_reads_a_module_imported_after_it_unless_told_not_to(tmp_path: Path) -> None:
    assert _import_after_pyside(tmp_path, "plain") == "READ Élections à Québec"
    assert _import_after_pyside(tmp_path, "skip") == "NOT READ Élections à Québec"
