"""What the desktop does with the ``.desktop`` file's ``Exec=reader gui %U``: open a file
of an import format (as a ``file://`` URL) — the window imports it and shows it — and end
the app at log-out with SIGTERM, which closes it as Quit does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.session import run_window

pytestmark = pytest.mark.e2e


def test_a_file_opened_from_the_desktop_is_imported_and_shown(
    tmp_path: Path, seed_titles: dict[str, str]
) -> None:
    article = tmp_path / "dépêche du matin.md"
    article.write_text(
        "# Une dépêche ouverte depuis le bureau\n\nHuawei présente une nouvelle puce.\n",
        encoding="utf-8",
    )
    data = tmp_path / "desktop-data"
    seeds = set(seed_titles.values())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("READER_DATA_DIR", None)
    session = run_window(
        [sys.executable, "-m", "reader", "--data-dir", data, "gui", article.as_uri()],
        data,
        env,
        shown=lambda last: bool(last) and last not in seeds,
    )
    assert session.returncode == 0, session.output
    assert "Traceback" not in session.output, session.output
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data), "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    titles = {a["id"]: a["title"] for a in json.loads(listed.stdout)["articles"]}
    assert titles[session.last_article] == "Une dépêche ouverte depuis le bureau"
    assert seeds <= set(titles), "the bundled corpus is there too"
