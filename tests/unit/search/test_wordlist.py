"""The spelling suggestions read each segment's word list (reader.search.wordlist) and
suggest what the ``spell`` field of postings suggested: the same words within reach, the
same counts of articles, in one segment and in several, with articles deleted before and
after their segments merge; an index of the schema before is rebuilt with word lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index
from whoosh.fields import FieldType
from whoosh.formats import Existence
from whoosh.support.levenshtein import distance

from reader.search.analysis import is_stop_word, plain_analyzer
from reader.search.document import IndexDoc
from reader.search.schema import SCHEMA_VERSION, build_schema, to_fields
from reader.search.spelling import SHORT_WORD, closest_word
from reader.search.wordlist import NAME_MARK, library_words, read_segment
from reader.services import Library

# the words of the articles as the field of postings kept them, to compare with
REFERENCE = "spell_postings"

TEXTS = [
    (
        "fr",
        "Les États-Unis durcissent les contrôles",
        "Tencent et Huawei ont constitué des stocks.",
    ),
    ("en", "Chip stockpiles", "Tencent said it had enough chips; the government agreed."),
    ("en", "Heat wave", "A heat wave hit the city. Governments met, the goverment said."),
    ("fr", "Été 2024", "Les avions de l'été ; 3 % de hausse, ÉTATS-UNIS, sécurité."),
    ("de", "Über Chips", "Die Regierung in Peking prüft die Regeln für Chips."),
    ("en", "Tencnet's rival", "A company named Tencnet? No: Tencent, the government said."),
    ("fr", "Jeux vidéo", "Les vidéos et les jeux, la sécurite d'abord, naïve café."),
    ("en", "Stocks", "Stock markets: stockpile, stockpiles, stocking up on chips."),
]
DOCS = [IndexDoc(f"a{n}", n, lang, title, body) for n, (lang, title, body) in enumerate(TEXTS)] + [
    IndexDoc(f"m{n}", 100 + n, "en", "Note", f"word{n % 7} chips government") for n in range(40)
]
TYPED = [
    "Tencnet",
    "Tencent",
    "goverment",
    "governmnet",
    "securite",
    "secrity",
    "chps",
    "cihps",
    "stcok",
    "stockpiel",
    "heatwave",
    "naive",
    "etast",
    "videos",
    "prueft",
    "word3",
    "wrod",
    "zzzzzz",
]


def _schema() -> Any:
    schema = build_schema()
    schema.add(REFERENCE, FieldType(Existence(), plain_analyzer(), scorable=False))
    return schema


def _write(ix: Any, docs: list[IndexDoc], **commit: Any) -> None:
    writer = ix.writer()
    for doc in docs:
        fields = to_fields(doc)
        writer.add_document(**fields, **{REFERENCE: fields["spell"]})
    writer.commit(**commit)


def _reference(reader: Any, word: str) -> str:
    """What reader.search.spelling suggested from the field of postings."""
    folded = next(iter(plain_analyzer()(word, mode="query"))).text
    reach = 1 if len(folded) <= SHORT_WORD else 2
    found = [
        (distance(folded, term), -reader.doc_frequency(REFERENCE, term), term)
        for term in reader.terms_within(REFERENCE, folded, 2, prefix=1)
        if term != folded
    ]
    found = [f for f in found if f[0] <= reach]  # two letters swapped: one edit
    if found:
        return "" if is_stop_word(min(found)[2]) else str(min(found)[2])
    best: tuple[int, str] = (0, "")
    for at in range(3, len(folded) - 2):
        left, right = folded[:at], folded[at:]
        both = min(reader.doc_frequency(REFERENCE, left), reader.doc_frequency(REFERENCE, right))
        if both > best[0]:
            best = (both, f"{left} {right}")
    return best[1]


def _same_as_postings(ix: Any, segments: int) -> None:
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert len(list(reader.leaf_readers())) == segments
        words = library_words(reader)
        held = {text: reader.doc_frequency(REFERENCE, text) for text in reader.lexicon(REFERENCE)}
        listed = {w.decode("utf-8"): n for w, n in held.items()}
        every = {w for leaf, _ in reader.leaf_readers() for w in read_segment(leaf).words}
        # beside the words, the names' entries (how many articles write each as a name)
        names = {w for w in every if w.startswith(NAME_MARK)}
        assert {w: words.frequency(w) for w in every - names} == listed
        assert {w[1:] for w in names} <= set(listed)
        suggested = {typed: closest_word(reader, typed) for typed in TYPED}
        assert suggested == {typed: _reference(reader, typed) for typed in TYPED}
    return None


def test_one_segment(tmp_path: Path) -> None:
    ix = index.create_in(tmp_path, _schema(), indexname="t")
    _write(ix, DOCS)
    _same_as_postings(ix, segments=1)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert closest_word(reader, "Tencnet") == "tencent"
        assert closest_word(reader, "heatwave") == "heat wave"
        assert closest_word(reader, "zzzzzz") == ""


def test_several_segments_deletions_and_merges(tmp_path: Path) -> None:
    ix = index.create_in(tmp_path, _schema(), indexname="t")
    _write(ix, DOCS[:5], merge=False)
    _write(ix, DOCS[5:20], merge=False)
    _write(ix, DOCS[20:], merge=False)
    _same_as_postings(ix, segments=3)
    # deleted articles still count until their segment merges, in both
    writer = ix.writer()
    writer.delete_by_term("id", "a5")  # the only article holding "tencnet" and "rival"
    writer.delete_by_term("id", "a2")
    writer.commit(merge=False)
    _same_as_postings(ix, segments=3)
    with ix.searcher() as searcher:
        assert library_words(searcher.reader()).frequency("tencnet") == 1
    # merged, a word only deleted articles held is no longer offered
    writer = ix.writer()
    writer.commit(optimize=True)
    _same_as_postings(ix, segments=1)
    with ix.searcher() as searcher:
        words = library_words(searcher.reader())
        assert words.frequency("tencnet") == 0 and words.frequency("rival") == 0
        assert words.frequency("tencent") == 2  # a0 and a1 keep it
        assert closest_word(searcher.reader(), "Tencnet") == "tencent"


def test_a_merge_of_small_segments_keeps_the_words_of_each(tmp_path: Path) -> None:
    ix = index.create_in(tmp_path, _schema(), indexname="t")
    for start in range(0, len(DOCS), 6):
        _write(ix, DOCS[start : start + 6])  # Whoosh merges the small ones as it goes
    with ix.searcher() as searcher:
        segments = len(list(searcher.reader().leaf_readers()))
    _same_as_postings(ix, segments)


def test_an_index_of_the_schema_before_is_rebuilt_with_word_lists(library: Library) -> None:
    assert library.search("Tencnet").suggestion == "Tencent"
    folder = library.paths.index_dir
    library.close()
    (folder / "schema-version").write_text(str(SCHEMA_VERSION - 1))
    reopened = Library.open(library.paths.root)
    try:
        found = reopened.search("Tencnet")
        assert found.suggestion == "Tencent" and found.hits
        assert (folder / "schema-version").read_text() == str(SCHEMA_VERSION)
    finally:
        reopened.close()


def test_two_letters_swapped_are_one_edit(tmp_path: Path) -> None:
    """*recieve*, the common misspelling of *receive*, is one swap from it and one changed
    letter from *relieve*. Counted as two edits, the swap lost to *relieve*; as one, the
    two are as near, and the word more articles hold is offered."""
    texts = [("en", "Aid", "They will receive the aid.")] * 3
    texts += [("en", "Pain", "Drugs relieve pain.")]
    docs = [IndexDoc(f"s{n}", n, lang, title, body) for n, (lang, title, body) in enumerate(texts)]
    ix = index.create_in(tmp_path, _schema(), indexname="t")
    _write(ix, docs)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert closest_word(reader, "recieve") == "receive"  # was "relieve": 1 edit against 2
        assert closest_word(reader, "Recieve") == "receive"
        assert closest_word(reader, "piain") == "pain"
        assert closest_word(reader, "drgus") == "drugs"  # a swap, four letters after the first
        # a slip for a function word is offered nothing: "the" finds nothing to require
        assert closest_word(reader, "teh") == "" and closest_word(reader, "aidd") == "aid"
