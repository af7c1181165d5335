"""Exports of a library (:class:`Exports`): gather a scope (articles, a
tag, a search, everything) into an :class:`ExportDocument`, render it in a format, write
it atomically and never over an existing file unless asked; read W3C annotations back,
find their articles, anchor them and merge them by id."""

from __future__ import annotations

import errno
import getpass
import os
import stat
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import messages
from reader.core.anchoring import AnchorStatus, TextQuote, anchor, describe
from reader.core.errors import Hint, NotFound
from reader.core.model import Annotation, Article, SearchResults
from reader.export.base import (
    ExportArticle,
    ExportDocument,
    ExportError,
    ExportOptions,
    safe_filename,
    utc,
)
from reader.export.jsonld import NAMESPACE, ImportedAnnotation, parse
from reader.services.changes import Changes

if TYPE_CHECKING:
    from reader.services.annotations import Notes
    from reader.services.catalog import Catalog
    from reader.services.engines import Engines
    from reader.services.entities import Recognition
    from reader.services.finder import Finder
    from reader.services.indexing import Indexer
    from reader.store.interface import Annotations, Store

CREATOR = "export.creator"


@dataclass(frozen=True)
class ExportScope:
    articles: tuple[str, ...] = ()
    tag: str | None = None
    query: str | None = None
    everything: bool = False

    def label(self) -> str:
        if self.tag:
            return f"Notes tagged {self.tag}"
        if self.query:
            return f"Notes on the search {self.query}"
        return "All notes" if self.everything else "Notes"


# a quote this long found in an article without its context names that article (shorter,
# a word or a name, it may stand in any article)
DISTINCTIVE_QUOTE = 40


@dataclass
class AnnotationImportReport:
    anchored: int = 0
    moved: int = 0
    orphaned: int = 0
    unchanged: int = 0  # already there, not newer
    no_article: int = 0  # no article of the library matches
    skipped: int = 0  # annotations without a text quote
    new_ids: int = 0  # their id is another article's annotation: saved under a new one
    articles: set[str] = field(default_factory=set)

    @property
    def imported(self) -> int:
        return self.anchored + self.moved + self.orphaned


class Exports:
    """Notes out of the library (any format) and W3C annotations back in."""

    def __init__(
        self,
        engines: Engines,
        indexer: Indexer,
        notes: Notes,
        recognition: Recognition,
        finder: Finder,
        catalog: Catalog,
    ) -> None:
        self.engines = engines
        self.indexer = indexer
        self.notes = notes
        self.recognition = recognition
        self.finder = finder
        self.catalog = catalog

    @property
    def store(self) -> Store:
        return self.engines.store

    @property
    def annotation_store(self) -> Annotations:
        return self.engines.annotation_store

    def annotations(self, ref: str | None = None, tag: str | None = None) -> list[Annotation]:
        return self.notes.annotations(ref, tag)

    def search(self, query: str, limit: int) -> SearchResults:
        return self.finder.search(query, limit=limit)

    # -- export ------------------------------------------------------------------------------

    def export_document(
        self,
        scope: ExportScope,
        options: ExportOptions | None = None,
        creator: str | None = None,
    ) -> ExportDocument:
        options = options or ExportOptions()
        if scope.articles:
            ids = [self.store.resolve(ref) for ref in scope.articles]
            chosen = {i: self.annotations(i) for i in dict.fromkeys(ids)}
        elif scope.tag:
            chosen = {}
            for a in self.annotations(tag=scope.tag):
                chosen.setdefault(a.article_id, []).append(a)
        elif scope.query:
            hits = self.search(scope.query, limit=100_000).hits
            chosen = {h.id: self.annotations(h.id) for h in hits}
            chosen = {k: v for k, v in chosen.items() if v}
        else:
            chosen = {}
            for a in self.annotations():
                chosen.setdefault(a.article_id, []).append(a)
        if not chosen:
            raise ExportError(Hint(messages.NOTHING_TO_EXPORT))
        items = []
        for article_id, passages in chosen.items():
            article = self.catalog.article(article_id)
            mentions = tuple(self.recognition.entities(article_id)) if options.entities else ()
            items.append(ExportArticle(article, tuple(passages), mentions))
        if not scope.articles:
            items.sort(key=lambda i: i.article.title.casefold())
        if creator is None:
            creator = self.store.setting(CREATOR) or _login()
        label = items[0].article.title if scope.articles and len(items) == 1 else scope.label()
        meanings = self.notes.color_meanings()
        return ExportDocument(label, tuple(items), meanings, creator, options=options)

    def export(
        self,
        fmt: str,
        scope: ExportScope,
        output: str | os.PathLike[str],
        force: bool = False,
        options: ExportOptions | None = None,
        creator: str | None = None,
    ) -> list[Path]:
        """Write the export of a scope; see :meth:`write_export`."""
        return self.write_export(fmt, self.export_document(scope, options, creator), output, force)

    def write_export(
        self,
        fmt: str,
        document: ExportDocument,
        output: str | os.PathLike[str],
        force: bool = False,
    ) -> list[Path]:
        """See :func:`write_export`."""
        return write_export(fmt, document, output, force)

    # -- import ------------------------------------------------------------------------------

    def import_annotations(self, raw: bytes | str) -> AnnotationImportReport:
        """Anchor and merge W3C annotations (by id: a second import adds nothing).

        Each annotation's article is found first, off the writer (a search for each
        quote: a minute for 4,000 that match nothing, while other writers must not
        wait); then the matched ones are anchored and written in one short transaction
        on the writer (the whole file, or nothing)."""
        records, skipped = parse(raw)
        report = AnnotationImportReport(skipped=skipped)
        matched = []
        for record in records:
            article_id = self._find_article(record)
            if article_id is None:
                report.no_article += 1
            else:
                matched.append((record, article_id))

        def write() -> None:
            texts: dict[str, Article] = {}
            with self.store.transaction():
                for record, article_id in matched:
                    try:
                        article = texts.get(article_id) or self.catalog.article(article_id)
                    except NotFound:  # deleted since it was found
                        report.no_article += 1
                        continue
                    texts[article_id] = article
                    self._merge(record, article, report)
            if report.articles:
                # the notes come with their tags: the tag lists count them again
                self.indexer.touched(Changes(articles=set(report.articles), tags=True))

        self.engines.writer.run(write)
        return report

    def _find_article(self, record: ImportedAnnotation) -> str | None:
        """By article id, then by title (and publisher), then by the quote itself (in its
        context if an article has it so)."""
        if record.article_id:
            try:
                return self.store.resolve(record.article_id)
            except NotFound:
                pass
        if record.title:
            for summary in self.store.summaries():
                if summary.title == record.title and (
                    not record.publisher or summary.source == record.publisher
                ):
                    return summary.id
        words = record.exact.split()[:8]
        if words:
            phrase = " ".join(w.strip("\"'«»“”") for w in words)
            try:
                hits = list(self.search(f'"{phrase}"', limit=20).hits)
            except Exception:  # a quote that is not a valid query: no candidates
                hits = []
            # the article where the quote stands in its own context first: a short
            # quote ("Martin Lau") is in many articles, and its anchor needs its context
            holding = [h.id for h in hits if record.exact in self.catalog.article(h.id).text]
            for article_id in holding:
                text = self.catalog.article(article_id).text
                if record.prefix + record.exact in text or record.exact + record.suffix in text:
                    return article_id
            # without its context, a quote tells its article only if it is long, and the
            # note names no article of its own: a word of a note on an article this
            # library lacks ("génération") was attached to another that writes it
            named = bool(record.article_id or record.title)
            if holding and not named and len(record.exact) >= DISTINCTIVE_QUOTE:
                return holding[0]
        return None

    def _merge(
        self, record: ImportedAnnotation, article: Article, report: AnnotationImportReport
    ) -> None:
        store = self.annotation_store
        existing = _existing(store, record.id)
        renamed = existing is not None and existing.article_id != article.id
        if renamed:
            # Merge by id only on the same article: the id belongs to another article's
            # annotation here (another library's numbering, an edited file). The new id
            # is derived from both, so that importing the file again adds nothing.
            record = replace(record, id=str(uuid.uuid5(NAMESPACE, f"{record.id} {article.id}")))
            existing = _existing(store, record.id)
        if existing is not None and utc(record.modified) <= utc(existing.modified):
            report.unchanged += 1
            return
        report.new_ids += renamed and existing is None
        quote = TextQuote(record.exact, record.prefix, record.suffix)
        start = record.start if record.start is not None else 0
        end = record.end if record.end is not None else start + len(record.exact)
        found = anchor(article.text, start, end, quote)
        if found.status is AnchorStatus.ORPHANED:
            start = min(max(0, start), len(article.text))
            end = min(max(start, end), len(article.text))
            annotation = Annotation(
                record.id, article.id, start, end, record.exact, record.prefix, record.suffix
            )
            report.orphaned += 1
        else:
            described = describe(article.text, found.start, found.end)
            annotation = Annotation(
                record.id,
                article.id,
                found.start,
                found.end,
                described.exact,
                described.prefix,
                described.suffix,
            )
            if found.status is AnchorStatus.ANCHORED and described.exact == record.exact:
                report.anchored += 1
            else:
                report.moved += 1
        annotation = replace(
            annotation,
            color=record.color,
            note=record.note,
            tags=record.tags,
            status=found.status.value,
            version=article.version,
            created=record.created,
        )
        store.save(annotation)
        report.articles.add(article.id)


def _existing(store: Annotations, annotation_id: str) -> Annotation | None:
    try:
        return store.get(annotation_id)
    except NotFound:
        return None


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def write_export(
    fmt: str,
    document: ExportDocument,
    output: str | os.PathLike[str],
    force: bool = False,
) -> list[Path]:
    """Render and write; with ``options.split`` ``output`` is a folder and each article
    gets its own file. Returns the files written."""
    from reader.export.registry import exporter  # entry points: read when exporting

    writer = exporter(fmt)
    target = Path(output)
    if document.options.split and writer.splittable:
        if target.exists() and not target.is_dir():
            raise ExportError(
                f"{target} is a file: --split writes one file per article "
                "into a folder; name a folder"
            )
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(
                Hint(messages.CANNOT_MAKE_FOLDER, target, exc.strerror or exc)
            ) from exc
        files, used = [], set()
        for item in document.articles:
            name = safe_filename(item.article.title, writer.extension, item.article.id[:12])
            if name.casefold() in used:
                name = safe_filename(
                    f"{item.article.title} {item.article.id[:8]}", writer.extension
                )
            used.add(name.casefold())
            files.append((target / name, writer.render(document.single(item))))
    else:
        if target.is_dir():
            target = target / safe_filename(document.label, writer.extension)
        files = [(target, writer.render(document))]
    if not force:
        existing = [str(path) for path, _ in files if path.exists() or path.is_symlink()]
        if existing:
            raise ExportError(
                f"{existing[0]} exists; choose another name or overwrite it (--force)"
            )
    for path, data in files:
        write_atomically(path, data)
    return [path for path, _ in files]


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over:
    a crash leaves the old file or the new one, never half of one.

    What the user named is what is written: a link's file (the link stays a link); a
    device or a named pipe is written to as it is, never replaced by a file (as root, a
    rename over ``/dev/full`` replaced the device). Failures are :class:`ExportError`."""
    try:
        path = path.resolve() if path.is_symlink() else path
        kind = _special_kind(path)
        if kind is not None:
            _write_through(path, data, kind)
            return
        _replace(path, data)
    except OSError as exc:
        raise ExportError(Hint(messages.CANNOT_WRITE, path, exc.strerror or exc)) from exc


def _special_kind(path: Path) -> str | None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "pipe" if stat.S_ISFIFO(mode) else "device"


def _write_through(path: Path, data: bytes, kind: str) -> None:
    """Write into a device or a pipe; a pipe nobody reads is refused, not waited on."""
    flags = os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | (os.O_NONBLOCK if kind == "pipe" else 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO and kind == "pipe":
            raise ExportError(Hint(messages.NO_READER, path)) from exc
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _replace(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        Path(temporary).chmod(path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_formats() -> Sequence[str]:
    from reader.export.registry import exporters

    return sorted(exporters())
