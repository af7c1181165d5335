"""Translation settings: the LibreTranslate server and key, the command hook. Nothing is
sent to a remote service until its address is given here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class TranslationSettings(QDialog):
    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationSettings")
        self.setWindowTitle(self.tr("Translation Settings"))
        self.url = QLineEdit(values.get("libretranslate.url", ""))
        self.url.setPlaceholderText("http://localhost:5000")
        self.key = QLineEdit(values.get("libretranslate.key", ""))
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.command = QLineEdit(values.get("command.template", ""))
        self.command.setPlaceholderText("trans -b :{target}")
        note = QLabel(
            self.tr(
                "LibreTranslate sends the article's paragraphs to that server. The command "
                "receives each paragraph on its standard input; {source} and {target} "
                "become the language codes."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("LibreTranslate server"), self.url)
        form.addRow(self.tr("LibreTranslate API key"), self.key)
        form.addRow(self.tr("Translation command"), self.command)
        form.addRow(note)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {
            "libretranslate.url": self.url.text().strip(),
            "libretranslate.key": self.key.text().strip(),
            "command.template": self.command.text().strip(),
        }
