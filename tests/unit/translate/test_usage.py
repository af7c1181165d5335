"""The language a word both English and French write is read in, from the shipped table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from reader.translate.usage import usual_language

ROOT = Path(__file__).resolve().parents[3]
BOTH = ("fr", "en")


def test_a_word_far_more_used_in_one_language_is_read_in_it() -> None:
    # English first: fine (*amende*, the French *fine* is *thin*), rates, four (the French
    # *four* is an oven); French first: pays, vie, coup, grève
    assert [usual_language(w, BOTH) for w in ("fine", "rates", "four")] == ["en"] * 3
    assert [usual_language(w, BOTH) for w in ("pays", "vie", "coup", "grève")] == ["fr"] * 4
    # as typed: a capital, the other apostrophe
    assert usual_language("Fine", BOTH) == "en"
    assert usual_language("aujourd’hui", BOTH) == "fr"


def test_a_word_used_alike_or_known_to_one_list_only_is_read_both_ways() -> None:
    assert [usual_language(w, BOTH) for w in ("pain", "chat", "place")] == [None] * 3
    assert usual_language("chômage", BOTH) is None  # no English reading to leave out
    # several words, or one language only to choose from: nothing to decide
    assert usual_language("fine arts", BOTH) is None
    assert usual_language("fine", ("en",)) is None
    # capitals are an acronym's (AI, not the French *ai*), which the lists do not count
    assert usual_language("ai", BOTH) == "fr" and usual_language("AI", BOTH) is None


def test_the_shipped_table_is_what_its_script_writes_from_wordfreq() -> None:
    spec = importlib.util.spec_from_file_location(
        "word_languages", ROOT / "packaging" / "word_languages.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = (ROOT / "resources" / "word_languages.txt.gz").read_bytes()
    assert shipped == script.table(), "run: .venv/bin/python packaging/word_languages.py"
