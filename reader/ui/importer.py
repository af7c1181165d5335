"""Import in the background: a progress bar with Cancel in the status bar, then a
summary with the per-file errors."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from reader.core.model import ImportReport, ImportStatus
from reader.ui.context import UiContext
from reader.ui.hints import translated
from reader.ui.tasks import TaskContext, TaskHandle


class ImportProgress(QWidget):
    """Lives in the status bar while an import runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the label follows the import's next step
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the import"))


COMPACT_FROM = 400


class Importer(QObject):
    """Runs imports one at a time on the serial writer."""

    started = Signal()
    finished = Signal(object)  # ImportReport

    def __init__(self, ctx: UiContext, progress: ImportProgress, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.progress = progress
        self.parent_widget = parent_widget
        self.handle: TaskHandle | None = None
        self.show_summary = True
        self._last_progress = 0.0
        progress.hide()
        progress.cancel.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.handle is not None and not self.handle.done

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            self.tr("Import Articles"),
            str(Path.home()),
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
        )
        if files:
            self.start(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Import a Folder"), str(Path.home())
        )
        if folder:
            self.start([folder])

    def start(self, paths: Sequence[str | os.PathLike[str]]) -> bool:
        if self.running or not paths:
            return False
        library = self.ctx.library
        targets = [str(p) for p in paths]

        def work(task: TaskContext) -> ImportReport:
            return library.import_paths(
                targets,
                progress=lambda done, total, path: task.progress(done, total, path),
                should_stop=lambda: task.cancelled,
                entities=True,  # each article indexed once, with its entities
            )

        self.progress.label.setText(self.tr("Importing…"))
        self.progress.bar.setRange(0, 0)
        self.progress.cancel.setEnabled(True)
        self.progress.show()
        self.started.emit()
        self.handle = self.ctx.tasks.run(
            work,
            write=True,
            on_success=self._on_done,
            on_progress=self._on_progress,
            on_failure=self._on_failed,
        )
        return True

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.progress.cancel.setEnabled(False)
            self.progress.label.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, path: str) -> None:
        # Files arrive in bursts from the parse workers; relabelling the status bar for
        # each of them relaid out the window dozens of times a burst: 10 updates a second
        now = time.monotonic()
        if done < total and now - self._last_progress < 0.1:
            return
        self._last_progress = now
        self.progress.bar.setRange(0, max(total, 1))
        self.progress.bar.setValue(done)
        if path:
            self.progress.label.setText(self.tr("Importing %1").replace("%1", Path(path).name))

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.ctx.errors.report(exc)

    def _on_done(self, report: ImportReport) -> None:
        self.progress.hide()
        self.finished.emit(report)
        if report.count(ImportStatus.IMPORTED) >= COMPACT_FROM:
            # a large import leaves several index segments; merged, searches run faster
            library = self.ctx.library
            self.ctx.tasks.run(lambda _: library.compact_index(), write=True)
        if self.show_summary:
            self.summary_box(report).open()

    def summary_box(self, report: ImportReport) -> QMessageBox:
        counts = {s: report.count(s) for s in ImportStatus}
        lines = [
            self.tr("%1 imported, %2 updated, %3 unchanged, %4 failed.")
            .replace("%1", str(counts[ImportStatus.IMPORTED]))
            .replace("%2", str(counts[ImportStatus.UPDATED]))
            .replace("%3", str(counts[ImportStatus.UNCHANGED]))
            .replace("%4", str(counts[ImportStatus.FAILED]))
        ]
        if report.annotations:
            a = report.annotations
            lines.append(
                self.tr(
                    "Annotations of the updated articles: %1 in place, %2 moved, %3 not "
                    "found (kept and listed in the Annotations panel)."
                )
                .replace("%1", str(a.get("anchored", 0)))
                .replace("%2", str(a.get("moved", 0)))
                .replace("%3", str(a.get("orphaned", 0)))
            )
        if report.left_out:
            lines.append(
                self.tr(
                    "%n file(s) of other kinds left out: only text, Markdown and HTML files "
                    "are imported.",
                    "",
                    len(report.left_out),
                )
            )
        if report.cancelled:
            lines.insert(
                0, self.tr("The import was cancelled; the files imported so far were kept.")
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information,
            self.tr("Import finished"),
            "\n".join(lines),
            parent=self.parent_widget,
        )
        box.setObjectName("importSummary")
        details = [f"{o.path}: {translated(o.reason or '')}" for o in report.failed]
        details += [
            self.tr("%1: left out (not a text, Markdown or HTML file)").replace("%1", path)
            for path in report.left_out
        ]
        if details:
            box.setDetailedText("\n".join(details))
        return box
