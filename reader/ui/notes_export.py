"""File → Export Notes… and File → Import Annotations…: choose a format and a scope, a
file (the save dialog asks before replacing one), and the export is written in the
background; W3C annotations are read back and anchored in the background too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from reader.core.model import TagSummary
from reader.export.base import ExportOptions
from reader.services.exports import AnnotationImportReport, ExportScope
from reader.services.naming import named_document
from reader.ui.context import UiContext
from reader.ui.entities.names import interface_language, name_rule
from reader.ui.hints import said
from reader.ui.inert import plain
from reader.ui.tasks import TaskContext

# the formats' names, translated where shown (the dialog's ``self.tr``)
FORMATS = (
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown (Obsidian)"), "Markdown (*.md)"),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "HTML page"), "HTML (*.html)"),
    ("pdf", "PDF", "PDF (*.pdf)"),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (Readwise)"), "CSV (*.csv)"),
    (
        "jsonld",
        QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation (JSON-LD)"),
        "JSON-LD (*.jsonld)",
    ),
    ("txt", QT_TRANSLATE_NOOP("ExportDialog", "Plain text"), "Text (*.txt)"),
)


class ExportDialog(QDialog):
    def __init__(
        self,
        article: tuple[str, str] | None,
        query: str,
        tags: list[TagSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Notes"))
        self.format = QComboBox()
        for code, label, _ in FORMATS:
            self.format.addItem(self.tr(str(label)), code)
        scope = QGroupBox(self.tr("Which notes"))
        grid = QGridLayout(scope)
        self.scopes = QButtonGroup(self)
        self.current = QRadioButton(
            self.tr("This article: %1").replace("%1", _short(article[1]))
            if article
            else self.tr("This article")
        )
        self.current.setEnabled(article is not None)
        self.by_tag = QRadioButton(self.tr("Tagged"))
        self.tag = QComboBox()
        # a long tag is cut in the box (the dialog grew wider than the screen), whole in
        # its list; a tag on nothing any more is not offered
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(24)
        tags = [t for t in tags if t.passages or t.articles]
        for tag in tags:
            self.tag.addItem(f"{tag.name} ({tag.passages})", tag.name)
        self.by_tag.setEnabled(bool(tags))
        self.tag.setEnabled(bool(tags))
        self.tag.activated.connect(lambda _: self.by_tag.setChecked(True))
        self.search = QRadioButton(
            self.tr("Articles found by “%1”").replace("%1", _short(query))
            if query
            else self.tr("Articles found by the search")
        )
        self.search.setEnabled(bool(query))
        self.everything = QRadioButton(self.tr("The whole library"))
        for row, button in enumerate((self.current, self.by_tag, self.search, self.everything)):
            self.scopes.addButton(button, row)
            grid.addWidget(button, row, 0)
        grid.addWidget(self.tag, 1, 1)
        (self.current if article else self.everything).setChecked(True)
        self.full_text = QCheckBox(self.tr("Include the full text, highlighted"))
        self.entities = QCheckBox(self.tr("Include the named entities"))
        self.entities.setChecked(True)
        self.split = QCheckBox(self.tr("One file per article"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(scope)
        form.addRow(self.full_text)
        form.addRow(self.entities)
        form.addRow(self.split)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._on_format)
        self._on_format()
        self.article_id = article[0] if article else None
        self.query = query

    def _on_format(self) -> None:
        code = self.format.currentData()
        self.split.setEnabled(code not in ("csv", "jsonld"))
        self.full_text.setEnabled(code in ("md", "html", "pdf"))

    def recall(self, fmt: str, scope: int) -> None:
        """Start from the format and scope chosen last time (when that scope applies now:
        no open article, no tags or no search leave it at the default)."""
        index = self.format.findData(fmt)
        if index >= 0:
            self.format.setCurrentIndex(index)
        button = self.scopes.button(scope)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def exported(self, total: int, where: str) -> str:
        """The status line after an export, its count in the language's plural form."""
        return self.tr("%n annotation(s) exported to %1", "", total).replace("%1", where)

    def choice(self) -> tuple[str, ExportScope, ExportOptions]:
        checked = self.scopes.checkedId()
        if checked == 0 and self.article_id:
            scope = ExportScope(articles=(self.article_id,))
        elif checked == 1:
            scope = ExportScope(tag=self.tag.currentData())
        elif checked == 2:
            scope = ExportScope(query=self.query)
        else:
            scope = ExportScope(everything=True)
        options = ExportOptions(
            full_text=self.full_text.isEnabled() and self.full_text.isChecked(),
            entities=self.entities.isChecked(),
            split=self.split.isEnabled() and self.split.isChecked(),
        )
        return str(self.format.currentData()), scope, options


class NotesExport:
    def __init__(
        self,
        ctx: UiContext,
        window: QWidget,
        current: Callable[[], tuple[str, str] | None],
        query: Callable[[], str],
        status: Callable[[str], None],
    ) -> None:
        self.ctx = ctx
        self.window = window
        self.current = current
        self.query = query
        self.status = status
        self.dialog: ExportDialog | None = None

    def export(self) -> None:
        library = self.ctx.library
        self.ctx.tasks.run(lambda _: library.tags(), key="export-tags", on_success=self._ask_scope)

    def _ask_scope(self, tags: list[TagSummary]) -> None:
        self.dialog = dialog = ExportDialog(self.current(), self.query(), tags, self.window)
        settings = self.ctx.settings
        dialog.recall(
            str(settings.get("export_format", "") or ""), settings.get_int("export_scope", -1)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, scope, options = dialog.choice()
        settings.set("export_format", fmt)
        settings.set("export_scope", dialog.scopes.checkedId())
        if options.split:
            path = QFileDialog.getExistingDirectory(
                self.window, QCoreApplication.translate("NotesExport", "Export to Folder")
            )
        else:
            pattern = next(p for code, _, p in FORMATS if code == fmt)
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("NotesExport", "Export Notes"),
                f"notes.{fmt}",
                pattern,
            )
        if not path:
            return
        library = self.ctx.library
        rule, interface = name_rule(self.ctx.settings), interface_language(self.ctx.settings)

        def work(_: TaskContext) -> tuple[list[Path], int]:
            # entities named as the window names them (Entities panel → Names)
            document = named_document(library.export_document(scope, options), rule, interface)
            # the save dialog has asked before replacing a file; a folder export may
            # replace files of an earlier export of the same articles
            return library.write_export(fmt, document, path, force=True), document.total

        def done(result: tuple[list[Path], int]) -> None:
            files, total = result
            where = str(files[0]) if len(files) == 1 else str(Path(path))
            self.status(dialog.exported(total, where))

        self.ctx.tasks.run(work, on_success=done, on_failure=self._failed, key="export")

    def import_annotations(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("NotesExport", "Import Annotations"),
            "",
            QCoreApplication.translate(
                "NotesExport", "W3C annotations (*.jsonld *.json);;All files (*)"
            ),
        )
        if not path:
            return
        library = self.ctx.library

        def work(_: TaskContext) -> AnnotationImportReport:
            return library.import_annotations(Path(path).read_bytes())

        def done(report: AnnotationImportReport) -> None:  # the views follow the changes
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("NotesExport", "Annotations Imported"),
                QCoreApplication.translate(
                    "NotesExport",
                    "%1 imported: %2 in place, %3 moved, %4 orphaned.\n"
                    "%5 already there, %6 without a matching article.",
                )
                .replace("%1", str(report.imported))
                .replace("%2", str(report.anchored))
                .replace("%3", str(report.moved))
                .replace("%4", str(report.orphaned))
                .replace("%5", str(report.unchanged))
                .replace("%6", str(report.no_article)),
            )

        def failed(exc: BaseException) -> None:
            title = QCoreApplication.translate("NotesExport", "Import Annotations")
            self._failed(exc, title)

        self.ctx.tasks.run(work, write=True, on_success=done, on_failure=failed)

    def _failed(self, exc: BaseException, title: str = "") -> None:
        self.status("")  # not the word of an earlier export, which this one did not do
        title = title or QCoreApplication.translate("NotesExport", "Export Notes")
        QMessageBox.warning(self.window, title, plain(said(exc)))


def _short(text: str, most: int = 60) -> str:
    """``text`` cut at a word with "…" past ``most`` characters: a title or a query as a
    choice's label (a long one made the dialog wider than the screen)."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    return text[:most].rsplit(" ", 1)[0].rstrip(" ,;:–—-") + "…"
