""" "Also in…" in the window: after importing another outlet's rewrite of a seed, the
seed's copied paragraphs carry a margin mark; the mark opens the list of copies with the
words that outlet changed marked; the library's Stories switch shows the two as one
story; a highlight is copied onto the other copy in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.unit.passages.test_shared_passages import REWRITE


def test_the_reader_marks_a_shared_paragraph_and_lists_its_copy(
    qtbot, window, tmp_path: Path
) -> None:
    from reader.ui.also_in import AlsoInController

    controller = window.findChild(AlsoInController)
    assert controller is not None
    library = window.ctx.library
    seed = next(a for a in library.articles() if a.title.startswith("Alors que les tensions"))
    path = tmp_path / "reprise.txt"
    path.write_text(REWRITE, encoding="utf-8")
    window.importer.start([path])
    marks = controller.marks
    # the import shows the new article: its two paragraphs copied from the seed are
    # marked once the passages are found, in the background
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.id != seed.id, timeout=60000
    )
    qtbot.waitUntil(lambda: len(marks.passages) == 2, timeout=60000)
    window.open_article(seed.id)
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == seed.id)
    # every reading for passages over (one that ends reloads the marks), the marks shown
    qtbot.waitUntil(
        lambda: not controller._finding and window.ctx.tasks.pending() == 0, timeout=60000
    )
    qtbot.waitUntil(lambda: len(marks.passages) == 2, timeout=20000)
    at = seed_text_at(library, seed.id, "Selon Martin Lau")
    index = next(i for i, p in enumerate(marks.passages) if p.start <= at < p.end)
    mark = marks.marks[index]  # the paragraph on the stock of chips
    assert mark.text() in ("also in 1 article", "1")
    assert "Also in one other article" in mark.toolTip()
    # beside its paragraph's first line, right of the text
    view = window.article_view
    window.article_view.reveal_range(marks.passages[index].start, marks.passages[index].start)
    qtbot.waitUntil(mark.isVisible)
    first_line = view.browser.cursorRect(
        view.cursor_for(marks.passages[index].start, marks.passages[index].start)
    )
    assert abs(mark.y() - first_line.top()) <= 2
    assert mark.x() > first_line.left()

    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.list is not None and controller.list.isVisible())
    popup = controller.list
    assert len(popup.entries) == 1
    from PySide6.QtWidgets import QLabel, QPushButton

    text = popup.entries[0].findChild(QLabel, "alsoInText").text()
    hit = view.colors.hit.name()
    assert f'background:{hit}; color:{view.colors.ink.name()}">considérable</span>' in text
    assert "Tencent assure avoir assez de puces" in popup.entries[0].findChildren(QLabel)[0].text()
    assert popup.entries[0].findChild(QPushButton, "alsoInCopy") is None  # no highlight yet
    popup.close()

    # a highlight on the seed's paragraph, copied onto the rewrite in one click
    start = seed_text_at(library, seed.id, "pour plusieurs générations à venir")
    library.add_annotation(seed.id, start, start + 34, "green", "à vérifier")
    window.annotations.load(seed.id)
    qtbot.waitUntil(lambda: len(view.annotations()) == 1)
    qtbot.waitUntil(lambda: len(marks.passages) == 2)
    mark = marks.marks[index]  # the same paragraph's mark, as shown now
    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.list is not popup and controller.list.isVisible())
    copy_button = controller.list.entries[0].findChild(QPushButton, "alsoInCopy")
    qtbot.mouseClick(copy_button, Qt.MouseButton.LeftButton)
    copy_id = controller.list.passage.copies[0].article_id
    qtbot.waitUntil(lambda: len(library.annotations(copy_id)) == 1, timeout=20000)
    (copied,) = library.annotations(copy_id)
    assert (copied.exact, copied.color, copied.note) == (
        "pour plusieurs générations à venir",
        "green",
        "à vérifier",
    )
    controller.list.close()

    # the library: one story of two articles
    stories = controller.stories
    stories.switch.setChecked(True)
    qtbot.waitUntil(lambda: stories.model.rowCount() == 1, timeout=20000)
    assert not window.library_pane.table.isVisible() and stories.tree.isVisible()
    group = stories.model.item(0, 0)
    assert group.rowCount() == 2
    assert {group.child(r, 0).text() for r in range(2)} == {seed.title, REWRITE.split("\n")[0]}
    stories.switch.setChecked(False)
    assert window.library_pane.table.isVisible()


def seed_text_at(library, article_id: str, words: str) -> int:
    return library.article(article_id).text.index(words)
