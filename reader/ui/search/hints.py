"""The query hints of :mod:`reader.search.query`, in the window's language.

The search engine writes its hints in English from templates (``%1``, ``%2``…); the
templates are listed here so that ``lupdate`` collects them, and a test checks that the
list and the engine's templates stay the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from reader.ui import hints

CONTEXT = "QueryHint"
TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "QueryHint",
        "this query cannot be understood: check its quotation marks, parentheses and "
        'AND / OR / NOT (for example: "stock de puces" OR Huawei -Nvidia)',
    ),
    QT_TRANSLATE_NOOP("QueryHint", "unknown field %1: — use one of %2"),
    QT_TRANSLATE_NOOP(
        "QueryHint", 'a quotation mark is not closed: a "phrase" needs one at each end'
    ),
    QT_TRANSLATE_NOOP("QueryHint", 'a ")" has no "(" before it'),
    QT_TRANSLATE_NOOP("QueryHint", 'a "(" is not closed by a ")"'),
    QT_TRANSLATE_NOOP("QueryHint", "%1 needs a word on each side (Huawei %1 Nvidia)"),
    QT_TRANSLATE_NOOP("QueryHint", "NOT needs a word after it (Nvidia NOT Huawei)"),
    QT_TRANSLATE_NOOP("QueryHint", '"%1" goes right before a word, without a space (%1Huawei)'),
    QT_TRANSLATE_NOOP("QueryHint", "at most %1 typos are looked for (%2~%1)"),
    QT_TRANSLATE_NOOP("QueryHint", "%1: needs a word right after it, without a space (%1:Baidu)"),
    QT_TRANSLATE_NOOP("QueryHint", "the query is long: only its first %1 characters are searched"),
    QT_TRANSLATE_NOOP(
        "QueryHint",
        "%1 starts with a wildcard: only the %2 most common words it matches are searched",
    ),
    QT_TRANSLATE_NOOP(
        "QueryHint", "%1 only leaves articles out: add a word to search for (Huawei %1)"
    ),
)


def translated(hint: str) -> str:
    """``hint`` in the window's language (as it is when it is not a :class:`Hint`)."""
    return hints.translated(hint, CONTEXT)
