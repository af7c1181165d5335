"""The keyphrase step of suggested tags, on the bundled articles and on text as people
write it."""

from __future__ import annotations

from reader.core.model import ParsedArticle, SpanKind
from reader.core.resources import bundled_corpus
from reader.ingest.files import parse_text
from reader.services.keyphrases import extract


def _seeds() -> list[ParsedArticle]:
    return [
        parse_text(f.data.decode("utf-8"), f.name.rsplit(".", 1)[1], f.origin)
        for f in bundled_corpus()
    ]


def _seed(words: str) -> ParsedArticle:
    return next(p for p in _seeds() if words in p.title)


def _phrases(parsed: ParsedArticle, limit: int = 10) -> list[str]:
    text = parsed.text
    blocks = [
        text[s.start : s.end]
        for s in parsed.spans
        if not s.kind.is_furniture and s.kind is not SpanKind.TITLE
    ]
    return [k.text for k in extract(parsed.title, blocks, parsed.lang, limit=limit)]


def test_the_gpu_article_is_about_tencent_and_chips() -> None:
    phrases = _phrases(_seed("GPU haut de gamme"), limit=5)
    assert phrases[0] == "Tencent"
    assert "puces" in phrases and "GPU" in phrases


def test_function_words_and_reporting_verbs_never_come_out() -> None:
    for parsed in _seeds():
        phrases = {p.lower() for p in _phrases(parsed)}
        assert not phrases & {"plus", "ainsi", "ils", "déclaré", "selon", "les", "de"}


def test_a_headline_verb_and_adverb_are_no_tag() -> None:
    """A Wikinews headline: "va" and "d'ici" were offered as tags, glued to the names."""
    title = "France : Hewlett-Packard va supprimer 520 postes d'ici à 2014"
    body = (
        "Le plan de réduction d'effectifs de l'entreprise américaine Hewlett-Packard (HP) "
        "se poursuit. Environ 520 postes seront supprimés en France d'ici à 2014, a "
        "indiqué la direction."
    )
    parsed = parse_text(f"{title}\n\n{body}\n", "txt", "hp.txt")
    phrases = _phrases(parsed)
    assert "Hewlett-Packard" in phrases
    assert not [p for p in phrases if {"va", "ici"} & set(p.lower().replace("'", " ").split())]


def test_singular_and_plural_are_one_phrase_written_as_most_often() -> None:
    found = extract("Les puces", ["Une puce, des puces, encore des puces."], "fr")
    assert [k.text for k in found] == ["puces"]


def test_de_joins_two_nouns_and_names_keep_their_capitals() -> None:
    found = extract(
        "Pénurie de puces en Chine",
        ["La pénurie de puces frappe la Chine. La pénurie de puces dure."],
        "fr",
        names=[("Chine", "LOC", "China")],
    )
    texts = [k.text for k in found]
    assert "pénurie de puces" in texts
    china = next(k for k in found if k.text == "Chine")
    assert china.name and china.canonical == "China"


def test_english_and_unknown_languages() -> None:
    english = extract(
        "Chip export controls", ["The Bank of England said chip export controls bite."], "en"
    )
    assert "chip export controls" in [k.text for k in english]
    assert "Bank of England" in [k.text for k in english]
    other = extract("Tencent und Nvidia", ["Tencent kauft Chips von Nvidia."], "de")
    assert {"Tencent", "Nvidia"} <= {k.text for k in other}


def test_empty_and_odd_text() -> None:
    assert extract("", [], "fr") == []
    assert extract("«  »", ["— … !!", "’’"], None) == []


def test_english_news_gives_no_modal_verb_span_of_time_or_courtesy_title() -> None:
    """Two BBC politics stories (politics/014, 001): "would", "months" and "Mr Blair"
    (beside "Tony Blair") were suggested as tags."""
    from tests.conftest import corpus

    folder = corpus("en-bbc-news-2225", "bbc", "politics")
    for name in ("014.txt", "001.txt"):
        raw = (folder / name).read_text(encoding="utf-8")
        phrases = _phrases(parse_text(raw, "txt", name), limit=15)
        assert phrases, name
        lowered = {p.lower() for p in phrases}
        assert not lowered & {"would", "months", "month", "years", "will"}, (name, phrases)
        assert not any(p.startswith(("Mr ", "Mrs ", "Ms ")) for p in phrases), (name, phrases)
