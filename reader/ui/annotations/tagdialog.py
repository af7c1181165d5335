"""A small dialog to type tags, with completion from the tags already in the library."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class _CommaCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]
        field = self.widget()
        typed = field.text() if isinstance(field, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


def ask_tags(
    parent: QWidget, title: str, current: Sequence[str], known: Sequence[str]
) -> list[str] | None:
    """The tags the user typed (None if cancelled)."""
    dialog = QDialog(parent)
    dialog.setObjectName("tagDialog")
    dialog.setWindowTitle(title)
    # by its own context: ``dialog.tr`` on a plain QDialog looks in "QDialog", where
    # lupdate never put these (it filed them under "dialog"), and showed them in English
    label = QLabel(
        QCoreApplication.translate(
            "TagDialog", "Tags, separated by commas; sub-tags with / (export-controls/US):"
        )
    )
    field = QLineEdit(", ".join(current))
    field.setAccessibleName(QCoreApplication.translate("TagDialog", "Tags"))
    completer = _CommaCompleter(QStringListModel(list(known)), dialog)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    field.setCompleter(completer)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.resize(420, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return typed_tags(field.text())


def typed_tags(text: str) -> list[str]:
    """The tags of a comma-separated line as typed: a piece of slashes or spaces only
    ("grammaire/subjonctif, /") is no tag and is left out, not refused with the others
    (the whole edit was lost)."""
    return [t.strip() for t in text.split(",") if t.strip().strip("/").strip()]
