"""Rules for amounts of money, percentages and dates, in French and English."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.entities.base import Block, Candidate, Label

_NUM = r"\d{1,3}(?:[  .,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = (
    r"(?:milliards?|millions?|billions?|mille|trillions?|thousand|Mds?|Mrds?|bn|mn|m|k|"
    r"billion|million)"
)
_CURRENCY_WORD = (
    r"(?:dollars?(?:\s+(?:américains|US|australiens|canadiens|de\s+Hong\s+Kong))?|euros?|"
    r"yuans?|yens?|livres?(?:\s+sterling)?|pounds?(?:\s+sterling)?|francs?|renminbi|"
    r"wons?|roupies?|rupees?|USD|EUR|CNY|RMB|HKD|JPY|GBP)"
)
_SYMBOL = r"(?:US\$|\$US|\$|€|£|¥|HK\$)"
MONEY = re.compile(
    rf"(?:{_SYMBOL}\s?(?:{_NUM})(?:\s?{_SCALE})?(?:\s+{_CURRENCY_WORD})?"
    rf"|(?:{_NUM})(?:\s?{_SCALE})?(?:\s+(?:de\s+|d['’]\s*)?)?(?:{_CURRENCY_WORD}|\s?{_SYMBOL}))"
    r"(?![\w])",
    re.IGNORECASE,
)
_PCT = rf"(?:{_NUM})\s?(?:%|pour\s?cent|per\s?cent|percent)"
PERCENT = re.compile(
    rf"{_PCT}(?:\s*(?:à|-|–|to|et|and)\s*{_PCT})?|(?:{_NUM})\s*(?:à|-|–|to)\s*{_PCT}",
    re.IGNORECASE,
)
_MONTHS_FR = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre"
)
_MONTHS_EN = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_DAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_DAY = r"(?:1er|[12]\d|3[01]|0?[1-9])"
DATE = re.compile(
    # day lists and ranges before a month: "4, 5, 6, 7 et 9 août", "du 3 au 5 mai"
    rf"(?:{_DAY}(?:\s*,\s*{_DAY})*\s+(?:et|and|à|au|to|-|–)\s+{_DAY}\s+(?:{_MONTHS_FR}|{_MONTHS_EN})"
    rf"(?:\s+{_YEAR})?)"
    rf"|(?:(?:{_DAYS})\s+)?(?:\b{_DAY}\s+(?:{_MONTHS_FR})(?:\s+{_YEAR})?)"
    rf"|(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS_EN})(?:,?\s+{_YEAR})?)"
    rf"|(?:(?:{_MONTHS_EN})\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,\s*{_YEAR})?)"
    rf"|(?:(?:{_MONTHS_EN}|{_MONTHS_FR})\s+{_YEAR})"
    # "fin 2013", "début mai", "mid-2024", "early January"
    rf"|(?:\b(?:début|fin|mi-|courant|printemps|été|automne|hiver|early|late|mid-?)\s*"
    rf"(?:{_MONTHS_FR}|{_MONTHS_EN}|{_YEAR}s?)(?:\s+{_YEAR})?)"
    # a weekday and a day number: "lundi 6", "samedi 11"
    rf"|(?:\b(?:{_DAYS})\s+{_DAY}\b)"
    rf"|(?:(?<=\ben\s)|(?<=\bin\s))(?:{_MONTHS_FR}|{_MONTHS_EN})\b"
    # seasons and ranges of years: "2012-2013", "2012–13"
    rf"|\b{_YEAR}\s*[-–/]\s*(?:{_YEAR}|\d\d)\b"
    # a year where a year is expected: after a preposition, "l'année", or in brackets
    rf"|(?:(?<=\ben\s)|(?<=\bin\s)|(?<=\bd['’]ici\s)|(?<=\bdepuis\s)|(?<=\bsince\s)"
    rf"|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bavant\s)|(?<=\baprès\s)|(?<=\bjusqu['’]en\s)"
    rf"|(?<=\bannée\s)|(?<=\byear\s)|(?<=\bde\s)|(?<=\bof\s)|(?<=\())"
    rf"(?:{_YEAR})(?![\d  ]*\d)"
    rf"|\b(?:{_YEAR})-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])\b"
    rf"|\b(?:{_DAYS})\b",
    re.IGNORECASE,
)
# Months and days written in lower case are common words only in English ("may"); keep
# English ones capitalised.
_ENGLISH_LOWER = re.compile(rf"^(?:{_MONTHS_EN}|{_DAYS})", re.IGNORECASE)


class RuleRecognizer:
    name = "rules"
    version = "1"
    priority = 70

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        found: list[Candidate] = []
        for block in blocks:
            chunk = text[block.start : block.end]
            for pattern, label in (
                (MONEY, Label.MONEY),
                (PERCENT, Label.PERCENT),
                (DATE, Label.DATE),
            ):
                for match in pattern.finditer(chunk):
                    surface = match.group(0).rstrip(" ,.")
                    if not surface.strip() or not any(c.isdigit() or c.isalpha() for c in surface):
                        continue
                    if label is Label.DATE and _is_bad_date(surface, lang):
                        continue
                    start = block.start + match.start()
                    found.append(Candidate(start, start + len(surface), label, self.name))
        return found


def _is_bad_date(surface: str, lang: str | None) -> bool:
    word = surface.split()[0]
    if word.lower() in ("may", "march") and word.islower():
        return True  # "may" the verb, "march" the walk
    english_lower = lang == "en" and word.islower() and not word[0].isdigit()
    return bool(english_lower and _ENGLISH_LOWER.match(word))
