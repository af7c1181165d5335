"""The window's desktop identity: its icon (the committed PNGs, still the SVG's rendering),
its app id, and the links and files the desktop hands it on the command line."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from reader import APP_ID, APP_NAME, __version__
from reader.ui.app import application
from reader.ui.help import about_dialog
from reader.ui.links import split_targets

ROOT = Path(__file__).resolve().parents[2]


def _render_icons():
    """packaging/render_icons.py, the script that made the PNGs."""
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RENDER = _render_icons()


@pytest.mark.parametrize("size", RENDER.SIZES)
def test_committed_png_is_the_svg_rendered(qapp, size: int) -> None:
    committed = QImage(str(RENDER.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = RENDER.render(RENDER.SVG, size)
    assert committed.size() == fresh.size()
    if committed == fresh:
        return
    worst = max(
        abs((committed.pixel(x, y) >> shift & 0xFF) - (fresh.pixel(x, y) >> shift & 0xFF))
        for x in range(size)
        for y in range(size)
        for shift in (0, 8, 16, 24)
    )
    assert worst <= 2, f"the {size} px PNG differs from the SVG: run make icons"


def test_window_icon_and_app_id(qapp) -> None:
    app = application()
    sizes = {s.width() for s in app.windowIcon().availableSizes()}
    assert set(RENDER.SIZES) <= sizes
    assert QGuiApplication.desktopFileName() == APP_ID


def test_about_shows_the_version_and_the_icon(qtbot, tmp_path: Path) -> None:
    application()
    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_dialog(parent, tmp_path)
    assert f"{APP_NAME} {__version__}" in box.text()
    assert APP_ID in box.text()
    assert not box.iconPixmap().isNull()
    box.close()


def test_command_line_targets_split_into_a_link_and_files() -> None:
    link, files = split_targets(
        [
            "reader://article/abc#anno=1",
            "/home/me/news/a.md",
            "file:///home/me/news/caf%C3%A9%20du%20matin.html",
            "b.txt",
        ]
    )
    assert link == "reader://article/abc#anno=1"
    assert files == ["/home/me/news/a.md", "/home/me/news/café du matin.html", "b.txt"]
    assert split_targets([]) == ("", [])
    # a link that is not Liseuse's is still a link (the window says it cannot open it)
    assert split_targets(["https://example.org/x"]) == ("https://example.org/x", [])
