"""The article a first start paints before its import (resources/first_reading.json) is
the one the window opens once the bundled articles are imported, as the library reads it:
the same text, structure and entities, so that the read replaces it with no change."""

from __future__ import annotations

from dataclasses import replace

from reader.services.reading import read
from reader.ui import snapshot

REGENERATE = "resources/first_reading.json is out of date: run packaging/first_reading.py"


def test_the_shipped_first_article_is_what_a_fresh_library_opens_first(library) -> None:
    shipped = snapshot.first_reading()
    assert shipped is not None, "resources/first_reading.json is missing or unreadable"
    # the library list's first row in its first order: what a first start selects
    first = library.article_ids(sort="title")[0]
    reading = read(library, first)
    assert shipped.article == replace(reading.article, stamp=0), REGENERATE
    assert shipped.mentions == reading.mentions, REGENERATE
    assert len(shipped.mentions or []) > 10  # underlined at once: "Tencent", "Reuters"…
    assert shipped.annotations == reading.annotations == []
