"""Entities of real English news, through the library as the window asks for them: the
people and organisations a reader of the article expects, with the statistical English
model. Two BBC articles from ``../shared/corpora/en-bbc-news-2225`` that the held-out
English gold leaves out (``benchmarks/gold/README.md``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.entities.statistical import SpacyRecognizer
from tests.conftest import corpus


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, set[tuple[str, str]]]]:
    """(text, type) of every mention, per BBC article, as ``Library.entities`` gives them."""
    if not SpacyRecognizer().available_for("en"):
        pytest.skip("the English model is not installed (see the README's Named entities)")
    from reader.services import Library

    folder = corpus("en-bbc-news-2225", "bbc")
    files = [folder / "politics" / "002.txt", folder / "business" / "005.txt"]
    with Library.open(tmp_path_factory.mktemp("news-en")) as library:
        library.import_paths(files)
        found: dict[str, set[tuple[str, str]]] = {}
        for summary in library.articles():
            article = library.article(summary.id)
            origin = Path(article.origin or "")
            found[f"{origin.parent.name}/{origin.name}"] = {
                (m.text, m.label) for m in library.entities(summary.id)
            }
        yield found


def test_the_people_of_a_political_story(seen) -> None:
    story = seen["politics/002.txt"]  # the information commissioner and deleted e-mails
    people = {"Richard Thomas", "Michael Howard", "Tony Blair", "Alan Beith"}
    assert {(name, "PER") for name in people} <= story
    assert ("Cabinet Office", "ORG") in story
    assert not {(name, label) for name, label in story if name in people and label != "PER"}


def test_the_companies_of_a_business_story(seen) -> None:
    story = seen["business/005.txt"]  # Pernod Ricard and a bid for Allied Domecq
    firms = {"Allied Domecq", "Seagram", "LVMH", "Wall Street Journal", "Financial Times"}
    assert {(name, "ORG") for name in firms} <= story
    assert {("Paris", "LOC"), ("London", "LOC")} <= story
    assert not {(name, label) for name, label in story if name in firms and label != "ORG"}


def test_every_company_of_the_business_story_is_an_organisation(seen) -> None:
    # both models take Diageo for a person: the English organisations list knows better
    story = seen["business/005.txt"]
    assert {("Pernod Ricard", "ORG"), ("Diageo", "ORG")} <= story
