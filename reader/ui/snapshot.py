"""The article read last, kept beside the library so that the next start paints it —
text, entity underlines, the Entities panel's counts, highlights — in its first frame.

Before, the first frame showed an empty reader: the article came after the library's
start-up work and a read on a worker thread, its entities later still. The snapshot is
written when the window closes (``last-reading.json``, tens of kilobytes) and painted
before the start-up work begins; the article read from the library replaces it a moment
later, the same, without moving the reader's place. A snapshot of another article than
the one to open (a deep link, a library changed by the command line), of an older
format, or unreadable, is not painted: the start is as before.

A first start has no snapshot of its own, and its first article came only after the
bundled articles' import (language detection, the first search index: seconds). The app
ships one instead (``first_reading.json``, written by ``packaging/first_reading.py``):
the bundled article a first start opens, as a fresh library reads it; its entities are
the ones shipped for it, as the read takes them (``reading.before_import``). It is
painted at once while the import runs behind it; ``tests/unit/test_first_reading.py``
fails when it no longer matches what the import reads.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from reader import APP_NAME
from reader.core.model import Annotation, Article, EntityMention, Span, SpanKind
from reader.services.reading import Reading, before_import
from reader.ui.article import place

if TYPE_CHECKING:
    from reader.ui.article.view import ArticleView
    from reader.ui.context import UiContext
    from reader.ui.entities.panel import EntitiesPanel

log = logging.getLogger(__name__)
FILE = "last-reading.json"
FIRST = "first_reading.json"  # among the app's resources: what a first start paints
FORMAT = 1


class Window(Protocol):
    """What a snapshot is painted in: the main window (named by its role, which keeps
    this module out of an import circle with it)."""

    ctx: UiContext
    article_view: ArticleView
    entities_panel: EntitiesPanel

    def setWindowTitle(self, title: str, /) -> None: ...


def paint(window: Window, shown: Reading) -> None:
    """The snapshot's article as it was shown: text, underlines, the Entities panel's
    counts and list, highlights, title and place (not the Details panel: what it shows
    of an article it looks up in the library, which is the read's work)."""
    view = window.article_view
    view.show_article(shown.article)
    view.set_entities(shown.mentions or [])
    view.set_annotations(shown.annotations)
    view.return_to(place.kept(window.ctx.settings, shown.article))
    window.entities_panel.set_mentions(shown.mentions or [], pending=shown.mentions is None)
    window.setWindowTitle(f"{shown.article.title} — {APP_NAME}")


def withdraw(window: Window) -> None:
    """The article read last is not in the library any more (put back from an older
    backup, say): forget it, and take back its snapshot if one was painted — the window
    as it is with no article open."""
    window.ctx.settings.set("last_article", "")
    window.article_view.show_article(None)
    window.entities_panel.set_mentions([])
    window.setWindowTitle(APP_NAME)


def dumps(reading: Reading) -> str:
    """The snapshot of ``reading`` as JSON text (the hits of a query are not kept)."""
    article = reading.article
    data = {
        "format": FORMAT,
        "article": {**asdict(article), "spans": [_span(s) for s in article.spans]},
        "mentions": None if reading.mentions is None else [asdict(m) for m in reading.mentions],
        "annotations": [asdict(a) for a in reading.annotations],
    }
    return json.dumps(data, ensure_ascii=False)


def save(root: Path, reading: Reading) -> None:
    """Write ``reading`` atomically (a crash leaves the old snapshot or the new one)."""
    path = root / FILE
    part = path.with_suffix(".part")
    try:
        part.write_text(dumps(reading), encoding="utf-8")
        part.replace(path)
    except OSError as exc:  # a full disk or a read-only library: the next start is plain
        log.warning("the reading snapshot could not be written: %s", exc)


def load(root: Path, article_id: str | None) -> Reading | None:
    """The snapshot if it is of ``article_id`` (the article the start opens), else None."""
    if not article_id:
        return None
    try:
        data = json.loads((root / FILE).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data["article"]["id"] != article_id:
            return None
        return _reading(data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("the reading snapshot is unreadable (%s); the start goes without it", exc)
        return None


def first_reading() -> Reading | None:
    """The bundled article a first start opens, with its shipped entities (None if the
    file is missing or unreadable: the first start waits for the import, as before)."""
    try:
        entry = resources.files("reader._resources") / FIRST
        data = json.loads(entry.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        return before_import(_reading(data).article)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("the first article's snapshot is unreadable (%s)", exc)
        return None


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "kind": span.kind.value, "lang": span.lang}


def _reading(data: dict[str, Any]) -> Reading:
    fields = dict(data["article"])
    fields["spans"] = tuple(
        Span(s["start"], s["end"], SpanKind(s["kind"]), s["lang"]) for s in fields["spans"]
    )
    fields["tags"] = tuple(fields["tags"])
    mentions = data["mentions"]
    return Reading(
        Article(**fields),
        None if mentions is None else [EntityMention(**m) for m in mentions],
        [Annotation(**{**a, "tags": tuple(a["tags"])}) for a in data["annotations"]],
    )
