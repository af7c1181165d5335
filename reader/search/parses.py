"""A query parser that keeps what it read: each keystroke in the search box plans its
words again, and the alternatives check parses each alternative of each word, through
Whoosh's parser (its plugins, seven fields, two forms of a word), about half a
millisecond a word and a tenth of a search's time. What the parser makes of a text
depends on the text and the schema only, so the parses are kept for the parser's life,
the most recent :data:`PARSES_KEPT`; each caller gets its own copy of the tree.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from typing import Any

from whoosh.qparser import QueryParser

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
        return copy.deepcopy(found)

    parser.parse = kept_parse
    return parser
