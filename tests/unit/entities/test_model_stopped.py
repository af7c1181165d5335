"""When the app ends while a text waits for the language model, the recognition stops:
nothing is saved with the other recognisers' names alone, and nothing is logged as a
recogniser's failure (the traceback a closing window printed)."""

from __future__ import annotations

import logging

import pytest

from reader.entities import model_process
from reader.entities.base import Candidate, Label
from reader.entities.pipeline import EntityPipeline


class StoppedPool:
    def submit(self, *args, **kwargs):
        raise RuntimeError("cannot schedule new futures after interpreter shutdown")


def test_a_stopped_model_process_stops_the_recognition(monkeypatch) -> None:
    monkeypatch.setitem(model_process._pools, 7, StoppedPool())
    with pytest.raises(model_process.ModelStopped):
        model_process.entities("fr_core_news_md", ["La Chine."], process=7)


class WaitingForTheModel:
    name = "spacy"
    version = "1"
    priority = 1
    lang = None

    def recognize(self, text, blocks, lang):
        raise model_process.ModelStopped("cannot schedule new futures after shutdown")


class Gazetteer:
    name = "gazetteer"
    version = "1"
    priority = 2
    lang = None

    def recognize(self, text, blocks, lang):
        return [Candidate(0, 7, Label.ORG, self.name, "Tencent")]


def test_the_pipeline_does_not_save_the_other_names_alone(caplog) -> None:
    pipeline = EntityPipeline([Gazetteer(), WaitingForTheModel()])
    with caplog.at_level(logging.ERROR), pytest.raises(model_process.ModelStopped):
        pipeline.recognize_text("Tencent investit.", [], "fr")
    assert "failed on a text" not in caplog.text
