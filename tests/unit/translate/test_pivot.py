"""Word senses through a third language, from the installed Apertium pairs' bilingual
dictionaries (French → Spanish / Catalan / Esperanto → English, and back)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from reader.translate.lemmas import Lemmatizer
from reader.translate.pivot import PivotLexicon, dictionary_paths

pytestmark = pytest.mark.skipif(
    shutil.which("lt-proc") is None or ("fr", "es") not in dictionary_paths(),
    reason="Apertium's French–Spanish pair is not installed",
)


@pytest.fixture(scope="module")
def tools() -> Iterator[tuple[PivotLexicon, Lemmatizer]]:
    pivot, lemmatizer = PivotLexicon(), Lemmatizer()
    yield pivot, lemmatizer
    pivot.close()
    lemmatizer.close()


def senses(
    tools: tuple[PivotLexicon, Lemmatizer],
    words: list[str],
    source: str,
    target: str,
    agreed: int = 1,
) -> dict[str, tuple[str, ...]]:
    pivot, lemmatizer = tools
    return pivot.senses(lemmatizer.readings(words, source), source, target, agreed)


def test_the_pivots_between_french_and_english(tools: tuple[PivotLexicon, Lemmatizer]) -> None:
    pivot, _ = tools
    assert {"es", "ca"} <= set(pivot.routes("fr", "en"))
    assert {"es", "ca"} <= set(pivot.routes("en", "fr"))
    assert pivot.routes("fr", "xx") == []


def test_an_inflected_word_gets_every_sense_the_dictionaries_hold(
    tools: tuple[PivotLexicon, Lemmatizer],
) -> None:
    found = senses(tools, ["victimes", "députés", "Tencent"], "fr", "en")
    assert found["victimes"][0] == "victim"  # every pivot gives it: first
    assert "casualty" in found["victimes"]  # through Catalan only
    assert "deputy" in found["députés"]
    assert "Tencent" not in found  # a name no dictionary holds


def test_english_to_french(tools: tuple[PivotLexicon, Lemmatizer]) -> None:
    found = senses(tools, ["killed", "earthquake"], "en", "fr")
    assert "tuer" in found["killed"]
    assert "tremblement de terre" in found["earthquake"]


def test_senses_one_pivot_alone_gives_can_be_left_out(
    tools: tuple[PivotLexicon, Lemmatizer],
) -> None:
    found = senses(tools, ["victimes"], "fr", "en", agreed=2)
    assert "victim" in found["victimes"] and "casualty" not in found["victimes"]


def test_a_query_word_gets_the_pivots_senses_after_the_direct_ones() -> None:
    from reader.services.expansion import QueryExpander

    expander = QueryExpander()
    try:
        found = expander.alternatives("victimes", ["fr", "en"])["victimes"]
        assert "casualty" in found and found.index("casualty") > found.index("victim")
        # a name no direct source knows gets nothing through the pivots either
        assert "Tencent" not in expander.alternatives("Tencent", ["fr", "en"])
    finally:
        expander.close()
