"""Side by side as a reader meets it: the translation bar never widens the window, a new
target language never leaves the old translation on screen, and each translated row
sits beside its original on every seed, on Wikinews HTML and on BBC text; the window
opens again side by side as it was closed."""

from __future__ import annotations

from tests.conftest import corpus
from tests.ui.test_reading_place import opened_again, settle
from tests.ui.test_window import open_title

LONG_ERROR = "the server answered: " + "quota exceeded for this key; " * 12


def test_a_long_translation_status_never_widens_the_window(qtbot, window) -> None:
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.width() == 1440)
    library_width = window.left.width()
    open_title(qtbot, window, "Stratégies de Tencent")
    window.ctx.library.set_translator_setting(
        "command.template", f"echo '{LONG_ERROR}' >&2; exit 3"
    )
    reading = window.reading
    reading.load_hooks()
    qtbot.waitUntil(lambda: reading.bar.hook.findData("command") >= 0, timeout=20000)
    reading.bar.hook.setCurrentIndex(reading.bar.hook.findData("command"))
    reading.bar.translate.click()
    qtbot.waitUntil(lambda: "quota exceeded" in reading.bar.status.text(), timeout=20000)
    qtbot.wait(100)  # let the layouts settle
    assert window.width() == 1440
    assert window.left.width() == library_width
    # the whole message is still there for whoever points at it
    assert "quota exceeded" in reading.bar.status.toolTip()


def _import_translation(qtbot, reading, monkeypatch, tmp_path, target: str, word: str) -> None:
    """Import a translation file into ``target`` as a person does (Import… beside the hook)."""
    from PySide6.QtWidgets import QFileDialog

    article = reading.view.article
    count = len(reading.ctx.library.article(article.id).blocks())
    path = tmp_path / f"{target}.txt"
    path.write_text("\n\n".join(f"{word} {n}." for n in range(count)), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    reading.bar.target.setCurrentIndex(reading.bar.target.findData(target))
    reading.bar.import_file.click()
    qtbot.waitUntil(
        lambda: reading.result is not None and reading.result.target == target, timeout=20000
    )


def test_another_target_shows_its_cached_translation_or_an_empty_column(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    reading = window.reading
    qtbot.waitUntil(lambda: reading.bar.hook.findData("manual") >= 0, timeout=20000)
    _import_translation(qtbot, reading, monkeypatch, tmp_path, "es", "Párrafo")
    _import_translation(qtbot, reading, monkeypatch, tmp_path, "en", "Paragraph")
    assert reading.mode == "side"
    assert reading.translation.toPlainText().startswith("Paragraph 0.")
    # into ES again: the Spanish kept in the cache is shown at once, nothing to press
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("es"))
    qtbot.waitUntil(
        lambda: reading.translation.toPlainText().startswith("Párrafo 0."), timeout=20000
    )
    assert reading.result.target == "es"
    assert "es" in reading.bar.status.text()
    # into DE, never translated: no English or Spanish left beside "into DE"
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("de"))
    assert reading.translation.toPlainText() == ""
    qtbot.waitUntil(lambda: "Import…" in reading.bar.status.text(), timeout=20000)
    assert "DE" in reading.bar.status.text()
    assert reading.translation.toPlainText() == "" and reading.result is None
    # with a hook that translates by itself, the status says to press Translate
    window.ctx.library.set_translator_setting("command.template", "cat")
    reading.load_hooks()
    qtbot.waitUntil(lambda: reading.bar.hook.findData("command") >= 0, timeout=20000)
    reading.bar.hook.setCurrentIndex(reading.bar.hook.findData("command"))
    qtbot.waitUntil(lambda: "press Translate" in reading.bar.status.text(), timeout=20000)
    assert reading.translation.toPlainText() == "" and reading.result is None


def _alignment_done(qtbot, reading) -> None:
    """Wait until the columns' alignment has run after what was just done: the layouts
    it follows come as events, then its timer (60 ms) runs it. A fixed pause of 200 ms
    missed it whenever the machine left the window unrun for longer (its timer at 300 ms,
    every seed's rows were out of step)."""
    qtbot.wait(20)  # the layouts and resizes the last step posted
    qtbot.waitUntil(lambda: not reading._align_timer.isActive(), timeout=20000)


def _rows_out_of_step(reading) -> list[tuple[int, str, int, int]]:
    """Each translated row whose top, on screen, is not beside its original paragraph's:
    (paragraph, its first words, y of the original, y of the translation)."""
    from PySide6.QtGui import QTextCursor

    view, translation = reading.view, reading.translation
    out = []
    for i, paragraph in enumerate(reading.result.paragraphs):
        original = view.browser.cursorRect(view.cursor_for(paragraph.start, paragraph.start))
        y_original = view.browser.viewport().mapToGlobal(original.topLeft()).y()
        row = QTextCursor(translation.document().findBlockByNumber(i))
        assert row.block().text().startswith(f"R{i} ")
        beside = translation.cursorRect(row)
        y_translation = translation.viewport().mapToGlobal(beside.topLeft()).y()
        if abs(y_original - y_translation) > 2:
            out.append((i, paragraph.source[:30], y_original, y_translation))
    return out


def _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path) -> None:
    """Import a translation of the shown article whose rows are by turns much shorter and
    much longer than their originals (so both columns need padding), and show it beside."""
    from PySide6.QtWidgets import QFileDialog

    from reader.services.translations import translatable

    reading = window.reading
    article = window.current
    rows = [
        f"R{n} " + ("court." if n % 2 else "long " * 120) for n in range(len(translatable(article)))
    ]
    path = tmp_path / f"{article.id}.txt"
    path.write_text("\n\n".join(rows), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("es"))
    reading.bar.buttons.buttons()[1].click()  # Side by Side
    reading.bar.import_file.click()
    qtbot.waitUntil(
        lambda: reading.result is not None
        and reading.result.provider == "manual"
        and reading.view.article.id == article.id
        and reading.translation.toPlainText().startswith("R0 "),
        timeout=20000,
    )
    # the background work an import leaves (its entities: a language model loaded) can
    # take minutes on a loaded machine (more than two for a French and an English article
    # at a load of 20 on 2 cores, the English model in two processes); the alignment
    # follows it
    qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=300000)
    _alignment_done(qtbot, reading)


def test_side_by_side_rows_line_up_on_every_seed(qtbot, window, monkeypatch, tmp_path) -> None:
    window.resize(1440, 900)
    model = window.library_pane.model
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert len(titles) == 5
    out_of_step, left_padded = {}, []
    view = window.article_view
    for title in titles:
        open_title(qtbot, window, title[:30])
        qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=20000)
        end = len(view.article.text)
        alone = view.browser.cursorRect(view.cursor_for(end, end)).top()
        _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
        assert window.reading.translation.isVisible() and window.article_view.isVisible()
        if bad := _rows_out_of_step(window.reading):
            out_of_step[title[:40]] = bad[:3]
        # back to the original alone: the gaps made for the translation go with it
        window.reading.bar.buttons.buttons()[0].click()
        _alignment_done(qtbot, window.reading)
        view.browser.verticalScrollBar().setValue(0)
        if view.browser.cursorRect(view.cursor_for(end, end)).top() != alone:
            left_padded.append(title[:40])
    assert out_of_step == {}
    assert left_padded == []


def test_side_by_side_rows_line_up_on_wikinews_html_and_bbc_text(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    wikinews = corpus("fr-wikinews-keyphrase-100", "documents") / "43971.html"
    bbc = corpus("en-bbc-news-2225", "bbc", "tech") / "001.txt"
    window.resize(1440, 900)
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        window.importer.start([wikinews, bbc])
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 7, timeout=20000)
    for title in ("États-Unis : Lancement réussi", "Ink helps drive democracy"):
        open_title(qtbot, window, title)
        _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
        assert _rows_out_of_step(window.reading) == []


def test_rows_stay_level_with_the_search_hit_bar_shown(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    """A search marks the open article and shows "n search hits" above it: the bar spans
    both columns, so each translated row stays beside its original (seed 002)."""
    window.resize(1440, 900)
    open_title(qtbot, window, "Tencent a révélé")
    _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
    assert _rows_out_of_step(window.reading) == []
    view = window.article_view
    field = window.search_field
    field.setFocus()
    qtbot.keyClicks(field, "Tencent")
    qtbot.waitUntil(lambda: view.hit_bar.isVisible() and view.hits() != [], timeout=20000)
    assert window.current.title.startswith("Tencent a révélé")
    _alignment_done(qtbot, window.reading)
    assert window.reading.translation.isVisible() and view.browser.isVisible()
    assert _rows_out_of_step(window.reading) == []
    # scrolled to a hit further down, the rows are still level
    view.next_hit()
    view.next_hit()
    _alignment_done(qtbot, window.reading)
    assert _rows_out_of_step(window.reading) == []
    # the translation alone: no bar about hits in a column that is not shown
    window.reading.bar.buttons.buttons()[2].click()  # Translation
    assert not view.hit_bar.isVisible()
    window.reading.bar.buttons.buttons()[1].click()  # Side by Side again
    qtbot.waitUntil(view.hit_bar.isVisible, timeout=5000)


def test_last_rows_level_at_the_end_with_the_find_bar_open(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    """At the end of a long article the last rows are level, the find bar open (seed 002):
    Ctrl+F's bar spans both columns (below the original alone, it made that column one bar
    shorter), and a short last translation under a long original is given room below it
    (its column ended sooner, so the translation stopped scrolling short of its row)."""
    window.resize(1440, 900)
    open_title(qtbot, window, "Tencent a révélé")
    _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
    view, reading = window.article_view, window.reading
    view.browser.setFocus()
    from PySide6.QtCore import Qt

    qtbot.keyClick(view.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.find_bar.isVisible, timeout=5000)
    qtbot.keyClicks(view.find_bar.field, "Tencent")
    qtbot.waitUntil(lambda: view.match_count() > 0, timeout=5000)
    _alignment_done(qtbot, reading)
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    _alignment_done(qtbot, reading)
    last = len(reading.result.paragraphs) - 1
    assert [row for row in _rows_out_of_step(reading) if row[0] == last] == []
    # the translation alone: no find bar for a column that is not shown; it comes back
    reading.bar.buttons.buttons()[2].click()  # Translation
    assert not view.find_bar.isVisible()
    reading.bar.buttons.buttons()[1].click()  # Side by Side again
    qtbot.waitUntil(view.find_bar.isVisible, timeout=5000)


def _two_thirds_down(qtbot, window, monkeypatch, tmp_path) -> int:
    """Side by side beside one's own Spanish translation, two thirds down the article:
    the offset of the passage at the top (below its row's padding, if it has some)."""
    window.resize(1440, 900)
    open_title(qtbot, window, "Stratégies de Tencent")
    settle(qtbot, window)
    _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
    reading = window.reading
    bar = reading.view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    _alignment_done(qtbot, reading)
    offset = reading.view.top_offset()
    assert offset > len(reading.view.article.text) // 3
    return offset


def test_switching_to_side_by_side_and_back_keeps_the_passage_read(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    """Two thirds down an article, Side by Side halves the original's column (its lines
    wrap anew, its rows are padded): the passage at the top of the view stays there, and
    there again back to the original alone (it showed a passage half a page up); the
    translation alone opens at that passage's paragraph, and back from it the original
    is there again."""
    window.resize(1440, 900)
    open_title(qtbot, window, "Stratégies de Tencent")
    settle(qtbot, window)
    _side_by_side_with_own_translation(qtbot, window, monkeypatch, tmp_path)
    reading = window.reading
    original, side, alone = reading.bar.buttons.buttons()
    original.click()
    _alignment_done(qtbot, reading)
    view = reading.view
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    offset = view.top_offset()
    assert offset > len(view.article.text) // 3

    for button in (side, original, alone, original):
        button.click()
        _alignment_done(qtbot, reading)
        if view.isVisible():
            line = view.browser.cursorRect(view.cursor_for(offset, offset))
            # its words may wrap to the next line in a narrower column
            assert -line.height() <= line.top() <= 2 * line.height(), (button.text(), line.top())
        else:
            # the translation alone shows the paragraph that holds the passage at its top
            # (it opened at the translation's start)
            from PySide6.QtGui import QTextCursor

            held = max(i for i, p in enumerate(reading.result.paragraphs) if p.start <= offset)
            shown = reading.translation
            block = shown.document().findBlockByNumber(held)
            row = shown.cursorRect(QTextCursor(block))
            assert 0 <= row.top() <= shown.viewport().height() // 3, row.top()


def test_side_by_side_is_kept_when_the_window_opens_again(
    qtbot, window, data_dir, monkeypatch, tmp_path
) -> None:
    """Reading side by side two thirds down an article, beside one's own translation into
    Spanish, then quitting: the next start shows the bar on Side by Side and the same
    translation in the second column, rows level, the passage read at the top (it showed
    the original alone, the bar on Original) — from the library's read, and again from
    the snapshot a start paints before it."""
    offset = _two_thirds_down(qtbot, window, monkeypatch, tmp_path)
    article_id = window.current.id
    window.ctx.tasks.wait()
    window.close()

    for _ in ("read from the library", "painted from the snapshot"):
        with opened_again(qtbot, data_dir) as again:
            shown = again.reading
            qtbot.waitUntil(lambda r=shown: r.result is not None, timeout=60000)
            settle(qtbot, again)
            _alignment_done(qtbot, shown)
            assert again.current.id == article_id
            original, side, alone = shown.bar.buttons.buttons()
            assert side.isChecked() and not original.isChecked() and not alone.isChecked()
            assert shown.view.isVisible() and shown.translation.isVisible()
            assert shown.translation.width() > shown.width() // 4
            # the reader's own Spanish, not another hook's English
            assert shown.bar.target.currentText() == "ES"
            assert shown.translation.toPlainText().startswith("R0 ")
            assert _rows_out_of_step(shown) == []
            view = shown.view
            line = view.browser.cursorRect(view.cursor_for(offset, offset))
            assert -line.height() <= line.top() <= 2 * line.height(), (_, line.top())


def _still_at(view, offset: int) -> tuple[int, int]:
    """How far from the top the passage at ``offset`` is, and a line's height."""
    line = view.browser.cursorRect(view.cursor_for(offset, offset))
    return line.top(), line.height()


def _in_view(reading, where: tuple[int, int]) -> bool:
    """Whether the passage is still in the upper half of the original's column (its row
    padded above it, beside a long translation, may hold it a few lines down): it went
    back to the article's start, thousands of pixels above."""
    top, height = where
    return -height <= top <= reading.view.browser.viewport().height() // 2


def test_another_target_keeps_the_passage_read(qtbot, window, monkeypatch, tmp_path) -> None:
    """Two thirds down an article read side by side, choosing another language to read
    it in (one never translated into, then back) leaves the passage read at the top: it
    went back to the article's start."""
    offset = _two_thirds_down(qtbot, window, monkeypatch, tmp_path)
    reading = window.reading
    before = _still_at(reading.view, offset)
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("de"))  # none yet
    qtbot.waitUntil(lambda: "DE" in reading.bar.status.text(), timeout=20000)
    _alignment_done(qtbot, reading)
    assert reading.view.browser.verticalScrollBar().value() > 0
    # no translation beside it: the rows lose their padding, the passage stays on top
    top, height = _still_at(reading.view, offset)
    assert -height <= top <= 2 * height, top
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("es"))  # kept: shown
    qtbot.waitUntil(lambda: reading.translation.toPlainText().startswith("R0 "), timeout=20000)
    _alignment_done(qtbot, reading)
    assert _in_view(reading, _still_at(reading.view, offset)), (
        _still_at(reading.view, offset),
        before,
    )
    assert _rows_out_of_step(reading) == []


def test_the_article_read_side_by_side_opened_again_stays_at_the_passage(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    """A start opens the article read last a second time once the library is ready:
    side by side, its translation made again put the original back at its start."""
    offset = _two_thirds_down(qtbot, window, monkeypatch, tmp_path)
    reading = window.reading
    before = _still_at(reading.view, offset)
    # the translation emptied, then shown again: counted as they happen (from the cache
    # both can come between two looks at ``reading.result`` on a loaded machine)
    emptied: list[bool] = []
    shown: list[bool] = []
    empty, show = reading._empty, reading._show
    monkeypatch.setattr(reading, "_empty", lambda: (emptied.append(True), empty()))
    monkeypatch.setattr(reading, "_show", lambda r: (shown.append(bool(emptied)), show(r)))
    window.open_article(window.current.id)
    qtbot.waitUntil(lambda: any(shown) and reading.result is not None, timeout=60000)
    _alignment_done(qtbot, reading)
    assert reading.view.browser.verticalScrollBar().value() > 0
    assert _in_view(reading, _still_at(reading.view, offset)), (
        _still_at(reading.view, offset),
        before,
    )
    assert _rows_out_of_step(reading) == []
