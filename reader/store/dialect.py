"""What tells a SQLite library's SQL from a team library's: the little that differs.

The repositories (:mod:`reader.store.articles`, :mod:`~reader.store.annotations`,
:mod:`~reader.store.entities`, :mod:`~reader.store.translations`) are written once, in
SQLite's ``?`` style, against a store's :class:`Dialect`; a team library's store turns
``?`` into psycopg's ``%s`` as it runs them. A table added later is written once too,
and the contract suite (``tests/unit/pg/test_contract.py``) holds both answers equal.

Neither sqlite3 nor psycopg is imported here: a dialect is only text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from reader.core.text import folded


class Cursor(Protocol):
    """What a statement returns: its rows."""

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class Writer(Protocol):
    """The connection inside a transaction, as the repositories write through it: a
    ``sqlite3.Connection``, or a team library's translating wrapper."""

    def execute(self, sql: str, args: Any = (), /) -> Cursor: ...
    def executemany(self, sql: str, rows: Any, /) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    """The pieces of SQL that differ between the two databases."""

    name: str
    team: bool  # rows have an owner, who may share them (row-level security decides)
    next_stamp: str  # an article's new change stamp
    binary: str  # the collation that compares code points
    nocase: str  # ``{}`` ordered without regard to (ASCII) case
    ilike: str  # LIKE without regard to case
    fold: str  # ``{}`` without case or accents (:func:`reader.core.text.folded`)
    same: str  # equality that holds between two NULLs
    find: str  # ``{0}``'s position in ``{1}``, 0 when absent
    concat: str  # ``{}``'s values joined by U+001F
    json: str  # a JSON parameter as stored
    start_of: str  # an annotation's start, from its selectors, as a number
    inserted: str  # the column in insertion order of article_origins
    for_update: str  # lock the article row read before it is changed
    arrays: bool  # a list is one parameter (``= ANY(?)``), else one ``?`` per value

    def among(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """``column`` is one of ``values``: the clause and its parameters."""
        if self.arrays:
            return f"{column} = ANY(?)", [list(values)]
        if not values:
            return "0", []
        return f"{column} IN ({', '.join('?' * len(values))})", list(values)

    def bump(self, db: Writer, article_ids: Sequence[str]) -> None:
        """Move the stamps of these articles (the search index follows them)."""
        ids = sorted(set(article_ids))
        if not ids:
            return
        if self.arrays:
            db.execute(f"UPDATE articles SET stamp = {self.next_stamp} WHERE id = ANY(?)", (ids,))
        else:
            db.executemany(
                f"UPDATE articles SET stamp = {self.next_stamp} WHERE id = ?", [(i,) for i in ids]
            )


FOLD = "liseuse_fold"
# the letters of Latin-1 and Latin Extended-A that fold to one ASCII letter (é → e), and
# that letter: PostgreSQL's translate() folds them as folded() does, with no extension
# (tests/unit/store/test_store.py checks the two lists against folded())
ACCENTED = (
    "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģ"
    "ĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ"
)
PLAIN = (
    "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggg"
    "hhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzs"
)


SQLITE = Dialect(
    name="sqlite",
    team=False,
    next_stamp="stamp + 1",
    binary="BINARY",
    nocase="{} COLLATE NOCASE",
    ilike="LIKE",
    fold=FOLD + "({})",  # the Python function, registered on each connection
    same="IS",
    find="instr({1}, {0})",
    concat="group_concat({}, char(31))",
    json="?",
    start_of="json_extract(n.selectors, '$.position.start')",
    inserted="rowid",
    for_update="",
    arrays=False,
)

POSTGRESQL = Dialect(
    name="postgresql",
    team=True,
    next_stamp="nextval('change_stamps')",
    binary='"C"',
    nocase='lower({}) COLLATE "C"',
    ilike="ILIKE",
    # the accented letters of the Latin alphabets, without an extension (unaccent)
    fold="replace(replace(translate(lower({}), '"
    + ACCENTED
    + "', '"
    + PLAIN
    + "'), 'œ', 'oe'), 'æ', 'ae')",
    same="IS NOT DISTINCT FROM",
    find="strpos({1}, {0})",
    concat="string_agg({}, chr(31))",
    json="?::jsonb",
    start_of="(n.selectors->'position'->>'start')::int",
    inserted="seq",
    for_update=" FOR UPDATE OF a",
    arrays=True,
)


@lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """SQLite's ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled). The
    repositories' SQL holds no ``?`` but its placeholders, and no ``%`` in a literal
    that is not meant as one (LIKE patterns are parameters)."""
    return sql.replace("%", "%%").replace("?", "%s")


_PLAIN = str.maketrans(ACCENTED, PLAIN)


def fold_typed(dialect: Dialect, text: str) -> str:
    """What a person typed in the library's filter, folded as ``dialect.fold`` folds the
    titles it is compared with: :func:`reader.core.text.folded` in SQLite, where that is
    the function; in PostgreSQL its ``lower`` and ``translate`` (a letter outside the
    lists, *ß*, *ș*, stays itself on both sides, where folding the typed word alone
    missed the title that writes it)."""
    if dialect.name == "sqlite":
        return folded(text) or ""
    return text.lower().translate(_PLAIN).replace("œ", "oe").replace("æ", "ae")
