"""Write ``resources/bundled_entities.json``: the bundled articles' entities, found by
the real pipeline (``.venv/bin/python packaging/bundled_entities.py``).

The articles are imported the way a first start imports them (``Library.seed_if_empty``
into a scratch library), then recognised by every pipeline the app can run: with spaCy's
model, and without it (the frozen bundle leaves spaCy out). A first start then underlines
them at once instead of waiting seconds for the model (see ``reader/entities/shipped.py``).
Run it again when a recogniser, the gazetteer or the model changes:
``tests/unit/entities/test_shipped.py`` fails until then.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.entities.pipeline import EntityPipeline, discover  # noqa: E402
from reader.entities.shipped import Table, table  # noqa: E402
from reader.services import Library  # noqa: E402

TARGET = ROOT / "resources" / "bundled_entities.json"


def pipelines() -> list[EntityPipeline]:
    """The pipeline a full install runs and, when it has the model, the one without."""
    full = EntityPipeline(discover())
    without_model = EntityPipeline([r for r in full.recognizers if r.name != "spacy"])
    return [full] if without_model.version == full.version else [full, without_model]


def build(chosen: list[EntityPipeline]) -> Table:
    with (
        tempfile.TemporaryDirectory(prefix="bundled-entities-") as folder,
        Library.open(folder) as library,
    ):
        library.seed_if_empty()
        articles = [library.article(s.id) for s in library.articles()]
        return table(chosen, articles)


def dumps(content: Table) -> str:
    """One mention a line: small, and a regenerated file reads as a plain diff."""
    lines = ["{", f'  "about": {json.dumps(content["about"], ensure_ascii=False)},']
    lines.append('  "pipelines": {')
    versions = list(content["pipelines"].items())
    for i, (version, pipeline) in enumerate(versions):
        lines.append(f"    {json.dumps(version)}: {{")
        lines.append(f'      "recognizers": {json.dumps(pipeline["recognizers"])},')
        lines.append('      "articles": {')
        articles = list(pipeline["articles"].items())
        for j, (digest, rows) in enumerate(articles):
            body = ",\n".join(f"          {json.dumps(r, ensure_ascii=False)}" for r in rows)
            end = "," if j < len(articles) - 1 else ""
            lines.append(f"        {json.dumps(digest)}: [\n{body}\n        ]{end}")
        lines.append("      }")
        lines.append("    }" + ("," if i < len(versions) - 1 else ""))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    chosen = pipelines()
    if not any(r.name == "spacy" for r in chosen[0].recognizers):
        sys.exit("spaCy's model is not installed: the file would lack the full pipeline")
    TARGET.write_text(dumps(build(chosen)), encoding="utf-8")
    for version, pipeline in json.loads(TARGET.read_text(encoding="utf-8"))["pipelines"].items():
        count = sum(len(rows) for rows in pipeline["articles"].values())
        print(f"{version}: {count} mentions in {len(pipeline['articles'])} articles")
    print(f"written {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
