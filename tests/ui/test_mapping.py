"""Canonical offsets map to the right characters of the rendered document, whatever
lies before them (non-BMP emoji, the reader's own blocks, folded furniture)."""

from __future__ import annotations

from reader.core.model import Article, Span, SpanKind
from reader.core.text import content_hash
from reader.ui.article.mapping import OffsetMap, Placement, utf16_len
from reader.ui.article.view import ArticleView


def make_article(text: str, spans: list[Span], title: str = "Titre") -> Article:
    return Article(
        id="a" * 16,
        title=title,
        source="Source",
        lang="fr",
        date=None,
        origin="/x",
        version=1,
        text=text,
        content_hash=content_hash(text),
        spans=tuple(spans),
    )


def test_utf16_length_counts_surrogate_pairs() -> None:
    assert utf16_len("a😀é") == 4


def test_offsets_round_trip_with_emoji() -> None:
    text = "Un 😀 titre\n\nLe 🚀 mot Huawei ici.\n"
    mapping = OffsetMap(text, [Placement(0, 10, 0), Placement(12, 32, 50)])
    word = text.index("Huawei")
    position = mapping.to_document(word)
    assert position == 50 + len("Le 🚀 mot ") + 1
    assert mapping.to_canonical(position) == word
    assert mapping.to_document(11) == 50  # the line break maps to the next block


def test_highlight_after_an_emoji_selects_the_word(qtbot) -> None:
    lines = [
        "Titre 🎉 du jour",
        "Chapô avec 🚀 fusée et 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.",
        "Partager :",
        "Corps: le mot Huawei 😀 puis Nvidia.",
    ]
    text = "\n".join(lines) + "\n"
    spans, pos = [], 0
    kinds = [SpanKind.TITLE, SpanKind.LEAD, SpanKind.BOILERPLATE, SpanKind.PARAGRAPH]
    for line, kind in zip(lines, kinds, strict=True):
        spans.append(Span(pos, pos + len(line), kind))
        pos += len(line) + 1
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(make_article(text, spans, title=lines[0]))
    for word in ("Huawei", "Nvidia", "fusée", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "du jour"):
        start = text.index(word)
        cursor = view.cursor_for(start, start + len(word))
        assert cursor is not None
        assert cursor.selectedText() == word
        assert view.rendered.mapping.to_canonical(cursor.selectionStart()) == start


def test_folding_keeps_positions(qtbot) -> None:
    from reader.ui.article.render import toggle_fold
    from reader.ui.theme import LIGHT

    lines = ["Un titre", "Un paragraphe.", "Partager :", "Lire aussi", "Fin avec Huawei."]
    text = "\n".join(lines) + "\n"
    kinds = [
        SpanKind.TITLE,
        SpanKind.LEAD,
        SpanKind.BOILERPLATE,
        SpanKind.BOILERPLATE,
        SpanKind.PARAGRAPH,
    ]
    spans, pos = [], 0
    for line, kind in zip(lines, kinds, strict=True):
        spans.append(Span(pos, pos + len(line), kind))
        pos += len(line) + 1
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(make_article(text, spans, title=lines[0]))
    start = text.index("Huawei")
    before = view.cursor_for(start, start + 6).selectionStart()
    assert toggle_fold(view.rendered, 0, LIGHT, 0) is True
    cursor = view.cursor_for(start, start + 6)
    assert cursor.selectionStart() == before and cursor.selectedText() == "Huawei"
    assert (
        view.browser.document()
        .findBlock(view.rendered.mapping.to_document(text.index("Lire")))
        .isVisible()
    )


def test_qt_positions_of_offsets_past_characters_outside_the_bmp() -> None:
    """The find bar's matches land on the letters found, after emoji and other
    characters Qt counts twice, each offset mapped without encoding the text before it
    (a long article with one emoji took seconds a letter typed)."""
    from reader.ui.article.mapping import utf16_offsets

    text = "a😀bc𝔸d é😀" * 3 + "plain " * 20_000
    position = utf16_offsets(text)
    assert [position(i) for i in range(len(text) // 1000 + 40)] == [
        utf16_len(text[:i]) for i in range(len(text) // 1000 + 40)
    ]
    assert position(len(text)) == utf16_len(text)
    assert utf16_offsets("no emoji here")(7) == 7
