"""W3C Web Annotation JSON-LD: an ``AnnotationCollection`` whose first page holds every
annotation. Each has a ``TextQuoteSelector`` and a ``TextPositionSelector`` (code points)
on its article (``reader://article/ID``, with the title, publisher and language so that
another library can find the article again), the note as a ``TextualBody`` in
``text/markdown``, each tag as a ``TextualBody`` with ``purpose: "tagging"``, the colour as
a ``styleClass`` defined in an embedded CSS stylesheet, creator and dates.

:func:`parse` reads such a file back (and any W3C annotation with text selectors) into
:class:`ImportedAnnotation` records for the service to anchor and merge."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from reader import APP_ID, APP_NAME, __version__
from reader.core import messages
from reader.core.colors import COLORS, LIGHT
from reader.core.errors import Hint
from reader.export.base import SCHEME, ExportDocument, ExportError, article_link, utc

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
STYLE_PREFIX = "liseuse-"
NAMESPACE = uuid.UUID("6f1c1c0e-8f0c-4d55-9a53-6b1e3bb1d7a4")  # ids of foreign annotations
# An annotation nests about six levels (collection, page, items, target, selector,
# refinedBy); beyond this a file is refused, named by the annotation's place in it.
MAX_DEPTH = 64
MAX_POSITION = 2**31 - 1  # characters: far past the longest article
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


_STYLESHEETS = {
    c: {"type": "CssStylesheet", "value": f".{STYLE_PREFIX}{c} {{ background-color: {LIGHT[c]}; }}"}
    for c in COLORS
}


def annotation_json(document: ExportDocument, index: int, position: int) -> dict[str, Any]:
    item = document.articles[index]
    a = item.annotations[position]
    article = item.article
    bodies: list[dict[str, Any]] = []
    if a.note.strip():
        bodies.append(
            {
                "type": "TextualBody",
                "value": a.note,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    bodies.extend({"type": "TextualBody", "value": t, "purpose": "tagging"} for t in a.tags)
    source: dict[str, Any] = {
        "id": article_link(article.id),
        "type": "Text",
        "format": "text/plain",
        "schema:name": article.title,
    }
    if article.lang:
        source["language"] = article.lang
    if article.source:
        source["schema:publisher"] = article.source
    if article.date:
        source["schema:datePublished"] = article.date
    record: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "commenting" if a.note.strip() else "highlighting",
        "created": utc(a.created) or utc(document.created),
        "modified": utc(a.modified or a.created) or utc(document.created),
        "generator": {
            "id": f"urn:{APP_ID}",
            "type": "Software",
            "name": f"{APP_NAME} {__version__}",
        },
        "stylesheet": _STYLESHEETS.get(a.color, _STYLESHEETS["yellow"]),
        "target": {
            "type": "SpecificResource",
            "source": source,
            "styleClass": f"{STYLE_PREFIX}{a.color}",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a.exact,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                },
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
    }
    if document.creator:
        record["creator"] = {"type": "Person", "name": document.creator}
    if bodies:
        record["body"] = bodies if len(bodies) > 1 else bodies[0]
    return record


def collection_json(document: ExportDocument) -> dict[str, Any]:
    items = [
        annotation_json(document, i, j)
        for i, item in enumerate(document.articles)
        for j in range(len(item.annotations))
    ]
    for record in items:
        record.pop("@context")  # given once, on the collection
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": document.label,
        "total": len(items),
        "created": utc(document.created),
        "generator": {
            "id": f"urn:{APP_ID}",
            "type": "Software",
            "name": f"{APP_NAME} {__version__}",
        },
        **({"creator": {"type": "Person", "name": document.creator}} if document.creator else {}),
        "first": {
            "id": f"{collection_id}#page1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


class JsonLdExporter:
    name = "jsonld"
    extension = "jsonld"
    media_type = "application/ld+json"
    splittable = False

    def render(self, document: ExportDocument) -> bytes:
        """Indented, with one annotation per line: readable, and written by json's C
        encoder (an indented dump runs the pure-Python one: 10,000 annotations took 2.5 s
        instead of 0.3 s)."""
        collection = collection_json(document)
        items = [json.dumps(item, ensure_ascii=False) for item in collection["first"]["items"]]
        marker = f"items-{uuid.uuid4()}"
        collection["first"]["items"] = marker
        text = json.dumps(collection, ensure_ascii=False, indent=2)
        listed = "[\n" + ",\n".join("      " + item for item in items) + "\n    ]"
        return (text.replace(json.dumps(marker), listed if items else "[]") + "\n").encode()


# -- reading annotations back ---------------------------------------------------------------


@dataclass(frozen=True)
class ImportedAnnotation:
    id: str
    article_id: str | None  # from a reader:// source
    title: str
    publisher: str
    source_iri: str
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    note: str
    tags: tuple[str, ...]
    color: str
    created: str
    modified: str


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _annotations_in(data: Any) -> list[dict[str, Any]]:
    """Annotations of a collection (its embedded pages), a page, a list, or one (in
    order; a loop, not a recursion: lists may nest as deep as the file says)."""
    found: list[dict[str, Any]] = []
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        kinds = set(_as_list(item.get("type")))
        if "Annotation" in kinds:
            found.append(item)
        elif "AnnotationCollection" in kinds:
            page = item.get("first")
            while isinstance(page, dict):
                found.extend(_annotations_in(page))
                page = page.get("next")
        elif "AnnotationPage" in kinds:
            found.extend(a for a in _as_list(item.get("items")) if isinstance(a, dict))
    return found


def _too_deep(value: Any) -> bool:
    """Whether ``value`` nests lists and objects deeper than :data:`MAX_DEPTH` (walked
    with a loop: ``str()`` and ``==`` of such a value recurse and fail)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
    return False


def _deep_at(text: str) -> str:
    """Where a text first nests past :data:`MAX_DEPTH` ("line L, column C")."""
    depth = 0
    for token in _TOKENS.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                column = token.start() - (text.rfind("\n", 0, token.start()) + 1) + 1
                return f"line {line}, column {column}"
        elif mark in "]}":
            depth -= 1
    return "somewhere"


def _local_id(iri: str) -> str:
    if iri.startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(iri.removeprefix("urn:uuid:")))
        except ValueError:
            pass
    return str(uuid.uuid5(NAMESPACE, iri or json.dumps(iri)))


def _selectors(target: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    quote = position = None
    pending = _as_list(target.get("selector"))
    while pending:
        selector = pending.pop(0)
        if not isinstance(selector, dict):
            continue
        kind = selector.get("type")
        if kind == "TextQuoteSelector" and quote is None:
            quote = selector
        elif kind == "TextPositionSelector" and position is None:
            position = selector
        pending.extend(_as_list(selector.get("refinedBy")))
    return quote, position


def _one(record: dict[str, Any]) -> ImportedAnnotation | None:
    for target in _as_list(record.get("target")):
        if not isinstance(target, dict):
            continue
        quote, position = _selectors(target)
        if quote is None or not str(quote.get("exact", "")):
            continue
        source = target.get("source")
        meta = source if isinstance(source, dict) else {}
        iri = str(meta.get("id", "") if meta else source or "")
        prefix = f"{SCHEME}://article/"
        article_id = iri[len(prefix) :].split("#")[0] if iri.startswith(prefix) else None
        note, tags = "", []
        if isinstance(record.get("bodyValue"), str):
            note = record["bodyValue"]
        for body in _as_list(record.get("body")):
            if not isinstance(body, dict) or body.get("type") not in (None, "TextualBody"):
                continue
            purposes = set(_as_list(body.get("purpose")))
            value = str(body.get("value", ""))
            if "tagging" in purposes or record.get("motivation") == "tagging":
                if value.strip():
                    tags.append(value.strip())
            elif value.strip() and not note:
                note = value
        style = str(target.get("styleClass", ""))
        color = style.removeprefix(STYLE_PREFIX) if style.startswith(STYLE_PREFIX) else ""
        return ImportedAnnotation(
            id=_local_id(str(record.get("id", ""))),
            article_id=article_id or None,
            title=str(meta.get("schema:name", "")),
            publisher=str(meta.get("schema:publisher", "")),
            source_iri=iri,
            exact=str(quote.get("exact", "")),
            prefix=str(quote.get("prefix", "")),
            suffix=str(quote.get("suffix", "")),
            start=_position(position.get("start"), "start") if position else None,
            end=_position(position.get("end"), "end") if position else None,
            note=note,
            tags=tuple(dict.fromkeys(tags)),
            color=color if color in COLORS else "yellow",
            created=str(record.get("created", "")),
            modified=str(record.get("modified", "")),
        )
    return None


def _position(value: Any, name: str) -> int | None:
    """A selector's ``start`` or ``end``: None when absent; a whole number of characters
    from 0 to :data:`MAX_POSITION`; anything else (``1e999`` reads as infinity, ``-3``,
    ``"x"``) is refused, never guessed."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POSITION:
        shown = json.dumps(value) if isinstance(value, int | float | str) else type(value).__name__
        raise ValueError(f"its TextPositionSelector {name} {shown[:40]} is not a position")
    return value


def parse(raw: bytes | str) -> tuple[list[ImportedAnnotation], int]:
    """``(annotations with a text quote, how many others were skipped)``."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ExportError(Hint(messages.NOT_JSON_LD, exc)) from exc
    except RecursionError as exc:
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        raise ExportError(Hint(messages.NESTED_TOO_DEEP, MAX_DEPTH, _deep_at(text))) from exc
    records = _annotations_in(data)
    if not records and not (isinstance(data, dict) and "type" in data):
        raise ExportError(Hint(messages.NO_ANNOTATIONS))
    parsed = []
    for number, record in enumerate(records, start=1):
        try:
            if _too_deep(record):
                raise ValueError(f"it nests lists and objects more than {MAX_DEPTH} deep")
            parsed.append(_one(record))
        except ValueError as exc:
            raise ExportError(Hint(messages.ANNOTATION_REFUSED, number, exc)) from exc
    found = [p for p in parsed if p is not None]
    return found, len(parsed) - len(found)
