"""How the keyphrase benchmark counts a match (exact, stemmed, each reference once)."""

from __future__ import annotations

import pytest

from benchmarks.keyphrases import plain, scores, stemmed


def test_exact_match_ignores_case_spaces_and_curly_apostrophes() -> None:
    assert plain("Asie de l’Est ") == plain("asie  de l'est")


def test_stemmed_match_joins_plural_and_accents_but_not_other_words() -> None:
    assert stemmed("Fortes précipitations") == stemmed("forte precipitation")
    assert stemmed("typhon saola") != stemmed("typhon")


def test_each_reference_phrase_counts_once() -> None:
    p, r, f = scores(["Chine", "chine", "typhon"], ["chine", "manille"], 5, plain)
    assert (p, r) == (pytest.approx(1 / 2), pytest.approx(1 / 2))
    assert f == pytest.approx(0.5)


def test_stemmed_finds_what_exact_misses() -> None:
    assert scores(["puce"], ["puces"], 5, plain)[2] == 0.0
    assert scores(["puce"], ["puces"], 5, stemmed)[2] == 1.0


def test_only_the_first_k_count() -> None:
    predicted = [f"w{i}" for i in range(10)] + ["chine"]
    assert scores(predicted, ["chine"], 10, plain)[2] == 0.0
