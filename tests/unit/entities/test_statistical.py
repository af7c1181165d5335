"""spaCy's recogniser runs its model in a process of its own, so loading and running it
never holds the window process's interpreter; without a process it runs in place."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reader.entities import model_process
from reader.entities.base import Block
from reader.entities.statistical import SpacyRecognizer

TEXT = "Jean Dupont a rencontré Marie Curie à Lyon la semaine dernière."
CHILD = f"""
import json, sys
from reader.entities.base import Block
from reader.entities.statistical import SpacyRecognizer
found = SpacyRecognizer().recognize({TEXT!r}, [Block(0, {len(TEXT)}, "fr")], "fr")
print(json.dumps({{
    "found": [[{TEXT!r}[c.start:c.end], c.label.value] for c in found],
    "spacy_here": "spacy" in sys.modules,
}}))
"""


@pytest.fixture(autouse=True)
def needs_the_model() -> None:
    if not SpacyRecognizer().available_for("fr"):
        pytest.skip("spaCy's French model is not installed (the ner extra)")


def test_the_model_runs_outside_the_calling_process() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, check=True
    )
    result = json.loads(done.stdout)
    assert ["Marie Curie", "PER"] in result["found"]
    assert ["Lyon", "LOC"] in result["found"]
    assert result["spacy_here"] is False  # imported and run in the model's process only


def test_without_a_process_the_model_runs_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_processes(*_: object, **__: object) -> None:
        raise OSError("no more processes")

    model_process.shutdown()
    monkeypatch.setattr(model_process, "ProcessPoolExecutor", no_processes)
    found = SpacyRecognizer().recognize(TEXT, [Block(0, len(TEXT), "fr")], "fr")
    assert ("Lyon", "LOC") in {(TEXT[c.start : c.end], c.label.value) for c in found}


def test_the_model_runs_only_what_its_ner_needs() -> None:
    nlp = model_process._model(SpacyRecognizer().models["fr"])
    assert nlp.pipe_names == ["ner"]  # the shared tok2vec fed only excluded components


def test_english_names_come_without_titles_possessives_or_dates() -> None:
    if not SpacyRecognizer().available_for("en"):
        pytest.skip("spaCy's small English model is not installed (see the README)")
    text = (
        "Mr Thomas said Manchester United's manager met the Financial Services Authority "
        "in London on Monday."
    )
    found = SpacyRecognizer().recognize(text, [Block(0, len(text), "en")], "en")
    assert [(text[c.start : c.end], c.label.value) for c in found] == [
        ("Thomas", "PER"),
        ("Manchester United", "ORG"),
        ("Financial Services Authority", "ORG"),
        ("London", "LOC"),
    ]
