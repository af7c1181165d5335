"""The library's filter by a range of dates, brushed on the timeline: a line above the
article list that says which dates are shown, with a button to show every date again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


def _text(day: dt.date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def period_text(first: dt.date, last: dt.date) -> str:
    """A range of days as a reader says it, in the UI's language: "22 Jun 2012",
    "June 2012", "Jun 2012 – Jul 2012", "22 Jun 2012 – 2 Jul 2012"."""
    if first == last:
        return _text(first, "d MMM yyyy")
    whole = first.day == 1 and (last + dt.timedelta(days=1)).day == 1
    if whole and (first.year, first.month) == (last.year, last.month):
        return _text(first, "MMMM yyyy")
    if whole:
        return f"{_text(first, 'MMM yyyy')} – {_text(last, 'MMM yyyy')}"
    return f"{_text(first, 'd MMM yyyy')} – {_text(last, 'd MMM yyyy')}"


class DateFilter(QWidget):
    """Hidden while every date is shown."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDates")
        self.dates: tuple[str, str] | None = None
        self.label = QLabel()
        self.clear = QToolButton()
        self.clear.setObjectName("libraryDatesClear")
        self.clear.setAutoRaise(True)
        self.clear.setText("✕")
        self.clear.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear)
        self.set_dates(None)

    def set_dates(self, dates: tuple[str, str] | None) -> None:
        self.dates = dates
        self.setVisible(dates is not None)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.clear.setToolTip(self.tr("Show every date"))
        self.clear.setAccessibleName(self.tr("Show every date"))
        if self.dates is not None:
            period = period_text(*(dt.date.fromisoformat(day) for day in self.dates))
            self.label.setText(self.tr("Published: %1").replace("%1", period))
