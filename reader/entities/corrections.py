"""Apply the user's entity corrections on top of what the recognisers found.

Corrections are applied when mentions are read, never baked into the recognisers' cache,
so they take effect at once and survive every re-recognition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.model import EntityCorrection, EntityMention

USER = "user"


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def apply_corrections(
    mentions: Sequence[EntityMention],
    text: str,
    corrections: Sequence[EntityCorrection],
    article_id: str,
) -> list[EntityMention]:
    relevant = [c for c in corrections if c.article_id in (None, article_id)]
    # Article-specific corrections come after global ones, so they win.
    relevant.sort(key=lambda c: (c.article_id is not None, c.id or 0))
    result = list(mentions)
    for c in relevant:
        if c.action == "remove" and c.surface:
            result = [m for m in result if m.text != c.surface]
        elif c.action == "retype" and c.canonical and c.label:
            result = [
                EntityMention(m.start, m.end, m.text, c.label, m.canonical, USER)
                if m.canonical == c.canonical
                else m
                for m in result
            ]
        elif c.action == "alias" and c.canonical and c.target:
            result = [
                EntityMention(m.start, m.end, m.text, m.label, c.target, m.source)
                if m.canonical == c.canonical
                else m
                for m in result
            ]
        elif c.action == "add" and c.surface and c.label:
            for start, end in _occurrences(text, c.surface):
                result = [m for m in result if m.end <= start or end <= m.start]
                result.append(
                    EntityMention(start, end, c.surface, c.label, c.canonical or c.surface, USER)
                )
    result.sort(key=lambda m: (m.start, m.end))
    return result
