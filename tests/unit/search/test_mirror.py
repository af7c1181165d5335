"""The matcher trees built of stand-ins (reader.search.mirror) are read by the array
passes exactly as the trees Whoosh builds: the same articles, the same scores to the
last bit (sums added in the same order), the same words matched in the same order, on
an index of two segments with replaced articles, for the plans of queries as people
type them (every word in seven fields, alternatives, the nearness phrases)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.matching import NullMatcher, WrappingMatcher
from whoosh.query import Term

from reader.search import kept as kept_module
from reader.search import mirror
from reader.search.arrays import _Evaluator, _Part, _terms_of
from reader.search.document import IndexDoc
from reader.search.index import SearchIndex
from reader.search.kept import kept_for
from reader.search.passes import pruned
from reader.search.phrases import deferring
from reader.search.plan import make_plan
from tests.conftest import corpus
from tests.unit.search.test_arrays import _docs

TYPED = (
    "prime minister",
    "the prime minister said",
    '"prime minister" budget',
    '"the general election"',
    "tax -labour",
    "blair AND brown",
    "election OR vote",
    "title:election",
    "minist*",
    "elecion~1",
    "économie britannique",
    "UK-based firms",
    "gordon brown chancellor budget",
)
ALTERNATIVES = {"budget": ("financial plan",), "election": ("vote", "ballot")}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    bbc = corpus("en-bbc-news-2225", "bbc") / "politics"
    made = SearchIndex(tmp_path_factory.mktemp("mirror") / "index")
    made.rebuild(_docs(bbc, 0, 60))
    # a second segment; five articles of the first replaced (deleted there)
    replaced = [
        IndexDoc(d.id, 2, d.lang, d.title, d.body + " Brown said so.") for d in _docs(bbc, 0, 5)
    ]
    made.update(_docs(bbc, 60, 30) + replaced)
    yield made
    made.close()


def _read(searcher: Any, made: Any, mirrored: bool, scored: bool = True) -> list[Any]:
    """Each segment's part, with the words each of its documents matched."""
    kept = kept_for(searcher)
    out = []
    for sub, _offset in searcher.leaf_searchers():
        segment = kept.segment(sub.reader())
        context = sub.context(needs_current=True, weighting=sub.weighting if scored else None)
        evaluator = _Evaluator(kept, segment, scored, True)
        with deferring(made):
            if mirrored:
                part = evaluator.node(mirror.Builder(kept, segment, sub, context).build(made))
            else:
                part = evaluator.run(made.matcher(sub, context))
        out.append((part, _words(part)))
    return out


def _words(part: _Part) -> list[list[tuple[str, bytes]]]:
    rows: list[list[tuple[str, bytes]]] = [[] for _ in range(len(part.ids))]
    if len(part.ids):
        _terms_of(part, part.ids, rows)
    return rows


def _queries(index: Any, text: str) -> list[Any]:
    searcher = index._searcher()
    plan = pruned(searcher, make_plan(index._parser, text, ALTERNATIVES))
    return [q for q in (plan.strict, plan.near, plan.close, plan.any_clause()) if q is not None]


def test_the_index_has_two_segments_and_deletions(index: Any) -> None:
    searcher = index._searcher()
    assert len(searcher.leaf_searchers()) == 2
    assert searcher.reader().has_deletions()


@pytest.mark.parametrize("text", TYPED)
def test_a_typed_querys_parts_are_whooshs_to_the_last_bit(index: Any, text: str) -> None:
    searcher = index._searcher()
    found = 0
    for made in _queries(index, text):
        ours = _read(searcher, made, mirrored=True)
        theirs = _read(searcher, made, mirrored=False)
        for (mine, my_words), (whooshs, their_words) in zip(ours, theirs, strict=True):
            assert mine.ids.tolist() == whooshs.ids.tolist()
            assert mine.scores is not None and whooshs.scores is not None
            # bit for bit: the sums are added in Whoosh's order
            assert mine.scores.tobytes() == whooshs.scores.tobytes()
            assert my_words == their_words
            found += len(mine.ids)
    assert found  # the query matches something


@pytest.mark.parametrize("text", TYPED[:4])
def test_unscored_parts_are_whooshs(index: Any, text: str) -> None:
    searcher = index._searcher()
    for made in _queries(index, text):
        ours = _read(searcher, made, mirrored=True, scored=False)
        theirs = _read(searcher, made, mirrored=False, scored=False)
        for (mine, _w), (whooshs, _w2) in zip(ours, theirs, strict=True):
            assert mine.ids.tolist() == whooshs.ids.tolist()
            assert mine.scores is None


def test_equal_sizes_are_ordered_as_whooshs_matchers_order_them() -> None:
    """Whoosh's weighted tree sorts (size, matcher) pairs: at equal sizes matchers of
    one class compare equal and those of two classes neither less nor greater, which
    keeps their order; the stand-ins compare so."""
    null, wrapped = NullMatcher, WrappingMatcher(NullMatcher, 2.0)
    stand_null, stand_wrapped = mirror.Null(), mirror.Wrap(mirror.Null(), 2.0)
    assert (null == null, null < null) == (stand_null == mirror.Null(), stand_null < mirror.Null())
    assert (null == wrapped, null < wrapped, wrapped < null) == (
        stand_null == stand_wrapped,
        stand_null < stand_wrapped,
        stand_wrapped < stand_null,
    )
    theirs = sorted([(3, wrapped), (3, null), (1, NullMatcher), (3, wrapped)])
    ours = sorted([(3, stand_wrapped), (3, stand_null), (1, mirror.Null()), (3, stand_wrapped)])
    assert [type(m) for _w, m in theirs] == [n.kind for _w, n in ours]


def test_a_term_whose_postings_are_inlined_is_whooshs_own_matcher(index: Any) -> None:
    """A term whose postings are in its term entry (Whoosh inlines them when told to;
    the index's writer never does) is read through Whoosh's own matcher."""
    searcher = index._searcher()
    kept = kept_for(searcher)
    made = Term("body_en", "minist")
    for sub, _offset in searcher.leaf_searchers():
        segment = kept.segment(sub.reader())
        context = sub.context(needs_current=True, weighting=sub.weighting)
        builder = mirror.Builder(kept, segment, sub, context)
        assert type(builder.build(made)) in (mirror.Filter, mirror.Leaf)
        segment.located[("body_en", b"minist")] = "inlined"
        node = builder.build(made)
        assert type(node) is mirror.Real
        whooshs = _Evaluator(kept, segment, True, True).run(made.matcher(sub, context))
        mine = _Evaluator(kept, segment, True, True).node(node)
        assert len(mine.ids) and mine.ids.tolist() == whooshs.ids.tolist()
        del segment.located[("body_en", b"minist")]


def test_what_the_stand_ins_keep_never_outlives_an_import_or_a_deletion(tmp_path: Path) -> None:
    """Where each term's postings are, their sizes, the deleted articles and the
    scorers are kept with the searcher: an article imported is found by the next
    search, one deleted is gone from it, its words' counts and scores are the index's
    new ones."""
    index = SearchIndex(tmp_path / "index")
    texts = ("The budget vote in parliament.", "A budget for schools.", "Rail strike ends.")
    index.rebuild(IndexDoc(str(n), 1, "en", f"News {n}", t) for n, t in enumerate(texts))
    first = index.search('budget "rail strike"', limit=10)
    assert {m.id for m in index.search("budget", limit=10).matches} == {"0", "1"}
    assert not first.strict_total
    index.update([IndexDoc("3", 1, "en", "Budget", "The budget and the rail strike.")])
    after = index.search('budget "rail strike"', limit=10)
    assert [m.id for m in after.matches][:1] == ["3"] and after.strict_total == 1
    assert {m.id for m in index.search("budget", limit=10).matches} == {"0", "1", "3"}
    index.update([], delete=["1", "3"])
    assert {m.id for m in index.search("budget", limit=10).matches} == {"0"}
    gone = index.search('budget "rail strike"', limit=10)
    assert not gone.strict_total and "3" not in {m.id for m in gone.matches}
    index.close()


def test_the_scorers_kept_are_bounded(index: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept_module, "SCORERS_KEPT", 5)
    index.close()  # a fresh searcher, nothing kept yet
    searcher = index._searcher()
    for text in TYPED:
        for made in _queries(index, text):
            _read(searcher, made, mirrored=True)
            assert len(kept_for(searcher).scorers) <= 5
