"""What cross-language search asks of Apertium's programs as the user types: each word
once a session (its translation, its readings and its dictionary senses are kept), and
a line with a word the route's analyser does not know is never sent down the route's
pipelines, whose answer would be that the word is unknown."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from reader.translate.apertium_words import ApertiumWords, _Pipeline
from reader.translate.lemmas import Lemmatizer
from reader.translate.pivot import PivotLexicon, dictionary_paths

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None
    or shutil.which("lt-proc") is None
    or ("fr", "es") not in dictionary_paths(),
    reason="Apertium (the README's apertium packages) is missing",
)

# English and French words, names and expressions, known and unknown to each side
WORDS = [
    "unemployment",
    "chômage",
    "closure",
    "police urge",
    "pub closure",
    "dvds",
    "Dvds",
    "macedonians",
    "Macedonians",
    "tremblement de terre",
    "death penalty",
    "prix du pétrole",
    "jeux vidéo",
    "putting",
    "Tencent",
    "zzxqvw",
    "économie britannique",
    "broadband packages",
]


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.kill()
    process.wait()


def test_a_word_no_analyser_knows_starts_no_pipeline() -> None:
    words = ApertiumWords()
    try:
        assert words.translate(["zzxqvw", "qqxyzzy"], "fr", "en") == {}
        assert not [p for p in words._pipelines.values() if p is not None]
        assert words.translate(["chômage"], "fr", "en") == {"chômage": "Unemployment"}
    finally:
        words.close()


def test_leaving_out_what_the_analyser_does_not_know_changes_no_translation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked, everything = ApertiumWords(), ApertiumWords()
    monkeypatch.setattr(everything, "_unknown", lambda lines, mode: set())
    try:
        for source, target in (("fr", "en"), ("en", "fr")):
            found = checked.translate(WORDS, source, target)
            assert found == everything.translate(WORDS, source, target)
            assert found  # some are known each way
    finally:
        checked.close()
        everything.close()


def test_a_word_translated_once_is_not_asked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ApertiumWords()
    try:
        first = words.translate(["chômage", "tremblement de terre"], "fr", "en")

        def ended(self: _Pipeline, lines: list[str]) -> list[str]:
            raise OSError("the Apertium pipeline ended")

        monkeypatch.setattr(_Pipeline, "ask", ended)  # the route would answer nothing now
        again = words.translate(["tremblement de terre", "chômage"], "fr", "en")
        assert again == first == {"chômage": "Unemployment", "tremblement de terre": "Earthquake"}
    finally:
        words.close()


def test_a_word_read_once_is_not_read_again() -> None:
    lemmatizer = Lemmatizer()
    try:
        first = lemmatizer.readings(["victimes", "députés", "zzxqvw"], "fr")
        assert set(first) == {"victimes", "députés"}
        _stop(lemmatizer._processes["fr"])
        assert lemmatizer.readings(["députés", "zzxqvw"], "fr") == {"députés": first["députés"]}
        assert lemmatizer.lemmas(["victimes"], "fr") == {"victimes": ("victime",)}
    finally:
        lemmatizer.close()


def test_senses_through_the_pivots_are_read_once() -> None:
    pivot, lemmatizer = PivotLexicon(), Lemmatizer()
    try:
        readings = lemmatizer.readings(["victimes", "députés"], "fr")
        first = pivot.senses(readings, "fr", "en")
        assert "casualty" in first["victimes"] and "deputy" in first["députés"]
        for process in pivot._processes.values():
            if process is not None:
                _stop(process)
        assert pivot.senses(readings, "fr", "en") == first
    finally:
        pivot.close()
        lemmatizer.close()
