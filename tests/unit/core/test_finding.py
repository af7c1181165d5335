"""Finding what a person types in an article: the find bar and `reader annotate --quote`."""

from __future__ import annotations

from pathlib import Path

from reader.core.finding import find_folded, find_quote
from reader.core.text import canonicalize

SEED = Path(__file__).parents[3] / "resources" / "corpus" / "001_029e95baee4a5cb4.txt"


def seed() -> str:
    return canonicalize(SEED.read_text(encoding="utf-8"))


def test_a_plain_apostrophe_finds_the_typographic_one_and_the_plain_one() -> None:
    text = seed()
    spans = find_folded(text, "l'IA")
    assert [text[a:b] for a, b in spans].count("l’IA") == text.count("l’IA") == 3
    assert [text[a:b] for a, b in spans].count("l'IA") == text.count("l'IA") == 1
    assert find_folded(text, "L’ia") == spans


def test_missing_accents_and_capitals_find_the_written_word() -> None:
    text = seed()
    spans = find_folded(text, "etats-unis")
    assert spans and {text[a:b] for a, b in spans} == {"États-Unis"}
    assert find_folded(text, "STRATÉGIES DE TENCENT") == find_folded(text, "strategies de tencent")
    assert text[slice(*find_folded(text, "strategies de tencent")[0])].startswith("Stratégies")


def test_a_quote_pasted_with_other_line_breaks_and_spaces_finds_its_passage() -> None:
    text = seed()
    passage = "Tencent et Baidu optimisent leurs ressources"
    assert passage in text
    pasted = "  Tencent et\nBaidu   optimisent\tleurs ressources \n"
    [(start, end)] = find_quote(text, pasted)
    assert text[start:end] == passage


def test_the_quote_as_given_wins_over_its_folded_spellings() -> None:
    text = "Le PDG a parlé. Le pdg a parle. Le PDG encore."
    assert [text[a:b] for a, b in find_quote(text, "PDG")] == ["PDG", "PDG"]
    assert [text[a:b] for a, b in find_quote(text, "Pdg")] == ["PDG", "pdg", "PDG"]
    assert [text[a:b] for a, b in find_quote(text, "a parle")] == ["a parle"]
    assert [text[a:b] for a, b in find_quote(text, "A PARLE")] == ["a parlé", "a parle"]


def test_ligatures_dashes_and_quotation_marks_typed_plainly() -> None:
    text = "De véritables œuvres d’art — « chefs-d’œuvre » – disait-il…"
    assert [text[a:b] for a, b in find_folded(text, "oeuvres d'art")] == ["œuvres d’art"]
    assert [text[a:b] for a, b in find_folded(text, 'art - "chefs')] == ["art — « chefs"]
    assert [text[a:b] for a, b in find_folded(text, "chefs-d'oeuvre")] == ["chefs-d’œuvre"]
    assert [text[a:b] for a, b in find_folded(text, "il...")] == ["il…"]


def test_nothing_typed_or_nothing_there_finds_nothing() -> None:
    text = seed()
    assert find_folded(text, "") == find_folded(text, "   \n") == []
    assert find_quote(text, "") == [] and find_quote(text, "Huawei Ascend 999") == []
    assert find_folded(text, "x" * 10_000) == []


def test_marks_nobody_sees_are_stepped_over() -> None:
    """Soft hyphens a page set inside words (Wikinews' *premier étage du lanceur*, with
    one in each long word) and a zero-width space are invisible: the words typed whole
    find them, and the span found is the text's own, marks included."""
    text = "dans un des neuf moteurs du pre\u00admier étage du lan\u00adceur, puis\u200bs."
    [(start, end)] = find_folded(text, "premier etage du lanceur")
    assert text[start:end] == "pre\u00admier étage du lan\u00adceur"
    assert [text[a:b] for a, b in find_folded(text, "puiss")] == ["puis\u200bs"]
