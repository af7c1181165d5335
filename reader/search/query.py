"""The query language users type: words, "phrases", AND/OR/NOT, -word, field:value,
wildcards, word~ (fuzzy). Field names users know (``title``, ``source``, ``tag``,
``entity``…) expand to the index's per-language fields."""

from __future__ import annotations

import copy
from typing import Any

from whoosh import qparser, query
from whoosh.qparser import syntax
from whoosh.query import Query

from reader.core.errors import QuerySyntaxError
from reader.search.analysis import plain_analyzer
from reader.search.schema import ALIASES, DEFAULT_FIELDS

MAX_QUERY_CHARS = 2000


class _ExpandFieldsPlugin(qparser.Plugin):  # type: ignore[misc]
    """Unfielded words search every text field; an alias searches its fields."""

    def filters(self, parser: Any) -> list[tuple[Any, int]]:
        # After the fields plugin (100) has attached explicit field names.
        return [(self._expand, 110)]

    def _expand(self, parser: Any, group: Any) -> Any:
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self._expand(parser, node)
            elif node.has_fieldname:
                name = node.fieldname
                if name is None:
                    targets: tuple[str, ...] = DEFAULT_FIELDS
                elif name.lower() in ALIASES:
                    targets = ALIASES[name.lower()]
                else:
                    hidden = {"body", "language", "person", "place"}
                    known = ", ".join(f"{k}:" for k in sorted(set(ALIASES) - hidden))
                    raise QuerySyntaxError(f"unknown field {name}: — use one of {known}")
                if len(targets) == 1:
                    node.set_fieldname(targets[0], override=True)
                    continue
                copies = []
                for target in targets:
                    clone = copy.copy(node)
                    clone.set_fieldname(target, override=True)
                    copies.append(clone)
                group[i] = syntax.OrGroup(copies)
        return group


class _Parser(qparser.QueryParser):  # type: ignore[misc]
    """A typo (``Huawai~``) is compared with the stemmed and the unstemmed form: a
    stemmer cuts a misspelt name differently from the right one."""

    _plain = plain_analyzer()

    def term_query(
        self,
        fieldname: str,
        text: str,
        termclass: Any,
        boost: float = 1.0,
        tokenize: bool = True,
        removestops: bool = True,
    ) -> Any:
        stemmed = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if termclass is not query.FuzzyTerm or not isinstance(stemmed, query.FuzzyTerm):
            return stemmed
        # Typos keep their first letter: walking only the terms that share it makes a
        # fuzzy query 5–10× faster (the Levenshtein automaton is pure Python).
        stemmed.prefixlength = max(stemmed.prefixlength, FUZZY_PREFIX)
        plain = [t.text for t in self._plain(text, mode="query")]
        if len(plain) != 1 or plain[0] == stemmed.text:
            return stemmed
        other = query.FuzzyTerm(
            fieldname, plain[0], boost=boost, maxdist=stemmed.maxdist, prefixlength=FUZZY_PREFIX
        )
        return query.Or([stemmed, other])


FUZZY_PREFIX = 1


def make_parser(schema: Any) -> qparser.QueryParser:
    parser = _Parser(None, schema, group=qparser.AndGroup)
    parser.replace_plugin(qparser.FieldsPlugin(remove_unknown=False))
    # "-word" excludes, but the hyphen inside "etats-unis" does not.
    parser.add_plugin(qparser.PlusMinusPlugin(r"(?<![^\s(])\+", r"(?<![^\s(])-"))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(_ExpandFieldsPlugin())
    return parser


def parse(parser: qparser.QueryParser, text: str) -> Query:
    text = " ".join(text.split())[:MAX_QUERY_CHARS]
    try:
        return parser.parse(text)
    except QuerySyntaxError:
        raise
    except Exception as exc:  # Whoosh raises assorted errors on odd input
        raise QuerySyntaxError(f"cannot understand this query ({exc})") from exc
