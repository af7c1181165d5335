"""An article's names read together, after each was read alone (:mod:`reader.entities.review`).

The French model labels each mention from the few words around it, so one article can
get the same name typed twice or not at all: *Fukushima* a place in one sentence and
missed in the next, *Toulouse-Lautrec* a place in a list of painters, *Sterling &
Francine Clark Art Institute* cut at the ampersand into a person and an institute. A
reader takes a name to mean the same thing throughout the article and the items of a
list to be of one kind; so do these steps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import pairwise

from reader.entities.base import Candidate, Label
from reader.entities.gazetteer import fold_case

MODEL = "spacy"
SPREAD_PRIORITY = 49  # below the model and every recogniser: only where nothing else is
_NAMES = (Label.PER, Label.ORG, Label.LOC, Label.PRODUCT, Label.MISC)
# What joins the items of a list: "Corot, Degas, Gauguin", "Sisley et Toulouse-Lautrec"
_LIST_JOIN = re.compile(r"^(?:\s*,\s*|\s+(?:et|ou)\s+)$")
# What joins the two halves of one name: "Sterling & Francine Clark Art Institute"
_AMPERSAND = re.compile(r"^\s*&\s*$")


def joined(text: str, candidates: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """Two model names joined by an ampersand are one name (*Procter & Gamble*,
    *Sterling & Francine Clark Art Institute*), typed as the second half when it is an
    organisation's, else an organisation."""
    model = sorted((c for _, c in candidates if c.source == MODEL), key=lambda c: c.start)
    merged: dict[Candidate, Candidate | None] = {}
    for left, right in pairwise(model):
        if left in merged or not _AMPERSAND.match(text[left.end : right.start]):
            continue
        label = right.label if right.label in (Label.ORG, Label.PRODUCT) else Label.ORG
        merged[left] = Candidate(left.start, right.end, label, MODEL)
        merged[right] = None
    if not merged:
        return candidates
    result = []
    for priority, c in candidates:
        if c not in merged:
            result.append((priority, c))
        elif (whole := merged[c]) is not None:
            result.append((priority, whole))
    return result


def lists(text: str, candidates: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """A model name inside a list whose other items (two or more) are all of one other
    type takes their type: *Pissarro, Sisley et Toulouse-Lautrec* are painters."""
    ordered = sorted(
        (c for _, c in candidates if c.label in _NAMES), key=lambda c: (c.start, -c.end)
    )
    runs: list[list[Candidate]] = []
    for c in ordered:
        last = runs[-1][-1] if runs else None
        if last is not None and last.end <= c.start and _LIST_JOIN.match(text[last.end : c.start]):
            runs[-1].append(c)
        elif last is None or last.end <= c.start:
            runs.append([c])
    retyped: dict[Candidate, Candidate] = {}
    for run in runs:
        if len(run) < 3:
            continue
        for i, c in enumerate(run):
            if c.source != MODEL:
                continue
            others = {o.label for j, o in enumerate(run) if j != i}
            if len(others) == 1 and c.label not in others:
                retyped[c] = Candidate(c.start, c.end, others.pop(), c.source, c.canonical)
    if not retyped:
        return candidates
    return [(p, retyped.get(c, c)) for p, c in candidates]


def spread(
    text: str, spans: Sequence[tuple[int, int]], candidates: list[tuple[int, Candidate]]
) -> list[Candidate]:
    """Where the model names something one way every time it names it, the article's
    other writings of that name, as written, which no recogniser took: *l'accident
    nucléaire de Fukushima* as *près de Fukushima*."""
    labels: dict[str, Counter[Label]] = {}
    for _, c in candidates:
        if c.source == MODEL and c.label in _NAMES:
            surface = text[c.start : c.end]
            if surface[:1].isupper() and len(surface) > 2:
                labels.setdefault(surface, Counter())[c.label] += 1
    taken = sorted((c.start, c.end) for _, c in candidates)
    found: list[Candidate] = []
    for surface, counts in labels.items():
        if len(counts) != 1:
            continue
        label = next(iter(counts))
        pattern = re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])")
        for start, end in spans:
            for match in pattern.finditer(text, start, end):
                s, e = match.span()
                if _inside_name(text, s, e) or any(ts < e and s < te for ts, te in taken):
                    continue
                found.append(Candidate(s, e, label, "spread"))
    return found


_CAPITAL_AFTER = re.compile(r"\s+[A-ZÀ-Ý]")
_CAPITAL_BEFORE = re.compile(r"[A-ZÀ-Ý][\w’'-]*\s+$")


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether a writing is part of a longer name: a capitalised word beside it
    (*centrale Fukushima Daiichi*, *Sterling Clark*)."""
    return bool(
        _CAPITAL_AFTER.match(text, end) or _CAPITAL_BEFORE.search(text[max(0, start - 30) : start])
    )


# What a person named in part follows: a sentence's start or its punctuation, a
# preposition or a conjunction (*la mort de Sims*, *entre Sims et Simpson*, *que Sims*);
# not an article (*la Marine*, *les Dassault*) nor a noun naming a thing after the person
# (*l'affaire Merah*, *le mouvement Momentum*)
_PERSON_BEFORE = re.compile(
    r"(?:^|[\n.!?:;,«»“”\"()–—-]\s*|(?:^|\s)(?:de|d['’]|à|par|pour|avec|entre|que|qu['’]|et|ou"
    r"|selon|chez|contre|sans|sur|vers|après|avant|dont|M\.|Mme)\s*)$"
)
_CAPITALISED = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?$")


def people_in_part(
    text: str,
    spans: Sequence[tuple[int, int]],
    candidates: list[tuple[int, Candidate]],
    known: Collection[str],
) -> list[Candidate]:
    """A person the model names by a full name of two words is that person where the
    article writes either word alone and no recogniser took it: *Wayde Sims*, then *la mort de
    Sims*, *le décès de Wayde*. Not a word the gazetteer knows (*Paris Hilton* does not
    make *Paris* a person), nor one another name of the article holds otherwise (*Henry
    Ford*, *Ford*), nor one after an article or a noun (*la Marine*, *l'affaire Merah*)."""
    people: set[str] = set()
    others: set[str] = set()
    for _, c in candidates:
        words = text[c.start : c.end].split()
        if c.label is Label.PER and len(words) == 2 and c.source == MODEL:
            people.update(w for w in words if _CAPITALISED.match(w) and len(w) > 2)
        elif c.label is not Label.PER:
            others.update(words)
    parts = {w for w in people - others if fold_case(w) not in known}
    if not parts:
        return []
    taken = sorted((c.start, c.end) for _, c in candidates)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, parts)) + r")(?![\w-])")
    found: list[Candidate] = []
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            s, e = match.span()
            if (
                any(ts < e and s < te for ts, te in taken)
                or _inside_name(text, s, e)
                or not _PERSON_BEFORE.search(text, max(0, s - 12), s)
            ):
                continue
            found.append(Candidate(s, e, Label.PER, "spread"))
    return found
