"""Deep links (``reader://article/ID#anno=UUID``, written by every export) and files
handed over by the desktop: a first launch opens the link's article scrolled to the
annotation; with a window already open on the library, a second ``reader gui LINK``
hands the link to that window and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.test_reading_place import TITLE, settle

ROOT = Path(__file__).resolve().parents[2]


def _annotate_far_down(library) -> tuple[str, object, str]:
    """A highlight near the end of a long article, and another article's id (the one
    read last)."""
    articles = library.articles()
    article = next(library.article(a.id) for a in articles if a.title.startswith(TITLE))
    other = next(a.id for a in articles if a.id != article.id)
    last = [b for b in article.blocks() if b.kind.value == "paragraph"][-1]
    passage = article.text[last.start : last.start + 40].rsplit(" ", 1)[0]
    annotation = library.annotate(article.id, passage, color="green", note="loin")
    return article.id, annotation, other


def _revealed(window, annotation) -> bool:
    """The annotation's passage is selected and in view."""
    view = window.article_view
    if view.article is None or view.article.id != annotation.article_id:
        return False
    cursor = view.browser.textCursor()
    selected = view.selected_range()
    top = view.browser.cursorRect(cursor).top()
    return selected == (annotation.start, annotation.end) and (
        0 <= top < view.browser.viewport().height()
    )


def _build(qtbot, library):
    from reader.ui.app import application, build_window

    application()
    window = build_window(library)
    qtbot.addWidget(window)
    return window


def _close(window, library) -> None:
    window.ctx.tasks.wait()
    window.close()
    window.ctx.tasks.wait()
    library.close()


def test_a_first_launch_with_a_link_opens_its_annotation(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from reader.services import Library

    library = Library.open(data_dir)
    library.seed_if_empty()
    article_id, annotation, last_read = _annotate_far_down(library)
    listing = library.article_ids

    def slow_listing(*args, **kwargs):  # a library on a slow disk: the list comes late
        time.sleep(1.0)
        return listing(*args, **kwargs)

    monkeypatch.setattr(library, "article_ids", slow_listing)
    window = _build(qtbot, library)
    window.ctx.settings.set("last_article", last_read)
    # what `reader gui LINK` does with its link (reader.ui.app.run)
    window.pending_link = f"reader://article/{article_id}#anno={annotation.id}"
    window.show()
    window.start()
    qtbot.waitUntil(lambda: _revealed(window, annotation), timeout=20000)
    settle(qtbot, window)
    assert window.current.id == article_id  # not the article read last
    assert _revealed(window, annotation)
    assert window.article_view.browser.verticalScrollBar().value() > 0
    _close(window, library)


def _second_launch(qtbot, data_dir: Path, *targets: str, cwd: Path = ROOT):
    """``reader gui TARGET…`` in another process, the window's event loop running meanwhile."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_DATA_DIR=str(data_dir))
    env["PYTHONPATH"] = str(ROOT)
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), "gui", *targets],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60000)
    finally:
        if process.poll() is None:
            process.kill()
    out, err = process.communicate()
    return process.returncode, out, err


@pytest.fixture
def serving(window, data_dir: Path):
    """The window as ``reader gui`` leaves it: holding the library's lock, listening."""
    from reader.store.lock import InstanceLock
    from reader.ui import links

    lock = InstanceLock(data_dir).acquire()
    server = links.LinkServer(data_dir, window)
    server.handler = window.receive_targets
    assert server.listening
    yield window
    server.close()
    lock.release()


def test_a_second_launch_hands_its_link_to_the_open_window(qtbot, serving, data_dir) -> None:
    window = serving
    article_id, annotation, _ = _annotate_far_down(window.ctx.library)
    assert window.current.id != article_id
    link = f"reader://article/{article_id}#anno={annotation.id}"
    code, out, err = _second_launch(qtbot, data_dir, link)
    assert code == 0, err
    assert "the link handed to the Liseuse window open on this library" in out
    qtbot.waitUntil(lambda: _revealed(window, annotation), timeout=20000)
    assert window.article_view.browser.verticalScrollBar().value() > 0


def test_a_second_launch_hands_its_files_to_the_open_window(
    qtbot, serving, data_dir, tmp_path
) -> None:
    window = serving
    window.importer.show_summary = False
    (tmp_path / "note.md").write_text(
        "# Une dépêche remise par le bureau\n\nLe texte de la dépêche, sur Nvidia.\n", "utf-8"
    )
    code, out, err = _second_launch(qtbot, data_dir, "note.md", cwd=tmp_path)  # relative
    assert code == 0, err
    assert "1 file handed to the Liseuse window" in out
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.title.startswith("Une dépêche"),
        timeout=30000,
    )
    assert window.library_pane.model.rowCount() == 6
