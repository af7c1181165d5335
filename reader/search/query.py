"""The query language users type: words, "phrases", AND/OR/NOT, -word, field:value,
wildcards, word~ (fuzzy). Field names users know (``title``, ``source``, ``tag``,
``entity``…) expand to the index's per-language fields.

Whoosh reads almost any string without complaint, guessing what a stray quote or a
lone ``AND`` meant; :func:`check` says in the search box's words what looked wrong, and a
query Whoosh cannot read at all gets that hint instead of Whoosh's internal message."""

from __future__ import annotations

import copy
import heapq
import logging
import re
from typing import Any

from whoosh import qparser, query
from whoosh.qparser import syntax
from whoosh.query import Query

from reader.core.errors import Hint, QuerySyntaxError
from reader.search.analysis import forms, other_genders, plain_analyzer
from reader.search.schema import ALIASES, DEFAULT_FIELDS

log = logging.getLogger(__name__)
MAX_QUERY_CHARS = 2000

# Whoosh ORs subqueries in libraries under 5,000 articles with a matcher that first fills
# a 2,048-slot array from a Python generator (about 1 ms each time); a typed query
# builds dozens of ORs (its words in seven fields, their alternatives), so that was a
# fifth of a search's time on the BBC library. The binary tree of unions it uses above
# 5,000 articles gives the same matches and scores.
query.Or.matcher_type = query.Or.DEFAULT_MATCHER
# Lucene's limit too: beyond two edits the automaton walks most of the vocabulary (a
# minute for "abcdefghijklmnop~5" on five articles) and matches nearly any word.
MAX_EDITS = 2
FUZZY_PREFIX = 1
# A wildcard before any letter (``*a*``) walks every word of the index and can match
# most of them: thousands of terms to score, 6.6 s on 2,133 articles. Any wildcard
# searches the most common of the words it matches, at most this many.
MAX_EXPANSION = 50
# The hints' templates (the window translates them: reader/ui/search/hints.py)
GENERIC_HINT = (
    "this query cannot be understood: check its quotation marks, parentheses and "
    'AND / OR / NOT (for example: "stock de puces" OR Huawei -Nvidia)'
)
UNKNOWN_FIELD = "unknown field %1: — use one of %2"
OPEN_QUOTE = 'a quotation mark is not closed: a "phrase" needs one at each end'
EXTRA_CLOSE = 'a ")" has no "(" before it'
OPEN_PAREN = 'a "(" is not closed by a ")"'
BINARY_ALONE = "%1 needs a word on each side (Huawei %1 Nvidia)"
NOT_ALONE = "NOT needs a word after it (Nvidia NOT Huawei)"
SIGN_ALONE = '"%1" goes right before a word, without a space (%1Huawei)'
TOO_FUZZY = "at most %1 typos are looked for (%2~%1)"
EMPTY_FIELD = "%1: needs a word right after it, without a space (%1:Baidu)"
TOO_LONG = "the query is long: only its first %1 characters are searched"
LEADING_WILDCARD = (
    "%1 starts with a wildcard: only the %2 most common words it matches are searched"
)
EXCLUDED_ONLY = "%1 only leaves articles out: add a word to search for (Huawei %1)"
HINTS = (
    GENERIC_HINT,
    UNKNOWN_FIELD,
    OPEN_QUOTE,
    EXTRA_CLOSE,
    OPEN_PAREN,
    BINARY_ALONE,
    NOT_ALONE,
    SIGN_ALONE,
    TOO_FUZZY,
    EMPTY_FIELD,
    TOO_LONG,
    LEADING_WILDCARD,
    EXCLUDED_ONLY,
)


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
                    raise QuerySyntaxError(Hint(UNKNOWN_FIELD, name, known))
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
        if stemmed is None and removestops and tokenize and fieldname in self.schema:
            return _small_words_joined(self, fieldname, text, boost)
        if termclass is query.Term and isinstance(stemmed, query.Term) and fieldname in self.schema:
            analyzer = self.schema[fieldname].analyzer
            # an accented word also meets a text that lost its accents (its second form)
            both = forms(analyzer, text)
            found = [stemmed]
            if len(both) == 2 and stemmed.text == both[0]:
                found.append(query.Term(fieldname, both[1], boost=boost))
            # a French adjective meets its other gender (nouveau: *nouvelle*)
            lang = getattr(analyzer, "lang", "")
            found.extend(
                query.Term(fieldname, g, boost=boost) for g in other_genders(lang, stemmed.text)
            )
            return query.Or(found) if len(found) > 1 else stemmed
        if termclass is not query.FuzzyTerm or not isinstance(stemmed, query.FuzzyTerm):
            return stemmed
        plain = [t.text for t in self._plain(text, mode="query")]
        if len(plain) != 1 or plain[0] == stemmed.text:
            return stemmed
        return query.Or([stemmed, query.FuzzyTerm(fieldname, plain[0], boost=boost)])


def _small_words_joined(parser: Any, fieldname: str, text: str, boost: float) -> Any:
    """A word typed as one (``AT&T``, ``to-do``) whose parts are all function words
    in ``fieldname``'s language: the phrase of those parts, as the field holds them at
    their places. Dropped as a stop word, it left the field unsearched, and ``AT&T``
    found nothing in the English articles that name the firm. One function word alone
    (``the``) is still dropped: it would match every article of its language."""
    field = parser.schema[fieldname]
    words = [t.text for t in field.tokenize(text, mode="query", removestops=False)]
    if len(words) < 2:
        return None
    return parser.phraseclass(fieldname, words, boost=boost)


class _FuzzyPlugin(qparser.FuzzyTermPlugin):  # type: ignore[misc]
    """``word~N/P`` with at most :data:`MAX_EDITS` edits. Typos keep their first letter:
    walking only the terms that share it makes a fuzzy query 5–10× faster (the
    Levenshtein automaton is pure Python). Whoosh's own node sets the distance on the
    query it gets back, which misses the two terms of :meth:`_Parser.term_query`."""

    class FuzzyTermNode(qparser.FuzzyTermPlugin.FuzzyTermNode):  # type: ignore[misc]
        def query(self, parser: Any) -> Any:
            made = syntax.TextNode.query(self, parser)
            for leaf in made.leaves() if made is not None else ():
                if isinstance(leaf, query.FuzzyTerm):
                    leaf.maxdist = min(self.maxdist, MAX_EDITS)
                    # a prefix longer than the word fails inside Whoosh ("a~/2")
                    prefix = max(self.prefixlength, FUZZY_PREFIX)
                    leaf.prefixlength = min(prefix, len(leaf.text))
            return made


class _CappedWildcard(query.Wildcard):  # type: ignore[misc]
    """A wildcard that expands to at most :data:`MAX_EXPANSION` words, the most common
    (every use of the expansion — matching, highlighting, sizes — goes through here)."""

    def _btexts(self, ixreader: Any) -> Any:
        found = super()._btexts(ixreader)
        return heapq.nlargest(
            MAX_EXPANSION, found, key=lambda b: ixreader.doc_frequency(self.fieldname, b)
        )


class _WildcardPlugin(qparser.WildcardPlugin):  # type: ignore[misc]
    """Whoosh's ``*`` and ``?`` syntax, read into capped wildcards."""

    class WildcardNode(qparser.WildcardPlugin.WildcardNode):  # type: ignore[misc]
        qclass = _CappedWildcard

    nodetype = WildcardNode


class _PhrasePlugin(qparser.PhrasePlugin):  # type: ignore[misc]
    """Whoosh's "phrase", with a phrase made only of function words (``"pour moi"``,
    ``"in the"``) searched as written: the language fields hold function words at their
    places (reader.search.analysis), but the analyser leaves them out of a query, which
    is right for a word typed alone (it would match every article of its language) and
    left such a phrase matching nothing."""

    class PhraseNode(qparser.PhrasePlugin.PhraseNode):  # type: ignore[misc]
        def query(self, parser: Any) -> Any:
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if parser.schema else None
            if field is None or not field.analyzer:
                return super().query(parser)
            tokens = list(field.tokenize(self.text, mode="query", chars=True))
            if tokens:
                return super().query(parser)
            start = self.textstartchar
            words, ranges = [], []
            for t in field.tokenize(self.text, mode="query", chars=True, removestops=False):
                words.append(t.text)
                ranges.append((start + t.startchar, start + t.endchar))
            if len(words) < 2:  # one function word alone, quoted: as Whoosh reads it
                return super().query(parser)
            made = parser.phraseclass(
                fieldname, words, slop=self.slop, boost=self.boost, char_ranges=ranges
            )
            return syntax.attach(made, self)

    class PhraseTagger(qparser.PhrasePlugin.PhraseTagger):  # type: ignore[misc]
        def create(self, parser: Any, match: Any) -> Any:
            made = super().create(parser, match)
            return _PhrasePlugin.PhraseNode(made.text, made.textstartchar, made.slop)

    def taggers(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self.PhraseTagger(self.expr), 0)]


def make_parser(schema: Any) -> qparser.QueryParser:
    parser = _Parser(None, schema, group=qparser.AndGroup)
    # a field name starts with a letter: "12:30" is a time, not the field "12"
    parser.replace_plugin(qparser.FieldsPlugin(r"(?P<text>[^\W\d]\w*|[*]):", remove_unknown=False))
    # "-word" excludes, but the hyphen inside "etats-unis" does not.
    parser.add_plugin(qparser.PlusMinusPlugin(r"(?<![^\s(])\+", r"(?<![^\s(])-"))
    # 'single quotes' are a headline's or a reader's quotation marks ("SA unveils 'more
    # for all' budget"), not Whoosh's unanalysed literal term, which matched nothing
    parser.remove_plugin_class(qparser.SingleQuotePlugin)
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.remove_plugin_class(qparser.PhrasePlugin)
    parser.add_plugin(_PhrasePlugin())
    parser.add_plugin(_WildcardPlugin())
    parser.add_plugin(_FuzzyPlugin())
    parser.add_plugin(_ExpandFieldsPlugin())
    return parser


def parse(parser: qparser.QueryParser, text: str) -> Query:
    cut = " ".join(text.split())[:MAX_QUERY_CHARS]
    try:
        return _without_and_not(parser.parse(cut))
    except QuerySyntaxError:
        raise
    except Exception as exc:  # Whoosh raises assorted errors on odd input
        raise unreadable(text, exc) from exc


def _without_and_not(made: Query) -> Query:
    """``a -b`` as ``a NOT b`` runs it: And(a, Not(b)). Whoosh's own AndNot matcher
    skips the check of a segment's first wanted document when an excluded one comes
    first, so an article holding ``b`` was counted, sometimes listed."""

    def rewrite(node: Query) -> Query:
        if isinstance(node, query.AndNot):
            return query.And([node.a, query.Not(node.b)])
        return node

    return made.accept(rewrite) if made is not None else made


def unreadable(text: str, exc: BaseException) -> QuerySyntaxError:
    """The error for a query Whoosh failed on: a hint, not Whoosh's internals."""
    log.debug("Whoosh failed on the query %r", text, exc_info=exc)
    return QuerySyntaxError(check(text) or Hint(GENERIC_HINT))


_TOKEN = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_EMPTY_FIELD = re.compile(r'(?<![\w:"])(\w+):(?=\s|\)|$)')
_FUZZY = re.compile(r"~(\d)")
_QUOTED = re.compile(r'"[^"]*"')
_BINARY = {"AND", "OR", "ANDNOT", "ANDMAYBE"}
_LEADING_WILDCARD = re.compile(r"^[-+]?(?:\w+:)?[*?]")


def runnable(text: str) -> str:
    """``text`` without the operators left at its ends as a query is typed (``Brown OR``
    before ``Blair``, ``Brown NOT``, ``AND taxes``): what it asks for so far. A query of
    operators only is nothing to search; :func:`check` says what is missing."""
    tokens = _TOKEN.findall(" ".join(text.split()))
    start, end = 0, len(tokens)
    while start < end and tokens[start] in _BINARY:
        start += 1
    while end > start and tokens[end - 1] in (*_BINARY, "NOT"):
        end -= 1
    if (start, end) == (0, len(tokens)):
        return text
    return " ".join(tokens[start:end])


def check(text: str) -> Hint | str:
    """What looks wrong in a query, as a hint for the search box ("" when nothing does).
    The query still runs: Whoosh closes a quote at the end, ignores a stray operator."""
    flat = " ".join(text.split())
    if flat.count('"') % 2:
        return Hint(OPEN_QUOTE)
    tokens = _TOKEN.findall(flat)
    depth = 0
    for token in tokens:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth < 0:
            return Hint(EXTRA_CLOSE)
    if depth:
        return Hint(OPEN_PAREN)
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        before = tokens[i - 1] if i else None
        if token in _BINARY and (
            before in (None, "(", *_BINARY, "NOT") or after in (None, ")", *_BINARY)
        ):
            return Hint(BINARY_ALONE, token)
        if token == "NOT" and after in (None, ")", *_BINARY, "NOT"):
            return Hint(NOT_ALONE)
        if token in ("-", "+"):
            return Hint(SIGN_ALONE, token)
        if _LEADING_WILDCARD.search(token) and token.strip("*?"):
            return Hint(LEADING_WILDCARD, token, MAX_EXPANSION)
        slop = token.startswith("~") and (before or "").startswith('"')  # "a b"~5: nearness
        if not slop and (edits := _FUZZY.search(token)) and int(edits[1]) > MAX_EDITS:
            word = token[: edits.start()] or "word"
            return Hint(TOO_FUZZY, MAX_EDITS, word)
    if field := _EMPTY_FIELD.search(_QUOTED.sub('""', flat)):
        return Hint(EMPTY_FIELD, field[1])
    words = [t for t in tokens if t not in ("(", ")", *_BINARY)]
    left_out = [
        t if t[:1] == "-" else f"-{t}"
        for i, t in enumerate(words)
        if t != "NOT" and ((t[:1] == "-" and len(t) > 1) or (i and words[i - 1] == "NOT"))
    ]
    if left_out and len(left_out) == len([t for t in words if t != "NOT"]):
        return Hint(EXCLUDED_ONLY, left_out[0])
    if len(flat) > MAX_QUERY_CHARS:
        return Hint(TOO_LONG, MAX_QUERY_CHARS)
    return ""
