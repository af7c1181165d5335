"""Paints a search result: title, source, and the snippet with the hits in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.inert import InertDocument
from reader.ui.roles import Role

PAD = 8


class ResultDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        group = QPalette.ColorGroup.Active
        text = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        title = html.escape(index.data(Qt.ItemDataRole.DisplayRole) or "")
        hit_source = html.escape(index.data(Role.SOURCE) or "")
        snippet = (
            (index.data(Role.SNIPPET_HTML) or "")
            .replace("<mark>", "<b>")
            .replace("</mark>", "</b>")
        )
        doc = InertDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet("p { margin: 0; }")
        doc.setHtml(
            f'<p style="color:{text.name()}; font-weight:600">{title}</p>'
            + (
                f'<p style="color:{muted.name()}; font-size:small">{hit_source}</p>'
                if hit_source
                else ""
            )
            + f'<p style="color:{text.name()}; margin-top:3px">{snippet}</p>'
        )
        doc.setTextWidth(max(50, width - 2 * PAD))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = style_option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        rect = option.rect
        doc = self._document(option, index, rect.width())
        bar = index.data(Role.COLOR)
        if isinstance(bar, QColor):
            painter.fillRect(rect.left() + 2, rect.top() + PAD, 4, rect.height() - 2 * PAD, bar)
        painter.save()
        painter.translate(
            rect.left() + PAD + (6 if isinstance(bar, QColor) else 0), rect.top() + PAD
        )
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()
        if not (option.state & QStyle.StateFlag.State_Selected):
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
            painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 320
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2 * PAD)
