"""Parses kept by the index's parser: the same tree as a fresh parse, each caller its
own copy, an error raised every time."""

from __future__ import annotations

import pytest
from whoosh import query

from reader.core.errors import QuerySyntaxError
from reader.search import parses
from reader.search.query import make_parser, parse
from reader.search.schema import build_schema

TYPED = [
    "économie",
    "Huawai~",
    '"prime minister" budget',
    "l'État -croissance",
    "title:Blair OR source:bbc",
    "stock de puces",
    "econ*",
    "",
    "the",
]


@pytest.mark.parametrize("text", TYPED)
def test_a_kept_parse_is_a_fresh_one(text: str) -> None:
    schema = build_schema()
    fresh, kept = make_parser(schema), parses.keep_parses(make_parser(schema))
    first, again = parse(kept, text), parse(kept, text)
    assert first == parse(fresh, text) == again
    assert repr(again) == repr(parse(fresh, text))


def test_each_caller_gets_its_own_tree() -> None:
    kept = parses.keep_parses(make_parser(build_schema()))
    first = parse(kept, "Tencent chips")
    for leaf in first.leaves():
        leaf.text = "changed"
    assert all(leaf.text != "changed" for leaf in parse(kept, "Tencent chips").leaves())


def test_an_unknown_field_raises_each_time() -> None:
    kept = parses.keep_parses(make_parser(build_schema()))
    for _ in range(2):
        with pytest.raises(QuerySyntaxError):
            parse(kept, "colour:red")


def test_only_the_latest_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parses, "PARSES_KEPT", 2)
    parser = make_parser(build_schema())
    read: list[str] = []
    plain = parser.parse

    def counted(text: str, normalize: bool = True, debug: bool = False) -> query.Query:
        read.append(text)
        return plain(text, normalize, debug)

    parser.parse = counted
    kept = parses.keep_parses(parser)
    for text in ["a1", "b2", "a1", "c3", "a1", "b2"]:
        kept.parse(text)
    assert read == ["a1", "b2", "c3", "b2"]  # b2 was the oldest when c3 came


def test_a_copied_phrase_has_its_own_words() -> None:
    kept = parses.keep_parses(make_parser(build_schema()))
    first = parse(kept, '"stock de puces" Nvidia')
    phrases = [leaf for leaf in first.leaves() if isinstance(leaf, query.Phrase)]
    assert phrases
    for phrase in phrases:
        phrase.words.append("changed")
    again = parse(kept, '"stock de puces" Nvidia')
    assert all(
        "changed" not in leaf.words for leaf in again.leaves() if isinstance(leaf, query.Phrase)
    )
    assert again == parse(make_parser(build_schema()), '"stock de puces" Nvidia')
