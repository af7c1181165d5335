"""Counts in English words for the command line and the exports: ``1 annotation``,
``3 annotations`` — never ``annotation(s)``. (The window counts through Qt's ``tr`` with
``%n``, whose plural forms come from the translation files.)"""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    """``count`` and the noun in its English form for that number (``many`` defaults to
    ``one`` + ``s``)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
