"""Exports of any note, quote, tag and title: the HTML page and the Markdown (as Obsidian
renders it) show the text as text and never gain a script, a handler, a frame or a
remote resource; CSV cells never start a formula; file names work on Windows and Linux."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.core.model import Annotation, Article, Span, SpanKind
from reader.core.text import canonicalize
from reader.export.base import ExportArticle, ExportDocument, ExportOptions, safe_filename
from reader.export.html import HtmlExporter
from reader.export.markdown import MarkdownExporter
from reader.export.tabular import CsvExporter
from reader.services.exports import write_export

SOME = settings(max_examples=100, deadline=None)
# Pieces of markup and of the syntaxes the exports must neutralise, mixed with text.
HOSTILE = st.sampled_from(
    [
        "</blockquote><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        "![pixel](http://127.0.0.1:9/pixel.png)",
        "<iframe src=//127.0.0.1:9>",
        "<style>@import url(//127.0.0.1:9)</style>",
        "&amp;",
        "&copy;",
        "&#x3C;script&#x3E;",
        "<!--",
        "-->",
        "<![CDATA[",
        "---",
        "***",
        "===",
        "# ",
        "> ",
        "- ",
        "1. ",
        "    ",
        "```",
        "`",
        "*",
        "_",
        "[[",
        "]]",
        "==",
        "%%",
        "$$",
        "^anno-1",
        "#tag",
        "|",
        "\\",
        '=HYPERLINK("x")',
        "+1",
        "-1",
        "@SUM(A1)",
        "\t",
        "\r",
        "\n",
        "\n\n",
        '"',
        "'",
        ",",
        ";",
        "é",
        "\u202e",
        "\ufeff",
        "\x85",
        "\x9b",
        "\u2028",
        "\U0001f600",
        "texte",
        " ",
        "CON",
        "nul.",
        "..",
        "/",
        ":",
    ]
)
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=8)), max_size=10).map("".join)
LINE = TEXT.map(lambda text: " ".join(text.split()))  # titles are one line
# An article's text is canonical: no control characters but line breaks and tabs.
CANONICAL = TEXT.map(lambda text: re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", canonicalize(text)))
SAFE_TAGS = {
    "p",
    "blockquote",
    "em",
    "strong",
    "code",
    "pre",
    "a",
    "ul",
    "ol",
    "li",
    "hr",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "mark",
    "div",
    "span",
    "footer",
    "img",
}


BREAKS = {"br", "p", "blockquote", "div", "li", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"
        if tag in BREAKS:
            self.data.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag in BREAKS:
            self.data.append(" ")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        else:
            self.data.append(data)

    def text(self) -> str:
        return " ".join("".join(self.data).split())


def elements(markup: str) -> _Elements:
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    return parser


def assert_inert(page: _Elements, allowed: set[str], images: bool) -> None:
    """Only the elements the format makes; no handler, no script URL, nothing fetched."""
    for tag, attrs in page.tags:
        assert tag in allowed, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert "url(" not in (value or "") or name != "style", (tag, value)
            if name in ("href", "src"):
                scheme = (value or "").split(":", 1)[0].lower().strip()
                assert scheme not in ("javascript", "vbscript", "data", "file"), value
        if not images:
            assert "src" not in attrs and "srcset" not in attrs, (tag, attrs)


@st.composite
def documents(draw: st.DrawFn) -> ExportDocument:
    title = draw(CANONICAL.map(lambda text: " ".join(text.split())).filter(bool))
    body = draw(CANONICAL.filter(lambda text: len(text.strip()) > 1))
    text = f"{title}\n\n{body.strip()}\n"
    article = Article(
        "0123456789abcdef",
        title,
        draw(LINE) or None,
        "fr",
        None,
        "x",
        1,
        text,
        "hash",
        (
            Span(0, len(title), SpanKind.TITLE),
            Span(len(title) + 2, len(text) - 1, SpanKind.PARAGRAPH),
        ),
    )
    annotations = []
    for n in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(text) - 2))
        end = draw(st.integers(start + 1, len(text) - 1))
        annotations.append(
            Annotation(
                f"a{n}-{'x' * 8}",
                article.id,
                start,
                end,
                text[start:end],
                "",
                "",
                color=draw(st.sampled_from(["yellow", "green", 'nope"><script>'])),
                note=draw(TEXT),
                tags=tuple(draw(st.lists(LINE.filter(str.strip), max_size=2))),
                created="2026-01-02T03:04:05",
            )
        )
    meanings = {"green": draw(TEXT)}
    options = ExportOptions(full_text=draw(st.booleans()))
    return ExportDocument(
        "Notes", (ExportArticle(article, tuple(annotations)),), meanings, options=options
    )


@SOME
@given(documents())
def test_html_export_shows_any_text_as_text_and_fetches_nothing(document: ExportDocument) -> None:
    page = elements(HtmlExporter().render(document).decode("utf-8"))
    head = {"html", "head", "meta", "title", "style", "body"}
    assert_inert(page, (SAFE_TAGS - {"img"}) | head, images=False)
    assert [tag for tag, _ in page.tags].count("style") == 1  # the page's own
    item = document.articles[0]
    assert page.title == item.article.title
    for annotation in item.annotations:
        assert " ".join(annotation.exact.split()) in page.text()


MARKDOWN_TAGS = {
    "p",
    "blockquote",
    "em",
    "strong",
    "code",
    "pre",
    "a",
    "ul",
    "ol",
    "li",
    "hr",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "img",
}


@SOME
@given(documents())
def test_markdown_export_stays_markdown_and_quotes_stay_text(document: ExportDocument) -> None:
    text = MarkdownExporter().render(document).decode("utf-8")
    head = text[4 : text.index("\n---\n", 4)]
    item = document.articles[0]
    assert yaml.safe_load(head)["title"] == item.article.title
    # Obsidian renders raw HTML: the CommonMark preset does too
    page = elements(MarkdownIt("commonmark").render(text[text.index("\n---\n", 4) + 5 :]))
    assert_inert(page, MARKDOWN_TAGS, images=True)
    assert item.article.title in page.text()
    for annotation in item.annotations:
        assert " ".join(annotation.exact.split()) in page.text()


@SOME
@given(documents())
def test_csv_cells_never_start_a_formula(document: ExportDocument) -> None:
    data = CsvExporter().render(document).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert len(rows) == 1 + document.total and all(len(row) == 9 for row in rows)
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    notes = sorted(row[4].removeprefix("'") for row in rows[1:])
    assert notes == sorted(a.note.removeprefix("'") for a in document.articles[0].annotations)


WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.I)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(TEXT, st.text()))
def test_file_names_from_any_title_are_safe_everywhere(tmp_path: Path, title: str) -> None:
    name = safe_filename(title, "md")
    stem = name.removesuffix(".md")
    assert stem and stem == stem.strip(" .") and not stem.startswith(".")
    assert not re.search(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]', stem), name
    assert not any(c in stem for c in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff")
    assert not WINDOWS_RESERVED.match(stem.split(".")[0].strip()), name
    assert len(name.encode("utf-8")) <= 255 and len(name.encode("utf-16-le")) // 2 <= 255
    (tmp_path / name).write_text("x", "utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [name]
    (tmp_path / name).unlink()


def test_split_export_writes_a_file_for_every_title(tmp_path: Path) -> None:
    titles = ["CON", "con", "NUL.txt", "a/b", "..", "\u202egnp.exe", "😀" * 200, "Été"]
    items = []
    for n, title in enumerate(titles):
        article = Article(f"{n:016x}", title, None, "fr", None, "x", 1, "texte\n", "h", ())
        items.append(
            ExportArticle(article, (Annotation(f"a{n}", article.id, 0, 5, "texte", "", ""),))
        )
    document = ExportDocument("Notes", tuple(items), options=ExportOptions(split=True))
    written = write_export("md", document, tmp_path / "vault")
    assert len({p.name.casefold() for p in written}) == len(titles)
    assert sorted(p.name for p in (tmp_path / "vault").iterdir()) == sorted(p.name for p in written)
