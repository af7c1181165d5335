"""How a query as people type it becomes the queries the index runs.

A query typed without operators — words, "phrases", ``field:value`` — is read as a
reader means it, not as a strict boolean formula:

- **function words never exclude**: ``la``, ``de``, ``the``, ``of`` are in no article of
  the other language and in nearly every one of their own, so requiring them would
  exclude or say nothing; a word that is a stop word in any indexed language is dropped
  from an unquoted query (in a quoted phrase it is required at its place, as the index
  holds it: reader.search.analysis);
- **all words first, then most**: the query is split into clauses (one per word or
  phrase; a ``field:value`` is a restriction every result keeps); articles with every
  clause rank first and, when fewer than a handful have them all, articles with most
  of them follow (see ``SearchIndex.search``);
- **alternatives**: a word may carry other words that mean the same (a translation, an
  entity's other names), searched beside it with a lower weight.

A query with ``AND``, ``OR``, ``NOT``, ``+word``, ``-word`` or parentheses is the user's
own formula: it runs as typed, strictly. Facet chips add ``field:value`` filters after a
parenthesised query (``(la Chine) source:"Le Monde"``); that form stays plain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from whoosh import query
from whoosh.qparser import QueryParser
from whoosh.query import Query

from reader.search.analysis import is_stop_word
from reader.search.links import linked
from reader.search.query import parse
from reader.search.senses import (
    ENGLISH_FIELDS,
    Alias,
    Expansion,
    LesserSense,
    acronym_fields,
    french_only,
    french_word,
    outside,
    source_fields,
    split_fields,
    translated_stem,
)

# Lower weight of an alternative (a translation, another name) than the word typed:
# articles in the query's own words rank first.
ALTERNATIVE_BOOST = 0.7
# Of a lesser sense (how news writes a word, after the dictionaries' senses): below them
LESSER_BOOST = 0.5
# A word given a field is a restriction the reader chose (``lang:en``, ``entity:Huawei``,
# ``title:Chine``): never relaxed. Only plain words and phrases are.
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
SIGNS = frozenset({"-", "+", "–", "—"})
LONGEST_NAME = 3  # words in the longest alternative key ("union europeenne")
MAX_PARTS = 32  # words, phrases and fields of a plain query that are searched
NEAR_WORDS = 8  # the longest run of words the nearness boost looks at
NEAR_SLOP = 3  # words that may stand between two typed words for them to count as near
NEAR_BOOST = 2.0
APART_SLOP = 3  # words that may stand between a compound's words found apart
# words that may stand between two words of a quoted phrase found without its function
# words ("président commission": *président de la commission*), beyond those typed
PHRASE_GAP = 3
TIGHT_SLOP = 1  # …and none more: those closest to the phrase typed rank first
TIGHT_BOOST = 1.0
LINKED_BOOST = 2.0  # …and those with only function words between (reader.search.links)
ADJACENT_BOOST = 2.0  # typed words standing together as typed, beside the nearness boost
_PIECE = re.compile(r'(?:[^\W\d]\w*:)?"[^"]*"?(?:~\d+)?|\S+')
_FACETED = re.compile(r'^\((?P<inner>[^()]*)\)(?P<rest>(?:\s+[^\W\d]\w*:(?:"[^"]*"|[^\s()"]+))*)$')
_FIELD = re.compile(r"^([^\W\d]\w*):")
_SPECIAL = re.compile(r"[*?~]")
_QUOTES = "'’‘“”«»‹›„"
_HYPHENS = re.compile(r"[-‐‑–—]")
_QUOTED = re.compile(r'^"(?P<words>[^"~]*)"?$')
# an elided article typed as a word of its own before a word starting with a vowel or h
# ("l année", "qu il", "d Alibaba"): the letters French writes with an apostrophe
_APART = re.compile(r"(?<![\w'’])(l|d|j|m|n|c|qu)\s+(?=[aeiouyhàâéèêëîïôûù])", re.I)


@dataclass(frozen=True)
class Clause:
    """One part of a plain query: a word, a phrase or a field value (or a run of words
    that together have an alternative, such as ``Nations unies``)."""

    text: str  # as typed
    query: Query  # with its alternatives
    words: tuple[str, ...] = ()  # the plain words it is made of (spelling suggestions)
    alternatives: tuple[str, ...] = ()
    own: Query | None = None  # the clause without its alternatives (None: it has none)
    # a compound's words near one another ("UK-based": "based in the UK"), for the "most
    # words" tiers only: articles holding the compound as written rank first
    apart: Query | None = None
    marks: Query | None = None  # a compound's words one by one, to mark where they stand
    # whether ``apart`` counts only when fewer than a handful of articles hold every
    # clause as typed (a quoted phrase: exact first, its other writings after)
    fallback: bool = False

    @property
    def either(self) -> Query:
        """The clause as written or, for a compound, its words near one another: what
        counts as holding it once fewer than a handful of articles hold every clause.
        Scored by the better of the two: an article that writes the compound also holds
        its words near, and counted twice it outranked articles with more of the query
        in the "most words" tiers."""
        if self.apart is None:
            return self.query
        return query.DisjunctionMax([self.query, self.apart])


@dataclass(frozen=True)
class Plan:
    strict: Query  # every clause and filter: what a strict engine would run
    clauses: tuple[Clause, ...] = ()  # relaxable clauses (empty: the query is a formula)
    filters: Query | None = None  # field restrictions every result keeps
    dropped: tuple[str, ...] = ()  # function words left out
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # every clause in the words typed, without alternatives (None: there are none)
    own: Query | None = None
    # the typed words near one another, in order, and the alternatives of several words
    # as phrases: they rank the window, never restrict
    near: Query | None = None
    # quoted phrases' words closest to the phrase typed, for the articles not holding it
    # as typed: they rank the "most words" tiers only (every article with all clauses
    # holds each phrase as typed)
    close: Query | None = None

    @property
    def relaxable(self) -> bool:
        return len(self.clauses) >= 2 or any(c.apart is not None for c in self.clauses)

    def any_clause(self) -> Query:
        """Articles with at least one clause (and every filter)."""
        anyone = query.Or([c.either for c in self.clauses])
        return anyone if self.filters is None else query.And([anyone, self.filters])

    def each_query(
        self,
        rewrite: Callable[[Query], Query],
        part: Callable[[Query | None], Query | None] | None = None,
    ) -> Plan:
        """The plan with every query it holds passed through ``rewrite``, the passes that
        reshape a plan once it is made (:func:`reader.search.passes.pruned`,
        :func:`reader.search.dotted.dotted`) all reaching the same fields. ``part``, if
        given, rewrites a clause's ``apart`` and ``marks`` instead (it may drop them)."""

        def maybe(node: Query | None) -> Query | None:
            return None if node is None else rewrite(node)

        parts = part or maybe
        return replace(
            self,
            strict=rewrite(self.strict),
            clauses=tuple(
                replace(
                    c,
                    query=rewrite(c.query),
                    own=maybe(c.own),
                    apart=parts(c.apart),
                    marks=parts(c.marks),
                )
                for c in self.clauses
            ),
            filters=maybe(self.filters),
            own=maybe(self.own),
            near=maybe(self.near),
            close=maybe(self.close),
        )

    def marking(self, relaxed: bool = False) -> Query:
        """What to mark in a listed article: every clause, a compound's words apart
        included (an article of the "most words" tiers holds some of them only), and a
        quoted phrase's words one by one when ``relaxed`` (few or no articles hold the phrase:
        those listed hold its words near one another)."""
        marks = [
            c.marks for c in self.clauses if c.marks is not None and (relaxed or not c.fallback)
        ]
        return query.Or([self.strict, *(c.either for c in self.clauses), *marks])


def pieces(text: str) -> tuple[list[str], list[str]] | None:
    """``(clauses, filters)`` of a plain query as typed, or None for a formula."""
    flat = " ".join(text.split())
    rest: list[str] = []
    faceted = _FACETED.match(flat)
    if faceted:
        flat = faceted["inner"].strip()
        rest = _PIECE.findall(faceted["rest"])
    elif "(" in flat or ")" in flat:
        # brackets group a formula's words (``(Chine OR Japon) -Taïwan``,
        # ``title:(puces export)``); in a sentence pasted with its brackets ("le sigle MWP
        # (Member of the Welsh Parliament)") they are punctuation, and read as a formula
        # they made every word required
        if _formula(flat):
            return None
        flat = " ".join(flat.replace("(", " ").replace(")", " ").split())
    # a dash or plus standing alone is punctuation ("Lords wrong on detainees - Straw"),
    # and so are quotation marks other than the phrase's "…" around a word ("SA unveils
    # 'more for all' budget", « Made in China »)
    parts = [
        bare
        for p in _PIECE.findall(flat)
        if p not in SIGNS and (bare := p if p.startswith('"') else p.strip(_QUOTES))
    ]
    # a number's sign is no operator ("fell -0.5%"): the number is what is searched
    parts = [p[1:] if _signed_number(p) else p for p in parts]
    for part in parts:
        if part in OPERATORS or (part[0] in "+-" and not part.startswith('"')):
            return None
    return parts, rest


def _formula(flat: str) -> bool:
    """Whether a query with brackets uses them as a formula: with an operator, a word
    required or excluded by its sign, or a field's group."""
    for part in _PIECE.findall(flat):
        bare = part.strip("()")
        if bare in OPERATORS or ":(" in part:
            return True
        if len(bare) > 1 and bare[0] in "+-" and not _signed_number(bare):
            return True
    return False


def _signed_number(piece: str) -> bool:
    """``-0.5%``, ``+3``: a number's sign, not a word required or excluded."""
    return piece[:1] in "+-" and piece[1:2].isdigit()


def _field_of(piece: str) -> str | None:
    found = _FIELD.match(piece)
    return found[1].lower() if found else None


def _is_plain_word(piece: str) -> bool:
    return _field_of(piece) is None and '"' not in piece and not _SPECIAL.search(piece)


def _phrase(words: str) -> str:
    return '"' + words.replace('"', " ") + '"' if " " in words.strip() else words


def make_plan(
    parser: QueryParser,
    text: str,
    alternatives: Mapping[str, Sequence[str]] | None = None,
) -> Plan:
    """The plan for ``text``; ``alternatives`` maps a word or name as typed (case and
    accents as the caller folds them, see :func:`key`) to other words to search beside it."""
    split = pieces(text)
    if split is None:
        return Plan(parse(parser, text))
    parts, facet_parts = split
    if len(parts) > MAX_PARTS:
        # a pasted paragraph: its distinct words, the first MAX_PARTS of them; hundreds
        # of required clauses nest Whoosh's matchers past Python's recursion limit
        parts = list(dict.fromkeys(parts))[:MAX_PARTS]
    wanted = {key(k): tuple(v) for k, v in (alternatives or {}).items() if v}
    filters = [q for p in facet_parts if (q := _parsed(parser, p)) is not None]
    clauses: list[Clause] = []
    dropped: list[str] = []
    used: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, Query] = {}  # alternatives of several words, ranking the window
    tight: list[Query] = []  # quoted phrases' words closest to the phrase, ranking the tiers
    i = 0
    while i < len(parts):
        part = parts[i]
        name = _field_of(part)
        if name is not None:
            if (made := _parsed(parser, part)) is not None:
                filters.append(made)
            i += 1
            continue
        if not _is_plain_word(part):
            phrase = _trimmed(_elided(part))
            if (made := _parsed(parser, phrase)) is not None:
                apart, marks = _loosened(parser, phrase)
                if phrase != _trimmed(part) and (typed := _parsed(parser, _trimmed(part))):
                    # the phrase as typed too ("J Edgar Hoover" is no elision), its
                    # words near one another as well: they stand for it in the tiers
                    made = query.Or([made, typed])
                    if (typed_apart := _loosened(parser, _trimmed(part))[0]) is not None:
                        apart = typed_apart if apart is None else query.Or([apart, typed_apart])
                clauses.append(Clause(part, made, apart=apart, marks=marks, fallback=True))
                if (close := _tight(parser, phrase, made)) is not None:
                    tight.append(close)
            i += 1
            continue
        # the longest run of plain words that has alternatives (a name of several words)
        run = 1
        for size in range(min(LONGEST_NAME, len(parts) - i), 1, -1):
            words = parts[i : i + size]
            if all(_is_plain_word(w) for w in words) and key(" ".join(words)) in wanted:
                run = size
                break
        words = parts[i : i + run]
        i += run
        joined = " ".join(words)
        if run == 1:
            found = _word(parser, part, wanted, phrases)
            if found is None:
                if is_stop_word(part):
                    dropped.append(part)
                continue
            made, typed, alts = found
        else:
            # a name or expression of several words: its words (each with its own
            # alternatives), or any of its other names ("death penalty" → "peine de mort")
            inner = [f for w in words if (f := _word(parser, w, wanted, phrases)) is not None]
            dropped.extend(w for w in words if is_stop_word(w) and key(w) not in wanted)
            if not inner:
                continue
            base = inner[0][0] if len(inner) == 1 else query.And([f[0] for f in inner])
            mine = [f[1] if f[1] is not None else f[0] for f in inner]
            typed = mine[0] if len(mine) == 1 else query.And(mine)
            alts = wanted.get(key(joined), ())
            made = query.Or([base, *_alternatives(parser, alts, typed, phrases)])
        for word in words:
            if key(word) in wanted and _word(parser, word, wanted) is not None:
                used[word] = wanted[key(word)]
        if run > 1:
            used[joined] = alts
        apart, marks = _apart(parser, part) if run == 1 else (None, None)
        clauses.append(Clause(joined, made, tuple(words), alts, typed, apart, marks))
    if not clauses:
        if dropped and not filters:
            # only function words ("the who"): any of them, where they are indexed
            anyone = [q for w in dropped if (q := _parsed(parser, w)) is not None]
            return Plan(query.Or(anyone) if anyone else query.NullQuery, dropped=tuple(dropped))
        strict: Query = query.And(filters) if filters else query.NullQuery
        return Plan(strict, dropped=tuple(dropped))
    restrict = query.And(filters) if filters else None
    every = [c.query for c in clauses] + filters
    strict = every[0] if len(every) == 1 else query.And(every)
    own: Query | None = None
    if used or any(c.own is not None for c in clauses):
        mine = [c.own if c.own is not None else c.query for c in clauses] + filters
        own = mine[0] if len(mine) == 1 else query.And(mine)
    near = _nearness(parser, parts)
    if phrases:
        near = query.Or([q for q in (near, *phrases.values()) if q is not None])
    close = (tight[0] if len(tight) == 1 else query.Or(tight)) if tight else None
    return Plan(strict, tuple(clauses), restrict, tuple(dropped), used, own, near, close)


def _alternatives(
    parser: QueryParser,
    alts: Sequence[str],
    base: Query | None = None,
    phrases: dict[str, Query] | None = None,
    boost: float = ALTERNATIVE_BOOST,
) -> list[Query]:
    """The alternatives' queries, lighter than the words typed, less any term the typed
    words already search: "strategy" and "stratégie" both stem to ``strategi`` in the
    English fields, and counting it twice would rank English articles above French ones
    for a French word.

    An alternative of several words ("prime minister") is matched by its content words
    and, in ``phrases``, ranks the articles where they stand together: as a phrase in
    every pass it read the positions of every article holding its words (1.3–1.7 s for a
    query at 50,000 articles); the ranked window is where the phrase counts."""
    seen = (
        {(t.fieldname, t.text) for t in base.leaves() if isinstance(t, query.Term)}
        if base is not None
        else set()
    )

    def unseen(node: Query) -> Query:
        if isinstance(node, query.Term) and (node.fieldname, node.text) in seen:
            return query.NullQuery
        return node

    made = []
    for alt in alts:
        weight = boost * (LESSER_BOOST if isinstance(alt, LesserSense) else 1.0)
        words = [w for w in alt.split() if not is_stop_word(w)]
        # a translation is not searched in its source language's fields (senses)
        fields = source_fields(alt)
        if len(words) > 1:
            together = _parsed(parser, _phrase(alt))
            apart = None if together is None else outside(together, fields)
            if apart is not None and apart is not query.NullQuery and phrases is not None:
                phrases[key(alt)] = apart.with_boost(weight)
            # each word quoted: a name's "OR" or "NOT" is a word here, not an operator
            parsed = _parsed(parser, " ".join('"' + w.replace('"', " ") + '"' for w in words))
        else:
            parsed = _parsed(parser, _phrase(alt))
            # an alias keeps its terms: the name typed may be searched only where it is
            # written (reader.search.names: ``Hollande`` is not *Holland*)
            if parsed is not None and seen and not isinstance(alt, Alias):
                parsed = parsed.accept(unseen).normalize()
        if parsed is not None:
            parsed = outside(parsed, fields)
        if parsed is not None and parsed is not query.NullQuery:
            made.append(parsed.with_boost(weight))
    return made


def _word(
    parser: QueryParser,
    word: str,
    wanted: Mapping[str, tuple[str, ...]],
    phrases: dict[str, Query] | None = None,
) -> tuple[Query, Query | None, tuple[str, ...]] | None:
    """``(query with its alternatives, the word alone or None, alternatives)`` for one
    plain word; None for a function word with no alternative, or a word of nothing."""
    alts = wanted.get(key(word), ())
    if is_stop_word(word) and not alts:
        return None
    base = _parsed(parser, word)
    if (foreign := acronym_fields(alts)) and word.isupper():
        # an acronym typed in capitals (``JO``) is a word of its own language: not the
        # other language's word in lower case (the English *Jo*), and what it stands for
        # there (*Jeux olympiques*) counts as typed
        own = [a for a in alts if isinstance(a, Expansion)]
        alts = tuple(a for a in alts if not isinstance(a, Expansion))
        kept = None if base is None else outside(base, foreign)
        spelt = _alternatives(parser, own, kept, phrases, boost=1.0)
        base = query.Or([q for q in (kept, *spelt) if q not in (None, query.NullQuery)])
        if not alts:
            return base, None, tuple(own)
        others = _alternatives(parser, alts, base, phrases)
        return query.Or([base, *others]), base, (*own, *alts)
    french = base is not None and french_word(word, alts)
    if base is not None and not french and french_only(alts):
        # only French knows it: *coup* is not ``coupe``, *tax* (a translation's) is ``taxe``;
        # dropped before the translations are made, which leave out what it searches
        rest, english = split_fields(base, ENGLISH_FIELDS)
        if english is not None and not translated_stem(english, alts, partial(_parsed, parser)):
            base = rest
    others = _alternatives(parser, alts, base, phrases)
    if base is not None and french:
        # in the English fields it counts as another language's word, not as typed
        base, english = split_fields(base, ENGLISH_FIELDS)
        if english is not None:
            others.insert(0, english.with_boost(ALTERNATIVE_BOOST))
    if base is None and not others:
        return None
    if not others:
        return base, None, ()
    made = query.Or([q for q in (base, *others) if q is not None])
    return made, (base if base is not None else query.NullQuery), alts


def _apart(parser: QueryParser, word: str) -> tuple[Query | None, Query | None]:
    """``(near, words)``: a compound's content words near one another, in either order
    ("UK-based" meets "based in the UK", "China-US" meets "US-China" and "the US and
    China"), and the same words one by one, to mark them; ``(None, None)`` for a word
    that is not a compound of two words or more ("e-mail", "pointe-a" aside: a letter
    alone or a function word is no word to require). Near, not anywhere in the article:
    "box" in one paragraph and "office" in another are no box office."""
    parts = [p for p in _HYPHENS.split(word) if p]
    content = [p for p in parts if not is_stop_word(p)]
    if len(parts) < 2 or len(content) < 2 or any(len(p) < 2 for p in content):
        return None, None
    orders = [content] if len(content) > 2 else [content, content[::-1]]
    made = [_parsed(parser, _phrase(" ".join(o)) + f"~{APART_SLOP}") for o in orders]
    near = [q for q in made if q is not None]
    words = [q for p in content if (q := _parsed(parser, p)) is not None]
    if len(near) != len(orders) or not words:
        return None, None
    return (near[0] if len(near) == 1 else query.Or(near)), query.Or(words)


def _elided(part: str) -> str:
    """A quoted French phrase with its elisions as the text writes them: ``"l année"``,
    ``"d Alibaba"``, ``"qu il"`` → *l'année*, *d'Alibaba*, *qu'il*. The index holds an
    elided word without its article (*l'année* as *année*, at one place), so the
    article typed apart was a word no text holds there, and the phrase matched
    nothing. Only a letter French never writes alone (and *qu*) is joined to the word
    after it: *la* and *le* are words before a vowel too (*à la une*, *le oui*, *le
    onze*, *le yen*). The phrase as typed is searched beside it (``"J Edgar"`` is a
    name's initial). Anything else as it is."""
    quoted = _QUOTED.match(part)
    if quoted is None or not _APART.search(quoted["words"]):
        return part
    return '"' + _APART.sub(lambda m: m[1] + "'", quoted["words"]) + '"'


def _trimmed(part: str) -> str:
    """A quoted phrase without the function words at its ends (``"la guerre
    commerciale"`` → ``"guerre commerciale"``): inside a phrase a function word is
    required at its place ("said it would"), but at an end it only narrows the phrase to
    one article or determiner (*la*, not *une* or *cette* guerre commerciale); anything
    else as it is."""
    quoted = _QUOTED.match(part)
    if quoted is None:
        return part
    words = quoted["words"].split()
    if sum(not is_stop_word(w) for w in words) < 2:
        # "dans la nuit", "de l'année": trimmed, the quotes would say nothing
        return part
    while len(words) > 1 and is_stop_word(words[0]):
        words.pop(0)
    while len(words) > 1 and is_stop_word(words[-1]):
        words.pop()
    return '"' + " ".join(words) + '"'


def _loosened(parser: QueryParser, part: str) -> tuple[Query | None, Query | None]:
    """``(near, words)`` for a quoted phrase ("suspension de la séance", "abandon vendée
    globe"): its content words near one another, in order, whatever function words
    stand between or not (*suspension de séance*, *abandon du Vendée Globe*), and the
    same words one by one, to mark them. The phrase is exact, function words included
    (the index holds them: reader.search.analysis); when fewer than a handful of
    articles hold it as typed, those with its words so follow, in the "most words"
    tiers: the other ways of writing it (*prix du pétrole* for ``"prix de pétrole"``),
    rather than a page of one article or none.
    ``(None, None)`` for anything else."""
    quoted = _QUOTED.match(part)
    if quoted is None:
        return None, None
    words = quoted["words"].split()
    content = [w for w in words if not is_stop_word(w)]
    if not content or len(words) < 2:
        return None, None
    marks = [q for w in content if (q := _parsed(parser, w)) is not None]
    if len(content) == 1:
        near = _parsed(parser, content[0])
    else:
        slop = len(words) - len(content) + PHRASE_GAP
        near = _parsed(parser, _phrase(" ".join(content)) + f"~{slop}")
    if near is None or not marks:
        return None, None
    return near, query.Or(marks)


def _tight(parser: QueryParser, part: str, exact: Query) -> Query | None:
    """A quoted phrase's content words with no more words between than the phrase typed
    has (``"prix de pétrole"``: *prix du pétrole*, not *prix record du pétrole*), and,
    weighed more, with only function words between however many were typed
    (``"président commission"``: *président de la commission*; reader.search.links), to
    rank the window: of the articles that hold its words in order but not the phrase as
    typed (``exact``), the closest to it first. The articles holding the phrase get
    nothing from it: their order among themselves stays their words' (``"Tony Blair"
    budget``), and the phrase is not counted twice."""
    quoted = _QUOTED.match(part)
    if quoted is None or not TIGHT_BOOST:
        return None
    words = quoted["words"].split()
    content = [w for w in words if not is_stop_word(w)]
    if len(content) < 2:
        return None
    slop = len(words) - len(content) + TIGHT_SLOP
    made = _parsed(parser, _phrase(" ".join(content)) + f"~{slop}")
    if made is None:
        return None
    close = made.with_boost(TIGHT_BOOST)
    if LINKED_BOOST and (together := _parsed(parser, _phrase(" ".join(content)))) is not None:
        # only function words between, however many were typed ("président commission":
        # *président de la commission*, not *président élu de la commission*)
        typed = tuple(w for w in words if is_stop_word(w))
        close = query.Or([close, linked(together, typed).with_boost(LINKED_BOOST)])
    return query.AndNot(close, exact)


def _nearness(parser: QueryParser, parts: Sequence[str]) -> Query | None:
    """A sloppy phrase of the content words of the longest run of plain words with two
    or more ("suppression de postes"): articles where they stand together rank first, as
    Lucene's phrase boost does. The function words typed are left out of it (the text's
    may be others: *suppression des postes*), their places counted in its slop."""
    runs: list[list[str]] = [[]]
    for part in parts:
        if _is_plain_word(part):
            runs[-1].append(part)
        elif runs[-1]:
            runs.append([])
    runs = [run[:NEAR_WORDS] for run in runs]
    best = max(runs, key=lambda run: sum(not is_stop_word(w) for w in run))
    if sum(not is_stop_word(w) for w in best) < 2:
        return None
    content = [w for w in best if not is_stop_word(w)]
    slop = NEAR_SLOP + len(best) - len(content)
    made = _parsed(parser, _phrase(" ".join(content)) + f"~{slop}")
    if made is None:
        return None
    made = made.with_boost(NEAR_BOOST)
    if ADJACENT_BOOST:
        tight = f"~{len(best) - len(content) + 1}"
        adjacent = _parsed(parser, _phrase(" ".join(content)) + tight)
        if adjacent is not None:
            return query.Or([made, adjacent.with_boost(ADJACENT_BOOST)])
    return made


def _parsed(parser: QueryParser, text: str) -> Query | None:
    made = parse(parser, text)
    if made is None or made is query.NullQuery or isinstance(made, query.NullQuery.__class__):
        return None
    return made


def key(text: str) -> str:
    """How alternatives are looked up: lower case, one space between words."""
    return " ".join(text.replace("’", "'").lower().split())
