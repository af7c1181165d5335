"""Whoosh's writer in several processes, with workers that end with their parent; the
lengths of a segment's documents read once when its postings are written; and each
document's text fields analysed and pooled by :mod:`reader.search.postings`.

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
same.

Adding a document (:func:`_add_document`) is Whoosh's ``SegmentWriter.add_document``
with the postings of the text fields made by :func:`~reader.search.postings.add_text`
and held by :class:`~reader.search.postings.TermPool`: the same postings, with no
Python call a word. The words of the spelling
field (:class:`~reader.search.spelling.SpellingField`) go to the segment's word list
(:class:`~reader.search.wordlist.WordList`), written beside its postings when the
segment is, and carried over, less the articles deleted, when segments merge
(:func:`_add_reader`)."""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3FieldWriter
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from reader.core.workers import start_worker
from reader.search.postings import TermPool, add_text, fast_field, write_grouped
from reader.search.spelling import SPELL_FIELD, SpellingField
from reader.search.wordlist import WordList

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

    def column(self, fieldname: str) -> list[int | None] | None:
        """Every document's length in ``fieldname`` (None: the field keeps none)."""
        try:
            return self._fields[fieldname]
        except KeyError:
            lengths = self._fields[fieldname] = self._load(fieldname)
            return lengths

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
    if (
        isinstance(self.pool, TermPool)
        and not self.pool.runs
        and isinstance(self.fieldwriter, W3FieldWriter)
    ):
        write_grouped(self.fieldwriter, self.schema, lengths, self.pool)
    else:
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
    self.fieldwriter.close()
    if reader is not None:
        reader.close()
    words = getattr(self, "words", None)
    if words is not None and SPELL_FIELD in self.schema:
        words.write(self.newsegment, self.storage, self.docnum)


# Whoosh's own, which the tests compare with
WHOOSH_INIT = SegmentWriter.__init__
WHOOSH_ADD_DOCUMENT = SegmentWriter.add_document
WHOOSH_ADD_READER = SegmentWriter.add_reader


def _init(self: Any, ix: Any, *args: Any, limitmb: int = 128, **kwargs: Any) -> None:
    """``SegmentWriter.__init__`` with a :class:`TermPool` for its postings."""
    WHOOSH_INIT(self, ix, *args, limitmb=limitmb, **kwargs)
    self.pool = TermPool(self._tempstorage, self.newsegment, limitmb=limitmb)
    self.words = WordList()


def _add_reader(self: Any, reader: Any) -> None:
    """``SegmentWriter.add_reader`` (a merge of segments), with the word lists of the
    articles it keeps."""
    basedoc = self.docnum
    WHOOSH_ADD_READER(self, reader)
    words = getattr(self, "words", None)
    if words is not None:
        words.add_reader(reader, basedoc)


def _add_document(self: Any, **fields: Any) -> None:
    """``SegmentWriter.add_document``: the same fields written, the text fields'
    postings made by :func:`add_text` (Whoosh's path for the others)."""
    self._check_state()
    perdocwriter = self.perdocwriter
    schema = self.schema
    docnum = self.docnum
    pool = self.pool
    fast = isinstance(pool, TermPool)
    docboost = self._doc_boost(fields)
    fieldnames = sorted(name for name in fields if not name.startswith("_"))
    self._check_fields(schema, fieldnames)
    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            if type(field) is SpellingField:
                self.words.add(docnum, field.words(value))
                continue
            length = 0
            if field.indexed:
                boost = self._field_boost(fields, fieldname, docboost)
                if fast and isinstance(value, str) and fast_field(field):
                    total = add_text(pool, fieldname, field, docnum, value, boost)
                    if field.scorable:
                        length = total
                else:
                    scorable = field.scorable
                    for term, freq, weight, vbytes in field.index(value):
                        if scorable:
                            length += freq
                        pool.add((fieldname, term, docnum, weight * boost, vbytes))
                if field.separate_spelling():
                    spellfield = field.spelling_fieldname(fieldname)
                    for word in field.spellable_words(value):
                        pool.add((spellfield, word.encode("utf-8"), 0, 1, None))
            if field.vector:
                items = field.vector.word_values(value, field.analyzer, mode="index")
                vitems = sorted((text, weight, vbytes) for text, _, weight, vbytes in items)
                perdocwriter.add_vector_items(fieldname, field, vitems)
            custom = fields.get(f"_stored_{fieldname}", value)
            perdocwriter.add_field(fieldname, field, custom if field.stored else None, length)
            column = field.column_type
            if column and custom is not None:
                perdocwriter.add_column_value(fieldname, column, field.to_column_value(custom))
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    self._added = True
    self.docnum += 1


# every writer: this process's, its sub-writers' (this module is imported to unpickle
# their task) and the compaction's
SegmentWriter._flush_segment = _flush_segment
SegmentWriter.__init__ = _init
SegmentWriter.add_document = _add_document
SegmentWriter.add_reader = _add_reader


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
