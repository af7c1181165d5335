"""Words translated by Apertium pipelines kept running: what cross-language search asks."""

from __future__ import annotations

import shutil

import pytest

from reader.translate.apertium_words import ApertiumWords, flushing_command

MODE = (
    "lt-proc '/x/eng-spa.automorf.bin' | apertium-tagger -g $2 '/x/eng-spa.prob' | "
    "apertium-pretransfer | lt-proc $1 '/x/eng-spa.autogen.bin'"
)


def test_every_program_of_a_mode_flushes_on_a_nul() -> None:
    command = flushing_command(MODE)
    assert command is not None
    steps = [step.split() for step in command.split(" | ")]
    assert [s[:2] for s in steps] == [
        ["lt-proc", "-z"],
        ["apertium-tagger", "-z"],
        ["apertium-pretransfer", "-z"],
        ["lt-proc", "-z"],
    ]
    assert "-g" in steps[1] and "-g" in steps[3]  # $1 and $2 as the apertium script sets them


def test_a_mode_with_a_program_not_known_to_flush_is_not_kept_running() -> None:
    assert flushing_command(MODE + " | some-filter --x") is None


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")
def test_words_and_expressions_both_ways_through_the_pivot() -> None:
    words = ApertiumWords()
    try:
        found = words.translate(["unemployment", "death penalty", "Tencent", "chip"], "en", "fr")
        assert found["unemployment"].lower() == "chômage"
        assert found["death penalty"].lower() == "peine de mort"
        assert "Tencent" not in found  # unknown to Apertium: no guess
        back = words.translate(["chômage", "tremblement de terre"], "fr", "en")
        assert back == {"chômage": "Unemployment", "tremblement de terre": "Earthquake"}
        # a second ask goes to the same pipelines, and order is kept
        again = words.translate(["chip", "unemployment"], "en", "fr")
        assert [again["chip"].lower(), again["unemployment"].lower()] == ["puce", "chômage"]
    finally:
        words.close()
