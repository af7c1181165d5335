"""Whatever bytes a user imports, the importer gives a clean article or one readable
reason: random bytes, text in the encodings people's files come in, mixed line ends, tag
soup, and hostile HTML whose scripts, frames and handlers must vanish while every word
meant for the reader stays."""

from __future__ import annotations

import codecs
import re
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import ImportFailed
from reader.core.model import ParsedArticle
from reader.core.text import canonicalize
from reader.ingest import parse_file
from reader.ingest.files import parse_text

FAST = settings(max_examples=150, deadline=None)
# What an import may say about a file it refuses: each reason a person can act on.
REASONS = re.compile(
    r"^(empty file|no text in this file|not text: (looks like|starts as) .+|"
    r"too long for an article: .+|file is larger than .+)$"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SCRATCH = Path(tempfile.mkdtemp(prefix="liseuse-properties-"))


def import_bytes(data: bytes, suffix: str) -> ParsedArticle:
    path = SCRATCH / f"article{suffix}"
    path.write_bytes(data)
    return parse_file(path)


def assert_clean(article: ParsedArticle) -> None:
    """The canonical text: NFC, ``\\n`` line ends, no control characters, every span a
    non-blank piece of it, a title."""
    text = article.text
    text.encode("utf-8")  # no lone surrogates
    assert text.endswith("\n") and unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and not _CONTROL.search(text)
    assert article.title.strip()
    for span in article.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip()


def import_or_reason(data: bytes, suffix: str) -> ParsedArticle | None:
    try:
        article = import_bytes(data, suffix)
    except ImportFailed as exc:
        assert REASONS.match(str(exc)), str(exc)
        return None
    assert_clean(article)
    return article


SUFFIXES = st.sampled_from([".txt", ".md", ".html"])
SIGNATURES = st.sampled_from([b"", b"%PDF-1.5\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\xff\xfe"])


@FAST
@given(st.tuples(SIGNATURES, st.binary(max_size=3000)).map(b"".join), SUFFIXES)
def test_random_bytes_import_cleanly_or_fail_with_a_reason(data: bytes, suffix: str) -> None:
    import_or_reason(data, suffix)


# -- text in the encodings and line ends of real files ----------------------------------------

PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))
# cp1252 text is told from UTF-8 by its accented letters (bytes C0–FF): the ones French uses
LATIN = st.sampled_from(
    [chr(c) for c in range(0x20, 0x7F)] + list("àâäçéèêëîïôöùûüÿÀÂÇÉÈÊËÎÏÔÖÙÛÜæÆ")
)
NEWLINES = ["\n", "\r\n", "\r"]


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


@st.composite
def encoded_text(draw: st.DrawFn) -> tuple[str, bytes]:
    encoding = draw(
        st.sampled_from(
            ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32", "cp1252", "utf-16-le"]
        )
    )
    # a BOM-less UTF-16 file is recognised by its NUL bytes: Latin text has one in two
    latin = encoding in ("cp1252", "utf-16-le")
    alphabet = LATIN if latin else PRINTABLE
    lines = draw(st.lists(st.text(alphabet, max_size=60), min_size=1, max_size=12))
    ends = st.sampled_from(NEWLINES if latin else [*NEWLINES, "\u2028", "\x85"])
    breaks = draw(st.lists(ends, min_size=len(lines), max_size=len(lines)))
    for i in range(len(lines) - 1):  # "\r" then an empty line's "\n" is one "\r\n"
        if breaks[i] == "\r" and not lines[i + 1] and breaks[i + 1] != "\r":
            breaks[i] = "\r\n"
    raw = "".join(line + end for line, end in zip(lines, breaks, strict=True))
    return "\n".join(lines), _encode(raw, encoding)


@FAST
@given(encoded_text())
def test_text_in_common_encodings_and_mixed_line_ends_reads_back_exactly(
    sample: tuple[str, bytes],
) -> None:
    expected, data = sample
    article = import_or_reason(data, ".txt")
    if canonicalize(expected):
        assert article is not None and article.text == canonicalize(expected)
    else:
        assert article is None


def test_nul_bytes_and_form_feeds_in_a_long_text_are_cleaned(tmp_path: Path) -> None:
    body = "Un paragraphe de texte ordinaire.\n" * 1000
    path = tmp_path / "a.txt"
    path.write_bytes((body + "Page suivante\x0c après\x00 le saut.\n").encode())
    article = parse_file(path)
    assert article.text.endswith("Page suivante\n après le saut.\n")
    assert_clean(article)


# -- tag soup and hostile HTML ----------------------------------------------------------------

SOUP = st.lists(
    st.sampled_from(
        [
            "<",
            ">",
            "</",
            "<!",
            "<![",
            "<![CDATA[",
            "]]>",
            "<?",
            "?>",
            "<!--",
            "-->",
            "div",
            "p",
            "script",
            "style",
            "title",
            "iframe",
            "pre",
            "h1",
            "li",
            "=",
            '"',
            "'",
            "&",
            "&#",
            "&#0;",
            "&#xd800;",
            "&#x110000;",
            "&amp",
            ";",
            "#",
            "/",
            " ",
            "\n",
            "\r",
            "\t",
            "\x0c",
            "\x7f",
            "é",
            "e\u0301",
            "\u2028",
            "\ufeff",
            "texte",
            "Titre.",
            "> ",
            "- ",
            "1. ",
            "# ",
            "*",
            "_",
            "`",
            "```",
            "[",
            "](",
            ")",
            "![",
            "|",
        ]
    ),
    max_size=60,
).map("".join)


@FAST
@given(SOUP, SUFFIXES)
def test_tag_soup_never_crashes_the_parsers(markup: str, suffix: str) -> None:
    import_or_reason(markup.encode("utf-8"), suffix)


MARK = "XSSMARK"
HOSTILE = [
    f'<script>var x = "</p><p>{MARK}";</script>',
    f'<script type="text/template"><p>{MARK}</p></script>',
    f'<style>@import url("http://127.0.0.1:9/{MARK}.css"); p {{ background: url({MARK}) }}</style>',
    f'<iframe src="http://127.0.0.1:9/{MARK}" srcdoc="<p>{MARK}</p>"><p>{MARK}</p></iframe>',
    f'<img src="http://127.0.0.1:9/{MARK}.png" srcset="{MARK}.png 2x" onerror="{MARK}()">',
    f'<object data="{MARK}.swf"><param name="{MARK}">{MARK}</object>',
    f'<embed src="{MARK}.swf"><track src="{MARK}.vtt"><frame src="{MARK}">',
    f'<svg onload="{MARK}()"><script>{MARK}</script><text>{MARK}</text></svg>',
    f"<math><mi>{MARK}</mi></math>",
    f"<noscript><p>{MARK}</p></noscript>",
    f"<template><p>{MARK}</p></template>",
    f"<!-- {MARK} -->",
    f"<![CDATA[{MARK}]]>",
    f'<link rel="preload" href="{MARK}.woff2" as="font"><link rel="stylesheet" href="{MARK}">',
    f'<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/{MARK}">',
    f'<base href="http://127.0.0.1:9/{MARK}/">',
    f'<form action="/{MARK}"><input value="{MARK}"><button>{MARK}</button></form>',
    f'<video src="{MARK}.mp4" poster="{MARK}.jpg">{MARK}</video><audio>{MARK}</audio>',
    f"<textarea>{MARK}</textarea><select><option>{MARK}</option></select>",
    f"<nav><ul><li>{MARK}</li><li>{MARK}</ul></nav>",
]
WORDS = st.text(
    st.sampled_from(list("abcdefghijklmnopqrstuvwxyzàéèçùœ.,;:!?'’«» -")), min_size=1, max_size=40
).filter(lambda text: any(c.isalpha() for c in text))


def _readable(words: str, how: int) -> str:
    """A paragraph meant for the reader, with hostile attributes a page may carry."""
    return [
        f"<p>{words}</p>",
        f'<p onclick="{MARK}()" style="background:url(http://127.0.0.1:9/{MARK})">{words}</p>',
        f'<p><a href="javascript:{MARK}()" onmouseover="{MARK}()">{words}</a></p>',
        f'<div><span title="{MARK}">{words}</span></div>',
        f"<blockquote>{words}</blockquote>",
    ][how]


@st.composite
def hostile_page(draw: st.DrawFn) -> tuple[str, list[str]]:
    readable = draw(st.lists(st.tuples(WORDS, st.integers(0, 4)), min_size=1, max_size=6))
    parts: list[str] = []
    for words, how in readable:
        parts.extend(draw(st.lists(st.sampled_from(HOSTILE), max_size=3)))
        parts.append(_readable(words, how))
    depth = draw(st.integers(0, 40))
    body = "<div>" * depth + "".join(parts) + "</div>" * depth
    tail = draw(st.sampled_from(["", f"<script>{MARK}", f"<style>{MARK}", f"<iframe>{MARK}"]))
    page = f"<!DOCTYPE html><html><head>{HOSTILE[0]}</head><body>{body}{tail}</body></html>"
    return page, [" ".join(words.split()) for words, _ in readable]


@settings(max_examples=120, deadline=None)
@given(hostile_page())
def test_hostile_html_keeps_the_readable_text_and_nothing_else(page: tuple[str, list[str]]) -> None:
    markup, readable = page
    article = parse_text(markup, "html", "page")
    assert_clean(article)
    assert MARK not in article.text and MARK not in article.title
    flat = " ".join(article.text.split())
    for words in readable:
        assert words in flat


@pytest.mark.parametrize("depth", [600, 100_000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    page = (
        "<div><span>" * depth
        + f"<p>Avant le script.</p><script>{MARK}</script><p>Après le script, le texte.</p>"
        + "</span></div>" * depth
        + "<p>Fin de la page.</p>"
    )
    article = parse_text(page, "html", "deep")
    assert article.text == "Avant le script.\n\nAprès le script, le texte.\n\nFin de la page.\n"


def test_markdown_with_raw_html_and_deep_nesting_keeps_its_text() -> None:
    source = (
        "# Titre\n\n<p>Un paragraphe en <b>HTML</b>.</p>\n\n"
        f"<script>{MARK}()</script>\n\nDu texte <b>gras</b> <script>{MARK}()</script>"
        f' et <span onclick="{MARK}()">cliquable</span>.\n\n'
        + "> " * 300
        + "Une citation très profonde.\n"
    )
    article = parse_text(source, "md", "notes.md")
    assert MARK not in article.text
    for words in ("Un paragraphe en HTML.", "Du texte gras et cliquable.", "très profonde"):
        assert words in article.text
