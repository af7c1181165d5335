"""Any string typed in the search box runs or gets a readable hint: never a crash, never
Whoosh's internals (``list index out of range``), and the snippets shown for it stay
escaped text with only the hit marks as markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import QuerySyntaxError
from reader.search.query import check
from reader.services import Library

# The first words of every message a query can get (see reader.search.query.check).
READABLE = re.compile(
    r'^(a quotation mark is not closed|a "\(" is not closed|a "\)" has no "\("|'
    r"(AND|OR|ANDNOT|ANDMAYBE) needs a word on each side|NOT needs a word after it|"
    r'"[-+]" goes right before a word|\w+: needs a word right after it|'
    r"at most 2 typos are looked for|the query is long|unknown field \S+: — use one of|"
    r"\S+ starts with a wildcard: only the \d+ most common words|"
    r"\S+ only leaves articles out: add a word|"
    r"this query cannot be understood: check its quotation marks)"
)
TYPED = st.lists(
    st.sampled_from(
        [
            '"',
            "(",
            ")",
            "AND",
            "OR",
            "NOT",
            "ANDNOT",
            " ",
            " ",
            "-",
            "+",
            "~",
            "~2",
            "~9",
            "/3",
            "*",
            "?",
            "^",
            "^2",
            "[",
            "]",
            "{",
            "}",
            " TO ",
            "title:",
            "tag:",
            "source:",
            "auteur:",
            ":",
            "\\",
            "'",
            "<",
            "&",
            "huawei",
            "Tencent",
            "puces",
            "l’IA",
            "le",
            "é",
            "中国",
            "\U0001f600",
            "e\u0301",
            "\x00",
            "\t",
            "\u3000",
            "12:30",
        ]
    ),
    max_size=14,
).map("".join)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    library = Library.open(Path(tmp_path_factory.mktemp("library")))
    library.seed_if_empty()
    yield library
    library.close()


@settings(max_examples=250, deadline=None)
@given(st.one_of(TYPED, st.text(max_size=60)))
def test_any_query_runs_or_gets_a_readable_hint(seeded: Library, query: str) -> None:
    try:
        results = seeded.search(query, limit=5)
    except QuerySyntaxError as exc:
        assert READABLE.match(str(exc)), str(exc)
        return
    assert not results.hint or READABLE.match(results.hint), results.hint
    for hit in results.hits:
        assert "<" not in re.sub(r"</?mark>", "", hit.snippet), hit.snippet
    if results.hits:
        text = seeded.article(results.hits[0].id).text
        for start, end in seeded.hit_offsets(results.hits[0].id, query):
            assert 0 <= start < end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_hints_are_found_for_any_text(query: str) -> None:
    hint = check(query)
    assert not hint or READABLE.match(hint), hint
