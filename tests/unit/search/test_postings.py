"""A segment written with the postings made and pooled by reader.search.postings holds
exactly what Whoosh's own path writes (every file of the segment, byte for byte), in
memory and past the pool's limit (sorted runs merged); and searching it finds the
articles by their words as people type them."""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path
from typing import Any

import pytest
from whoosh import index
from whoosh.filedb.compound import CompoundStorage
from whoosh.qparser import QueryParser
from whoosh.writing import SegmentWriter

from reader.search.blocks import compress
from reader.search.document import IndexDoc
from reader.search.postings import TermPool
from reader.search.schema import build_schema, to_fields
from reader.search.writer import WHOOSH_ADD_DOCUMENT, WHOOSH_INIT

DOCS = [
    IndexDoc(
        "a1",
        1,
        "fr",
        "Les États-Unis durcissent les contrôles",
        "Washington a annoncé de nouvelles restrictions à l’exportation de puces. "
        "Les entreprises chinoises, dont Tencent, ont constitué des stocks. "
        "La sécurité d'abord : l'IA et les vidéos, jusqu'à Pointe-à-Callière.",
        source="Le Monde",
        tags=("export-controls/US",),
        entities=(("Tencent", "ORG"), ("Washington", "LOC")),
        notes="à relire : les chiffres du stock",
    ),
    IndexDoc("a2", 2, "en", "Chip stockpiles", "Tencent said it had enough chips. " * 40),
    IndexDoc("a3", 3, "de", "Über Chips", "Die Regierung in Peking prüft die Regeln."),
    IndexDoc("a4", 4, None, "", ""),  # an empty article: no postings at all
    IndexDoc(
        "a5",
        5,
        "en",
        "Box office: the UK's biggest",
        "Box office takings rose. " + "word " * 300 + "JD.com’s co\u00adoperation, naïve café.",
    ),
    IndexDoc("a6", 6, "fr", "Été 2024", "Les avions de l'été ; 3 % de hausse, ÉTATS-UNIS."),
    # a long text (its words grouped with arrays), with words of two forms (accents)
    IndexDoc("a7", 7, "fr", "Rentrée", "Les élèves étudient à l’école près de la forêt. " * 9),
]
# terms in more articles than a block of postings holds, with the same positions
MANY = [IndexDoc(f"n{i}", 7, "en", "Note", "word and other " * (i % 3 + 1)) for i in range(300)]

_WHOOSH = {"__init__": WHOOSH_INIT, "add_document": WHOOSH_ADD_DOCUMENT}


def _segment_files(folder: Path, limitmb: int, docs: list[IndexDoc]) -> dict[str, str]:
    folder.mkdir()
    built = index.create_in(folder, build_schema(), indexname="t")
    writer = built.writer(limitmb=limitmb)
    for doc in docs:
        writer.add_document(**to_fields(doc))
    pool = writer.pool
    writer.commit()
    (segment,) = index.open_dir(folder, indexname="t")._segments()
    storage = CompoundStorage(built.storage.open_file(segment.make_filename(".seg")))
    files = {
        name.replace(segment.segment_id(), ""): hashlib.sha256(
            storage.open_file(name).read()
        ).hexdigest()
        for name in storage.list()
    }
    files["pool"] = type(pool).__name__
    return files


# in memory, and past the pool's limit (0: a sorted run written at each document)
@pytest.mark.parametrize(("limitmb", "docs"), [(256, DOCS + MANY), (0, DOCS)])
def test_same_segment_as_whoosh_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limitmb: int, docs: list[IndexDoc]
) -> None:
    ours = _segment_files(tmp_path / "ours", limitmb, docs)
    for name, method in _WHOOSH.items():
        monkeypatch.setattr(SegmentWriter, name, method)
    theirs = _segment_files(tmp_path / "theirs", limitmb, docs)
    assert ours.pop("pool") == TermPool.__name__
    assert theirs.pop("pool") == "PostingPool"
    # the spelling field's words: the segment's word list (reader.search.wordlist)
    assert ours.pop(".spl") and ".spl" not in theirs
    assert ours == theirs
    assert any(name.endswith(".pst") for name in ours)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Any:
    built = index.create_in(tmp_path_factory.mktemp("postings"), build_schema(), indexname="t")
    writer = built.writer()
    for doc in DOCS + MANY:
        writer.add_document(**to_fields(doc))
    writer.commit()
    return built


@pytest.mark.parametrize(
    ("field", "typed", "found"),
    [
        ("body_fr", "securite", ["a1"]),  # accents left out, as people type
        ("body_fr", "Sécurité", ["a1"]),
        ("body_fr", "vidéo", ["a1"]),  # the plural written, the singular typed
        ("body_fr", '"pointe a calliere"', ["a1"]),  # function words at their places
        ("body_fr", "avions", ["a6"]),  # a word that is also a form of avoir
        ("title_fr", "ete", ["a6"]),
        ("body_en", '"said it had"', ["a2"]),
        ("body_en", '"said he had"', []),
        ("body_en", "cooperation", ["a5"]),  # a soft hyphen dropped
        ("body_en", "cafe", ["a5"]),
        ("body_xx", "prüft", ["a3"]),
    ],
)
def test_search_finds_what_was_written(
    written: Any, field: str, typed: str, found: list[str]
) -> None:
    with written.searcher() as searcher:
        query = QueryParser(field, written.schema).parse(typed)
        hits = sorted(hit["id"] for hit in searcher.search(query, limit=None))
    assert hits == found


def test_terms_of_many_blocks_are_found_whole(written: Any) -> None:
    with written.searcher() as searcher:
        parser = QueryParser("body_en", written.schema)
        assert len(searcher.search(parser.parse('"word and other"'), limit=None)) == 300
        assert len(searcher.search(parser.parse("word"), limit=None)) == 301


def _merged_files(folder: Path) -> dict[str, str]:
    """Two segments, one article deleted, then merged into one (what compacting does)."""
    folder.mkdir()
    built = index.create_in(folder, build_schema(), indexname="t")
    docs = DOCS + MANY
    for part in (docs[:150], docs[150:]):
        writer = built.writer()
        for doc in part:
            writer.add_document(**to_fields(doc))
        writer.commit(merge=False)
    writer = built.writer()
    writer.delete_by_term("id", "a2")
    writer.commit(optimize=True)
    (segment,) = index.open_dir(folder, indexname="t")._segments()
    storage = CompoundStorage(built.storage.open_file(segment.make_filename(".seg")))
    return {
        name.replace(segment.segment_id(), ""): hashlib.sha256(
            storage.open_file(name).read()
        ).hexdigest()
        for name in storage.list()
    }


def test_same_merged_segment_as_whoosh_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = _merged_files(tmp_path / "ours")
    for name, method in _WHOOSH.items():
        monkeypatch.setattr(SegmentWriter, name, method)
    theirs = _merged_files(tmp_path / "theirs")
    assert ours.pop(".spl") and ".spl" not in theirs  # the word list (reader.search.wordlist)
    # the stored fields' column of a merged segment differs from run to run whichever
    # path writes it (Whoosh re-pickles each document's stored fields): left out
    assert {k: v for k, v in ours.items() if not k.endswith("_stored.col")} == {
        k: v for k, v in theirs.items() if not k.endswith("_stored.col")
    }
    assert any(name.endswith(".pst") for name in ours)


@pytest.mark.parametrize("size", [0, 1, 60, 249, 250, 251, 762, 763, 3000, 32505, 32506, 70000])
def test_blocks_compressed_with_a_small_window_are_zlibs_bytes(size: int) -> None:
    text = ("Tencent said it had enough chips; naïve café, ÉTATS-UNIS. " * 1300).encode()
    for data in (text[:size], bytes(range(256)) * (size // 256) + bytes(size % 256)):
        assert compress(data, 3) == zlib.compress(data, 3)
        assert zlib.decompress(compress(data, 3)) == data
