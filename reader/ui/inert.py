"""Rich text that loads nothing.

Qt's text documents fetch the images and style sheets their HTML names on their own:
``QTextDocument.loadResource`` falls back to reading the local file (on Windows a
``//host/share`` path is a network share), and when it answers nothing Qt's image
handler loads the file by name itself. No text the app shows needs a resource, so every
document it lays out answers each request with a blank image or an empty style sheet,
and text that comes from articles, notes, tags or servers reaches labels, tooltips and
message boxes as plain text, where ``<img …>`` is not markup.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QColor, Qt, QTextDocument

_IMAGE = QTextDocument.ResourceType.ImageResource.value


def refuse(kind: int) -> object:
    """What a resource request gets: a non-null value, so that Qt looks no further."""
    if int(kind) == _IMAGE:
        # imported here: QImage's type, with its 38 pixel formats, is not made for a
        # window's first frame, whose article asks for no image
        from PySide6.QtGui import QImage

        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(QColor(0, 0, 0, 0))
        return blank
    return QByteArray(b" ")


class InertDocument(QTextDocument):
    """A text document that never reads a file or a URL named in its content."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return refuse(kind)


def plain(text: str) -> str:
    """``text`` for a tooltip or a message box, shown as it is written."""
    return str(Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))
