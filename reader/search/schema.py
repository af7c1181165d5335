"""The index schema and how an :class:`IndexDoc` becomes a Whoosh document.

Text goes into per-language fields (``title_fr``, ``body_fr``, …): each is analysed
with its language's stemmer, and a query is analysed for every language at once, so
French and English articles are both found by a query in either form. The text itself
is not stored: SQLite has it, and snippets are made from there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import IDAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Positions, tokens

from reader.search.analysis import FALLBACK, LANGUAGES, language_analyzer, plain_analyzer
from reader.search.document import IndexDoc
from reader.search.spelling import SPELL_FIELD, SpellingField

# Bump when fields or analysers change: an index of another version is rebuilt.
SCHEMA_VERSION = 16  # 16: the word lists count the articles writing a word as a name
TITLE_BOOST = 3.0
TEXT_LANGS = (*LANGUAGES, FALLBACK)
TITLE_FIELDS = tuple(f"title_{lang}" for lang in TEXT_LANGS)
BODY_FIELDS = tuple(f"body_{lang}" for lang in TEXT_LANGS)
# Field names users type, and the index fields each stands for.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": TITLE_FIELDS,
    "text": BODY_FIELDS,
    "body": BODY_FIELDS,
    "source": ("source",),
    "lang": ("lang",),
    "language": ("lang",),
    "tag": ("tag",),
    "note": ("note",),
    "entity": ("entity",),
}
ENTITY_TYPES = ("PER", "ORG", "LOC", "PRODUCT", "MISC")
ENTITY_FIELDS = {label: f"entity_{label.lower()}" for label in ENTITY_TYPES}
ALIASES.update(
    {
        "per": (ENTITY_FIELDS["PER"],),
        "person": (ENTITY_FIELDS["PER"],),
        "org": (ENTITY_FIELDS["ORG"],),
        "loc": (ENTITY_FIELDS["LOC"],),
        "place": (ENTITY_FIELDS["LOC"],),
        "product": (ENTITY_FIELDS["PRODUCT"],),
        "misc": (ENTITY_FIELDS["MISC"],),
    }
)
DEFAULT_FIELDS = (*TITLE_FIELDS, *BODY_FIELDS, "note")


class FunctionWordPositions(Positions):  # type: ignore[misc]
    """Whoosh's positions, less the function words in a document's length and scores:
    they are indexed at their places for phrases (reader.search.analysis), and counted
    they would lengthen every article and change the ranking of every query, which never
    searches them outside a phrase; scored, an article with many "to" would rank first
    for ``"users to update"``. Whoosh sums a field's length from each term's frequency
    and scores a posting by its weight: a function word's are given as 0 (its postings
    keep their positions)."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        poses: dict[str, list[int]] = defaultdict(list)
        weights: dict[str, float] = defaultdict(float)
        function: set[str] = set()
        kwargs["positions"] = True
        kwargs["boosts"] = True
        for t in tokens(value, analyzer, kwargs):
            poses[t.text].append(t.pos)
            weights[t.text] += t.boost
            if getattr(t, "function", False):
                function.add(t.text)
        for word, places in poses.items():
            if word in function:
                yield (word, 0, 0.0, self.encode(places))
            else:
                yield (word, len(places), weights[word] * self.field_boost, self.encode(places))


def build_schema() -> Schema:
    fields: dict[str, Any] = {
        # ids and stamps also in column stores: comparing the index with the library
        # reads two compact columns instead of every stored document (at 50,000
        # articles, 400 MB of pages touched at each start)
        "id": ID(stored=True, unique=True, sortable=True),
        "stamp": NUMERIC(stored=True, sortable=True, bits=64),
        "lang": ID(stored=True, sortable=True, analyzer=IDAnalyzer(lowercase=True)),
        "source": TEXT(analyzer=plain_analyzer(), multitoken_query="phrase"),
        "source_facet": ID(sortable=True),
        "tag": KEYWORD(lowercase=True, commas=True, scorable=True),
        "note": TEXT(analyzer=plain_analyzer(), multitoken_query="phrase"),
        # One name per line; positions let "Martin Lau" match as a phrase.
        "entity": TEXT(analyzer=plain_analyzer(), multitoken_query="phrase"),
        # Canonical names as they are, read back for the entity facet counts.
        "entity_names": STORED(),
        # Words as written (folded), for spelling suggestions only (reader.search.spelling),
        # which read its words and how many articles hold each: kept in each segment's
        # word list (reader.search.wordlist), not as postings, which were half of all
        # those an import wrote.
        SPELL_FIELD: SpellingField(),
    }
    for field in ENTITY_FIELDS.values():
        fields[field] = TEXT(analyzer=plain_analyzer(), multitoken_query="phrase")
    for lang in TEXT_LANGS:
        analyzer = language_analyzer(lang)
        title = TEXT(analyzer=analyzer, field_boost=TITLE_BOOST, multitoken_query="phrase")
        body = TEXT(analyzer=analyzer, multitoken_query="phrase")
        for made in (title, body):
            made.format = FunctionWordPositions(field_boost=made.format.field_boost)
        fields[f"title_{lang}"], fields[f"body_{lang}"] = title, body
    return Schema(**fields)


def text_lang(lang: str | None) -> str:
    """Which family of text fields an article of language ``lang`` goes into."""
    base = (lang or "").split("-")[0].lower()
    return base if base in LANGUAGES else FALLBACK


def to_fields(doc: IndexDoc) -> dict[str, Any]:
    lang = text_lang(doc.lang)
    fields: dict[str, Any] = {
        "id": doc.id,
        "stamp": doc.stamp,
        "lang": (doc.lang or "").lower(),
        f"title_{lang}": doc.title,
        f"body_{lang}": doc.body,
        SPELL_FIELD: f"{doc.title}\n{doc.body}",
    }
    if doc.source:
        fields["source"] = doc.source
        fields["source_facet"] = doc.source
    if doc.tags:
        # a hierarchical tag is found by its ancestors too: tag:export-controls finds
        # passages tagged export-controls/US
        tags = {"/".join(t.split("/")[: i + 1]) for t in doc.tags for i in range(t.count("/") + 1)}
        fields["tag"] = ",".join(sorted(t.replace(",", " ") for t in tags))
    if doc.notes:
        fields["note"] = doc.notes
    if doc.entities or doc.entity_forms:
        named = sorted(set(doc.entities) | set(doc.entity_forms))
        fields["entity"] = "\n".join(name for name, _ in named)
        for label, field in ENTITY_FIELDS.items():
            names = [name for name, kind in named if kind == label]
            if names:
                fields[field] = "\n".join(names)
        canonical = sorted({name for name, kind in doc.entities if kind in ENTITY_FIELDS})
        if canonical:
            fields["entity_names"] = canonical
    return fields
