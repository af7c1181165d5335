"""Suggested tags in the Details panel: chips that add the tag (undoable, and the tag
filters the library) or dismiss it (kept in the library file), reached by the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from reader.entities.gazetteer import GazetteerRecognizer
from reader.entities.pipeline import EntityPipeline
from reader.services import Library
from reader.services import suggestions as sugg
from reader.services.engines import Engines
from reader.ui.details import DetailsPanel
from tests.ui.test_window import open_title


@pytest.fixture
def gazetteer_only(monkeypatch):
    """Entities from the gazetteer alone, before the window starts: the statistical
    model is not what is tested here, and the writes would queue behind its loading."""
    pipeline = EntityPipeline([GazetteerRecognizer()])
    monkeypatch.setattr(Engines, "pipeline", property(lambda self: pipeline))
    return pipeline


@pytest.fixture
def details(window) -> DetailsPanel:
    """The window's Details panel, in front of its tabs."""
    window.details_dock.raise_()
    assert window.details.suggestions is not None
    return window.details


def _buttons(details: DetailsPanel, name: str) -> list[QToolButton]:
    assert details.suggestions is not None
    row = details.suggestions.chips
    return [b for b in row.findChildren(QToolButton, name) if b.isVisibleTo(row)]


def _names(details: DetailsPanel) -> list[str]:
    return [b.text().removeprefix("+ ") for b in _buttons(details, "acceptSuggestion")]


def _chip(details: DetailsPanel, name: str) -> QToolButton:
    return next(b for b in _buttons(details, "acceptSuggestion") if b.text() == f"+ {name}")


def test_accept_undo_and_dismiss_a_suggested_tag(
    qtbot, gazetteer_only, window, details, data_dir
) -> None:
    open_title(qtbot, window, "Tencent a révélé")
    article_id = window.current.id
    qtbot.waitUntil(lambda: {"Tencent", "puces"} <= set(_names(details)), timeout=30000)
    assert 3 <= len(_names(details)) <= 8

    # one click adds it: an ordinary tag, shown in the details, filtering the library
    qtbot.mouseClick(_chip(details, "puces"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current.tags == ("puces",), timeout=20000)
    assert "puces" in details.body.text()
    qtbot.waitUntil(lambda: "puces" not in _names(details), timeout=20000)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.tag.findData("puces") >= 0, timeout=20000)
    pane.tag.setCurrentIndex(pane.tag.findData("puces"))
    qtbot.waitUntil(lambda: pane.model.ids() == [article_id], timeout=20000)
    pane.tag.setCurrentIndex(0)

    window.undo_action.trigger()  # Edit → Undo takes the tag off; the suggestion is back
    qtbot.waitUntil(lambda: window.current.tags == (), timeout=20000)
    qtbot.waitUntil(lambda: "puces" in _names(details), timeout=20000)

    # the keyboard: Tab from a chip's add button reaches its dismiss button, Space presses it
    gpu = _chip(details, "GPU")
    gpu.setFocus()
    qtbot.waitUntil(gpu.hasFocus)
    qtbot.keyClick(gpu, Qt.Key.Key_Tab)
    dismiss = QApplication.focusWidget()
    assert dismiss is not None and dismiss.objectName() == "dismissSuggestion"
    qtbot.keyClick(dismiss, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "GPU" not in _names(details), timeout=20000)
    window.ctx.tasks.wait()
    # what a restart reads: the library file, through a connection of its own
    with Library.open(data_dir) as again:
        assert "GPU" not in {s.name for s in sugg.suggested_tags(again, article_id)}
        assert "Tencent" in {s.name for s in sugg.suggested_tags(again, article_id)}


def test_the_chips_speak_the_interface_language(qtbot, gazetteer_only, window, details) -> None:
    open_title(qtbot, window, "La Chine réduit")
    qtbot.waitUntil(lambda: "Chine" in _names(details), timeout=30000)
    window.language_actions["fr"].trigger()  # live, no restart
    assert details.suggestions is not None
    qtbot.waitUntil(lambda: details.suggestions.heading.text() == "Étiquettes suggérées")
    qtbot.waitUntil(lambda: "Chine" in _names(details))  # the chips made again
    assert _chip(details, "Chine").toolTip() == "Ajouter l’étiquette « Chine »"
    dismiss = _buttons(details, "dismissSuggestion")[0]
    assert dismiss.accessibleName().startswith("Écarter la suggestion ")
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: details.suggestions.heading.text() == "Suggested tags")
