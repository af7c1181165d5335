"""Write ``resources/first_reading.json``: the bundled article a first start opens, as a
fresh library reads it (``.venv/bin/python packaging/first_reading.py``).

A first start paints it at once, with its entities, while the bundled articles are
imported behind it (see :mod:`reader.ui.snapshot`). It is read the way the window reads
it: the bundled articles imported into a scratch library (``Library.seed_if_empty``),
the first of the library list in its first order (by title). Its entities are not kept
here: the start takes them from ``resources/bundled_entities.json``, as the read does.
Run it again when a bundled article or the parser changes:
``tests/unit/test_first_reading.py`` fails until then.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.services import Library  # noqa: E402
from reader.services.reading import Reading, read  # noqa: E402
from reader.ui import snapshot  # noqa: E402

TARGET = ROOT / "resources" / snapshot.FIRST


def first_reading() -> Reading:
    """The article a first start shows once the import is done (no change stamp: a
    snapshot is painted before the library has any; no entities: see above)."""
    with (
        tempfile.TemporaryDirectory(prefix="first-reading-") as folder,
        Library.open(folder) as library,
    ):
        library.seed_if_empty()
        first = library.article_ids(sort="title")[0]
        reading = read(library, first)
    return replace(reading, article=replace(reading.article, stamp=0), mentions=None)


def main() -> None:
    reading = first_reading()
    text = json.dumps(json.loads(snapshot.dumps(reading)), ensure_ascii=False, indent=1)
    TARGET.write_text(text + "\n", encoding="utf-8")  # a line a field: plain diffs
    print(f"{TARGET.relative_to(ROOT)}: {reading.article.title}")


if __name__ == "__main__":
    main()
