"""Side by side as a reader meets it: the translation bar never widens the window, a new
target language never leaves the old translation on screen, and each translated row
sits beside its original on every seed, on Wikinews HTML and on BBC text."""

from __future__ import annotations

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
