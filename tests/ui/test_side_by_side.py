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
