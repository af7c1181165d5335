"""The real window on a real X server (Xvfb): it starts on the bundled corpus and
paints something that is not blank. The screenshot is kept in tests/artifacts/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing in CI (see the README's system packages)")
        pytest.skip(f"{tool} is not installed")


def _colours(png: Path) -> int:
    done = subprocess.run(["identify", "-format", "%k", str(png)], capture_output=True, text=True)
    return int(done.stdout.strip() or 0) if done.returncode == 0 else 0


def test_real_window_shows_the_bundled_corpus(tmp_path: Path) -> None:
    _require("xvfb-run")
    _require("import")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "window-xvfb.png"
    shot.unlink(missing_ok=True)
    script = tmp_path / "run.sh"
    script.write_text(
        "set -u\n"
        '"$PYTHON" -m reader --data-dir "$DATA" gui >"$LOG" 2>&1 &\n'
        "pid=$!\n"
        "for i in $(seq 1 60); do\n"
        "  sleep 1\n"
        '  kill -0 $pid 2>/dev/null || { echo "app exited" >&2; exit 3; }\n'
        '  import -window root "$PROBE" 2>/dev/null || continue\n'
        '  n=$(identify -format %k "$PROBE")\n'
        '  if [ "$n" -gt 400 ]; then sleep 2; import -window root "$SHOT"; break; fi\n'
        "done\n"
        "kill $pid; wait $pid 2>/dev/null; exit 0\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHON": sys.executable,
        "DATA": str(tmp_path / "data"),
        "SHOT": str(shot),
        "PROBE": str(tmp_path / "probe.png"),
        "LOG": str(tmp_path / "app.log"),
    }
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1440x900x24", "bash", str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    log = (tmp_path / "app.log").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0, f"{done.stderr}\n{log}"
    assert shot.exists(), f"no screenshot taken\n{log}"
    assert _colours(shot) > 400, "the screen looks blank"
    assert "Traceback" not in log, log
