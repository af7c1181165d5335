"""A search that sees the library changed under it (another process wrote and could not
index its write) finds what changed from the change journal and indexes only that; it
compares every article's change stamp only when the journal cannot say: a library just
opened (the index may be another's, or older), or rows pruned past what was seen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.search.index import SearchIndex
from reader.services import Library


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry each time every stamp of the index is read (the full comparison)."""
    seen: list[int] = []
    stamps = SearchIndex.stamps

    def counted(self: SearchIndex) -> dict[str, int]:
        found = stamps(self)
        seen.append(len(found))
        return found

    monkeypatch.setattr(SearchIndex, "stamps", counted)
    return seen


def retitle(database: Path, article_id: str, title: str) -> None:
    """Another process renames an article and does not index it (its index update
    failed): only the library says so, its journal row written by the triggers."""
    db = sqlite3.connect(database)
    with db:
        db.execute(
            "UPDATE articles SET title = ?, stamp = (SELECT max(stamp) + 1 FROM articles) "
            "WHERE id = ?",
            (title, article_id),
        )
    db.close()


def titled(library: Library, query: str) -> list[str]:
    return [h.title for h in library.search(query).hits]


def test_what_another_process_changed_is_found_from_the_journal(
    library: Library, scans: list[int]
) -> None:
    first, second = (a.id for a in library.articles()[:2])
    database = library.paths.database
    library.search("marché")  # the index found current (from the journal or the stamps)
    seen = len(scans)
    retitle(database, first, "Les éphémérides de Zanzibar")
    assert titled(library, "zanzibar") == ["Les éphémérides de Zanzibar"]
    retitle(database, second, "Le carnet d'Ouagadougou")
    assert titled(library, "ouagadougou") == ["Le carnet d'Ouagadougou"]
    assert titled(library, "zanzibar") == ["Les éphémérides de Zanzibar"]
    assert len(scans) == seen  # the journal said which articles: no stamp compared


def test_a_journal_pruned_past_what_was_seen_falls_back_to_the_stamps(
    library: Library, scans: list[int]
) -> None:
    first, second = (a.id for a in library.articles()[:2])
    database = library.paths.database
    library.search("marché")
    seen = len(scans)
    retitle(database, first, "Les éphémérides de Zanzibar")
    retitle(database, second, "Le carnet d'Ouagadougou")
    db = sqlite3.connect(database)
    with db:  # the first of the two rows pruned: the journal cannot say all that changed
        db.execute("DELETE FROM change_journal WHERE seq < (SELECT max(seq) FROM change_journal)")
    db.close()
    assert titled(library, "zanzibar") == ["Les éphémérides de Zanzibar"]
    assert titled(library, "ouagadougou") == ["Le carnet d'Ouagadougou"]
    assert len(scans) > seen
