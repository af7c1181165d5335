"""A query parser that keeps what it read: each keystroke in the search box plans its
words again, and the alternatives check parses each alternative of each word, through
Whoosh's parser (its plugins, seven fields, two forms of a word), about half a
millisecond a word and a tenth of a search's time. What the parser makes of a text
depends on the text and the schema only, so the parses are kept for the parser's life,
the most recent :data:`PARSES_KEPT`; each caller gets its own copy of the tree
(:func:`copied`: ``copy.deepcopy`` cost half of what it saved).
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from typing import Any

from whoosh.qparser import QueryParser
from whoosh.query import Query

PARSES_KEPT = 4096
_MISSING = object()


def keep_parses(parser: QueryParser) -> QueryParser:
    """``parser``, its :meth:`parse` answering a text read before from what it kept."""
    parse = parser.parse
    kept: OrderedDict[str, Any] = OrderedDict()
    lock = threading.Lock()

    def kept_parse(text: str, normalize: bool = True, debug: bool = False) -> Any:
        if not normalize or debug:
            return parse(text, normalize, debug)
        with lock:
            found = kept.get(text, _MISSING)
            if found is not _MISSING:
                kept.move_to_end(text)
        if found is _MISSING:
            found = parse(text)  # raises as before: an error is not kept
            with lock:
                kept[text] = found
                while len(kept) > PARSES_KEPT:
                    kept.popitem(last=False)
        return copied(found)

    parser.parse = kept_parse
    return parser


def copied(node: Any) -> Any:
    """A copy of the query tree ``node``: each query in it copied, and each list it
    holds (a compound's subqueries, a phrase's words); strings and numbers shared."""
    if not isinstance(node, Query):
        return node
    made = copy.copy(node)
    if made is node:  # a query that is its own copy (Whoosh's NullQuery)
        return node
    for name, value in vars(node).items():
        if isinstance(value, Query):
            setattr(made, name, copied(value))
        elif isinstance(value, list):
            setattr(made, name, [copied(v) for v in value])
    return made
