"""What every export format receives: the articles of the chosen scope with their
annotations, tags and entities, gathered once by the service and rendered by an
:class:`Exporter`. Exporters are pure functions of this data (no database, no Qt), so each
format is tested on its own and a new one is a small class behind an entry point."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from reader.core.colors import DEFAULT_MEANINGS
from reader.core.errors import ReaderError
from reader.core.model import Annotation, Article, EntityMention

SCHEME = "reader"


class ExportError(ReaderError):
    """An export could not be written (exists, unwritable, nothing to export)."""


def article_link(article_id: str, annotation_id: str | None = None) -> str:
    """The deep link the app opens: ``reader://article/ID#anno=UUID``."""
    link = f"{SCHEME}://article/{article_id}"
    return f"{link}#anno={annotation_id}" if annotation_id else link


@dataclass(frozen=True)
class ExportOptions:
    full_text: bool = False  # include the article's text with its highlights
    entities: bool = True  # list (Markdown) or underline (HTML) the named entities
    split: bool = False  # one file per article (formats that allow it)


@dataclass(frozen=True)
class ExportArticle:
    article: Article
    annotations: tuple[Annotation, ...]
    entities: tuple[EntityMention, ...] = ()

    def entity_names(self) -> dict[str, list[str]]:
        """Canonical names by type, in order of first mention."""
        names: dict[str, list[str]] = {}
        for mention in sorted(self.entities, key=lambda m: m.start):
            bucket = names.setdefault(mention.label, [])
            if mention.canonical not in bucket:
                bucket.append(mention.canonical)
        return names


@dataclass(frozen=True)
class ExportDocument:
    """The whole export: a label for the scope, when, and the articles in order."""

    label: str
    articles: tuple[ExportArticle, ...]
    meanings: Mapping[str, str] = field(default_factory=dict)
    creator: str = ""
    created: str = field(
        default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    )
    options: ExportOptions = ExportOptions()

    @property
    def total(self) -> int:
        return sum(len(a.annotations) for a in self.articles)

    def meaning(self, color: str) -> str:
        return self.meanings.get(color) or DEFAULT_MEANINGS.get(color, color)

    def single(self, item: ExportArticle) -> ExportDocument:
        return ExportDocument(
            item.article.title, (item,), self.meanings, self.creator, self.created, self.options
        )


@runtime_checkable
class Exporter(Protocol):
    name: str  # the --format value
    extension: str  # without the dot
    media_type: str
    splittable: bool  # can write one file per article

    def render(self, document: ExportDocument) -> bytes: ...


def utc(timestamp: str) -> str:
    """An ISO timestamp as xsd:dateTime in UTC with a Z (what W3C and Readwise read)."""
    if not timestamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]+')
# Windows opens these devices for "CON", "con.md", "Nul. Le débat.md"…
_DEVICES = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)
MAX_NAME_CHARS = 100
MAX_NAME_BYTES = 200  # Linux allows 255 bytes: four-byte emoji must fit with the extension


def safe_filename(title: str, extension: str, fallback: str = "article") -> str:
    """A portable file name from a title: no path separators, reserved or control
    characters, no invisible formatting characters (a right-to-left override would show
    ``gpj.exe`` as ``exe.jpg``), no leading dots, no Windows device name, and short enough
    for every file system."""
    name = unicodedata.normalize("NFC", title)
    name = "".join(c for c in name if unicodedata.category(c) != "Cf")
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split()).strip(" .")[:MAX_NAME_CHARS]
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    name = name.rstrip(" .")
    if not name:
        name = fallback
    elif _DEVICES.match(name.split(".")[0].rstrip()):
        name = "_" + name
    return f"{name}.{extension}"


def merged_ranges(annotations: tuple[Annotation, ...]) -> list[tuple[int, int, Annotation]]:
    """Non-overlapping highlight ranges in text order (the earlier one wins an overlap);
    orphaned annotations are left out, they have no place in the text."""
    out: list[tuple[int, int, Annotation]] = []
    last = 0
    for a in sorted(annotations, key=lambda a: (a.start, -a.end)):
        if a.status == "orphaned":
            continue
        start = max(a.start, last)
        if start < a.end:
            out.append((start, a.end, a))
            last = a.end
    return out
