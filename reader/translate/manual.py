"""Manual translation: the user's own text, typed per paragraph or imported from a file
(one paragraph per block, blank lines between blocks), aligned to the article's
paragraphs. It translates nothing by itself: its paragraphs come from the cache, where
the user's corrections and imports are kept."""

from __future__ import annotations

from collections.abc import Sequence

from reader.translate.base import Settings, ShouldStop, TranslationError


def split_blocks(text: str) -> list[str]:
    """The blocks of a translation file: separated by blank lines, inner lines joined."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


class ManualTranslator:
    name = "manual"
    remote = False

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or {}

    def available(self) -> bool:
        return True

    def pairs(self) -> set[tuple[str, str]]:
        return set()

    def translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
    ) -> list[str]:
        raise TranslationError(
            "manual translations are typed or imported by you; nothing to translate automatically"
        )
