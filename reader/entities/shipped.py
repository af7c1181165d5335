"""The bundled articles' entities, recognised when the app was built.

A first start imports the five bundled articles, and recognising them waited 7–8 s for
the statistical model to load in its process: the underlines came long after the text.
``resources/bundled_entities.json``, written by ``packaging/bundled_entities.py`` from
the real pipeline, holds their mentions for each pipeline the app can run — with the
model and without it (the frozen bundle has no spaCy) — keyed by the hash of the
article's canonical text. An article whose text and pipeline version are exactly those
of an entry takes its mentions as the pipeline would have given them; anything else is
recognised as usual. ``tests/unit/entities/test_shipped.py`` fails when the file no
longer matches what the pipeline finds.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from reader.core.model import Article, EntityMention
from reader.core.resources import bundled_entities
from reader.entities.base import Recognizer

log = logging.getLogger(__name__)
Table = dict[str, Any]  # the JSON file's content


class Pipeline(Protocol):
    """What :func:`table` asks of an :class:`~reader.entities.pipeline.EntityPipeline`
    (which looks its articles up here: named by its role, it closes no import circle)."""

    version: str
    recognizers: list[Recognizer]

    def run(self, article: Article) -> list[EntityMention]: ...


@functools.cache
def _table() -> Table:
    data = bundled_entities()
    if data is None:
        return {}
    try:
        table = json.loads(data)
    except ValueError:
        log.warning("bundled_entities.json cannot be read; the bundled articles are recognised")
        return {}
    return table if isinstance(table, dict) else {}


def mentions(article: Article, pipeline_version: str | None) -> list[EntityMention] | None:
    """The shipped mentions of ``article`` for this pipeline version, or None. Without a
    version, those of the first pipeline shipped (the full one): what a first start paints
    with the text before the recognisers are loaded to name their version."""
    pipelines = _table().get("pipelines", {})
    if pipeline_version is None:
        pipeline = next(iter(pipelines.values()), None)
    else:
        pipeline = pipelines.get(pipeline_version)
    rows = None if pipeline is None else pipeline.get("articles", {}).get(article.content_hash)
    if rows is None:
        return None
    text = article.text
    return [
        EntityMention(start, end, text[start:end], label, canonical, source)
        for start, end, label, canonical, source in rows
    ]


def table(pipelines: Sequence[Pipeline], articles: Iterable[Article]) -> Table:
    """What ``bundled_entities.json`` holds: each pipeline's mentions of ``articles``."""
    articles = list(articles)
    return {
        "about": (
            "Entities of the bundled articles per pipeline version, keyed by the SHA-256 of "
            "the article's canonical text: start, end, label, canonical name, recogniser. "
            "Written by packaging/bundled_entities.py."
        ),
        "pipelines": {
            pipeline.version: {
                "recognizers": ";".join(f"{r.name}={r.version}" for r in pipeline.recognizers),
                "articles": {
                    article.content_hash: [
                        [m.start, m.end, m.label, m.canonical, m.source]
                        for m in pipeline.run(article)
                    ]
                    for article in sorted(articles, key=lambda a: a.content_hash)
                },
            }
            for pipeline in pipelines
        },
    }
