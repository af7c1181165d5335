"""The translation memory: sentences, not only paragraphs, recognised across articles.

Syndicated stories repeat sentences word for word inside paragraphs that differ. Each
translated paragraph whose translation cuts into as many sentences as its source is also
cached sentence by sentence, so a paragraph made only of sentences translated before (in
any article) comes from the cache without being sent. And when the user corrects a
paragraph, the sentences they changed are remembered; wherever the same sentence appears
again with the engine's old text, the correction is offered (never applied unasked: the
same words may want another translation elsewhere)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from reader.core.glossary import GlossaryEntry, fingerprint, occurrences
from reader.core.text import content_hash
from reader.core.translation import Offer, sentences
from reader.store.translations import CachedText, Correction


class Cache(Protocol):
    """What the memory reads of the translation cache."""

    def get(
        self, provider: str, route: str | None, source: str, target: str, text_hash: str
    ) -> CachedText | None: ...

    def corrections(
        self, source: str, target: str, hashes: Iterable[str]
    ) -> dict[str, Correction]: ...


def _glossary_print(text: str, entries: Sequence[GlossaryEntry]) -> str:
    return fingerprint([o.entry for o in occurrences(text, entries)]) if entries else ""


def from_sentences(
    cache: Cache,
    key: tuple[str, str | None, str, str],
    text: str,
    entries: Sequence[GlossaryEntry],
) -> CachedText | None:
    """The paragraph put together from its cached sentences, or None when one is missing
    (or was made with other glossary entries). ``key`` is (provider, route, source,
    target). A paragraph of one sentence is the paragraph cache's business."""
    parts = sentences(text)
    if len(parts) < 2:
        return None
    provider, route, source, target = key
    found: list[CachedText] = []
    for part in parts:
        hit = cache.get(provider, route, source, target, content_hash(part))
        if hit is None or hit.edited or hit.glossary != _glossary_print(part, entries):
            return None
        found.append(hit)
    unknown = tuple(dict.fromkeys(w for hit in found for w in hit.unknown))
    return CachedText(
        " ".join(hit.text for hit in found), False, unknown, _glossary_print(text, entries)
    )


def sentence_rows(
    text: str, made: CachedText, entries: Sequence[GlossaryEntry]
) -> list[tuple[str, CachedText]]:
    """The cache rows of a paragraph's sentences, when source and translation cut into
    as many (else none: which sentence became which is not known)."""
    source, target = sentences(text), sentences(made.text)
    if len(source) < 2 or len(source) != len(target):
        return []
    return [
        (
            content_hash(a),
            CachedText(
                b, False, tuple(w for w in made.unknown if w in b), _glossary_print(a, entries)
            ),
        )
        for a, b in zip(source, target, strict=True)
    ]


def corrections(
    text: str, machine: str, edited: str, article_id: str
) -> list[tuple[str, Correction]]:
    """The sentences of paragraph ``text`` the user changed, as (sentence hash,
    correction): sentence by sentence when the source, the engine's text and the edit cut
    into as many, else the paragraph as one."""
    source, before, after = sentences(text), sentences(machine), sentences(edited)
    if len(source) > 1 and len(source) == len(before) == len(after):
        return [
            (content_hash(s), Correction(s, b, a, article_id))
            for s, b, a in zip(source, before, after, strict=True)
            if b != a
        ]
    if " ".join(machine.split()) == " ".join(edited.split()):
        return []
    return [(content_hash(text.strip()), Correction(text.strip(), machine, edited, article_id))]


def offers(
    cache: Cache,
    languages: tuple[str, str],
    paragraphs: Sequence[tuple[str, str]],
) -> list[tuple[Offer, ...]]:
    """For each (source text, translation) paragraph, the user's corrections made
    elsewhere of sentences it holds, where the translation still has the engine's text."""
    source, target = languages
    cut = [[p.strip(), *sentences(p)] for p, _ in paragraphs]
    known = cache.corrections(source, target, {content_hash(s) for parts in cut for s in parts})
    found: list[tuple[Offer, ...]] = []
    for parts, (_, translation) in zip(cut, paragraphs, strict=True):
        here: list[Offer] = []
        for part in dict.fromkeys(parts):
            c = known.get(content_hash(part))
            if c is None or c.corrected in translation:
                continue
            if c.machine and c.machine in translation:
                here.append(Offer(c.sentence, c.machine, c.corrected, c.article_id))
        found.append(tuple(here))
    return found


def applied(translation: str, offer: Offer) -> str:
    """The paragraph's translation with the offered correction in place of the engine's
    text."""
    if offer.machine and offer.machine in translation:
        return translation.replace(offer.machine, offer.corrected, 1)
    return translation


def cached_paragraphs(
    cache: Cache,
    route_key: tuple[str, str | None, str, str],
    texts: list[str],
    hashes: list[str],
    prints: list[str],
    entries: Sequence[GlossaryEntry],
    filled: list[int],
) -> list[CachedText | None]:
    """Each paragraph's translation as the cache holds it (or None): the paragraph's own,
    else put together from its sentences translated before (their indexes added to
    ``filled``). A text made with other glossary entries is made again; the user's own
    stays."""
    name, key, source, target = route_key
    known = [cache.get(name, key, source, target, h) for h in hashes]
    known = [
        None if hit is not None and not hit.edited and hit.glossary != p else hit
        for hit, p in zip(known, prints, strict=True)
    ]
    for i, hit in enumerate(known):
        if hit is None:  # its sentences may all have been translated elsewhere
            known[i] = from_sentences(cache, route_key, texts[i], entries)
            if known[i] is not None:
                filled.append(i)
    return known
