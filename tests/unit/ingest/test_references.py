"""Plain text copied out of web pages reads as the page did: its character references
("Jos&#233;", "&pound;5m") are the characters they stand for, and prose with an
ampersand stays as written."""

from __future__ import annotations

from pathlib import Path

from reader.ingest import parse_file
from tests.conftest import corpus


def test_bbc_article_names_read_with_their_accents() -> None:
    path = corpus("en-bbc-news-2225", "bbc") / "tech" / "342.txt"
    article = parse_file(path)
    assert "EC President José Manuel Barroso told" in article.text
    assert "&#" not in article.text


def test_references_in_a_text_file_become_characters(tmp_path: Path) -> None:
    path = tmp_path / "transfer.txt"
    path.write_text(
        "Mour&#105;nho&#x27;s move\n\n"
        "Jos&#233; Mourinho paid &pound;5m for Tiago &amp; co; a fan wrote br /&gt;\n"
        "Le Conseil d&#8217;&Eacute;tat a tranch&eacute;.\n",
        encoding="utf-8",
    )
    article = parse_file(path)
    assert article.title == "Mourinho's move"
    assert "José Mourinho paid £5m for Tiago & co; a fan wrote br />" in article.text
    assert "Le Conseil d’État a tranché." in article.text


def test_ampersands_of_prose_stay_as_written(tmp_path: Path) -> None:
    text = "AT&T and R&D spending &copy 2005; M&S&#1;; the &unknownname; entity; Q&A\n"
    path = tmp_path / "prose.txt"
    path.write_text("Results\n\n" + text, encoding="utf-8")
    body = parse_file(path).text
    assert "AT&T and R&D spending &copy 2005; M&S;" in body  # a control character dropped
    assert "the &unknownname; entity; Q&A" in body
