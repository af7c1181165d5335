"""Export Notes… and Import Annotations… from the window, the PDF as a reader sees it
(rendered to an image with pdftoppm), and deep links back into the app."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from reader.services.exports import ExportScope
from tests.ui.test_window import open_title


@pytest.fixture
def annotated(window):
    library = window.ctx.library
    article = next(a for a in library.articles() if a.title.startswith("Stratégies"))
    a = library.annotate(
        article.id, "stock important de processeurs graphiques", color="green", note="**GPU**"
    )
    return article, a


def test_export_dialog_writes_the_current_article(
    qtbot, window, annotated, tmp_path, monkeypatch
) -> None:
    import reader.ui.notes_export as module

    open_title(qtbot, window, "Stratégies de Tencent")
    chosen = {}

    def accept(dialog) -> QDialog.DialogCode:
        chosen["current"] = dialog.current.isChecked() and dialog.current.isEnabled()
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        dialog.full_text.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(module.ExportDialog, "exec", accept)
    out = tmp_path / "notes.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_action.trigger()
    qtbot.waitUntil(out.exists, timeout=20000)
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=20000)
    assert chosen["current"]
    page = out.read_text("utf-8")
    assert '<mark class="c-green">stock important de processeurs graphiques</mark>' in page
    assert "<strong>GPU</strong>" in page and "Full text" in page


def test_a_failed_export_leaves_no_word_of_the_one_before(
    qtbot, window, annotated, tmp_path, monkeypatch
) -> None:
    """Export Notes… once to a file, then again into a folder that cannot be written (a
    file stands where the folder should be): the warning says why, and the status bar no
    longer says the notes were exported, as it went on saying of the first export."""
    import reader.ui.notes_export as module

    open_title(qtbot, window, "Stratégies de Tencent")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(module.ExportDialog, "exec", lambda _: QDialog.DialogCode.Accepted)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file", "utf-8")
    for target in (tmp_path / "notes.md", blocked / "notes.md"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        window.export_action.trigger()
        qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=20000)
        if not warned:
            qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage())
    assert len(warned) == 1 and "Not a directory" in warned[0], warned
    assert "exported" not in window.statusBar().currentMessage()


def test_import_annotations_from_the_menu(qtbot, window, annotated, tmp_path, monkeypatch) -> None:
    library = window.ctx.library
    out = tmp_path / "backup.jsonld"
    library.export("jsonld", ExportScope(everything=True), out)
    data = json.loads(out.read_text("utf-8"))
    for item in data["first"]["items"]:
        item["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001"  # a new annotation
    out.write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    shown = {}
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text: shown.setdefault("text", text)
    )
    window.import_annotations_action.trigger()
    qtbot.waitUntil(lambda: "text" in shown, timeout=20000)
    assert shown["text"].startswith("1 imported: 1 in place")
    assert len(library.annotations()) == 2


def test_deep_link_opens_the_annotated_passage(qtbot, window, annotated) -> None:
    article, annotation = annotated
    open_title(qtbot, window, "Alors que les tensions")
    window.open_link(f"reader://article/{article.id}#anno={annotation.id}")
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.id == article.id, timeout=20000
    )
    window.open_link("https://example.org/")
    assert "Not a Liseuse link" in window.statusBar().currentMessage()


def test_pdf_export_looks_right(qtbot, window, annotated, tmp_path) -> None:
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("poppler-utils is missing in CI (see the README's packages)")
        pytest.skip("poppler-utils is not installed")
    library = window.ctx.library
    article, _ = annotated
    out = tmp_path / "notes.pdf"
    library.export("pdf", ExportScope(articles=(article.id,)), out)
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Stratégies de Tencent et Baidu" in text
    assert "stock important de processeurs graphiques" in text and "GPU" in text
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert image.width() < image.height()  # A4 portrait
    greens = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height() // 2, 2)
        if QColor(image.pixel(x, y)).green() > 200 and QColor(image.pixel(x, y)).red() < 170
    )
    assert greens > 20  # the green highlight is painted
    Path(out).unlink()


def test_the_export_dialog_fits_with_a_long_tag_and_offers_only_tags_in_use(qtbot) -> None:
    """A 300-character tag and a long title: the dialog stays narrower than a 1024-pixel
    screen; a tag on nothing any more is not offered; with no search typed, the search's
    choice says so (it read “” )."""
    from reader.core.model import TagSummary
    from reader.ui.notes_export import ExportDialog

    long_tag = "vocabulaire/" + "mot " * 72
    tags = [TagSummary(long_tag, 3, 1), TagSummary("grammaire", 1, 1), TagSummary("vide", 0, 0)]
    title = "Fukushima fait muter les papillons : " + "une étude longue " * 10
    dialog = ExportDialog(("id", title), "", tags)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.sizeHint().width() < 1024 and dialog.width() < 1024
    offered = [dialog.tag.itemData(i) for i in range(dialog.tag.count())]
    assert offered == [long_tag, "grammaire"]
    assert "“”" not in dialog.search.text() and not dialog.search.isEnabled()
    assert dialog.current.text().endswith("…")
