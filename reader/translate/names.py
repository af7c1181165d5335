"""Names kept as written through a rule-based translation.

Apertium translates word by word what its dictionaries know, names included: "Made in
China" became "Made in Tiñió" (the French verb *chiner*), "Ren Zhengfei" became "Reindeer
Zhengfei", "Hugging Face" became "Hugging Cara". The entity layer already knows which
spans are names, so each of them is swapped for a placeholder before translating and put
back afterwards.

Two ways were measured (``python -m benchmarks.translation``, BENCHMARKS.md):

* **placeholder** — the name becomes one made-up word (``Zxqa``): Apertium does not know
  it, copies it through every step of a pivot route, and the sentence around it keeps a
  noun where the name was, so its grammar holds;
* **markup** — the name goes into an HTML tag, which Apertium's deformatter keeps aside as
  format: the name survives too, but the sentence loses a word, and the English generator
  then supplies a subject of its own ("It has revealed", "they have spoken").

A placeholder starts with a vowel when the name does, so that French elision ("d'Alibaba")
reads as before. When a placeholder does not come back exactly once, the paragraph's
masking is given up (:func:`restore` returns None) and the caller translates it plainly.

The same placeholders carry the user's glossary: a term (``puce``) is swapped out like a
name, and what is put back is the glossary's translation (``chip``) instead of the term.

Apertium's English generator copies the capital of a sentence's first word onto the next
when the first is unknown: "Zxqa a révélé" came out "Tencent Has revealed". A capitalised
word right after a placeholder that the source never writes with a capital gets its
small letter back.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

#: entity labels of names kept as written (people, organisations, products)
KEPT_LABELS = frozenset({"PER", "ORG", "PRODUCT"})
#: recognisers whose canonical name is a real written form (the gazetteer, the user's own)
_KNOWN_FORMS = frozenset({"gazetteer", "user"})
_WORDS = re.compile(r"[^\W\d_]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_TAG = re.compile(r'<x-name n="(\d+)"></x-name>')
#: an English possessive after a name: Apertium glues it to an unknown word ("Zxqb's" came
#: out "Zxqbha" in French) and drops it after a known one, so it is dropped here too
_POSSESSIVE = re.compile(r"['’]s(?!\w)")
#: Apertium's mark of a word it did not know
_UNKNOWN_MARK = "*"
#: a word written with a capital and small letters (not "NASA", not "iPhone")
_TITLE_WORD = re.compile(r"\s+([^\W\d_][^\W\d_A-Z]+)\b")


class Mention(Protocol):
    """What :func:`kept` reads of an entity mention."""

    @property
    def text(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def canonical(self) -> str: ...
    @property
    def source(self) -> str: ...


def kept(mention: Mention, lang: str) -> bool:
    """Whether a recognised entity, in a text in ``lang``, is a name to leave as written.
    Measured on NTREX (BENCHMARKS.md): keeping every PER/ORG/PRODUCT lowered fr→en chrF,
    because the statistical model calls "Assemblée" or "Commission" organisations, which
    the reference translates; in English, where a capital marks a name, keeping them all
    raised en→fr chrF. So a name is kept when:

    * it is written in its canonical form, as the gazetteer or the user spells it — "China"
      in a French text is the English name, kept; "Chine" is French, translated (not in
      English, where "United States" is the canonical name and must become "États-Unis");
      or
    * it is a person, organisation or product whose every word is capitalised, and it is
      a person, more than one word, not a plain capitalised word, or English ("Hugging
      Face", "Plaid Cymru", "MWP", "iPhone", "Apple" in English; not "Assemblée", not
      "Président de l'Assemblée").
    """
    if (
        mention.source in _KNOWN_FORMS
        and mention.text == mention.canonical
        and (lang != "en" or mention.label in KEPT_LABELS)
    ):
        return True  # the gazetteer's names are English: in English, a place is translated
    if mention.label not in KEPT_LABELS:
        return False
    words = _WORDS.findall(mention.text)
    if not words or any(not w[0].isupper() for w in words):
        return False
    single_word = len(words) == 1 and mention.text.istitle()
    return mention.label == "PER" or not single_word or lang == "en"


@dataclass(frozen=True)
class Masked:
    """A paragraph with its names swapped out, and what to put back."""

    text: str
    slots: tuple[tuple[str, str], ...]  # (placeholder or tag, what is put back)
    source: str = ""  # the paragraph before masking


def _placeholder(index: int, name: str) -> str:
    word = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, len(_LETTERS))
        word = _LETTERS[rest] + word
    head = "Ozxq" if name[:1].lower() in "aeiouyàâéèêëîïôöûüh" else "Zxq"
    return head + word


def _spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where the names occur in ``text`` as whole words, longest first, not overlapping."""
    taken: list[tuple[int, int]] = []
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        for match in pattern.finditer(text):
            a, b = match.span()
            if all(b <= x or a >= y for x, y in taken):
                taken.append((a, b))
    return sorted(taken)


def spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``names`` occur in ``text`` as whole words (longest first, no overlap)."""
    return _spans(text, names)


def mask(text: str, names: Sequence[str] | Mapping[str, str], how: str = "placeholder") -> Masked:
    """``text`` with each occurrence of ``names`` swapped for a placeholder word
    (``how="placeholder"``) or an HTML tag (``how="markup"``, the rest escaped as HTML).
    ``names`` may map each name to what is put back for it (a glossary's translation);
    otherwise the name itself is put back."""
    put_back: Mapping[str, str] = names if isinstance(names, Mapping) else {}
    spans = _spans(text, list(names))
    pieces: list[str] = []
    slots: list[tuple[str, str]] = []
    last = 0
    for i, (a, b) in enumerate(spans):
        name = text[a:b]
        if how == "markup":
            token = f'<x-name n="{i}"></x-name>'
            pieces.append(html.escape(text[last:a], quote=False))
        else:
            token = _placeholder(i, name)
            while token in text:
                token += "q"
            pieces.append(text[last:a])
        pieces.append(token)
        slots.append((token, put_back.get(name, name)))
        last = b
        if how != "markup" and _POSSESSIVE.match(text, b):
            last = b + 2  # see _POSSESSIVE
    tail = text[last:]
    pieces.append(html.escape(tail, quote=False) if how == "markup" else tail)
    return Masked("".join(pieces), tuple(slots), text)


def restore(translated: str, masked: Masked, how: str = "placeholder") -> str | None:
    """The translation with the names put back, or None when one went missing or
    came back twice (the caller then translates the paragraph without masking)."""
    if how == "markup":
        found = [int(n) for n in _TAG.findall(translated)]
        if sorted(found) != list(range(len(masked.slots))):
            return None
        parts = _TAG.split(translated)
        out = [
            html.unescape(p) if i % 2 == 0 else masked.slots[int(p)][1] for i, p in enumerate(parts)
        ]
        return "".join(out)
    # the placeholders count as words of the source: one after another keeps its capital
    source_words = set(_WORDS.findall(masked.source)) | {token for token, _ in masked.slots}
    for token, name in masked.slots:
        marked = re.escape(_UNKNOWN_MARK) + "*"
        pattern = re.compile(r"(?<!\w)" + marked + re.escape(token) + r"(?!\w)")
        if len(pattern.findall(translated)) != 1:
            return None
        match = pattern.search(translated)
        assert match is not None
        after = _TITLE_WORD.match(translated, match.end())
        if after is not None and after.group(1)[0].isupper() and after.group(1) not in source_words:
            a = after.start(1)
            translated = translated[:a] + translated[a].lower() + translated[a + 1 :]
        translated = pattern.sub(name.replace("\\", "\\\\"), translated)
    return translated


def survived(source: str, translated: str, names: Sequence[str]) -> tuple[int, int]:
    """(occurrences of ``names`` in ``source`` found written the same in ``translated``,
    occurrences in ``source``): what the benchmark reports as "names preserved"."""
    wanted = Counter(source[a:b] for a, b in _spans(source, names))
    found = Counter(translated[a:b] for a, b in _spans(translated, list(wanted)))
    return sum(min(n, found[name]) for name, n in wanted.items()), sum(wanted.values())
