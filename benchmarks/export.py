"""P7: export 10,000 annotations to Markdown and to W3C JSON-LD (target: at most 1 s
each). The baseline, measured in the same run, is ``json.dumps`` of the same annotations
as plain dictionaries: what any export must at least pay to serialise them."""

from __future__ import annotations

import dataclasses
import json
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import median, save, table
from reader.core.anchoring import describe
from reader.core.model import Annotation
from reader.export.jsonld import JsonLdExporter
from reader.export.markdown import MarkdownExporter
from reader.services import Library
from reader.services.exports import ExportScope

COUNT = 10_000
REPEATS = 5


def _fill(library: Library) -> None:
    articles = [library.article(a.id) for a in library.articles()]
    store = library.annotation_store
    with library.store.transaction():
        for n in range(COUNT):
            article = articles[n % len(articles)]
            start = (n * 37) % max(1, len(article.text) - 60)
            quote = describe(article.text, start, start + 40)
            store.save(
                Annotation(
                    str(uuid.uuid4()),
                    article.id,
                    start,
                    start + 40,
                    quote.exact,
                    quote.prefix,
                    quote.suffix,
                    color=("yellow", "green", "blue")[n % 3],
                    note=f"Note {n} with **Markdown**" if n % 2 else "",
                    tags=(f"topic/{n % 7}",),
                    version=article.version,
                )
            )


def _time(work) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder)) as library:
        library.seed_if_empty()
        _fill(library)
        gather = _time(lambda: library.export_document(ExportScope(everything=True)))
        document = library.export_document(ExportScope(everything=True))
        assert document.total == COUNT
        rows = [dataclasses.asdict(a) for item in document.articles for a in item.annotations]
        baseline = _time(lambda: json.dumps(rows, ensure_ascii=False))
        markdown = _time(lambda: MarkdownExporter().render(document))
        jsonld = _time(lambda: JsonLdExporter().render(document))
    figures = {
        "gather_s": gather,
        "markdown_s": gather + markdown,
        "jsonld_s": gather + jsonld,
        "baseline_json_dumps_s": baseline,
    }
    save("export", figures)
    print(
        table(
            [
                ("P7 gather 10k (SQLite → document)", f"{gather:.3f} s", "—", "—"),
                (
                    "P7 Markdown 10k (target ≤ 1 s)",
                    f"{gather + markdown:.3f} s",
                    f"{baseline:.3f} s",
                    f"{(gather + markdown) / baseline:.1f}×",
                ),
                (
                    "P7 JSON-LD 10k (target ≤ 1 s)",
                    f"{gather + jsonld:.3f} s",
                    f"{baseline:.3f} s",
                    f"{(gather + jsonld) / baseline:.1f}×",
                ),
            ]
        )
    )


if __name__ == "__main__":
    main()
