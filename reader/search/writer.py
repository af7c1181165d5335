"""Whoosh's writer in several processes, with workers that end with their parent; and
the lengths of a segment's documents read once when its postings are written.

``whoosh.multiproc.MpWriter`` starts sub-writer processes that wait on a queue for
batches of documents. If the app is killed (``kill -9``, a crash) while they wait,
nothing tells them: they waited for ever, holding their memory (~70 MB each) and
multiprocessing's helper process. Here each one first starts the app's worker watchdog
(:func:`reader.core.workers.start_worker`): lower priority, and an exit when its parent
is gone.

When a writer flushes a segment, Whoosh asks each posting's field length of the
segment's length columns, one seek and unpack a posting (900,000 for the BBC
corpus): a third of the CPU of writing the segment out. :func:`_flush_segment` reads
each field's column once into a list instead; the segment written is byte for byte the
same."""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from reader.core.workers import start_worker

# a length byte's length; 0 (no length stored) reads as None, as Whoosh's reader gives
_LENGTH_OF_BYTE: tuple[int | None, ...] = (None, *(byte_to_length(b) for b in range(1, 256)))


class SegmentLengths:
    """``doc_field_length`` of a segment's per-document reader, each field's column
    read at its first posting (what Whoosh's ``FieldWriter.add_postings`` asks)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._count = reader.doc_count_all()
        self._fields: dict[str, list[int | None] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        if docnum > self._count:
            raise IndexError(f"Asked for docnum {docnum!r} of {self._count}")
        try:
            lengths = self._fields[fieldname]
        except KeyError:
            lengths = self._fields[fieldname] = self._load(fieldname)
        if lengths is None:
            return default
        return lengths[docnum] if docnum < len(lengths) else None

    def _load(self, fieldname: str) -> list[int | None] | None:
        column = f"_{fieldname}_len"  # whoosh.codec.whoosh3's name for it
        if not self._reader.has_column(column):
            return None
        values = self._reader.column_reader(column, LENGTHS_COLUMN).load()
        return [_LENGTH_OF_BYTE[value] for value in values]


def _flush_segment(self: Any) -> None:
    """``SegmentWriter._flush_segment`` with the lengths read by :class:`SegmentLengths`."""
    self.perdocwriter.close()
    reader = self.per_document_reader() if self.codec.length_stats else None
    lengths = SegmentLengths(reader) if reader is not None else None
    self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
    self.fieldwriter.close()
    if reader is not None:
        reader.close()


SegmentWriter._flush_segment = _flush_segment  # every writer: this process's and its sub-writers'


class WatchedSubWriterTask(SubWriterTask):  # type: ignore[misc]
    """A sub-writer that ends when the process that started it ends."""

    def run(self) -> None:
        start_worker()
        super().run()


class WatchedMpWriter(MpWriter):  # type: ignore[misc]
    """``MpWriter`` whose sub-writers are :class:`WatchedSubWriterTask`."""

    def _new_task(self) -> Any:
        task = WatchedSubWriterTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        return task
