"""The bundled articles' entities shipped in resources/bundled_entities.json are what the
pipeline finds, and a first start takes them without loading the model."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from reader.entities import model_process
from reader.entities.pipeline import EntityPipeline, discover
from reader.entities.shipped import table

REGENERATE = "resources/bundled_entities.json is out of date: run packaging/bundled_entities.py"


def shipped_file() -> dict:
    entry = resources.files("reader._resources") / "bundled_entities.json"
    return json.loads(entry.read_bytes())


def seeds(library):
    return [library.article(s.id) for s in library.articles()]


def test_the_file_holds_the_installed_pipeline_and_the_one_without_the_model(library):
    full = EntityPipeline(discover())
    without_model = EntityPipeline([r for r in full.recognizers if r.name != "spacy"])
    shipped = shipped_file()["pipelines"]
    assert full.version in shipped, REGENERATE
    # the pipeline without the model (the frozen bundle's) is cheap to run: checked whole
    expected = table([without_model], seeds(library))["pipelines"][without_model.version]
    assert shipped[without_model.version] == expected, REGENERATE


def test_the_full_pipeline_finds_what_is_shipped(library):
    full = EntityPipeline(discover())
    if not any(r.name == "spacy" for r in full.recognizers):
        pytest.skip("spaCy's French model is not installed")
    expected = table([full], seeds(library))["pipelines"][full.version]
    assert shipped_file()["pipelines"][full.version] == expected, REGENERATE


def test_a_first_start_underlines_the_bundled_articles_without_the_model(
    library, monkeypatch, tmp_path
):
    asked: list[list[str]] = []

    def model(name, texts, fixed=None):
        asked.append(list(texts))
        return None  # as when the model cannot load: the other recognisers still run

    monkeypatch.setattr(model_process, "entities", model)
    assert library.recognize_pending() == 5
    assert asked == []  # the model was not needed for the bundled articles
    by_title = {a.title: a for a in seeds(library)}
    tencent = next(a for t, a in by_title.items() if "Tencent" in t)
    names = {(m.canonical, m.label) for m in library.entities(tencent.id)}
    assert ("Tencent", "ORG") in names and ("Martin Lau", "PER") in names
    assert asked == []

    # an article of the user's own is recognised as usual
    note = tmp_path / "note.txt"
    note.write_text("Huawei à Pékin\n\nLa société Huawei ouvre un centre à Pékin.\n", "utf-8")
    library.import_paths([note])
    assert library.recognize_pending() == 1
    assert asked, "the user's article went through the model"
