"""Side by side: the translation appears beside the original, paragraph by paragraph,
aligned and scrolling together."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.ui.test_side_by_side import _alignment_done
from tests.ui.test_window import open_title


@pytest.fixture
def apertium() -> None:
    if shutil.which("apertium") is None:
        if os.environ.get("CI"):
            pytest.fail("apertium is missing in CI")
        pytest.skip("apertium is not installed")


def test_side_by_side_aligned_paragraphs(qtbot, window, apertium) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    reading = window.reading
    qtbot.waitUntil(lambda: reading.bar.hook.findData("apertium") >= 0, timeout=20000)
    reading.bar.hook.setCurrentIndex(reading.bar.hook.findData("apertium"))
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("es"))
    reading.set_mode("side")
    qtbot.waitUntil(lambda: reading.result is not None, timeout=60000)
    assert reading.translation.isVisible() and reading.view.isVisible()
    assert "apertium" in reading.bar.status.text()
    _alignment_done(qtbot, reading)
    left = reading.view.rendered.document
    right = reading.translation.document()
    pairs = reading.pairs()
    assert len(pairs) == len(reading.result.paragraphs) >= 10
    for original, translated in pairs:
        top_a = left.documentLayout().blockBoundingRect(left.findBlockByNumber(original)).top()
        top_b = right.documentLayout().blockBoundingRect(right.findBlockByNumber(translated)).top()
        assert abs(top_a - top_b) <= 1.0
    assert "recursos" in right.findBlockByNumber(1).text()
    # scrolling one column scrolls the other
    reading.view.browser.verticalScrollBar().setValue(200)
    assert reading.translation.verticalScrollBar().value() == 200
    # translation only, then original only
    reading.set_mode("translation")
    assert reading.translation.isVisible() and not reading.view.isVisible()
    reading.set_mode("original")
    assert reading.view.isVisible() and not reading.translation.isVisible()


def test_unavailable_hook_gives_an_inline_message(qtbot, window) -> None:
    open_title(qtbot, window, "Stratégies de Tencent")
    reading = window.reading
    reading.bar.hook.clear()
    reading.bar.hook.addItem("libretranslate", "libretranslate")
    reading.set_mode("side")
    qtbot.waitUntil(lambda: "not set up" in reading.bar.status.text(), timeout=20000)
    assert window.ctx.errors.shown == []


def test_clicking_a_translated_paragraph_marks_its_original(qtbot, window, apertium) -> None:
    from PySide6.QtCore import QPoint, Qt

    open_title(qtbot, window, "Stratégies de Tencent")
    reading = window.reading
    qtbot.waitUntil(lambda: reading.bar.hook.findData("apertium") >= 0, timeout=20000)
    reading.bar.hook.setCurrentIndex(reading.bar.hook.findData("apertium"))
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("es"))
    reading.set_mode("side")
    qtbot.waitUntil(lambda: reading.result is not None, timeout=60000)
    assert not window.article_view.browser.textCursor().hasSelection()  # nothing selected by itself
    right = reading.translation.document()
    rect = right.documentLayout().blockBoundingRect(right.findBlockByNumber(1))
    point = QPoint(
        int(rect.left()) + 30,
        int(rect.top()) + 10 - reading.translation.verticalScrollBar().value(),
    )
    qtbot.mouseClick(reading.translation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    lead = reading.result.paragraphs[1]
    assert window.article_view._pair == (lead.start, lead.end)


def test_settings_manual_import_and_edit(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

    import reader.ui.translation.settings as settings

    monkeypatch.setattr(
        settings.TranslationSettings, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(
        settings.TranslationSettings, "values", lambda self: {"command.template": "tr a-z A-Z"}
    )
    window.show_translation_settings()
    reading = window.reading
    qtbot.waitUntil(lambda: reading.bar.hook.findData("command") >= 0, timeout=20000)
    open_title(qtbot, window, "Stratégies de Tencent")
    # the user's own translation, imported from a file
    article = window.current
    blocks = [f"Paragraphe traduit {n}." for n in range(40)]
    path = tmp_path / "traduction.txt"
    path.write_text("\n\n".join(blocks), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("en"))
    reading.import_translation()
    qtbot.waitUntil(
        lambda: reading.result is not None and reading.result.provider == "manual", timeout=20000
    )
    assert reading.result.paragraphs[0].translation == "Paragraphe traduit 0."
    assert all(p.edited for p in reading.result.paragraphs)
    # a correction of one paragraph is kept
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Corrigé.", True))
    reading.edit_paragraph(2)
    qtbot.waitUntil(lambda: reading.result.paragraphs[2].translation == "Corrigé.", timeout=20000)
    assert (
        window.ctx.library.translate(article.id, "en", provider="manual").paragraphs[2].translation
        == "Corrigé."
    )


def test_look_up_a_word_of_the_article(qtbot, window, tmp_path) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    from reader.ui.article import overlay
    from tests.unit.translate.test_remote_keys import _dictionary

    _dictionary(tmp_path / "dictd")
    window.ctx.library.set_translator_setting("freedict.dirs", str(tmp_path / "dictd"))
    open_title(qtbot, window, "Stratégies de Tencent")
    view = window.article_view
    # the user selects "puces" in the article and asks for its meaning
    text = view.article.text
    start = text.index("puces")
    cursor = view.cursor_for(start, start + len("puces"))
    view.browser.setTextCursor(cursor)
    assert overlay.word_at(view, QPoint(0, 0)) == "puces"
    view.lookup_requested.emit("puces", view.mapToGlobal(QPoint(40, 40)))
    card = window.reading.gloss.card
    qtbot.waitUntil(lambda: "flea" in card.label.text(), timeout=20000)
    assert card.isVisible() and "<b>puce</b>" in card.label.text()
    assert "fr → en" in card.label.text()
    # an unknown word says so
    view.lookup_requested.emit("xylophage", view.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(lambda: "not in the dictionary" in card.label.text(), timeout=20000)
    # with no selection, the word under the mouse
    view.browser.setTextCursor(QTextCursor(view.browser.document()))
    rect = view.browser.cursorRect(view.cursor_for(start + 1, start + 2))
    assert overlay.word_at(view, rect.center()) == "puces"


def test_deepl_settings_keep_the_key_out_of_the_database(
    qtbot, window, data_dir, monkeypatch, caplog
) -> None:
    import logging

    from PySide6.QtWidgets import QDialog

    import reader.ui.translation.settings as settings
    from tests.unit.translate.test_remote_keys import _files_holding

    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.setattr(
        settings.TranslationSettings, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    seen = {}

    def values(self):
        seen["note"] = self.findChild(settings.QLabel, "translationSettingsNote").text()
        return {"deepl.key": "abc:fx", "deepl.url": "http://127.0.0.1:9"}

    monkeypatch.setattr(settings.TranslationSettings, "values", values)
    reading = window.reading
    reading.show_settings()
    qtbot.waitUntil(lambda: reading.bar.hook.findData("deepl") >= 0, timeout=20000)
    assert "no system keyring" in seen["note"].lower()
    assert "kept until you quit" in reading.bar.status.text()
    index = reading.bar.hook.findData("deepl")
    assert reading.bar.hook.itemText(index) == "deepl (online)"
    assert "127.0.0.1:9" in reading.bar.hook.itemData(index, 3)  # Qt.ToolTipRole
    assert b"abc:fx" not in (data_dir / "library.sqlite3").read_bytes()
    # an unreachable server: a clear message, the window stays usable
    reading.bar.hook.setCurrentIndex(index)
    reading.bar.target.setCurrentIndex(reading.bar.target.findData("en"))
    reading.run()
    qtbot.waitUntil(lambda: "cannot reach DeepL" in reading.bar.status.text(), timeout=30000)
    assert "abc:fx" not in caplog.text and "abc:fx" not in reading.bar.status.text()
    assert _files_holding(data_dir, [b"abc:fx"]) == []


def test_an_article_is_never_translated_into_its_own_language(qtbot, window, monkeypatch) -> None:
    """The bar offers English first: an English article opened is put into French, and a
    French one read after it back into English, never sent from a language to itself
    through a third one (the reader's own article, reworded)."""
    from PySide6.QtWidgets import QFileDialog

    from tests.conftest import corpus

    bbc = corpus("en-bbc-news-2225", "bbc", "business", "001.txt")
    title = bbc.read_text("latin-1").split("\n", 1)[0].strip()
    window.importer.show_summary = False
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bbc)], ""))
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        window.import_files_action.trigger()
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 6, timeout=20000)
    target = window.reading.bar.target  # EN, the first offered
    open_title(qtbot, window, title)
    assert window.current.lang == "en" and target.currentData() == "fr"
    open_title(qtbot, window, "Stratégies de Tencent")
    assert target.currentData() == "en"
