"""Run the recognisers, merge their candidates deterministically, name the entities.

Merging: user corrections, then the gazetteer and the rules, then name patterns, then
the statistical model — a candidate is kept unless it overlaps one already kept. A
model span that extends exactly one gazetteer mention with capitalised words ("Huawei
Technologies") keeps its extent and takes the gazetteer's type and name. Every mention
gets a canonical name: the gazetteer's, else the surface form; a lone surname is tied to
the full name used elsewhere in the article ("Lau" → "Martin Lau").
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from reader.core import plugins
from reader.core.model import Article, EntityMention
from reader.entities import model_process, shipped
from reader.entities.base import Block, Candidate, Label, Recognizer
from reader.entities.english_spans import branch_ends
from reader.entities.french_checks import INSTITUTION_WORDS, PRESS_WORDS
from reader.entities.gazetteer import Entry, Gazetteer, GazetteerRecognizer, fold_case
from reader.entities.heuristics import ORG_WORDS
from reader.entities.review import VERSION as REVIEW_VERSION
from reader.entities.review import review

log = logging.getLogger(__name__)
GROUP = plugins.RECOGNIZERS
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s$")
_BODY_KINDS = {"title", "kicker", "lead", "heading", "paragraph", "quote", "attribution"}


def discover(extra_entries: Iterable[Entry] = ()) -> list[Recognizer]:
    """Every registered recogniser; one that fails to load is logged and left out."""
    recognizers: list[Recognizer] = []
    gazetteer = Gazetteer.bundled().extended(extra_entries)
    for point in plugins.entry_points(GROUP):
        try:
            factory: Any = point.load()
            recognizer = factory(gazetteer) if factory is GazetteerRecognizer else factory()
        except Exception:
            log.exception("the entity recogniser %r failed to load; it is disabled", point.name)
            continue
        if getattr(recognizer, "available", True):
            recognizers.append(recognizer)
    return recognizers


class EntityPipeline:
    def __init__(
        self,
        recognizers: Sequence[Recognizer],
        gazetteer: Gazetteer | None = None,
        reviewed: bool = True,
    ):
        self.recognizers = sorted(recognizers, key=lambda r: -r.priority)
        gaz = gazetteer or next(
            (r.gazetteer for r in recognizers if isinstance(r, GazetteerRecognizer)), Gazetteer()
        )
        self._names = gaz.canonical_of()
        #: every form the gazetteer knows, named only or also matched (*Philippines*),
        #: with its type
        self._known: dict[str, Label] = {}
        for entry in gaz.entries:
            for form in entry.forms:
                self._known.setdefault(fold_case(form), entry.label)
        #: the model's French proposals read again (reader.entities.review); off only in
        #: the benchmarks, to measure what the review does
        self.reviewed = reviewed
        parts = ";".join(f"{r.name}={r.version}" for r in self.recognizers)
        parts += f";review={REVIEW_VERSION if reviewed else 'off'}"
        self.version = hashlib.sha256(parts.encode("utf-8")).hexdigest()[:12]
        self._lock = threading.Lock()  # models are not shared between threads at once
        #: the capitalised-name cues stand in for an English model; beside one they add
        #: mostly acronyms that are not names (AM, PM, OK), so they are left out
        self._stand_ins = {"capitals"} if _has_model(self.recognizers, "en") else set()

    @classmethod
    def default(cls, extra_entries: Iterable[Entry] = ()) -> EntityPipeline:
        return cls(discover(extra_entries))

    def recognize(self, article: Article) -> list[EntityMention]:
        """The article's mentions. A bundled article takes those shipped for this very
        pipeline (:mod:`reader.entities.shipped`): what :meth:`run` finds, with no model
        to load on a first start."""
        found = shipped.mentions(article, self.version)
        return self.run(article) if found is None else found

    def run(self, article: Article) -> list[EntityMention]:
        """The recognisers run on the article's text."""
        blocks = [
            Block(s.start, s.end, s.lang or article.lang)
            for s in article.blocks()
            if s.kind.value in _BODY_KINDS
        ]
        return self.recognize_text(article.text, blocks, article.lang)

    def recognize_text(
        self, text: str, blocks: Sequence[Block], lang: str | None
    ) -> list[EntityMention]:
        candidates: list[tuple[int, Candidate]] = []
        with self._lock:
            candidates = self._candidates(text, blocks, lang)
        kept = _merge(text, candidates, english=lang == "en")
        return self._name(text, kept)

    def _candidates(
        self, text: str, blocks: Sequence[Block], lang: str | None
    ) -> list[tuple[int, Candidate]]:
        candidates: list[tuple[int, Candidate]] = []
        for recognizer in self.recognizers:
            if recognizer.name in self._stand_ins:
                continue
            try:
                if getattr(recognizer, "known_first", False):
                    # the names already known, handed to the model (higher ranks ran first)
                    known = [c for p, c in candidates if p > recognizer.priority]
                    found = recognizer.recognize(text, blocks, lang, known)  # type: ignore[call-arg]
                else:
                    found = recognizer.recognize(text, blocks, lang)
            except model_process.ModelStopped:
                raise  # the app is ending: nothing saved rather than a lesser result
            except Exception:
                log.exception("the entity recogniser %r failed on a text", recognizer.name)
                continue
            candidates.extend((recognizer.priority, c) for c in found if c.end > c.start)
        if not self.reviewed:
            return candidates
        return review(text, blocks, lang, candidates, self._known)

    def _name(self, text: str, kept: list[Candidate]) -> list[EntityMention]:
        mentions = []
        for c in kept:
            surface = text[c.start : c.end]
            canonical, label = c.canonical, c.label
            if canonical is None:
                known = self._names.get(fold_case(_POSSESSIVE.sub("", surface)))
                if known is not None and label not in (Label.MONEY, Label.PERCENT, Label.DATE):
                    canonical, label = known[0], known[1]
                else:
                    canonical = _SPACES.sub(" ", _POSSESSIVE.sub("", surface)).strip()
            mentions.append(
                EntityMention(c.start, c.end, surface, label.value, canonical, c.source)
            )
        # A lone name refers to the full name used elsewhere in the article: "Lau" to
        # "Martin Lau", and "Ren" to "Ren Zhengfei" (family name first).
        full: dict[str, set[str]] = {}
        for m in mentions:
            if m.label == Label.PER and " " in m.canonical:
                parts = m.canonical.split()
                for part in {parts[0], parts[-1]}:
                    full.setdefault(part, set()).add(m.canonical)
        return [
            EntityMention(m.start, m.end, m.text, m.label, next(iter(full[m.canonical])), m.source)
            if m.label == Label.PER
            and " " not in m.canonical
            and len(full.get(m.canonical, ())) == 1
            else m
            for m in mentions
        ]


_CONNECTORS = re.compile(r"^(?:de|du|des|d['’]|de la|la|l['’])$")


def _name_words(extra: str) -> bool:
    """Whether the words a model span adds to a known name are a name's: capitalised,
    or French connectors before a capitalised word ("Asie de l'Est")."""
    words = re.sub(r"\b([dl]['’])(?=\w)", r"\1 ", extra).split()
    return (
        bool(words)
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or _CONNECTORS.match(w) for w in words)
    )


# the words that name a broadcaster's channel or a paper's weekly edition after or before
# the known name: "BBC" Radio 1, "BBC News" 24, "BBC News" Online, the Sunday "Telegraph"
_EDITION_WORDS = frozenset("Radio News Online Live Sport World Service Sunday One Two".split())


def _branch_or_channel(
    text: str, c: Candidate, inside: list[Candidate], overlapping: list[Candidate]
) -> bool:
    """A model's organisation made of a known organisation's name and only a known place
    (its national branch: "eBay UK"), a number or an edition's word ("BBC Radio 1", "the
    Sunday Telegraph"): the longer name is the one meant."""
    if c.label is not Label.ORG or not inside or len(overlapping) != len(inside):
        return False
    if not any(t.label is Label.ORG for t in inside):
        return False
    if any(t.label not in (Label.ORG, Label.LOC) for t in inside):
        return False
    rest = list(text[c.start : c.end])
    for t in inside:
        rest[t.start - c.start : t.end - c.start] = " " * (t.end - t.start)
    words = "".join(rest).split()
    if not words:  # "eBay UK": the firm, then the place; "BBC" "Radio 1": its channel
        first, last = min(inside, key=lambda t: t.start), max(inside, key=lambda t: t.end)
        return (
            len(inside) == 2
            and first.label is Label.ORG
            and (first.start, last.end) == (c.start, c.end)
            and text[first.end : last.start] == " "
            and (last.label is not Label.LOC or branch_ends(text, last.end))
        )
    return all(w.isdigit() or w in _EDITION_WORDS for w in words)


def _has_model(recognizers: Sequence[Recognizer], lang: str) -> bool:
    return any(getattr(r, "available_for", lambda _: False)(lang) for r in recognizers)


def _merge(
    text: str, candidates: list[tuple[int, Candidate]], english: bool = False
) -> list[Candidate]:
    """One candidate per stretch of text, the trusted first; a model's longer name over the
    known name inside it where its words say so. ``english``: also a known organisation's
    channel, branch or weekly edition (:func:`_branch_or_channel`), and an event named
    after its sponsor, which English news writes so; the French reviews have their own."""
    trusted = [c for p, c in candidates if p >= 60]
    extended: list[tuple[int, Candidate]] = []
    for priority, c in candidates:
        if priority >= 60:
            continue
        inside = [t for t in trusted if c.start <= t.start and t.end <= c.end]
        overlapping = [t for t in trusted if t.start < c.end and c.start < t.end]
        extra_words = {
            w.strip(".,")
            for w in (text[c.start : c.end]).split()
            if not any(t.start <= text.find(w, c.start) < t.end for t in inside)
        }
        if (
            c.label is Label.PER
            and len(inside) == 1
            and len(overlapping) == 1
            and inside[0].label is Label.LOC
            and inside[0].end == c.end
            and inside[0].start > c.start
            and text[c.start : inside[0].start].strip()[:1].isupper()
        ):
            # "François Hollande": a person whose surname is also a place's name
            extended.append((85, c))
            continue
        if (
            inside
            and c.label is Label.ORG
            and extra_words & (ORG_WORDS | INSTITUTION_WORDS | PRESS_WORDS)
        ):
            # "US Securities Exchange Commission", "Bourse de New York", "Washington
            # Examiner": an institution or a newspaper named after a place.
            extended.append((85, c))
            continue
        if english and _branch_or_channel(text, c, inside, overlapping):
            # "BBC News 24", "BBC Radio 1", "eBay UK", "the Sunday Telegraph": a known
            # organisation's channel, branch or weekly edition is that organisation
            extended.append((85, c))
            continue
        if (
            len(inside) == 1
            and len(overlapping) == 1
            and inside[0].canonical
            and inside[0].start == c.start  # "Huawei Technologies", not "AOL Europe"
        ):
            t = inside[0]
            if t.label is Label.ORG and (
                c.label is Label.PRODUCT or (english and c.label is Label.MISC)
            ):
                # "Airbus A330": a maker's name and a model's code; "ABN AMRO World Tennis
                # Tournament": an event named after its sponsor
                extended.append((85, c))
                continue
            extra = text[c.start : t.start] + " " + text[t.end : c.end]
            if (c.start, c.end) != (t.start, t.end) and _name_words(extra):
                extended.append(
                    (85, Candidate(c.start, c.end, t.label, f"{t.source}+{c.source}", t.canonical))
                )
                continue
        extended.append((priority, c))
    pool = [(p, c) for p, c in candidates if p >= 60] + extended
    pool.sort(key=lambda pc: (-pc[0], -(pc[1].end - pc[1].start), pc[1].start, pc[1].label.value))
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for _, c in pool:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    kept.sort(key=lambda c: (c.start, c.end))
    return _branches(text, kept) if english else kept


_BRANCH_PLACES = frozenset("UK US USA Europe Asia America".split())


def _branches(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A known firm's name, then a country or a continent with one space between and
    nothing joined after: its national branch, one organisation ("eBay UK", "Nintendo UK",
    "AOL Europe"), as English news names them; "UK-based" is left alone, and so is a
    country that says where the next word's thing is ("BBC News US policy":
    :func:`reader.entities.english.branch_ends`). A firm no list knows is no evidence of a
    branch: the model may have taken a place's adjective for one."""
    merged: list[Candidate] = []
    for c in kept:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.label is Label.ORG
            and last.canonical is not None
            and c.label is Label.LOC
            and text[c.start : c.end] in _BRANCH_PLACES
            and text[last.end : c.start] == " "
            and branch_ends(text, c.end)
        ):
            merged[-1] = Candidate(last.start, c.end, Label.ORG, last.source)
            continue
        merged.append(c)
    return merged
