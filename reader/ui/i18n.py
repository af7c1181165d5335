"""The UI's languages: English and French, from Qt translation files (``.qm``) shipped
in ``resources/i18n``, following the system locale unless the user chose one."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
LANGUAGES = {"en": "English", "fr": "Français"}
SYSTEM = "system"
_INSTALLED: list[QTranslator] = []  # the translators installed last


def language_name(code: str) -> str:
    """A language code in words, in that language, as a choice shows it ("Français",
    "English"): the language filters and chips said "fr" and "en"."""
    name = QLocale(code).nativeLanguageName() if code else ""
    return name[:1].upper() + name[1:] if name else code


def resolve(choice: str) -> str:
    """The language code to use for a preference (``system``, ``en``, ``fr``)."""
    if choice in LANGUAGES:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QApplication, choice: str) -> str:
    """Load the app's and Qt's own translations for ``choice``; returns the language."""
    language = resolve(choice)
    # the translators installed before, as this function made them (the children of the
    # application: not found with ``findChildren``, whose first call costs a start's first
    # frame about 10 ms)
    for old in _INSTALLED:
        try:
            app.removeTranslator(old)
            old.deleteLater()
        except RuntimeError:  # an application before this one, gone with its translators
            pass
    _INSTALLED.clear()
    ours = QTranslator(app)
    _INSTALLED.append(ours)
    data = (resources.files("reader._resources") / "i18n" / f"liseuse_{language}.qm").read_bytes()
    app.setProperty("_liseuse_qm", data)  # QTranslator keeps a pointer into these bytes
    if ours.load(data):
        app.installTranslator(ours)
    else:
        log.warning("could not load the %s translation", language)
    if language != "en":
        qt = QTranslator(app)
        _INSTALLED.append(qt)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
    QLocale.setDefault(QLocale(language))
    return language
