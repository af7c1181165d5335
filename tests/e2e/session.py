"""Run the real window as a separate process until it has shown an article, then end it
as the desktop does at log-out (SIGTERM), for the tests of the installed command and of
the frozen bundle.

The window says what it showed through its own settings file: opening an article writes
``last_article`` into ``window.ini`` beside the library, and a clean close keeps it. So a
test learns that the library was opened and an article shown without screen scraping.
"""

from __future__ import annotations

import re
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

GUARD = 120  # seconds: only against a hang; a window that shows nothing fails sooner
_LAST = re.compile(r"^last_article=(.*)$", re.M)


def last_article(data_dir: Path) -> str:
    """The article the window last showed (``""`` before any)."""
    try:
        text = (data_dir / "window.ini").read_text("utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    found = _LAST.search(text)
    return found.group(1).strip() if found else ""


@dataclass
class Session:
    returncode: int
    output: str
    last_article: str


def run_window(
    command: Sequence[str | Path],
    data_dir: Path,
    env: Mapping[str, str],
    shown: Callable[[str], bool] = bool,
    cwd: Path | None = None,
    between: Callable[[], None] = lambda: None,
) -> Session:
    """Start ``command`` (a window on ``data_dir``), wait until ``shown(last_article)``,
    call ``between()`` (a screenshot, say), send SIGTERM and collect the exit status and
    output."""
    process = subprocess.Popen(
        [str(part) for part in command],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(env),
        cwd=cwd,
    )
    deadline = time.monotonic() + GUARD
    while process.poll() is None and time.monotonic() < deadline:
        if shown(last_article(data_dir)):
            between()
            break
        time.sleep(0.2)
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=GUARD)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        output += "\n[the window did not close on SIGTERM]"
    return Session(process.returncode, output, last_article(data_dir))
