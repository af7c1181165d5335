"""The timeline drawn: one bar per day, week or month, stacked by source or language,
with its axis, its legend and the range brushed over it.

Everything is painted by :meth:`TimelineChart.draw` on any ``QPainter``, so the widget,
the PNG and the SVG export are the same picture. The counts come ready-made from
:class:`reader.services.pictures.Timeline`: painting is a few hundred rectangles.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QToolTip, QWidget

from reader.services.pictures import OTHER, Bucket, Timeline
from reader.ui.pictures.datefilter import period_text

# a qualitative palette that reads on light and dark paper (Tableau 10, reordered)
LIGHT_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948")
DARK_COLORS = ("#7aa7d6", "#ffae5c", "#7fcf74", "#ff8587", "#9fdcd7", "#d4a2c8", "#f5dc73")
OTHER_LIGHT, OTHER_DARK = "#a0a4ab", "#6e737b"
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 30, 34  # the plot's margins, in pixels
MIN_LABEL_GAP = 16
WIDEST_BAR = 36.0


def nice_step(highest: int, lines: int = 4) -> int:
    """A round step (1, 2, 5 × 10ⁿ) for about ``lines`` grid lines up to ``highest``."""
    raw = max(highest / lines, 1)
    power = 10 ** (len(str(int(raw))) - 1)
    return int(next(s * power for s in (1, 2, 5, 10) if s * power >= raw))


class TimelineChart(QWidget):
    """The timeline. Drag across it (or click a bar) to choose a range of dates;
    Escape lets go of it. Hovering a bar says its dates and counts."""

    brushed = Signal(object, object)  # first day, last day (datetime.date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.selection: tuple[dt.date, dt.date] | None = None  # the library's range
        self._drag: tuple[int, int] | None = None  # bars under a drag (first, current)
        self.group_names: dict[str, str] = {}
        self._drawn: tuple[tuple[object, ...], QPixmap] | None = None  # see paintEvent
        self.setMouseTracking(True)
        self.setMinimumSize(320, 150)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self._drag = None
        self.update()

    def set_selection(self, selection: tuple[dt.date, dt.date] | None) -> None:
        self.selection = selection
        self.update()

    # -- geometry ---------------------------------------------------------------------------

    def _plot(self, rect: QRect | QRectF) -> QRectF:
        return QRectF(rect).adjusted(LEFT, TOP, -RIGHT, -BOTTOM)

    def _bars(self, plot: QRectF) -> tuple[float, float]:
        """Where the first bar starts and how wide each is: the plot's width shared,
        but no wider than :data:`WIDEST_BAR` (a few days are not a wall of colour)."""
        count = len(self.timeline.bars) if self.timeline else 1
        width = min(plot.width() / max(count, 1), WIDEST_BAR)
        return plot.left() + (plot.width() - width * count) / 2, width

    def bar_at(self, x: float) -> int | None:
        """The bar under a horizontal position of the widget (None outside the plot)."""
        if self.timeline is None or not self.timeline.bars:
            return None
        plot = self._plot(self.rect())
        if not plot.left() <= x <= plot.right():
            return None
        left, width = self._bars(plot)
        count = len(self.timeline.bars)
        if not left <= x < left + width * count:
            return None
        return min(int((x - left) / width), count - 1)

    def bar_center(self, index: int) -> QPoint:
        """Where bar ``index`` is drawn, in the widget (for tests and the keyboard)."""
        plot = self._plot(self.rect())
        left, width = self._bars(plot)
        x = left + (index + 0.5) * width
        return QPoint(int(x), int(plot.bottom() - 2))

    def colors(self, paper: QColor) -> dict[str, QColor]:
        """A colour per group, for light or dark ``paper``."""
        if self.timeline is None:
            return {}
        dark = paper.lightness() < 128
        palette = DARK_COLORS if dark else LIGHT_COLORS
        found: dict[str, QColor] = {}
        for n, group in enumerate(g for g in self.timeline.groups if g != OTHER):
            found[group] = QColor(palette[n % len(palette)])
        found[OTHER] = QColor(OTHER_DARK if dark else OTHER_LIGHT)
        return found

    # -- drawing ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The picture is drawn once into a pixmap, then copied: a dock moved, a tooltip
        closed or the window uncovered repaints with one call, where drawing the bars
        again is hundreds (each waiting its turn for the interpreter while the pictures
        are counted in the background)."""
        if self.width() <= 0 or self.height() <= 0:
            return
        ratio = self.devicePixelRatioF()
        key = (
            id(self.timeline),
            self.size(),
            ratio,
            self.palette().cacheKey(),
            self.font().key(),
            QLocale().name(),
            self._chosen_bars(),
            tuple(self.group_names.items()),
        )
        if self._drawn is None or self._drawn[0] != key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            self.draw(painter, QRectF(self.rect()), self.palette())
            painter.end()
            self._drawn = (key, pixmap)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawn[1])
        painter.end()

    def draw(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        """The whole picture into ``rect`` (the widget, or an export's page)."""
        ink = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(ink)
        muted.setAlphaF(0.55)
        rule = QColor(ink)
        rule.setAlphaF(0.15)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        timeline = self.timeline
        metrics = QFontMetrics(painter.font())
        if timeline is None or not timeline.bars:
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._empty_text())
            return
        plot = self._plot(rect)
        step = nice_step(timeline.highest)
        top = max(step * -(-timeline.highest // step), 1)
        scale = plot.height() / top
        painter.setPen(rule)
        for value in range(0, top + 1, step):
            y = plot.bottom() - value * scale
            painter.setPen(rule)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(muted)
            box = QRectF(rect.left(), y - metrics.height() / 2, LEFT - 6, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        left, width = self._bars(plot)
        gap = 1.0 if width >= 4 else 0.0
        colors = self.colors(palette.color(QPalette.ColorRole.Base))
        chosen = self._chosen_bars()
        if chosen is not None:
            first, last = chosen
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlphaF(0.22)
            painter.fillRect(
                QRectF(
                    left + first * width,
                    plot.top(),
                    (last - first + 1) * width,
                    plot.height(),
                ),
                shade,
            )
        for n, bar in enumerate(timeline.bars):
            x = left + n * width
            y = plot.bottom()
            for group, value in bar.counts:
                height = value * scale
                painter.fillRect(
                    QRectF(x + gap / 2, y - height, max(width - gap, 1.0), height), colors[group]
                )
                y -= height
        painter.setPen(muted)
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        self._draw_dates(painter, plot, metrics, muted)
        self._draw_legend(painter, rect, metrics, colors, ink)

    def _draw_dates(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics, pen: QColor
    ) -> None:
        """Date labels under the bars where a period starts, as many as fit."""
        timeline = self.timeline
        assert timeline is not None
        left, width = self._bars(plot)
        painter.setPen(pen)
        right_of_last = -1e9
        for n in range(len(timeline.bars)):
            if not self._starts_period(n):
                continue
            text = self._date_label(n)
            x = left + n * width
            if (
                x < right_of_last + MIN_LABEL_GAP
                or x + metrics.horizontalAdvance(text) > plot.right() + RIGHT
            ):
                continue
            painter.drawLine(int(x), int(plot.bottom()), int(x), int(plot.bottom() + 4))
            painter.drawText(QRectF(x, plot.bottom() + 6, 400, metrics.height()), text)
            right_of_last = x + metrics.horizontalAdvance(text)

    def _starts_period(self, n: int) -> bool:
        """Whether bar ``n`` may carry a label: every bar, but only the years' first
        months when there are more than two years of months."""
        timeline = self.timeline
        assert timeline is not None
        if n == 0 or timeline.bucket is not Bucket.MONTH or len(timeline.bars) <= 24:
            return True
        return timeline.bars[n].first.month == 1

    def _date_label(self, n: int) -> str:
        """ "Jun 2012", "Jul" or "2013" under months; "22 Jun 2012", "26 Jun" under days
        and weeks (the year on the first label and where it changes)."""
        timeline = self.timeline
        assert timeline is not None
        day = timeline.bars[n].first
        date = QDate(day.year, day.month, day.day)
        new_year = n == 0 or timeline.bars[n - 1].first.year != day.year
        if timeline.bucket is Bucket.MONTH:
            if len(timeline.bars) > 24:
                return str(day.year)
            return QLocale().toString(date, "MMM yyyy" if new_year else "MMM")
        return QLocale().toString(date, "d MMM yyyy" if new_year else "d MMM")

    def _draw_legend(
        self,
        painter: QPainter,
        rect: QRectF,
        metrics: QFontMetrics,
        colors: dict[str, QColor],
        ink: QColor,
    ) -> None:
        assert self.timeline is not None
        x = rect.left() + LEFT
        y = rect.top() + (TOP - metrics.height()) / 2
        box = metrics.height() * 0.7
        for group in self.timeline.groups:
            name = self.group_names.get(group, group)
            needed = box + 4 + metrics.horizontalAdvance(name) + 14
            if x + needed > rect.right():
                break
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colors[group])
            painter.setPen(ink)
            painter.drawText(QRectF(x + box + 4, y, needed, metrics.height()), name)
            x += needed

    def _empty_text(self) -> str:
        if self.timeline is None:
            return self.tr("Counting…")
        if self.timeline.undated:
            return self.tr("None of these articles has a date")
        return self.tr("No article to show")

    # -- choosing a range ----------------------------------------------------------------

    def _chosen_bars(self) -> tuple[int, int] | None:
        """The bars shaded: those under a drag, else those of the library's range."""
        if self._drag is not None:
            return min(self._drag), max(self._drag)
        if self.selection is None or self.timeline is None:
            return None
        first, last = self.selection
        inside = [
            n for n, b in enumerate(self.timeline.bars) if b.last >= first and b.first <= last
        ]
        return (inside[0], inside[-1]) if inside else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        at = self.bar_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and at is not None:
            self._drag = (at, at)
            QToolTip.hideText()
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        at = self.bar_at(event.position().x())
        if self._drag is not None:
            if at is None:
                plot = self._plot(self.rect())
                last = len(self.timeline.bars) - 1 if self.timeline else 0
                at = 0 if event.position().x() < plot.center().x() else last
            self._drag = (self._drag[0], at)
            self.update()
        elif at is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(at), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and self.timeline is not None:
            first, last = min(self._drag), max(self._drag)
            self._drag = None
            self.brushed.emit(self.timeline.bars[first].first, self.timeline.bars[last].last)
            self.update()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (self.selection or self._drag):
            self._drag = None
            self.brushed.emit(None, None)
            return
        super().keyPressEvent(event)

    def describe(self, index: int) -> str:
        """A bar's tooltip: its dates, its count, and the count of each group in it."""
        assert self.timeline is not None
        bar = self.timeline.bars[index]
        lines = [f"<b>{self.period(bar.first, bar.last)}</b>"]
        lines.append(self.tr("%n article(s)", "", bar.total))
        for group, value in bar.counts:
            lines.append(f"{self.group_names.get(group, group)}: {value}")
        return "<br>".join(lines)

    def period(self, first: dt.date, last: dt.date) -> str:
        return period_text(first, last)

    def name_groups(self, names: dict[str, str]) -> None:
        self.group_names = {**names}
        self.update()
