"""Where an English name starts and ends, and the words next to it that say it is none.

The two English models (:mod:`reader.entities.english`) find most names, but their spans
run over the words around a name in ways news writing makes plain to a reader: a
country after a firm is its branch only where the words after leave it so (*eBay UK
there are*, not *BBC News US policy*); a name ends before a bracket it opens and does not
close (*Court of Arbitration for Sport (CAS*); a word that joins two clauses is in no name
(*Southampton when Arsenal*); a people's adjective is no organisation (*the German
group*); the kind of event after a name makes it the event (*Sydney International
tournament*). Each rule was read on BBC articles outside the held-out sets and kept where
it moved the English development sets not at all or up (BENCHMARKS.md, E2)."""

from __future__ import annotations

import re

# the lower-case words that may follow a firm's national branch: a function word or a verb
# ("eBay UK there are", "AOL Europe, which", "General Motors Europe totalled"), a post in
# the branch or a thing it runs ("Nintendo UK general manager", "eBay UK auctions"). Before
# any other lower-case word the country says where that thing is, and the firm has no
# branch there: "BBC News US policy", "the Microsoft US antitrust case"
_BRANCH_FOLLOWERS = frozenset(
    """the a an of and or to in on at for with as by from into about than that which who
    whose this these it its their there also now then still has have had is was are were
    be been will would could can may might should must do does did says said told reported
    announced added expects plans wants sells makes offers general managing manager
    president chairman chief head boss director executive spokesman spokeswoman staff
    auctions site website store stores shop shops service services""".split()
)
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")
# initials in a bracket the model opened but did not close: "the Academy of Motion
# Pictures Arts and Sciences (Ampas" — the name ends before the bracket
_OPEN_BRACKET = re.compile(r"\s*\([^)]*$")
# words that join clauses, never the words of one name: "at Southampton when Arsenal had"
_CLAUSE_WORDS = frozenset(
    """when while whereas because but if that which who whom whose where after before
    since until unless though although was were is are has have had said says told""".split()
)
# the parties' names among OntoNotes' nationalities, religions and political groups
_PARTY_NAMES = frozenset(
    """Conservative Conservatives Labour Tory Tories Liberal Liberals Democrat Democrats
    Democratic Republican Republicans Socialist Socialists Green Greens Unionist Unionists
    Nationalist Nationalists Communist Communists""".split()
)
# how English forms a nationality or a religion's adjective: German, Australian, Chinese,
# British, Iraqi, French, Catholic
_PEOPLE_ENDING = re.compile(r"(?:an|ese|ish|i|ch|ic)s?$")
# and the peoples English names otherwise: "Swiss food and drink giant Nestle", "beat Swede
# Daniel Persson", "the Soviets' 1945 liberation of the camp"
_PEOPLES = frozenset(
    """Swiss Swede Swedes Dane Danes Finn Finns Pole Poles Greek Greeks Thai Thais Basque
    Basques Serb Serbs Croat Croats Turk Turks Arab Arabs Kurd Kurds Soviet Soviets Scots
    Briton Britons Argentine Argentines Filipino Filipinos Maori""".split()
)
# the kind of event news writes after an event named by its sponsor or its town: "January's
# Sydney International tournament", "the Norwich Union International meeting"
_EVENT_AFTER = re.compile(r"\s+(?:tournament|championships?|meeting|race)\b")


def branch_ends(text: str, end: int) -> bool:
    """Whether the country or continent that ends at ``end`` after a firm's name ends the
    name of the firm's branch there ("eBay UK there are", "Nintendo UK general manager"),
    not a word on a thing of that country ("BBC News US policy"): nothing is joined to it,
    and the lower-case word after it, if any, is one :data:`_BRANCH_FOLLOWERS` allows or a
    verb's past ("totalled")."""
    if re.match(r"[\w-]", text[end : end + 1]):
        return False  # "UK-based"
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    return word in _BRANCH_FOLLOWERS or word.endswith("ed")


def unbracketed(surface: str) -> int:
    """How many characters at the end of a name are a bracket it opens and does not close:
    "Court of Arbitration for Sport (CAS" → len(" (CAS"); the initials are a name of
    their own (:func:`reader.entities.english.defined`)."""
    match = _OPEN_BRACKET.search(surface)
    return len(surface) - match.start() if match and match.start() > 0 else 0


def across_clauses(surface: str) -> bool:
    """A name runs across two clauses: a word that joins them is inside it ("Southampton
    when Arsenal"). Titles of works are left alone: they may hold any word."""
    return any(word in _CLAUSE_WORDS for word in surface.split()[1:-1])


def event_after(text: str, end: int) -> bool:
    """The kind of event follows the name that ends at ``end``: "Sydney International
    tournament" is the tournament, not a firm (a place stays one: "the Dublin race")."""
    return _EVENT_AFTER.match(text, end) is not None


def nationality(surface: str) -> bool:
    """A people's adjective or a religion's, never an organisation's name, though the
    small model's nationalities (OntoNotes' NORP) may name a party (*Conservative*):
    "the German group", "Australian airline Qantas", "The American forensics expert"."""
    words = surface.split()
    return (
        len(words) == 1
        and surface not in _PARTY_NAMES
        and (_PEOPLE_ENDING.search(surface) is not None or surface in _PEOPLES)
    )
