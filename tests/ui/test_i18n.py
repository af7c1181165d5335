"""The UI speaks English and French; the compiled translations match their sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"


def test_menus_and_counts_in_french(qtbot, french_window) -> None:
    titles = [a.text() for a in french_window.menuBar().actions()]
    assert titles == ["&Fichier", "&Édition", "&Affichage", "&Aide"]
    assert french_window.library_pane.count.text() == "5 articles"
    assert french_window.library_pane.filter.placeholderText() == "Filtrer par titre ou source"
    from PySide6.QtCore import Qt

    model = french_window.library_pane.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Titre"
    french_window.search_field.setText("Baidu")
    panel = french_window.search_panel
    qtbot.waitUntil(lambda: "correspond" in panel.status.text(), timeout=10000)


def test_query_hints_in_french(qtbot, french_window) -> None:
    panel = french_window.search_panel
    french_window.search_field.setText('"stock de puces')
    qtbot.waitUntil(lambda: "un guillemet n’est pas refermé" in panel.status.text(), timeout=10000)
    french_window.search_field.setText("auteur:Lau")
    qtbot.waitUntil(lambda: "champ inconnu auteur:" in panel.status.text(), timeout=10000)
    assert "title:" in panel.status.text()  # the values are filled in


def test_every_query_hint_can_be_translated() -> None:
    from reader.search import query
    from reader.ui.search import hints

    assert set(hints.TEMPLATES) == set(query.HINTS)


def test_why_a_file_was_not_imported_is_said_in_french(
    qtbot, french_window, tmp_path: Path
) -> None:
    """A PDF saved under a text file's name and an empty file: the import summary's
    details say why, in the window's language."""
    (tmp_path / "rapport.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "vide.md").write_text("  \n", "utf-8")
    importer = french_window.importer
    importer.show_summary = False
    with qtbot.waitSignal(importer.finished, timeout=60000) as blocker:
        assert importer.start([tmp_path / "rapport.txt", tmp_path / "vide.md"])
    details = importer.summary_box(blocker.args[0]).detailedText()
    assert "rapport.txt: pas du texte : on dirait un document PDF" in details
    assert "vide.md: fichier vide" in details


def test_why_notes_cannot_be_exported_is_said_in_french(french_window) -> None:
    from reader.core.errors import ReaderError
    from reader.services.exports import ExportScope
    from reader.ui.hints import said

    library = french_window.ctx.library
    with pytest.raises(ReaderError) as raised:  # a library with no annotation yet
        library.export_document(ExportScope(everything=True))
    assert said(raised.value) == "rien à exporter : aucune annotation dans cette sélection"
    # the command line and the log keep the English
    assert str(raised.value) == "nothing to export: no annotations in this selection"


def test_the_tags_dialog_speaks_french(french_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

    from reader.ui.annotations.tagdialog import ask_tags

    seen = {}

    def look(dialog) -> QDialog.DialogCode:
        seen["label"] = dialog.findChild(QLabel).text()
        seen["field"] = dialog.findChild(QLineEdit).accessibleName()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", look)
    assert ask_tags(french_window, "Étiquettes du passage", [], []) is None
    assert seen["label"].startswith("Étiquettes, séparées par des virgules")
    assert seen["field"] == "Étiquettes"


def test_languages_are_named_in_the_filters_and_chips(qtbot, french_window) -> None:
    combo = french_window.library_pane.lang
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Français (5)"]
    french_window.search_field.setText("Tencent")
    panel = french_window.search_panel
    qtbot.waitUntil(lambda: panel.results is not None, timeout=20000)

    def chips() -> list[str]:
        layout = panel.chips_layout
        return [layout.itemAt(i).widget().text() for i in range(layout.count())]

    qtbot.waitUntil(lambda: any(c.startswith("Français · ") for c in chips()), timeout=10000)
    assert not any(c.startswith("fr · ") for c in chips()), chips()


def test_every_import_and_export_message_can_be_translated() -> None:
    from reader.core import filesystem, messages
    from reader.ingest import decode
    from reader.ui import hints

    assert set(hints.TEMPLATES) == set(messages.TEMPLATES)
    # the kinds a file is told to be are among the translated values
    assert {kind for _, kind in decode._SIGNATURES} <= set(messages.KINDS)
    assert {kind for _, kind in filesystem._KINDS} | {"not a file"} == set(messages.FILE_KINDS)


def test_language_choice_is_remembered(qtbot, french_window) -> None:
    french_window.set_language("en")
    assert french_window.ctx.settings.get("language") == "en"
    assert french_window.language_actions["en"].isChecked()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_compiled_translations_match_their_sources(tmp_path: Path, language: str) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / f"liseuse_{language}.qm"
    subprocess.run(
        [lrelease, str(I18N / f"liseuse_{language}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (I18N / f"liseuse_{language}.qm").read_bytes(), "run `make i18n`"


def test_every_french_string_is_translated_with_its_plural_forms() -> None:
    import xml.etree.ElementTree as ET

    untranslated, single = [], []
    for message in ET.parse(I18N / "liseuse_fr.ts").getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            untranslated.append(source)
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            if len(forms) != 2 or not all(forms):
                single.append(source)
    assert untranslated == []
    assert single == []
    counted = [
        m.findtext("source")
        for m in ET.parse(I18N / "liseuse_fr.ts").getroot().iter("message")
        if m.get("numerus") == "yes"
    ]
    assert "Page furniture: %n line(s) (sharing, related articles, ads)" in counted


def _hover_card(qtbot, window, canonical: str) -> str:
    """Point at a mention of ``canonical`` in the open article; the hover card's text."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from tests.ui.test_reading_place import settle
    from tests.ui.test_window import open_title

    open_title(qtbot, window, "Stratégies de Tencent")
    settle(qtbot, window)
    view = window.article_view
    qtbot.waitUntil(lambda: bool(view.article_counts), timeout=20000)
    mention = next(m for m in view.entities() if m.canonical == canonical)
    browser = view.browser
    at = browser.cursorRect(view.cursor_for(mention.start + 1, mention.start + 1)).center()
    at += QPoint(2, 0)
    event = QHelpEvent(QEvent.Type.ToolTip, at, browser.viewport().mapToGlobal(at))
    QApplication.sendEvent(browser.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_the_hover_card_speaks_french(qtbot, french_window) -> None:
    card = _hover_card(qtbot, french_window, "Tencent")
    assert "mentions dans cet article" in card
    assert "Dans 4 articles de la bibliothèque" in card
    assert "(s)" not in card and " of the library" not in card
    # who found the name, in French too: not the pipeline's own word for its name list
    assert "trouvé par " in card and "gazetteer" not in card, card


def test_counts_are_plural_in_english(qtbot, window) -> None:
    card = _hover_card(qtbot, window, "Tencent")
    assert "8 mentions in this article" in card and "In 4 articles of the library" in card
    from reader.ui.notes_export import ExportDialog

    dialog = ExportDialog(None, "", [])
    assert dialog.exported(1, "a.md") == "1 annotation exported to a.md"
    assert dialog.exported(3, "b.md") == "3 annotations exported to b.md"
    dialog.deleteLater()


def _cut_short(qtbot, window) -> list[str]:
    """What a reader of a 1024×640 window cannot read whole: the window wider than the
    screen, a library column narrower than its title (French "Langue" read ".angue"),
    a label, button or choice narrower than its text (labels that wrap, or that cut
    their text with an ellipsis on purpose, aside) — with the library sorted by title,
    then by language, its arrow beside "Langue"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QStyle

    from tests.ui.test_reading_place import settle

    window.resize(1024, 640)
    settle(qtbot, window)
    cut = [f"window {window.width()} wide"] if window.width() > 1024 else []
    header = window.library_pane.table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for sorted_by in (0, 2):
        header.setSortIndicator(sorted_by, Qt.SortOrder.AscendingOrder)
        settle(qtbot, window)
        for column in range(header.count()):
            title = str(header.model().headerData(column, Qt.Orientation.Horizontal))
            needed = header.fontMetrics().horizontalAdvance(title) + 2 * margin
            if header.sectionSize(column) < needed:
                cut.append(f"column {title!r}: {header.sectionSize(column)} < {needed}")
    labels = [w for w in window.findChildren(QLabel) if type(w) is QLabel and not w.wordWrap()]
    for widget in labels + window.findChildren(QAbstractButton):
        shown, wanted = widget.width(), widget.sizeHint().width()
        if widget.isVisible() and widget.text() and wanted > shown:
            cut.append(f"{widget.text()!r}: {shown} < {wanted}")
    for combo in window.findChildren(QComboBox):
        shown, wanted = combo.width(), combo.minimumSizeHint().width()
        if combo.isVisible() and wanted > shown:
            cut.append(f"{combo.currentText()!r}: {shown} < {wanted}")
    return cut


def test_nothing_is_cut_short_in_french_at_1024_by_640(qtbot, french_window) -> None:
    from PySide6.QtCore import Qt

    titles = french_window.library_pane.model.headerData(2, Qt.Orientation.Horizontal)
    assert titles == "Langue"
    assert _cut_short(qtbot, french_window) == []


def test_nothing_is_cut_short_in_english_at_1024_by_640(qtbot, window) -> None:
    assert _cut_short(qtbot, window) == []
