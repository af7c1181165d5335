"""The paraphrase step compares what two sentences state: a number however it is
written, a word whatever its form, a name apart from the same word in lower case."""

from __future__ import annotations

from benchmarks.paraphrase import number, tokens


def test_a_number_is_one_value_however_it_is_written() -> None:
    written = ("16 milliards", "16 Md", "16 000 000 000", "16\u202f000\u202f000\u202f000", "16 bn")
    values = {number(*(w.rsplit(" ", 1) if w[-1].isalpha() else (w, ""))) for w in written}
    assert values == {"#1.6e+10"}
    assert number("2,5", "") == number("2.5", "") == "#2.5"
    assert number("2 000", "") == "#2000"
    assert number("2025", "") is None  # a year dates a fact, it is not one


def test_sentences_told_in_other_words_share_their_rare_tokens() -> None:
    a = tokens("Les entreprises chinoises ont commandé pour 16 milliards de puces H20.", "fr")
    b = tokens("Des commandes de puces H20 d'au moins 16 000 000 000 de dollars, en 2025.", "fr")
    assert {"#1.6e+10", "N:h20", "puc"} <= a & b
    assert not any(t.startswith("#2025") for t in b)
    assert tokens("Hier, Apple a vendu des pommes.", "fr") & {"N:apple", "pomm"} == {
        "N:apple",
        "pomm",
    }
