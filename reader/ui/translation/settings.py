"""Translation settings: the LibreTranslate and DeepL servers and keys, the command hook.
Nothing is sent to a remote service until its address or key is given here. Keys go to
the system keyring, never to the library's database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def _secret(value: str) -> QLineEdit:
    field = QLineEdit(value)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class TranslationSettings(QDialog):
    def __init__(
        self, values: dict[str, str], keyring: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("translationSettings")
        self.setWindowTitle(self.tr("Translation Settings"))
        self.url = QLineEdit(values.get("libretranslate.url", ""))
        self.url.setPlaceholderText("http://localhost:5000")
        self.key = _secret(values.get("libretranslate.key", ""))
        self.deepl_key = _secret(values.get("deepl.key", ""))
        self.deepl_key.setPlaceholderText(self.tr("from your DeepL account"))
        self.deepl_url = QLineEdit(values.get("deepl.url", ""))
        self.deepl_url.setPlaceholderText(self.tr("DeepL's own server"))
        self.command = QLineEdit(values.get("command.template", ""))
        self.command.setPlaceholderText("trans -b :{target}")

        libre = QGroupBox(self.tr("LibreTranslate"))
        form = QFormLayout(libre)
        form.addRow(self.tr("Server"), self.url)
        form.addRow(self.tr("API key"), self.key)
        deepl = QGroupBox(self.tr("DeepL"))
        form = QFormLayout(deepl)
        form.addRow(self.tr("API key"), self.deepl_key)
        form.addRow(self.tr("Server"), self.deepl_url)
        command = QGroupBox(self.tr("Command"))
        form = QFormLayout(command)
        form.addRow(self.tr("Translation command"), self.command)

        where = (
            self.tr("API keys are kept in the system keyring.")
            if keyring
            else self.tr(
                "There is no system keyring: API keys are kept until you quit. "
                "DEEPL_AUTH_KEY and LIBRETRANSLATE_API_KEY in the environment are read too."
            )
        )
        note = QLabel(
            self.tr(
                "LibreTranslate and DeepL receive the paragraphs of the articles you translate "
                "with them, and nothing before you give their address or key. The command "
                "receives each paragraph on its standard input; {source} and {target} become "
                "the language codes."
            )
            + " "
            + where
        )
        note.setObjectName("translationSettingsNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (libre, deepl, command, note, buttons):
            layout.addWidget(widget)
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {
            "libretranslate.url": self.url.text().strip(),
            "libretranslate.key": self.key.text().strip(),
            "deepl.key": self.deepl_key.text().strip(),
            "deepl.url": self.deepl_url.text().strip(),
            "command.template": self.command.text().strip(),
        }
