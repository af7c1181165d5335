"""Entities of real French news, through the library as the window asks for them: the
names the noun before them types (a square, a capsule, a collective), and acronyms that
name organisations. Articles from ``../shared/corpora/fr-wikinews-keyphrase-100`` that
the held-out gold leaves out (``benchmarks/gold/README.md``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.entities.statistical import SpacyRecognizer
from tests.conftest import corpus


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, set[tuple[str, str]]]]:
    """(text, type) of every mention, per Wikinews article, as ``Library.entities`` gives
    them."""
    if not SpacyRecognizer().available:
        pytest.skip("spaCy's French model is not installed (the ner extra)")
    from reader.services import Library

    folder = corpus("fr-wikinews-keyphrase-100", "documents")
    names = ["43971.html", "44355.html", "44532.html"]
    with Library.open(tmp_path_factory.mktemp("news")) as library:
        library.import_paths([folder / name for name in names])
        found: dict[str, set[tuple[str, str]]] = {}
        for summary in library.articles():
            article = library.article(summary.id)
            name = Path(article.origin or "").name
            found[name] = {(m.text, m.label) for m in library.entities(summary.id)}
        yield found


def test_spacecraft_are_products_and_nasa_an_organisation(seen) -> None:
    spacex = seen["43971.html"]  # SpaceX's Dragon capsule launched to the ISS
    assert {("Dragon", "PRODUCT"), ("Titan III", "PRODUCT"), ("NASA", "ORG")} <= spacex
    assert ("Titan III", "PER") not in spacex
    assert ("Dragon", "LOC") not in spacex


def test_a_square_is_a_place(seen) -> None:
    morsi = seen["44355.html"]  # Morsi's supporters gathered on Tahrir square
    assert ("Tahrir", "LOC") in morsi
    assert ("Tahrir", "PER") not in morsi


def test_a_collective_is_an_organisation(seen) -> None:
    acta = seen["44532.html"]  # the European Parliament rejects ACTA
    assert ("Quadrature du Net", "ORG") in acta
    assert ("Quadrature du Net", "MISC") not in acta


def test_a_place_after_its_cue_stops_before_de() -> None:
    from reader.entities.base import Block
    from reader.entities.cues import CueRecognizer

    text = "Ils étaient place Tahrir du Caire avec le collectif la Quadrature du Net. Tahrir"
    found = CueRecognizer().recognize(text, [Block(0, len(text), "fr")], "fr")
    assert [(text[c.start : c.end], c.label.value) for c in found] == [
        ("Tahrir", "LOC"),
        ("Quadrature du Net", "ORG"),
        ("Tahrir", "LOC"),  # the same name elsewhere in the article keeps its type
    ]
