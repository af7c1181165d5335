"""Quoted phrases typed otherwise than the text writes them: probe parts made by rule
from the library's texts (seeds and Wikinews in French, BBC in English), for the
judged set's *phrase* kind, which fell when quoted phrases began to hold their function
words and which no other development set showed. Each part takes, from every
:data:`EVERY`-th article (in key order, each part starting at another one), the first
run of its body that fits the part's rule, and types it as a reader would:

- **phrase-swapped**: content word, function word, content word (*prix du pétrole*),
  the function word replaced by one a reader might use instead (:data:`SWAPS`: *de* for
  *du*, *for* for *of*…): ``"prix de pétrole"``;
- **phrase-dropped**: content word, one or two articles or *de*/*of*/*for* (:data:`LINKS`),
  content word (*président de la commission*), typed without them: ``"président
  commission"``;
- **phrase-elided**: a run holding an elided word (*prix d'achat*, *de l'Union*), the
  elision typed as a separate word: ``"prix d achat"``, and in as many other articles
  with its vowel (``"prix de achat"``, ``"de la Union"``);
- **phrase-unaccented**: two or three words with an accent among them, in lower case,
  without their accents;
- **phrase-number**: two content words standing together, the last a plural in *-s* or
  *-x*, typed in the singular (``"entreprises technologique"``);
- **phrase-hyphen**: a hyphenated word of two content words and the word after it,
  the hyphen typed as a space (``"sud coreen"``);
- **phrase-names**: a capitalised name with a function word inside (*Banque de
  France*, *Bank of England*), typed in lower case;
- **phrase-function**: one or two function words and a content word (*de la France*,
  *in the UK*), as written.

A run is taken only when two articles or more write it (a phrase of the news, not words
that stand together once). Relevant: the article the run is cut from (2) and every other
article whose text holds the run as written or as typed (1), read in the texts with
case, accents and punctuation aside."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from benchmarks.relevance_corpus import Doc

EVERY = 4
HELD_BY = 2
PARTICLES = frozenset({"de", "du", "des", "la", "of", "the", "for"})
_WORD = re.compile(r"[^\W_][\w'’-]*")
# Function words a reader may type for the text's (one direction each, no pair both ways
# in one phrase): French and English
SWAPS = {
    "du": "de",
    "des": "de",
    "au": "à",
    "aux": "à",
    "la": "le",
    "le": "la",
    "of": "for",
    "the": "a",
    "in": "on",
    "on": "in",
    "to": "for",
}
# The function words a reader leaves out between two nouns
LINKS = frozenset({"de", "du", "des", "la", "le", "les", "of", "the", "for"})
_ELIDED = re.compile(r"^([dlDL])['’](\w.*)$")
_ACCENT = re.compile(r"[àâçèéêëîïôùûüÿœæ]", re.I)


def _words(body: str) -> list[list[str]]:
    """The body's sentences as lists of words (a run never crosses a sentence's end)."""
    return [_WORD.findall(s) for s in re.split(r"(?<=[.!?;:])\s+|\n+", body) if s.strip()]


def _plain(word: str, stop: Callable[[str], bool]) -> bool:
    """A content word: not a function word, no digit, longer than one letter."""
    return len(word) > 1 and not stop(word) and not any(c.isdigit() for c in word)


def _bare_word(text: str) -> bool:
    """No hyphen or apostrophe: a word of its own."""
    return not any(c in text for c in "-'’")


def _runs(body: str, size: int) -> Iterator[list[str]]:
    for sentence in _words(body):
        for i in range(1, len(sentence) - size + 1):  # not a sentence's first word
            yield sentence[i : i + size]


def _swapped(body: str, stop: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    for a, f, b in _runs(body, 3):
        if _plain(a, stop) and _plain(b, stop) and f.lower() in SWAPS and _bare_word(a + b):
            written = f"{a} {f} {b}"
            yield written, f"{a} {SWAPS[f.lower()]} {b}"


def _dropped(body: str, stop: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    for size in (4, 3):
        for run in _runs(body, size):
            a, *inner, b = run
            if _plain(a, stop) and _plain(b, stop) and all(w in LINKS for w in inner):
                yield " ".join(run), f"{a} {b}"


def _elided(body: str, stop: Callable[[str], bool], vowel: bool) -> Iterator[tuple[str, str]]:
    for a, b in _runs(body, 2):
        found = _ELIDED.match(b)
        if found and len(found[2]) > 2 and not stop(found[2]):
            article = found[1].lower()
            typed = f"{article}{'e' if article == 'd' else 'a'}" if vowel else article
            yield f"{a} {b}", f"{a} {typed} {found[2]}"


def _unaccented(body: str, stop: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    from benchmarks.relevance_probe import bare

    for size in (3, 2):
        for run in _runs(body, size):
            if (
                _plain(run[0], stop)
                and _plain(run[-1], stop)
                and any(_ACCENT.search(w) for w in run)
                and "'" not in "".join(run).replace("’", "'")
            ):
                written = " ".join(run)
                yield written, bare(written).lower()


def _number(body: str, stop: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    for a, b in _runs(body, 2):
        plural = b.endswith(("s", "x")) and not b.endswith(("ss", "us", "is"))
        if _plain(a, stop) and _plain(b, stop) and b.isalpha() and b.islower() and plural:
            yield f"{a} {b}", f"{a} {b[:-1]}"


def _hyphen(body: str, stop: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    for a, b in _runs(body, 2):
        parts = a.split("-")
        if len(parts) == 2 and all(_plain(p, stop) for p in parts) and _plain(b, stop):
            yield f"{a} {b}", f"{parts[0]} {parts[1]} {b}"


def _names(body: str, stop: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    for size in (4, 3):
        for run in _runs(body, size):
            a, *inner, b = run
            if (
                a[0].isupper()
                and b[0].isupper()
                and _plain(a, stop)
                and _plain(b, stop)
                and all(w in PARTICLES for w in inner)
            ):
                written = " ".join(run)
                yield written, written.lower()


def _function(body: str, stop: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    for size in (3, 2):
        for run in _runs(body, size):
            *small, word = run
            if all(stop(w) and "'" not in w for w in small) and _plain(word, stop):
                written = " ".join(run)
                yield written, written.lower()


def parts(stop: Callable[[str], bool]) -> dict[str, Callable[[str], tuple[str, str] | None]]:
    """Each part's name and its rule: body → (run as written, as typed) or None."""
    return {
        "phrase-swapped": lambda b: _swapped(b, stop),
        "phrase-dropped": lambda b: _dropped(b, stop),
        "phrase-elided": lambda b: _elided(b, stop, vowel=False),
        "phrase-elided-vowel": lambda b: _elided(b, stop, vowel=True),
        "phrase-unaccented": lambda b: _unaccented(b, stop),
        "phrase-number": lambda b: _number(b, stop),
        "phrase-hyphen": lambda b: _hyphen(b, stop),
        "phrase-names": lambda b: _names(b, stop),
        "phrase-function": lambda b: _function(b, stop),
    }


def typed_phrases(
    docs: Sequence[Doc], texts: dict[str, str], fold: Callable[[str], str]
) -> Iterator[tuple[str, str, dict[str, int]]]:
    """``(kind, query, judgments)`` for every part; ``texts`` holds each article's folded
    text between spaces, ``fold`` folds a run the same way. A run is taken only when
    :data:`HELD_BY` articles or more write it: a phrase of the news, not words that
    happen to stand together once."""
    from reader.search.analysis import is_stop_word

    for offset, (kind, rule) in enumerate(parts(is_stop_word).items()):
        for doc in docs[offset % EVERY :: EVERY]:
            for written, typed in rule(doc.body):
                together = f" {fold(written)} "
                holding = {k for k, text in texts.items() if together in text}
                if len(holding) < HELD_BY:
                    continue
                alike = f" {fold(typed)} "
                judged = {k: 1 for k, text in texts.items() if k in holding or alike in text}
                judged[doc.key] = 2
                yield kind.removesuffix("-vowel"), f'"{typed}"', judged
                break
