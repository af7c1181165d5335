"""The scripted reading session (tests/ui/test_user_session.py) once more on a real X server
(Xvfb, Qt's xcb platform), where focus, activation, tooltips and painting go through X as
on a desktop, and what the window shows at its key moments is kept as PNGs in
tests/artifacts/session/ for a person to look at (the run prints the folder)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.e2e
SESSION = ROOT / "tests" / "artifacts" / "session"
MOMENTS = [
    "01-opened",
    "02-highlight-half-way-down",
    "03-dark-theme",
    "04-side-by-side-seed-002",
    "05-side-by-side-seed-002-end-find-bar",
    "06-french-hover-card",
    "07-restarted-at-the-passage-with-the-search",
]


def test_the_reading_session_on_xvfb_with_screenshots(capsys) -> None:
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing in CI (see the README's system packages)")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    shutil.rmtree(SESSION, ignore_errors=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "LISEUSE_SESSION_SHOTS": str(SESSION)}
    done = subprocess.run(
        [
            *("xvfb-run", "-a", "-s", "-screen 0 1440x900x24"),
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"),
            "tests/ui/test_user_session.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert sorted(p.stem for p in SESSION.glob("*.png")) == MOMENTS
    with capsys.disabled():  # shown even when the test passes, for CI's log
        print(f"\nscreenshots of the reading session on Xvfb: {SESSION}")
