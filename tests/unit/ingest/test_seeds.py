"""The bundled articles are parsed into the structure a reader expects."""

from __future__ import annotations

import pytest

from reader.core.model import SpanKind
from reader.ingest import parse_file
from tests.conftest import SEEDS


def parsed(name: str):
    (path,) = SEEDS.glob(f"{name}_*.txt")
    return parse_file(path)


def texts(article, kind: SpanKind) -> list[str]:
    return [article.text[s.start : s.end] for s in article.spans if s.kind is kind]


def test_headline_on_first_line_is_the_title() -> None:
    article = parsed("001")
    assert article.title == "Stratégies de Tencent et Baidu face aux défis IA"
    assert texts(article, SpanKind.TITLE) == [article.title]
    assert texts(article, SpanKind.LEAD)[0].startswith("Tencent et Baidu optimisent")


def test_one_sentence_headline_with_final_period() -> None:
    article = parsed("004")
    assert article.title.startswith("La Chine réduit son retard en IA sur les États-Unis")


def test_article_without_headline_gets_its_first_sentence() -> None:
    article = parsed("000")
    assert article.title.startswith("Alors que les tensions sino-américaines")
    assert len(article.title) <= 111
    assert texts(article, SpanKind.TITLE) == []  # nothing in the text is marked as title


def test_kicker_is_split_from_the_title() -> None:
    article = parsed("003")
    assert texts(article, SpanKind.KICKER) == ["TECH ACTUS"]
    assert article.title.startswith("Ainsi, malgré l’interdiction américaine")


@pytest.mark.parametrize(("name", "source"), [("000", "The Register"), ("003", "WCCFTech")])
def test_source_line(name: str, source: str) -> None:
    article = parsed(name)
    assert article.source == source
    assert texts(article, SpanKind.SOURCE) == [f"Source : {source}"]


def test_photo_credits_are_furniture() -> None:
    credits = texts(parsed("000"), SpanKind.CREDIT)
    assert credits == [
        "Tencent - StreetVJ / Shutterstock.com",
        "Tencent - StreetVJ / Shutterstock.com",
        "Puce Chine US - © William Potter / Shutterstock",
        "Puce Chine US - © William Potter / Shutterstock",
    ]


def test_share_and_related_articles_are_boilerplate() -> None:
    article = parsed("001")
    boilerplate = texts(article, SpanKind.BOILERPLATE)
    assert boilerplate[0] == "Partager :"
    assert boilerplate[1] == "Articles sur le même thème"
    assert any(b.startswith("JD.com renouvelle") for b in boilerplate)
    # the body before the share line is not boilerplate
    assert not any("En somme" in b for b in boilerplate)


def test_advert_and_tweet_attribution() -> None:
    article = parsed("002")
    assert texts(article, SpanKind.AD)[0].startswith("Cryptopolitan Academy")
    assert "- Evelyn Cheng (@Chengevelyn) 15 mai 2025" in texts(article, SpanKind.ATTRIBUTION)
    assert article.date == "2025-05-15"


def test_subheadings() -> None:
    assert "Autonomie stratégique face aux restrictions américaines" in texts(
        parsed("000"), SpanKind.HEADING
    )


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_every_seed_is_french_and_spans_are_exact(name: str) -> None:
    article = parsed(name)
    assert article.lang == "fr"
    for span in article.spans:
        chunk = article.text[span.start : span.end]
        assert chunk and chunk == chunk.strip()
        assert "\n" not in chunk


def test_canonical_text_is_the_file_text() -> None:
    (path,) = SEEDS.glob("002_*.txt")
    assert parse_file(path).text == path.read_text(encoding="utf-8").rstrip() + "\n"
