"""What the translation column marks inside a paragraph's text: the words the engine did
not know, faint and dotted (a click looks them up), and the sentences the user corrected
in another article, underlined in the accent colour (the bar offers the corrections).

A word left untranslated used to read as if it were the translation ("inovadoras" in an
English text); marked, the reader sees that the engine gave up there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser

from reader.core.translation import Offer

UNKNOWN = QTextFormat.Property.UserProperty + 6  # the word, as the translation writes it
OFFER = QTextFormat.Property.UserProperty + 7  # the paragraph's index


def _faint(ink: QColor, paper: QColor) -> QColor:
    """Half-way between the text and the page: readable, but plainly not the text."""
    return QColor(
        (ink.red() + paper.red()) // 2,
        (ink.green() + paper.green()) // 2,
        (ink.blue() + paper.blue()) // 2,
    )


def mark(
    cursor: QTextCursor,
    start: int,
    text: str,
    unknown: Sequence[str],
    offers: Sequence[Offer],
    index: int,
    colors: tuple[QColor, QColor, QColor],
    tip: tuple[str, str],
) -> None:
    """Mark, in the paragraph inserted at document position ``start`` with ``text``, its
    unknown words and the engine's text of its offered sentences. ``colors`` are the
    ink, the page and the accent; ``tip`` the two tooltips."""
    ink, paper, accent = colors
    for word in unknown:
        for match in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
            fmt = QTextCharFormat()
            fmt.setForeground(_faint(ink, paper))
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(_faint(ink, paper))
            fmt.setProperty(UNKNOWN, word)
            fmt.setToolTip(tip[0].replace("%1", word))
            _apply(cursor, start + match.start(), start + match.end(), fmt)
    for offer in offers:
        at = text.find(offer.machine)
        if at < 0:
            continue
        fmt = QTextCharFormat()
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(accent)
        fmt.setProperty(OFFER, index)
        fmt.setToolTip(tip[1].replace("%1", offer.corrected))
        _apply(cursor, start + at, start + at + len(offer.machine), fmt)


def _apply(cursor: QTextCursor, a: int, b: int, fmt: QTextCharFormat) -> None:
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)
    cursor.clearSelection()


def unknown_at(browser: QTextBrowser, pos: QPoint) -> str:
    """The unknown word under ``pos`` (viewport coordinates), or ''."""
    cursor = browser.cursorForPosition(pos)
    for position in (cursor.position() + 1, cursor.position()):
        probe = QTextCursor(browser.document())
        probe.setPosition(min(position, browser.document().characterCount() - 1))
        word = probe.charFormat().property(UNKNOWN)
        if isinstance(word, str) and word:
            return word
    return ""
