"""Phrases and intersections built for the array passes leave their first match for
later (reader.search.phrases): only where nothing moves them when built, and, once
settled, they step through the articles Whoosh's own matchers do."""

from __future__ import annotations

from typing import Any

import pytest
from whoosh import query

from reader.search import phrases
from reader.search.arrays import doc_ids, ranked
from reader.search.document import IndexDoc
from reader.search.index import SearchIndex
from reader.search.query import parse
from tests.conftest import corpus


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = corpus("en-bbc-news-2225", "bbc") / "politics"
    docs = []
    for n, path in enumerate(sorted(folder.glob("*.txt"))[:60]):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        docs.append(IndexDoc(f"p-{n}", 1, "en", title.strip(), body))
    made = SearchIndex(tmp_path_factory.mktemp("phrases") / "index")
    made.rebuild(docs)
    yield made
    made.close()


@pytest.mark.parametrize(
    ("text", "deferred"),
    [
        ('"prime minister"', True),
        ('"prime minister"~3 OR "general election"', True),
        ("blair brown", True),
        ('"tony blair" election', True),
        ('"prime minister" -labour', True),
        ("tax ANDMAYBE labour", True),
        ('"tony blair" ANDMAYBE labour', False),
        ("tax ANDMAYBE (labour tory)", False),
    ],
)
def test_only_phrases_and_ands_under_unions_ands_and_boosts_are_deferred(
    index: Any, text: str, deferred: bool
) -> None:
    made = parse(index._parser, text)
    assert phrases.deferrable(made) is deferred
    assert phrases.deferrable(query.Or([made.with_boost(2.0), query.Term("body_en", "tax")])) is (
        deferred
    )
    assert phrases.deferrable(query.And([made, query.Term("body_en", "tax")])) is deferred
    # an AndNot steps its first part when built: nothing below it may wait
    assert phrases.deferrable(query.AndNot(made, query.Term("body_en", "tax"))) is (
        deferred and not phrases._intersects(made)
    )
    words = [query.Term("body_en", "tax"), query.Term("body_en", "rise")]
    for sequence in (query.Sequence(words), query.Ordered(words)):  # spans inside
        assert not phrases.deferrable(query.AndNot(sequence, query.Term("body_en", "tax")))


def _steps(matcher: Any) -> list[tuple[int, float]]:
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.score()))
        matcher.next()
    return found


@pytest.mark.parametrize(
    "text",
    [
        '"prime minister"',
        '"the general election"~2',
        '"tony blair"',
        "blair brown",
        '"tony blair" election',
        '"prime minister" -labour',
        "tax (labour OR tory) -brown",
    ],
)
def test_a_settled_phrase_steps_as_whooshs_own(index: Any, text: str) -> None:
    """Built under ``deferring``, a phrase or an intersection has not looked for its
    first match; settled, it gives Whoosh's matches and scores, and the array passes
    rank as Whoosh does."""
    assert phrases.installed()
    searcher = index._searcher()
    made = parse(index._parser, text)
    sub, _offset = searcher.leaf_searchers()[0]
    context = sub.context(needs_current=True, weighting=sub.weighting)
    whooshs = _steps(made.matcher(sub, context))
    assert whooshs
    with phrases.deferring(made):
        lazy = made.matcher(sub, context)
    assert _unsettled(lazy)
    phrases.settle(lazy)
    assert not _unsettled(lazy)
    assert _steps(lazy) == whooshs
    theirs = [(h.score, h.docnum) for h in searcher.search(made, limit=30)]
    assert [(h.score, h.docnum) for h in ranked(searcher, made, 30)] == theirs
    assert doc_ids(searcher, made).tolist() == list(searcher.docs_for_query(made))


def _unsettled(matcher: Any) -> bool:
    return bool(getattr(matcher, "_liseuse_unsettled", False)) or any(
        _unsettled(child) for child in matcher.children()
    )


def test_outside_deferring_phrases_are_built_as_whoosh_builds_them(index: Any) -> None:
    searcher = index._searcher()
    made = parse(index._parser, '"prime minister"')
    sub, _offset = searcher.leaf_searchers()[0]
    assert not _unsettled(made.matcher(sub, sub.context(needs_current=True)))
