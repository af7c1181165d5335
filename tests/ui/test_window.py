"""The main window used as a person would: open, read, search, find, import, theme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader.ui import theme
from tests.conftest import corpus


def open_title(qtbot, window, start: str) -> None:
    model = window.library_pane.model
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith(start)
    )
    window.library_pane.table.selectRow(row)
    # as long as the window fixture waits for the list: a loaded machine (the suite's
    # other worker starting language models) stretches an opening well past 5 s
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.title.startswith(start),
        timeout=20000,
    )


def test_opens_on_the_bundled_corpus_with_an_article_shown(window) -> None:
    assert window.library_pane.model.rowCount() == 5
    assert window.article_view.browser.isVisible()
    assert window.current.title in window.windowTitle()
    text = window.article_view.browser.toPlainText()
    assert window.current.title.split()[0] in text


def test_selecting_an_article_shows_it_with_furniture_folded(qtbot, window) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    doc = window.article_view.browser.document()
    plain = doc.toPlainText()
    assert "Tencent et Baidu optimisent" in plain
    assert "▸ Page furniture: 6 lines (sharing, related articles, ads)" in plain
    partager = doc.find("Partager :")
    assert not partager.isNull() and not partager.block().isVisible()
    assert "Stratégies de Tencent" in window.details.body.text()


def test_search_typing_shows_results_and_opening_marks_the_hit(qtbot, window) -> None:
    qtbot.keyClicks(window.search_field, "Huawei")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    assert window.left.currentWidget() is panel
    assert all("<mark>Huawei</mark>" in panel.model.hit(r).snippet for r in range(3))
    panel.list.setCurrentIndex(panel.model.index(1, 0))
    target = panel.model.hit(1).id
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == target)
    qtbot.waitUntil(lambda: bool(window.article_view.hits()))
    start, end = window.article_view.current_hit
    assert window.current.text[start:end] == "Huawei"
    cursor = window.article_view.cursor_for(start, end)
    assert cursor.selectedText() == "Huawei"
    assert window.article_view.hit_bar.isVisible()
    count = len(window.article_view.hits())
    window.article_view.next_hit()
    assert window.article_view.current_hit == window.article_view.hits()[1 % count]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.left.currentWidget() is window.library_pane


def test_facet_chip_filters_results(qtbot, window) -> None:
    window.search_field.setText("Tencent")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=10000)
    chips = [panel.chips_layout.itemAt(i).widget() for i in range(panel.chips_layout.count())]
    register = next(c for c in chips if c is not None and c.text().startswith("The Register"))
    register.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.hit(0).source == "The Register"


def test_bad_query_shows_a_hint_not_a_crash(qtbot, window) -> None:
    window.search_field.setText("auteur:Lau")
    qtbot.waitUntil(lambda: "unknown field" in window.search_panel.status.text(), timeout=10000)
    assert window.ctx.errors.shown == []


def _type(qtbot, window, keys: str = "", text: str | None = None) -> str:
    """Replace the search box's content by typing ``keys`` (ASCII: keyClicks) or setting
    ``text`` (keyClicks aborts on non-ASCII), and wait for the search to answer."""
    field, panel = window.search_field, window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=20000):
        field.selectAll()
        if text is None:
            qtbot.keyClicks(field, keys)
        else:
            field.setText(text)
    return panel.status.text()


def test_whatever_is_typed_in_the_search_box_gives_results_or_a_hint(qtbot, window) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    panel = window.search_panel
    typed = {
        '"stock de puces': "a quotation mark is not closed",
        "NOT NOT NOT": "NOT needs a word after it",
        "Huawei AND": "AND needs a word on each side",
        "((Baidu": 'a "(" is not closed',
        "title: ": "title: needs a word right after it",
        "Huawai~9": "at most 2 typos",
        "a~/2 ^ [ { \\ *": "",
    }
    for keys, hint in typed.items():
        status = _type(qtbot, window, keys)
        assert status and "Searching" not in status, keys
        assert hint in status, (keys, status)
    assert panel.model.rowCount() == 5  # "*" matched every article
    status = _type(qtbot, window, text="« Huawei » l’IA 中国 \U0001f600 e\u0301")
    assert status and window.left.currentWidget() is panel
    assert "the query is long" in _type(qtbot, window, text="Huawei " * 5000)
    # an accented letter typed as a key event, as a keyboard sends it
    with qtbot.waitSignal(panel.searched, timeout=20000):
        window.search_field.selectAll()
        qtbot.keyClicks(window.search_field, "P")
        for event in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                window.search_field, QKeyEvent(event, 0, Qt.KeyboardModifier.NoModifier, "é")
            )
        qtbot.keyClicks(window.search_field, "kin")
    assert window.search_field.text() == "Pékin" and panel.model.rowCount() == 2
    assert window.ctx.errors.shown == []


def test_find_in_article_counts_and_steps(qtbot, window) -> None:
    open_title(qtbot, window, "Alors que les tensions")
    window.find_action.trigger()
    assert window.article_view.find_bar.isVisible()
    window.article_view.find_bar.field.setText("Tencent")
    view = window.article_view
    assert view.match_count() >= 10
    assert view.find_bar.count.text() == f"1 of {view.match_count()}"
    view.find_bar.next.click()
    assert view.find_bar.count.text() == f"2 of {view.match_count()}"
    qtbot.keyClick(view.find_bar, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()


def test_find_in_article_matches_what_people_type(qtbot, window) -> None:
    """``l'IA`` typed with a plain apostrophe finds the *l’IA* the article prints, and
    ``etats-unis`` finds *États-Unis*: the find bar ignores case, accents and
    typographic marks, and each match selects the article's own text."""
    open_title(qtbot, window, "Stratégies de Tencent")
    window.find_action.trigger()
    view = window.article_view

    def found(typed: str) -> list[str]:
        view.find_bar.field.setText(typed)
        return [cursor.selectedText() for cursor in view._matches]

    curly = found("l’IA")
    assert len(curly) >= 3 and found("l'IA") == found("L’ia") == found("l'ia")
    assert len(found("l'IA")) > len([m for m in curly if m == "l’IA"])
    assert {m.replace("’", "'").lower() for m in found("l'IA")} == {"l'ia"}
    assert found("etats-unis") == found("États-Unis") == ["États-Unis"] * len(found("etats-unis"))
    assert found("etats-unis") and view.find_bar.count.text().startswith("1 of ")
    assert found("etats   unis") == [] and found("qqqzzz") == []
    assert view.find_bar.count.text() == "No match"


def test_zoom_changes_the_text_size_and_persists(qtbot, window) -> None:
    doc = window.article_view.browser.document()
    before = doc.defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    after = window.article_view.browser.document().defaultFont().pointSizeF()
    assert after == before + 2
    window.zoom_reset_action.trigger()
    assert window.article_view.browser.document().defaultFont().pointSizeF() == before
    window.zoom_out_action.trigger()
    window.save_layout()
    assert window.ctx.settings.get_int("zoom", 0) == -1


def test_theme_switch_changes_palette_and_reader(qtbot, window) -> None:
    window.set_theme(theme.ThemeChoice.DARK)
    window_color = QGuiApplication.palette().color(QGuiApplication.palette().ColorRole.Window)
    assert window_color.lightness() < 80
    assert window.article_view.colors is theme.DARK
    window.set_theme(theme.ThemeChoice.LIGHT)
    assert window.article_view.colors is theme.LIGHT
    assert window.ctx.settings.get("theme") == "light"


def test_a_theme_switch_keeps_the_text_column_and_darkens_every_panel(qtbot, window) -> None:
    """Dark and back: the panels take the new colours, and the text keeps its width (the
    style made anew re-polished every widget, and the side panels took other widths)."""
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    qtbot.wait(50)
    viewport = window.article_view.browser.viewport()
    width = viewport.width()
    table = window.library_pane.table
    for choice, dark in ((theme.ThemeChoice.DARK, True), (theme.ThemeChoice.LIGHT, False)):
        window.set_theme(choice)
        qtbot.wait(100)
        base = table.palette().color(table.palette().ColorRole.Base)
        assert (base.lightness() < 80) is dark, (choice, base.name())
        assert viewport.width() == width, choice


def test_import_folder_with_progress_then_summary(qtbot, window) -> None:
    folder = corpus("fr-wikinews-keyphrase-100", "documents")
    window.importer.show_summary = False
    seen: list[int] = []
    window.import_progress.bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(window.importer.finished, timeout=120000) as blocker:
        assert window.importer.start([folder])
        assert window.import_progress.isVisible()
    report = blocker.args[0]
    assert report.count(report.outcomes[0].status) == 100
    assert seen and max(seen) > 50
    assert not window.import_progress.isVisible()
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 105, timeout=10000)
    box = window.importer.summary_box(report)
    assert "100 imported" in box.text()


def test_import_of_a_folder_says_which_files_of_other_kinds_it_left_out(
    qtbot, window, tmp_path: Path
) -> None:
    """A folder with a PDF and a picture beside an article: the article is imported and
    the summary says the two others were left out, naming them."""
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "depeche.txt").write_text("Une dépêche\n\nElle parle de Baidu.\n", "utf-8")
    (folder / "rapport.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / ".cache").write_text("hidden", "utf-8")
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=60000) as blocker:
        assert window.importer.start([folder])
    report = blocker.args[0]
    box = window.importer.summary_box(report)
    assert "1 imported" in box.text()
    assert "2 files of other kinds left out" in box.text()
    assert "photo.jpg" in box.detailedText() and "rapport.pdf" in box.detailedText()
    assert ".cache" not in box.detailedText()


def test_import_can_be_cancelled_and_keeps_what_was_done(qtbot, window, tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for n in range(400):
        (news / f"{n:03d}.txt").write_text(f"Titre {n}\n\nTexte numéro {n} sur Nvidia.\n", "utf-8")
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=60000) as blocker:
        window.importer.start([news])
        qtbot.waitUntil(lambda: window.import_progress.bar.value() > 5, timeout=30000)
        window.import_progress.cancel.click()
    report = blocker.args[0]
    assert report.cancelled
    assert 0 < len(report.outcomes) < 400
    box = window.importer.summary_box(report)
    assert "cancelled" in box.text()
    qtbot.waitUntil(
        lambda: window.library_pane.model.rowCount() == 5 + len(report.outcomes), timeout=10000
    )


def test_drop_of_files_starts_an_import(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    article = tmp_path / "depeche.txt"
    article.write_text("Une dépêche déposée\n\nElle parle de Baidu et de Kunlun.\n", "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 6, timeout=10000)


def test_layout_and_last_article_reopen(qtbot, window, data_dir) -> None:
    from reader.services import Library
    from reader.ui.app import build_window

    open_title(qtbot, window, "La Chine réduit")
    chosen = window.current.id
    window.splitter.setSizes([300, 1000])
    window.save_layout()
    library = Library.open(data_dir)
    again = build_window(library)
    qtbot.addWidget(again)
    again.show()
    again.start()
    qtbot.waitUntil(lambda: again.current is not None, timeout=20000)
    assert again.current.id == chosen
    assert abs(again.splitter.sizes()[0] - window.splitter.sizes()[0]) <= 2
    again.ctx.tasks.wait()
    again.close()
    library.close()


def test_keyboard_search_flow(qtbot, window) -> None:
    window.search_action.trigger()
    assert window.search_field.hasFocus() or QGuiApplication.focusObject() is window.search_field
    window.search_field.setText("Baidu")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.current is not None and "Baidu" in window.current.text, timeout=10000
    )


def test_counts_use_plural_forms(window) -> None:
    assert window.library_pane.count.text() == "5 articles"


def test_widgets_have_accessible_names(window) -> None:
    for widget in (
        window.search_field,
        window.library_pane.table,
        window.library_pane.filter,
        window.article_view.browser,
        window.search_panel.list,
    ):
        assert widget.accessibleName()
