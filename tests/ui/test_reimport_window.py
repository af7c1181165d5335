"""Importing through the window a copy of an article the library has, then the copy
edited: the library keeps one article, updated, with its notes on it."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.model import ImportStatus
from tests.conftest import SEEDS

SEED = "002_b3fc68538ca4ccbc.txt"


def import_in_window(qtbot, window, path: Path):
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=60000) as blocker:
        assert window.importer.start([path])
    return blocker.args[0]


def test_an_edited_copy_of_a_seed_updates_it_in_the_window(qtbot, window, tmp_path) -> None:
    copy = tmp_path / "copie.txt"
    shutil.copy(SEEDS / SEED, copy)
    first = import_in_window(qtbot, window, copy).outcomes[0]
    assert first.status is ImportStatus.UNCHANGED
    library = window.ctx.library
    made = library.annotate(first.article_id, "Hunyuan-T1", note="modèle")

    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("Tencent prétend", "Tencent affirme"), encoding="utf-8")
    second = import_in_window(qtbot, window, copy).outcomes[0]
    assert second.status is ImportStatus.UPDATED and second.article_id == first.article_id
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 5, timeout=10000)
    assert library.count() == 5
    article = library.article(first.article_id)
    assert "Tencent affirme" in article.text
    [kept] = library.annotations(first.article_id)
    assert kept.id == made.id and kept.status in ("anchored", "moved")
    assert article.text[kept.start : kept.end] == "Hunyuan-T1"


def test_a_new_import_can_start_as_soon_as_the_last_one_says_it_ended(
    qtbot, window, tmp_path
) -> None:
    """Files dropped on the window the moment an import's end is shown are imported, not
    refused as if that import were still running."""
    first, second = tmp_path / "une.txt", tmp_path / "deux.txt"
    shutil.copy(SEEDS / SEED, first)
    second.write_text("Une dépêche\n\nUn court texte sur Baidu et ses puces.\n", encoding="utf-8")
    window.importer.show_summary = False
    started: list[bool] = []
    window.importer.finished.connect(
        lambda _: started.append(window.importer.start([second])) if not started else None
    )
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        assert window.importer.start([first])
    assert started == [True]
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 6, timeout=60000)
