"""A segment written with its lengths read once a field (reader.search.writer) holds the
same terms, postings and length statistics as one written Whoosh's way, a posting at a
time; and the documents' lengths it reads are Whoosh's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import index
from whoosh.writing import SegmentWriter

from reader.search.document import IndexDoc
from reader.search.schema import build_schema, to_fields
from reader.search.writer import SegmentLengths

DOCS = [
    IndexDoc(
        "a1",
        1,
        "fr",
        "Les États-Unis durcissent les contrôles",
        "Washington a annoncé de nouvelles restrictions à l’exportation de puces. "
        "Les entreprises chinoises, dont Tencent, ont constitué des stocks.",
        source="Le Monde",
        tags=("export-controls/US",),
        entities=(("Tencent", "ORG"), ("Washington", "LOC")),
        notes="à relire : les chiffres du stock",
    ),
    IndexDoc("a2", 2, "en", "Chip stockpiles", "Tencent said it had enough chips. " * 40),
    IndexDoc("a3", 3, "de", "Über Chips", "Die Regierung in Peking prüft die Regeln."),
    IndexDoc("a4", 4, None, "", ""),  # an empty article: no lengths at all
    IndexDoc("a5", 5, "en", "Box office", "Box office takings rose. " + "word " * 300),
]


def _whoosh_flush(self: Any) -> None:
    """Whoosh 2.7's own ``SegmentWriter._flush_segment``: a seek a posting."""
    self.perdocwriter.close()
    reader = self.per_document_reader() if self.codec.length_stats else None
    self.fieldwriter.add_postings(self.schema, reader, self.pool.iter_postings())
    self.fieldwriter.close()
    if reader is not None:
        reader.close()


def _written(folder: Path) -> list[Any]:
    folder.mkdir()
    built = index.create_in(folder, build_schema(), indexname="t")
    writer = built.writer()
    for doc in DOCS:
        writer.add_document(**to_fields(doc))
    writer.commit()
    rows: list[Any] = []
    with index.open_dir(folder, indexname="t").reader() as reader:
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            rows.append(
                (fieldname, text, info.doc_frequency(), info.min_length(), info.max_length())
            )
            postings = reader.postings(fieldname, text)
            while postings.is_active():
                rows.append((postings.id(), postings.weight(), postings.value()))
                postings.next()
    return rows


def test_same_segment_as_whoosh_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ours = _written(tmp_path / "ours")
    monkeypatch.setattr(SegmentWriter, "_flush_segment", _whoosh_flush)
    theirs = _written(tmp_path / "theirs")
    assert ours == theirs
    # the lengths went into the term statistics: "word" is in one long body only
    (word,) = [row for row in ours if row[:2] == ("body_en", b"word")]
    assert word[2] == 1 and word[3] == word[4] > 300


def test_lengths_are_whooshs_own(tmp_path: Path) -> None:
    built = index.create_in(tmp_path, build_schema(), indexname="t")
    writer = built.writer()
    for doc in DOCS:
        writer.add_document(**to_fields(doc))
    writer.commit()
    ix = index.open_dir(tmp_path, indexname="t")
    (segment,) = ix._segments()
    whoosh_reader = segment.codec().per_document_reader(built.storage, segment)
    ours = SegmentLengths(whoosh_reader)
    fields = [*ix.schema.scorable_names(), "no_such_field"]
    compared = 0
    for docnum in range(segment.doc_count_all()):
        for name in fields:
            assert ours.doc_field_length(docnum, name) == whoosh_reader.doc_field_length(
                docnum, name
            )
            compared += 1
    assert compared == len(DOCS) * len(fields)
    with pytest.raises(IndexError):
        ours.doc_field_length(len(DOCS) + 1, "body_en")
    whoosh_reader.close()
