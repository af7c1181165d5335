"""What the array passes keep (reader.search.kept) is read from Whoosh's own segments
as Whoosh reads it: every term's documents, weights and positions, and the facet
columns' values, on an index of two segments with replaced articles (deletions),
articles in French and English, some without a source."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh.codec.whoosh3 import W3LeafMatcher

from reader.search import kept as kept_module
from reader.search import storage
from reader.search.document import IndexDoc
from reader.search.index import SearchIndex
from reader.search.kept import block_values, column_counts, kept_for, read_postings
from tests.conftest import corpus

SOURCES = ("BBC", "Le Monde", "BBC News", "Süddeutsche Zeitung", "", "BBC")


def _docs(folder: Path, start: int, count: int, lang: str) -> list[IndexDoc]:
    docs = []
    for n, path in enumerate(sorted(folder.glob("*.*"))[start : start + count]):
        text = re.sub(r"<[^>]*>", " ", path.read_text(encoding="utf-8")).strip()
        title, _, body = text.partition("\n")
        source = SOURCES[(start + n) % len(SOURCES)] or None
        docs.append(IndexDoc(f"{lang}-{start + n}", 1, lang, title.strip(), body, source))
    return docs


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    bbc = corpus("en-bbc-news-2225", "bbc") / "business"
    wikinews = corpus("fr-wikinews-keyphrase-100", "documents")
    made = SearchIndex(tmp_path_factory.mktemp("kept") / "index")
    # more than a block (128 postings) of some words, so that terms span several blocks
    made.rebuild(_docs(bbc, 0, 160, "en") + _docs(wikinews, 0, 20, "fr"))
    replaced = [
        IndexDoc(d.id, 2, d.lang, d.title, d.body + " Brown said so.", "Reuters")
        for d in _docs(bbc, 0, 7, "en")
    ]
    made.update(_docs(bbc, 160, 20, "en") + replaced)
    yield made
    made.close()


def _terms(reader: Any, fieldname: str) -> list[bytes]:
    # every seventh word held by several articles, and the words of several blocks
    held = [t for t in reader.lexicon(fieldname) if reader.doc_frequency(fieldname, t) > 1]
    return [t for n, t in enumerate(held) if n % 7 == 0 or reader.doc_frequency(fieldname, t) > 128]


def test_postings_are_whooshs_block_by_block(index: Any) -> None:
    """Each term's document numbers, weights and positions, every block of it, are those
    Whoosh's leaf matcher steps through, a word of several blocks included."""
    searcher = index._searcher()
    several = 0
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        for fieldname in ("body_en", "title_en", "body_fr"):
            field_format = reader.schema[fieldname].format
            for text in _terms(reader, fieldname):
                kept: dict[int, Any] = {}
                ids, weights, blocks = read_postings(
                    reader, (fieldname, text), lambda b, v, kept=kept: kept.setdefault(b, v)
                )
                leaf = reader._terms.matcher(fieldname, text, field_format)
                theirs = list(leaf.all_items())
                assert ids.tolist() == [docnum for docnum, _value in theirs]
                assert weights.tolist() == [
                    leaf_weight for leaf_weight in _weights(reader, fieldname, text)
                ]
                values = [v for b in range(len(blocks.starts)) for v in block_values(kept[b])]
                assert values == [value for _docnum, value in theirs]
                several += len(blocks.starts) > 1
    assert several  # some words have several blocks


def _weights(reader: Any, fieldname: str, text: bytes) -> list[float]:
    leaf = reader._terms.matcher(fieldname, text, reader.schema[fieldname].format)
    found = []
    while leaf.is_active():
        found.append(float(np.float32(leaf.weight())))
        leaf.next()
    return found


def test_facet_counts_are_those_of_every_document_read_one_by_one(index: Any) -> None:
    """The source and language counts of a set of documents are what reading each
    document's column value gives, in the order the values first occur, with the
    articles without a source and the deleted ones left out."""
    searcher = index._searcher()
    reader = searcher.reader()
    every = np.array(sorted(reader.all_doc_ids()), dtype=np.int64)
    rng = np.random.default_rng(5)
    samples = [every, every[::-1][:50], rng.choice(every, 120, replace=False), every[:0]]
    for fieldname in ("source_facet", "lang"):
        column = reader.column_reader(fieldname)
        for docs in samples:
            expected: Counter[str] = Counter()
            for docnum in docs.tolist():
                value = column[docnum]
                value = value.decode("utf-8") if isinstance(value, bytes) else value
                if value:
                    expected[str(value)] += 1
            found = column_counts(searcher, fieldname, docs)
            assert found == dict(expected)
            firsts = list(dict.fromkeys(v for v in (column[d] for d in docs.tolist()) if v))
            assert list(found) == firsts
    assert column_counts(searcher, "source_facet", every)["Reuters"] == 7
    assert set(column_counts(searcher, "lang", every)) == {"en", "fr"}


def test_positions_kept_are_bounded_and_dropped_least_recent_first(
    index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The positions kept with a searcher never pass their bound, however many terms
    are read; those read last stay."""
    monkeypatch.setattr(kept_module, "POSITION_BLOCKS_KEPT", 5)
    index.close()  # a fresh searcher, nothing kept yet
    searcher = index._searcher()
    kept = kept_for(searcher)
    last = None
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        segment = kept.segment(reader)
        for text in _terms(reader, "body_en"):
            leaf = reader._terms.matcher("body_en", text, reader.schema["body_en"].format)
            kept.postings(segment, leaf)
            assert len(kept.positions) <= 5
            last = (segment.number, ("body_en", text))
    assert len(kept.positions) == 5
    assert next(reversed(kept.positions))[:2] == last


def test_a_column_no_article_has_counts_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library where no article has a source: no source to count, every language,
    without asking each article for its source (a tenth of a search's time at 50,000
    articles); then sources longer than the values read side by side."""
    made = SearchIndex(tmp_path / "index")
    made.rebuild([IndexDoc(str(n), 1, "fr", f"Réforme {n}", "Les retraites.") for n in range(3)])
    made.update([IndexDoc("3", 1, "en", "Pensions", "Pension reform.")])
    searcher = made._searcher()
    every = np.array(sorted(searcher.reader().all_doc_ids()), dtype=np.int64)
    with monkeypatch.context() as patched:

        def one_by_one(*args: Any) -> Any:
            raise AssertionError("a document's source asked for alone")

        patched.setattr(kept_module.Column, "_read", one_by_one)
        assert column_counts(searcher, "source_facet", every) == {}
    assert column_counts(searcher, "lang", every) == {"fr": 3, "en": 1}
    long = "Le Journal de la Société Historique et Archéologique du Vieux Montréal"
    made.update([IndexDoc(str(n), 2, "fr", "Réforme", "Les retraites.", long) for n in (1, 2)])
    searcher = made._searcher()
    every = np.array(sorted(searcher.reader().all_doc_ids()), dtype=np.int64)
    assert len(long.encode("utf-8")) > kept_module.WIDEST_GATHERED
    assert column_counts(searcher, "source_facet", every) == {long: 2}
    made.close()


def _stepped(reader: Any, fieldname: str, text: bytes, skips: list[int]) -> list[Any]:
    """What a leaf matcher gives, stepped posting by posting, then skipping."""
    field_format = reader.schema[fieldname].format
    leaf = reader._terms.matcher(fieldname, text, field_format)
    seen = []
    while leaf.is_active():
        seen.append((leaf.id(), leaf.weight(), leaf.value(), leaf.block_max_id()))
        leaf.next()
    leaf = reader._terms.matcher(fieldname, text, field_format)
    for target in skips:
        if not leaf.is_active():
            break
        leaf.skip_to(target)
        if leaf.is_active():
            seen.append((leaf.id(), leaf.block_min_length(), leaf.block_max_weight()))
    return seen


def test_leaf_matchers_step_as_whooshs_own(index: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoosh's leaf matchers, with the block reading of reader.search.storage, give
    the postings, block bounds and skips Whoosh's own reading gives."""
    assert storage.installed()
    searcher = index._searcher()
    skips = [3, 40, 41, 150, 170, 10_000]
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        terms = [("body_en", t) for t in _terms(reader, "body_en")]
        ours = [_stepped(reader, f, t, skips) for f, t in terms]
        with monkeypatch.context() as patch:
            goto, read_ids = storage._WHOOSHS
            patch.setattr(W3LeafMatcher, "_goto", goto)
            patch.setattr(W3LeafMatcher, "_read_ids", read_ids)
            theirs = [_stepped(reader, f, t, skips) for f, t in terms]
        assert ours == theirs


@pytest.mark.parametrize(
    "gaps",
    [
        (0, 1, 1, 2, 1),  # every gap one byte (BININT1)
        (3, 300, 1, 70_000, 2, 255, 256),  # two and four bytes (BININT2, BININT)
        # an id's four bytes holding TUPLE, BINPUT 0 ("tq\x00") before the tuple's end
        (5, 0x01007174, 0x00717400, 9, 0x7174),
        tuple(range(1, 129)),
    ],
)
@pytest.mark.parametrize("weights", ["none", "one", "each"])
def test_ids_and_weights_are_read_without_the_values(gaps: tuple[int, ...], weights: str) -> None:
    """A block's ids and weights read from the start of its pickle are what unpickling it
    whole gives, whatever bytes its ids hold; blocks of three postings or fewer are left
    to pickle."""
    import pickle

    size = len(gaps)
    made = {"none": None, "one": 2.0, "each": tuple(float(n % 7) + 0.5 for n in range(size))}
    values = tuple(bytes([n % 256, 0, 113, 116]) for n in range(size))
    data = pickle.dumps((gaps, made[weights], values), 2)
    split = kept_module._ids_and_weights(data, size)
    assert split is not None
    assert split[0] == gaps
    read = kept_module._weights(size, [(0, size, split[1])] if split[1] is not None else [])
    expected = made[weights] if weights == "each" else [made[weights] or 1.0] * size
    assert read.tolist() == list(expected)  # type: ignore[arg-type]
    assert block_values(data) == values
    assert kept_module._ids_and_weights(pickle.dumps((gaps[:3], None, values[:3]), 2), 3) is None


def test_spans_kept_are_whooshs_and_bounded(index: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A term's spans in a document, read again, are the ones kept, the same as Whoosh's
    leaf gives; the spans kept never pass their bound."""
    monkeypatch.setattr(kept_module, "SPANS_KEPT", 50)
    index.close()  # a fresh searcher, nothing kept yet
    searcher = index._searcher()
    kept = kept_for(searcher)
    checked = 0
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        segment = kept.segment(reader)
        field_format = reader.schema["body_en"].format
        for text in _terms(reader, "body_en")[:40]:
            leaf = reader._terms.matcher("body_en", text, field_format)
            while leaf.is_active():
                docnum = leaf.id()
                spans = leaf.spans()
                assert all(s.start == s.end for s in spans)  # a word's span is its position
                read = kept_module.positions(kept, segment, leaf, docnum)
                assert read == tuple(s.start for s in spans)
                assert kept_module.positions(kept, segment, leaf, docnum) is read
                assert len(kept.spans) <= 50
                checked += 1
                leaf.next()
    assert checked > 50


def test_what_is_kept_for_positions_is_out_of_the_collectors_walks(index: Any) -> None:
    """The keys of the positions and spans kept, and where each term's blocks are, hold
    numbers and strings only: once the garbage collector has seen them it stops
    tracking them, so that the tens of thousands a day's searches keep are not walked
    again at each of its full collections (each then held a search up by 50 ms at
    50,000 articles). Two segments are told apart by their numbers."""
    import gc

    index.close()  # a fresh searcher, nothing kept yet
    searcher = index._searcher()
    kept = kept_for(searcher)
    numbers = set()
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        segment = kept.segment(reader)
        numbers.add(segment.number)
        field_format = reader.schema["body_en"].format
        for text in _terms(reader, "body_en")[:10]:
            leaf = reader._terms.matcher("body_en", text, field_format)
            kept_module.positions(kept, segment, leaf, leaf.id())
    assert len(numbers) == len(searcher.leaf_searchers()) > 1
    # a tuple is let go once what it holds is: the term's own tuple first, then the key
    gc.collect()
    gc.collect()
    assert kept.spans and kept.positions
    assert not any(gc.is_tracked(key) for key in kept.spans)
    assert not any(gc.is_tracked(key) for key in kept.positions)
    blocks = [b for s in kept.segments.values() for _i, _w, b in s.postings.values()]
    assert blocks and not any(gc.is_tracked(b.data) for b in blocks)


CARRIED = ("brown said", '"interest rates"', "economy growth", "prix", "Brown", "profits -bank")


def test_a_write_keeps_what_was_read_of_the_segments_left_as_they_were(tmp_path: Path) -> None:
    """After a write (an article replaced, one deleted, one added: a new generation of
    the index) the next searcher starts with the postings and positions read before of
    the segments it still has, and finds, ranks and scores exactly as a searcher that
    read everything afresh: an article replaced or deleted since is never listed."""
    bbc = corpus("en-bbc-news-2225", "bbc") / "business"
    wikinews = corpus("fr-wikinews-keyphrase-100", "documents")
    made = SearchIndex(tmp_path / "index")
    try:
        made.rebuild(_docs(bbc, 0, 150, "en") + _docs(wikinews, 0, 10, "fr"))
        made.update(_docs(bbc, 150, 20, "en"))
        for text in CARRIED:
            made.search(text, limit=20)
        before = kept_for(made._searcher())
        replaced = _docs(bbc, 3, 1, "en")[0]
        made.update(
            [IndexDoc(replaced.id, 2, "en", "Renamed", "Nothing about it now.")],
            delete=["en-5"],
        )
        searcher = made._searcher()
        after = kept_for(searcher)
        assert after is not before
        carried = [s for s in after.segments.values() if s.postings]
        assert carried and after.size > 0  # read before the write, not again
        readers = [sub.reader() for sub, _ in searcher.leaf_searchers()]
        assert all(s.reader in readers for s in carried)
        # positions are read on from the new searcher's files (the old one is closed)
        assert all(
            blocks.postfile is s.reader._terms._postfile
            for s in carried
            for _ids, _weights, blocks in s.postings.values()
        )
        ours = {text: made.search(text, limit=20) for text in CARRIED}
        again = SearchIndex(tmp_path / "index")  # nothing kept: every word read afresh
        assert again.open()
        try:
            for text, outcome in ours.items():
                theirs = again.search(text, limit=20)
                assert [(m.id, round(m.score, 9)) for m in outcome.matches] == [
                    (m.id, round(m.score, 9)) for m in theirs.matches
                ], text
                assert outcome.total == theirs.total, text
                # the replaced article's old words and the deleted article: not found
                assert not {"en-3", "en-5"} & {m.id for m in outcome.matches}, text
        finally:
            again.close()
    finally:
        made.close()
