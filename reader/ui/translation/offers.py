"""The translation memory's offers: sentences of this article the user corrected in
another one. Each is shown with the engine's text and the correction, checked; the checked
ones are put in (each an undoable-by-editing correction of its paragraph), the others are
left as the engine wrote them. Nothing is changed unasked: the same words may want another
translation here."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.core.translation import Offer


class OffersDialog(QDialog):
    def __init__(self, offers: list[tuple[int, Offer]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationOffers")
        self.setWindowTitle(self.tr("Your Corrections from Other Articles"))
        self.offers = offers
        self.checks: list[QCheckBox] = []
        body = QWidget()
        rows = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "You corrected these sentences in another article. Check the corrections "
                "to use here too."
            )
        )
        intro.setWordWrap(True)
        rows.addWidget(intro)
        for _, offer in offers:
            check = QCheckBox(offer.corrected)
            check.setChecked(True)
            check.setAccessibleDescription(offer.machine)
            detail = QLabel(
                f"<span style='color:gray'>{html.escape(offer.sentence)}</span><br>"
                f"<s>{html.escape(offer.machine)}</s>"
            )
            detail.setTextFormat(Qt.TextFormat.RichText)
            detail.setWordWrap(True)
            detail.setContentsMargins(24, 0, 0, 8)
            rows.addWidget(check)
            rows.addWidget(detail)
            self.checks.append(check)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Use the Checked Corrections"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def chosen(self) -> list[tuple[int, Offer]]:
        return [o for o, check in zip(self.offers, self.checks, strict=True) if check.isChecked()]
