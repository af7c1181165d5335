"""HTML, Markdown and odd encodings import as clean articles; bad files fail clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.errors import ImportFailed
from reader.core.model import SpanKind
from reader.ingest import discover, parse_file
from reader.ingest.dates import find_date
from tests.conftest import corpus


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_wikinews_html_has_real_titles_and_dates() -> None:
    folder = corpus("fr-wikinews-keyphrase-100", "documents")
    files = sorted(folder.glob("*.html"))
    assert len(files) == 100
    for path in files:
        article = parse_file(path)
        h1 = re.search(r"<h1>(.*?)</h1>", path.read_text(encoding="utf-8"), re.S)
        assert h1 is not None
        assert article.title == " ".join(h1.group(1).split())
        assert article.lang == "fr"
        assert "<" not in article.text
    dragon = parse_file(folder / "43971.html")
    assert dragon.date == "2012-05-22"
    lead = [dragon.text[s.start : s.end] for s in dragon.spans if s.kind is SpanKind.LEAD]
    assert lead[0].startswith("La fusée Falcon 9")


def test_html_scripts_styles_and_frames_are_dropped(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "page.html",
        """<html><head><title>Titre de la page</title><style>p{color:red}</style>
        <script>alert('x')</script></head><body>
        <nav><ul><li>Accueil<li>Contact</ul></nav>
        <p onclick="steal()">Premier <b>paragraphe</b> avec
        <a href="javascript:x()">un lien</a>.</p>
        <iframe src="http://example.invalid/ad"><p>caché</p></iframe>
        <img src="http://example.invalid/pixel.png">
        <p>Deuxième paragraphe&nbsp;: du texte &amp; des entités.</p>
        </body></html>""",
    )
    article = parse_file(page)
    assert article.title == "Titre de la page"
    assert "Premier paragraphe avec un lien." in article.text
    assert "Deuxième paragraphe\u00a0: du texte & des entités." in article.text
    for hidden in ("alert", "color:red", "caché", "Accueil", "steal"):
        assert hidden not in article.text


def test_unclosed_tags_do_not_swallow_the_rest(tmp_path: Path) -> None:
    page = write(tmp_path, "p.html", "<h1>T</h1><nav><li>a<li>b</nav><p>après le menu</p>")
    assert "après le menu" in parse_file(page).text


def test_markdown_renders_to_prose(tmp_path: Path) -> None:
    md = write(
        tmp_path,
        "note.md",
        "# Un titre\n\nUn paragraphe *important*\nsur deux lignes.\n\n"
        "## Partie\n\n> Une citation.\n",
    )
    article = parse_file(md)
    assert article.title == "Un titre"
    assert "Un paragraphe important sur deux lignes." in article.text
    assert "*" not in article.text and "#" not in article.text
    kinds = [s.kind for s in article.spans]
    assert SpanKind.TITLE in kinds and SpanKind.QUOTE in kinds


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Prix : 5 €, déjà payé.\r\nSuite".encode("cp1252"), "Prix : 5 €, déjà payé.\nSuite"),
        ("\ufeffÉté à Pékin\nSuite".encode(), "Été à Pékin\nSuite"),
        ("Été à Pékin\nSuite".encode("utf-16"), "Été à Pékin\nSuite"),
        ("Cafe\u0301 cre\u0300me\nSuite".encode(), "Café crème\nSuite"),  # NFC
    ],
)
def test_encodings_and_line_ends(tmp_path: Path, data: bytes, expected: str) -> None:
    assert parse_file(write(tmp_path, "a.txt", data)).text == expected + "\n"


def test_bbc_file_with_a_latin1_pound_sign() -> None:
    path = corpus("en-bbc-news-2225", "bbc", "sport", "199.txt")
    article = parse_file(path)
    assert "£" in article.text
    assert article.lang == "en"


def test_a_headline_naming_a_doctor_is_the_title_not_a_photo_credit() -> None:
    """*DR* (droits réservés) credits a photo; "Dr Reddy" in a BBC headline does not."""
    article = parse_file(corpus("en-bbc-news-2225", "bbc", "business", "095.txt"))
    assert article.title == "Profits slide at India's Dr Reddy"
    assert not [s for s in article.spans if s.kind is SpanKind.CREDIT]
    lead = next(s for s in article.spans if s.kind is SpanKind.LEAD)
    assert article.text[lead.start : lead.end].startswith("Profits at Indian drugmaker Dr Reddy")


@pytest.mark.parametrize(
    "line",
    ["© DR", "Photo : DR", "Jean Dupont / AFP", "Mohamed Morsi (EPA)", "AP Photo/Evan Vucci"],
)
def test_credit_lines_in_capitals_are_still_credits(tmp_path: Path, line: str) -> None:
    path = tmp_path / "credit.txt"
    path.write_text(
        f"Un titre assez long pour un article\n\n{line}\n\nLe premier paragraphe de "
        "l'article dit ce qui s'est passé hier à Paris.\n",
        encoding="utf-8",
    )
    article = parse_file(path)
    credits = [article.text[s.start : s.end] for s in article.spans if s.kind is SpanKind.CREDIT]
    assert credits == [line]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "^empty file$"),
        ("blank.txt", b"  \n\n ", "^empty file$"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "^not text: looks like a PNG image$"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "^not text: looks like a PDF doc"),
        ("letter.html", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a Word, OpenDocument"),
        ("nul.txt", b"Un texte\x00\x00\x01\x02 puis des octets nuls", "^not text: .* NUL bytes"),
        ("controls.md", bytes(range(1, 32)) * 40, "^not text: .* control characters"),
        ("bad-bom.txt", b"\xff\xfeA\x00\x00\xd8Z\x00", "^not text: starts as UTF-16 text"),
        ("tags-only.html", b"<html><script>x()</script><img src=a.png></html>", "^no text"),
        ("doc.pdf", b"%PDF-1.4", "unsupported"),
    ],
)
def test_bad_files_fail_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailed, match=reason):
        parse_file(write(tmp_path, name, data))


def test_a_50_mb_file_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    line = "Une ligne de texte ordinaire, répétée jusqu'à faire cinquante mégaoctets.\n"
    with path.open("w", encoding="utf-8") as out:
        for _ in range(50 * 1024 * 1024 // len(line.encode())):
            out.write(line)
    too_long = r"^too long for an article: 49,\d{3},\d{3} characters of text \(at most 1,000,000"
    with pytest.raises(ImportFailed, match=too_long):
        parse_file(path)
    with path.open("ab") as out:  # past the byte limit nothing is even read
        out.truncate(65 * 1024 * 1024)
    with pytest.raises(ImportFailed, match=r"^file is larger than 64 MB \(65 MB\)"):
        parse_file(path)


def test_discover_walks_folders_and_skips_hidden(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "x")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.html", "x")
    write(tmp_path / "sub", "c.jpg", "x")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "d.txt", "x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.txt", "sub/b.html"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("22 mai 2012. - Prévu", "2012-05-22"),
        ("le 1er août 2024 à Paris", "2024-08-01"),
        ("Published January 5, 2005 by", "2005-01-05"),
        ("on 17 February 2025", "2025-02-17"),
        ("le 17 février, sans année", None),
        ("le 31 février 2025", None),
        ("Sales in 2004 rose; on 3 March 2005 the firm said", "2005-03-03"),
        ("Mis à jour 2025-05-15. Publié le 14 mai 2025", "2025-05-15"),
        ("le 14 mai 2025 puis, en 2026, le 2025-05-15", "2025-05-14"),
        ("on 12 May 20051 and in 1999", None),
        ("le 3 juin\t\t 2024", "2024-06-03"),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert find_date(text) == iso
