"""The index's folder kept usable: opened and checked, rebuilt whenever it is missing,
stale or damaged, written, compacted.

Each document stores its article's change stamp; :meth:`IndexUpkeep.stale` compares
them with the store's, so only what changed is re-indexed, including after a crash
between a database commit and an index commit. A rebuild writes into a sibling folder
and swaps it in, so a failed rebuild never leaves a half-index behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import warnings
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from whoosh import index

from reader.core.errors import IndexBusy
from reader.search.document import IndexDoc
from reader.search.folder import cancel_writer, remove_folder, unwritable
from reader.search.schema import SCHEMA_VERSION, build_schema, to_fields
from reader.search.writer import WatchedMpWriter

log = logging.getLogger(__name__)
INDEX_NAME = "articles"
VERSION_FILE = "schema-version"
# From this many documents on, indexing runs in worker processes: faster on several
# cores, and Whoosh's in-memory sorts (which hold the GIL for hundreds of milliseconds)
# then happen outside the process that draws the window.
PARALLEL_FROM = 400
# Postings stay in memory up to this many MB per writing process: below it, Whoosh
# pickles each posting to a temporary file and merges the runs (40% of indexing time)
LIMIT_MB = 256
# Another process (a command-line import beside the window) may hold Whoosh's writer
# lock; wait this long for it rather than fail at once
WRITER_WAIT = 30.0


def _compact_folder(folder: str) -> None:
    built = index.open_dir(folder, indexname=INDEX_NAME, schema=build_schema())
    writer = built.writer(limitmb=LIMIT_MB)
    try:
        writer.commit(optimize=True)
    except BaseException:
        writer.cancel()
        raise


class IndexUpkeep:
    """The index in one folder; one writer at a time (the caller serialises writes)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.schema = build_schema()
        self._index: Any = None
        self._opened = 0  # how many times an index was opened (a key of kept outcomes)

    def open(self) -> bool:
        """Open the index; False when it is missing or damaged (then :meth:`rebuild`)."""
        self._index = None
        with warnings.catch_warnings():
            # Whoosh leaves a file handle open when a damaged index fails to load.
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                if not index.exists_in(self.directory, INDEX_NAME):
                    return False
                marker = self.directory / VERSION_FILE
                if not marker.exists() or marker.read_text().strip() != str(SCHEMA_VERSION):
                    log.info("the search index has an older schema; it will be rebuilt")
                    return False
                candidate = index.open_dir(self.directory, indexname=INDEX_NAME, schema=self.schema)
                with candidate.searcher() as searcher:
                    # the first and last stored document of every segment, and every
                    # segment's term table: a damaged or truncated segment raises (reading
                    # all stored fields did too, but cost 50 MB at 50,000 articles)
                    for reader, _offset in searcher.reader().leaf_readers():
                        last = reader.doc_count_all() - 1
                        for docnum in {0, max(0, last)}:
                            if last >= 0:
                                reader.stored_fields(docnum)
                        for _ in reader.lexicon("id"):
                            pass
            except Exception as exc:
                # str(exc): a log record holding the exception would keep Whoosh's
                # leaked file handle alive.
                log.warning(
                    "the search index at %s is unusable (%s); it will be rebuilt",
                    self.directory,
                    str(exc),
                )
                return False
        self._index = candidate
        self._opened += 1
        return True

    @property
    def is_open(self) -> bool:
        return self._index is not None

    def stamps(self) -> dict[str, int]:
        """Every indexed article's id and the stamp it was indexed at."""
        with self._index.searcher() as searcher:
            reader = searcher.reader()
            if not reader.doc_count_all():
                return {}  # an empty index has no columns to read
            ids, stamps = reader.column_reader("id"), reader.column_reader("stamp")
            found = {}
            for docnum in reader.all_doc_ids():
                key = ids[docnum]
                found[key.decode("utf-8") if isinstance(key, bytes) else str(key)] = int(
                    stamps[docnum] or 0
                )
            return found

    def stamps_of(self, ids: Iterable[str]) -> dict[str, int]:
        """The stamps the articles ``ids`` are indexed at (those that are indexed),
        looked up one by one: what another process wrote is checked without reading
        every article's stamp."""
        found: dict[str, int] = {}
        with self._index.searcher() as searcher:
            if not searcher.reader().doc_count_all():
                return found
            stamps = searcher.reader().column_reader("stamp")
            for article_id in ids:
                docnum = searcher.document_number(id=article_id)
                if docnum is not None:
                    found[article_id] = int(stamps[docnum] or 0)
        return found

    def stale(self, wanted: Mapping[str, int]) -> tuple[list[str], list[str]]:
        """``(ids to (re)index, ids to delete)`` to make the index match ``wanted``."""
        have = self.stamps()
        update = [i for i, stamp in wanted.items() if have.get(i) != stamp]
        delete = [i for i in have if i not in wanted]
        return update, delete

    @staticmethod
    def _writer(target: Any, expected: int) -> Any:
        procs = min(2, os.cpu_count() or 1)
        options: dict[str, Any] = {"limitmb": LIMIT_MB, "timeout": WRITER_WAIT}
        try:
            if expected >= PARALLEL_FROM and procs > 1:
                # sub-writers that end with this process (see reader.search.writer)
                return WatchedMpWriter(target, procs=procs, multisegment=True, **options)
            return target.writer(**options)
        except index.LockError:
            raise IndexBusy(
                "the search index is busy: another Liseuse process is writing to it; "
                "the library itself is saved and the index catches up at the next search"
            ) from None

    def update(
        self, docs: Iterable[IndexDoc], delete: Iterable[str] = (), expected: int = 0
    ) -> int:
        """Add or replace ``docs`` and remove ``delete`` in one commit (``expected``: how
        many docs are coming, to choose the writer)."""
        count = 0
        try:
            writer = self._writer(self._index, expected)
        except OSError as exc:  # its lock file cannot be made
            raise unwritable(exc, self.directory) from None
        try:
            for article_id in delete:
                writer.delete_by_term("id", article_id)
            for doc in docs:
                writer.update_document(**to_fields(doc))
                count += 1
            writer.commit()
        except BaseException as exc:
            cancel_writer(writer)  # its lock freed, its half-written segment files removed
            if isinstance(exc, OSError):
                raise unwritable(exc, self.directory) from None
            raise
        return count

    def compact(self) -> None:
        """Merge every segment into one, in a spawned process: merging is seconds of
        Python that would otherwise compete with the window for the GIL."""
        context = multiprocessing.get_context("spawn")
        process = context.Process(target=_compact_folder, args=(str(self.directory),))
        process.start()
        process.join()
        if process.exitcode != 0:
            log.warning("compacting the search index failed (exit code %s)", process.exitcode)
        self.open()

    def rebuild(
        self,
        docs: Iterable[IndexDoc],
        should_stop: Callable[[], bool] = lambda: False,
        expected: int = 0,
    ) -> int:
        """Index ``docs`` into a fresh folder, then swap it in for the current one. A
        folder that cannot be written (a full disk, read-only) raises
        :class:`IndexUnwritable`, the half-built index removed: left, it would fill the
        disk the library needs."""
        fresh = self.directory.with_name(self.directory.name + ".new")
        try:
            return self._rebuild(fresh, docs, should_stop, expected)
        except OSError as exc:
            remove_folder(fresh)
            raise unwritable(exc, self.directory) from None

    def _rebuild(
        self,
        fresh: Path,
        docs: Iterable[IndexDoc],
        should_stop: Callable[[], bool],
        expected: int,
    ) -> int:
        remove_folder(fresh)
        fresh.mkdir(parents=True)
        built = index.create_in(fresh, self.schema, indexname=INDEX_NAME)
        writer = self._writer(built, expected)
        count = 0
        try:
            for doc in docs:
                if should_stop():
                    writer.cancel()
                    shutil.rmtree(fresh, ignore_errors=True)
                    return count
                writer.add_document(**to_fields(doc))
                count += 1
            writer.commit()
        except BaseException:
            cancel_writer(writer)
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        (fresh / VERSION_FILE).write_text(str(SCHEMA_VERSION))
        old = self.directory.with_name(self.directory.name + ".old")
        remove_folder(old)
        self._index = None
        if self.directory.exists() or self.directory.is_symlink():  # a broken link too
            self.directory.rename(old)
        fresh.rename(self.directory)
        remove_folder(old)
        self.open()
        return count
