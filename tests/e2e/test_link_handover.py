"""What ``xdg-open 'reader://article/ID#anno=UUID'`` does while Liseuse is open on the
library: the desktop runs ``reader gui LINK`` (the ``.desktop`` file's ``Exec``), which
hands the link to the open window and exits; the window shows the link's article."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.session import last_article, run_window

pytestmark = pytest.mark.e2e


def test_a_link_opened_while_the_window_is_open_goes_to_that_window(tmp_path: Path) -> None:
    from reader.services import Library

    data = tmp_path / "data"
    with Library.open(data) as library:
        library.seed_if_empty()
        articles = library.articles()
        first, other = articles[0].id, articles[-1].id
        article = library.article(other)
        passage = article.text[article.blocks()[-1].start :][:30].rsplit(" ", 1)[0]
        annotation = library.annotate(other, passage, note="à relire")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("READER_DATA_DIR", None)
    link = f"reader://article/{other}#anno={annotation.id}"
    second: dict[str, subprocess.CompletedProcess[str]] = {}

    def click_the_link() -> None:
        second["done"] = subprocess.run(
            [sys.executable, "-m", "reader", "--data-dir", str(data), "gui", link],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        deadline = time.monotonic() + 30
        while last_article(data) != other and time.monotonic() < deadline:
            time.sleep(0.2)

    session = run_window(
        [sys.executable, "-m", "reader", "--data-dir", data, "gui", f"reader://article/{first}"],
        data,
        env,
        shown=lambda last: last == first,
        between=click_the_link,
    )
    done = second["done"]
    assert done.returncode == 0, done.stderr
    assert "the link handed to the Liseuse window open on this library" in done.stdout
    assert session.returncode == 0, session.output
    assert session.last_article == other
