"""A picture of the corpus saved as PNG or SVG: the same drawing as on screen, painted
on an image (at twice the size shown, for sharp print) or on Qt's SVG generator, then
written atomically (a crash leaves no half file).

The drawing is done on the GUI thread (it is a few hundred shapes: milliseconds); the
bytes are written by the task runner's writer, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator

Draw = Callable[[QPainter, QRectF], None]
PNG_SCALE = 2  # device pixels per pixel shown
FORMATS = ("png", "svg")


def png_bytes(size: QSize, draw: Draw, background: QPalette) -> bytes:
    image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(background.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    draw(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; it takes str
    buffer.close()
    return bytes(data.data())


def svg_bytes(size: QSize, draw: Draw, title: str, description: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    draw(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    buffer.close()
    return bytes(data.data())


def picture_bytes(
    path: Path, size: QSize, draw: Draw, palette: QPalette, title: str, description: str
) -> bytes:
    """The picture in the format the file's suffix names (SVG for ``.svg``, else PNG)."""
    if path.suffix.lower() == ".svg":
        return svg_bytes(size, draw, title, description)
    return png_bytes(size, draw, palette)
