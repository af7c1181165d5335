"""The window's import route, headless: ``import_paths`` then ``recognize_pending`` (what
``MainWindow._on_import_finished`` starts), until every article is indexed with its
entities. Counts every document handed to the search index (an article indexed twice
counts twice) and the process's CPU seconds, with the entities recognised while the
import runs (``EntityLane``) or, with ``--after``, only after it (the route before).

``python -m benchmarks.window_import FOLDER [--no-model] [--after]``: ``--no-model``
recognises with the recognisers that need no statistical model (the model's loading
and speed then say nothing about the route). Run the two variants back to back, on the
same machine load; one JSON line each.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--after", action="store_true", help="entities after the import only")
    args = parser.parse_args()

    from reader.entities.pipeline import EntityPipeline, discover
    from reader.search.index import SearchIndex
    from reader.search.session import IndexSession
    from reader.services import Library
    from reader.services.engines import Engines

    counts: Counter[str] = Counter()
    update, add = SearchIndex.update, IndexSession.add

    def counted_update(self: SearchIndex, docs: Iterable[Any], *rest: Any, **named: Any) -> int:
        docs = list(docs)
        counts.update(d.id for d in docs)
        return update(self, docs, *rest, **named)

    def counted_add(self: IndexSession, docs: Iterable[Any]) -> int:
        docs = list(docs)
        counts.update(d.id for d in docs)
        return add(self, docs)

    SearchIndex.update = counted_update  # type: ignore[method-assign]
    IndexSession.add = counted_add  # type: ignore[method-assign]
    if args.no_model:
        pipeline = EntityPipeline([r for r in discover() if r.name != "spacy"])
        Engines.pipeline = property(lambda self: pipeline)  # type: ignore[assignment]
    lane = "entities" in inspect.signature(Library.import_paths).parameters and not args.after
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="window-import-") as folder:
        started, cpu = time.monotonic(), time.process_time()
        with Library.open(folder) as library:
            named: dict[str, Any] = {"entities": True} if lane else {}
            report = library.import_paths([args.folder], **named)
            imported = time.monotonic()
            library.recognize_pending()
            library.search("the")
        ended, cpu = time.monotonic(), time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "entities during the import": lane,
                "model": not args.no_model,
                "articles": sum(1 for o in report.outcomes if o.article_id),
                "load": round(load, 1),
                "import s": round(imported - started, 1),
                "until indexed with entities s": round(ended - started, 1),
                "cpu s": round(cpu, 1),
                "children cpu s": round(children.ru_utime + children.ru_stime, 1),
                "index writes": sum(counts.values()),
                "articles by writes": dict(Counter(counts.values())),
            }
        )
    )


if __name__ == "__main__":
    main()
