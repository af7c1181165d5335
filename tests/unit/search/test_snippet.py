"""Marks and snippets: phrases as phrases, text escaped, marks in text order."""

from __future__ import annotations

from reader.search.snippet import AnalysedToken, find_marks, make_snippet


def tokens(text: str, stems: dict[str, str] | None = None) -> list[AnalysedToken]:
    out, pos, cursor = [], 0, 0
    for word in text.split():
        start = text.index(word, cursor)
        cursor = start + len(word)
        stem = (stems or {}).get(word, word.lower())
        if stem == "de":  # a stop word: dropped, positions renumbered
            continue
        out.append(AnalysedToken(stem, pos, start, cursor))
        pos += 1
    return out


TEXT = "Le stock de puces est important ; un stock de GPU et des puces Nvidia."


def test_a_phrase_is_marked_only_where_its_words_stand_together() -> None:
    marks = find_marks(tokens(TEXT), frozenset(), [("stock", "puces")])
    assert [TEXT[s:e] for s, e in marks] == ["stock de puces"]


def test_single_terms_and_phrases_together_in_text_order() -> None:
    marks = find_marks(tokens(TEXT), frozenset({"nvidia.", "gpu"}), [("stock", "puces")])
    assert [TEXT[s:e] for s, e in marks] == ["stock de puces", "GPU", "Nvidia."]


def test_snippet_marks_and_escapes() -> None:
    text = "Intro <b>sans</b> & balises. " + "mot " * 80 + "Huawei ici. " + "fin " * 80
    start = text.index("Huawei")
    snippet = make_snippet(text, [(start, start + 6)])
    assert "<mark>Huawei</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) < 300
    lead = make_snippet(text, [])
    assert lead.startswith("Intro &lt;b&gt;sans&lt;/b&gt; &amp; balises.")
    assert "<mark>" not in lead


def test_the_extract_starts_after_the_headline_unless_only_the_headline_matched() -> None:
    text = "India calls for fair trade rules\nIndia attends the G7 meeting on Friday, as rules go."
    start = text.index("\n") + 1
    body = text.index("rules", start)
    # a hit in the text: the extract starts there, the headline (shown above) left out
    shown = make_snippet(text, [(27, 32), (body, body + 5)], start=start)
    assert shown.startswith("India attends") and "<mark>rules</mark>" in shown
    # only the headline matched: it is the extract, with its mark (why it is listed)
    only = make_snippet(text, [(27, 32)], start=start)
    assert only.startswith("India calls for fair trade <mark>rules</mark>")
    # nothing marked at all: the text after the headline
    assert make_snippet(text, [], start=start).startswith("India attends")
