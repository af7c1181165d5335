"""What a text's writing systems alone say about its language, before any statistics.

langdetect scores character n-grams, and Han characters weigh in its Korean and Japanese
profiles too (Korean writes Hanja, Japanese writes kanji): a Traditional Chinese article,
whose characters are rarer in its Chinese profiles, came out Korean. The script settles
what statistics guess at: no Hangul, never Korean; kana, Japanese; Han alone, Chinese
(Traditional ``zh-tw`` or Simplified ``zh-cn``, by characters that only one form writes);
and a script that one language alone writes (Greek, Hebrew, Thai…) names it.

Codes follow langdetect's (``ko``, ``ja``, ``zh-cn``, ``zh-tw``, ``el``…), so that
everything downstream sees one convention: ``zh-cn`` means Simplified characters and
``zh-tw`` Traditional ones, whatever the region (Hong Kong's Traditional text is ``zh-tw``).
Armenian (``hy``) and Georgian (``ka``) are beyond langdetect's 55 languages (it calls them
Estonian); their ISO 639-1 codes are the same convention.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.ingest.hanzi import SIMPLIFIED_ONLY, TRADITIONAL_ONLY

# (first code point, last code point, script) beyond ASCII; characters outside these are not
# counted. Blocks, not letters: the few signs inside a block (Greek ; or a Devanagari danda)
# count as its letters, which moves no share that matters.
_RANGES = sorted(
    [
        (0x00C0, 0x024F, "latin"),
        (0x1E00, 0x1EFF, "latin"),
        (0x0370, 0x03FF, "greek"),
        (0x1F00, 0x1FFF, "greek"),
        (0x0400, 0x052F, "cyrillic"),
        (0x0530, 0x058F, "armenian"),
        (0x0590, 0x05FF, "hebrew"),
        (0x0600, 0x06FF, "arabic"),
        (0x0750, 0x077F, "arabic"),
        (0x0900, 0x097F, "devanagari"),
        (0x0980, 0x09FF, "bengali"),
        (0x0A00, 0x0A7F, "gurmukhi"),
        (0x0A80, 0x0AFF, "gujarati"),
        (0x0B00, 0x0B7F, "oriya"),
        (0x0B80, 0x0BFF, "tamil"),
        (0x0C00, 0x0C7F, "telugu"),
        (0x0C80, 0x0CFF, "kannada"),
        (0x0D00, 0x0D7F, "malayalam"),
        (0x0D80, 0x0DFF, "sinhala"),
        (0x0E00, 0x0E7F, "thai"),
        (0x0E80, 0x0EFF, "lao"),
        (0x10A0, 0x10FF, "georgian"),
        (0x1100, 0x11FF, "hangul"),
        (0x1C90, 0x1CBF, "georgian"),
        (0x3041, 0x309F, "kana"),
        (0x30A1, 0x30FA, "kana"),  # not ・ (30FB), which Chinese text writes in foreign names
        (0x30FC, 0x30FF, "kana"),
        (0x3130, 0x318F, "hangul"),
        (0x31F0, 0x31FF, "kana"),
        (0x3400, 0x4DBF, "han"),
        (0x4E00, 0x9FFF, "han"),
        (0xA960, 0xA97F, "hangul"),
        (0xAC00, 0xD7FF, "hangul"),
        (0xF900, 0xFAFF, "han"),
        (0xFB1D, 0xFB4F, "hebrew"),
        (0xFB50, 0xFDFF, "arabic"),
        (0xFE70, 0xFEFF, "arabic"),
        (0xFF66, 0xFF9F, "kana"),
        (0x20000, 0x3134F, "han"),
    ]
)
# Scripts written by one language among those the detector answers (a minority language
# in the same script is rare in news, and langdetect would not know it either).
SINGLE_LANGUAGE = {
    "greek": "el",
    "hebrew": "he",
    "thai": "th",
    "gujarati": "gu",
    "gurmukhi": "pa",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
    "armenian": "hy",
    "georgian": "ka",
}
# The script a language's text cannot do without: a statistical answer naming one of these
# languages for a text that has none of its script is refused ("no Hangul, never Korean").
REQUIRED_SCRIPT = {
    **{lang: script for script, lang in SINGLE_LANGUAGE.items()},
    "ko": "hangul",
    "ja": "kana",
    "zh-cn": "han",
    "zh-tw": "han",
}
# A script decides when it has at least half the letters: a French article quoting a
# Chinese name, or a Greek one quoting an English title, keeps its main script's language.
DOMINANT_SHARE = 0.5
# Hangul or kana this share of the East Asian characters make the text Korean or Japanese;
# lower, they are a quoted name or brand in Chinese text (one の in a Chinese article).
MARK_SHARE = 0.05
# Fewer letters than this (a bare name like 東京) decide nothing.
MIN_LETTERS = 4

# Counted in C (str.translate for ASCII text, one character class per script otherwise), so
# a 600-character page costs tens of microseconds before langdetect, not a loop per letter.
_DROP_ASCII_LETTERS = dict.fromkeys([*range(0x41, 0x5B), *range(0x61, 0x7B)])


def _script_class(script: str) -> re.Pattern[str]:
    spans = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b, name in _RANGES if name == script)
    return re.compile(f"[{'A-Za-z' if script == 'latin' else ''}{spans}]")


_SCRIPT_CLASSES = {name: _script_class(name) for name in dict.fromkeys(n for _, _, n in _RANGES)}


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` has (ASCII punctuation and digits, CJK
    punctuation, spaces are not counted)."""
    if text.isascii():
        latin = len(text) - len(text.translate(_DROP_ASCII_LETTERS))
        return Counter({"latin": latin} if latin else {})
    return Counter(
        {name: n for name, rx in _SCRIPT_CLASSES.items() if (n := len(rx.findall(text)))}
    )


_SIMPLIFIED_ONLY = re.compile(f"[{''.join(sorted(SIMPLIFIED_ONLY))}]")
_TRADITIONAL_ONLY = re.compile(f"[{''.join(sorted(TRADITIONAL_ONLY))}]")


def chinese_form(text: str) -> str:
    """``zh-tw`` when the text writes more Traditional-only than Simplified-only characters,
    else ``zh-cn`` (also with no evidence either way: Simplified is the more common)."""
    simplified = len(_SIMPLIFIED_ONLY.findall(text))
    traditional = len(_TRADITIONAL_ONLY.findall(text))
    return "zh-tw" if traditional > simplified else "zh-cn"


def script_language(text: str, counts: Counter[str] | None = None) -> str | None:
    """The language that the scripts of ``text`` settle, or None when they leave it to
    statistics (Latin, Cyrillic, Arabic, Devanagari… are written by many languages)."""
    counts = script_counts(text) if counts is None else counts
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return None
    hangul, kana = counts["hangul"], counts["kana"]
    east_asian = counts["han"] + hangul + kana
    if east_asian >= DOMINANT_SHARE * total:
        if max(hangul, kana) >= MARK_SHARE * east_asian:
            return "ko" if hangul >= kana else "ja"
        return chinese_form(text)
    script, letters = counts.most_common(1)[0]
    if letters >= DOMINANT_SHARE * total:
        return SINGLE_LANGUAGE.get(script)
    return None


def admissible(lang: str, counts: Counter[str]) -> bool:
    """Whether a statistical answer fits the scripts present: never Korean without
    Hangul, Japanese without kana, Chinese without Han, Greek without Greek letters…"""
    script = REQUIRED_SCRIPT.get(lang)
    return script is None or counts[script] > 0
