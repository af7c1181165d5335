"""Article origins: every file an import matched is remembered as a file of that article,
whether it was imported as the article or had its text already; the upgrade from
schema 3 records each existing article's own file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.model import ImportStatus
from reader.store import SCHEMA_VERSION, ArticleStore
from tests.unit.store.test_store import article
from tests.unit.store.test_upgrades import FIXTURES, rows


@pytest.fixture
def store(tmp_path: Path):
    s = ArticleStore.open(tmp_path / "library.sqlite3")
    yield s
    s.close()


def test_a_file_with_an_articles_text_is_linked_and_its_edit_updates_it(
    store: ArticleStore,
) -> None:
    first = store.save(article("Même texte.", origin="/a.txt"))
    twin = store.save(article("Même texte.", origin="/copie/a.txt"))
    assert twin.status is ImportStatus.UNCHANGED and twin.article_id == first.article_id
    assert store.origins(first.article_id) == ["/a.txt", "/copie/a.txt"]
    assert store.save(article("Même texte.", origin="/copie/a.txt")).status is (
        ImportStatus.UNCHANGED
    )

    edited = store.save(article("Texte modifié.", origin="/copie/a.txt"))
    assert edited.status is ImportStatus.UPDATED and edited.article_id == first.article_id
    assert store.count() == 1
    assert store.get(first.article_id).version == 2
    assert store.get(first.article_id).text == "Texte modifié.\n"
    again = store.save(article("Texte encore modifié.", origin="/a.txt"))
    assert again.status is ImportStatus.UPDATED and again.article_id == first.article_id
    assert store.count() == 1


def test_an_origin_stays_with_its_article_when_its_text_becomes_anothers(
    store: ArticleStore,
) -> None:
    one = store.save(article("Premier.", origin="/1.txt")).article_id
    two = store.save(article("Second.", origin="/2.txt")).article_id
    moved = store.save(article("Second.", origin="/1.txt"))
    assert moved.status is ImportStatus.UPDATED and moved.article_id == one
    assert store.origins(one) == ["/1.txt"] and store.origins(two) == ["/2.txt"]


def test_deleting_an_article_removes_its_origins(store: ArticleStore) -> None:
    gone = store.save(article("Texte.", origin="/a.txt")).article_id
    store.save(article("Texte.", origin="/b.txt"))
    with store.transaction() as db:
        db.execute("DELETE FROM articles WHERE id = ?", (gone,))
    assert store.origins(gone) == []
    with store.transaction() as db:
        assert db.execute("SELECT count(*) FROM article_origins").fetchone()[0] == 0
    again = store.save(article("Texte.", origin="/b.txt"))
    assert again.status is ImportStatus.IMPORTED
    assert store.origins(again.article_id) == ["/b.txt"]


def test_a_crash_while_saving_leaves_no_origin_behind(
    store: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def power_cut(*args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(ArticleStore, "_insert_version", staticmethod(power_cut))
    with pytest.raises(RuntimeError):
        store.save(article("Texte.", origin="/a.txt"))
    monkeypatch.undo()
    assert store.count() == 0
    saved = store.save(article("Texte.", origin="/a.txt"))
    assert saved.status is ImportStatus.IMPORTED and store.origins(saved.article_id) == ["/a.txt"]


def old_library(path: Path) -> None:
    """A library at schema 3, made by that version's upgrades, with two articles."""
    from reader.store.schema import upgrade_1, upgrade_2, upgrade_3

    db = sqlite3.connect(path, isolation_level=None)
    for upgrade in (upgrade_1, upgrade_2, upgrade_3):
        upgrade(db)
    db.execute("PRAGMA user_version = 3")
    for key, origin, text in (("abc", "/a.txt", "Texte A.\n"), ("def", "bundled:b.txt", "B.\n")):
        db.execute(
            "INSERT INTO articles (id, origin, title, fmt, version, imported_at, updated_at) "
            "VALUES (?, ?, 'Ancien', 'txt', 1, '2026-01-01T00:00:00+00:00', 'x')",
            (key, origin),
        )
        db.execute(
            "INSERT INTO article_versions VALUES (?, 1, ?, ?, 'x')",
            (key, text, f"hash-{key}"),
        )
    db.close()


def test_upgrade_from_schema_3_records_each_articles_own_file(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    old_library(path)
    store = ArticleStore.open(path)
    try:
        assert store.origins("abc") == ["/a.txt"] and store.origins("def") == ["bundled:b.txt"]
        edited = store.save(article("Texte A corrigé.", origin="/a.txt"))
        assert edited.status is ImportStatus.UPDATED and edited.article_id == "abc"
        assert store.count() == 2
    finally:
        store.close()
    assert rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    backups = list((tmp_path / "backups").glob("library-v3-*.sqlite3"))
    assert len(backups) == 1 and rows(backups[0], "PRAGMA user_version") == [(3,)]


def test_the_schema_3_fixture_gets_every_articles_origin(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v3.sqlite3", path)
    expected = sorted(rows(path, "SELECT origin, id FROM articles"))
    ArticleStore.open(path).close()
    assert sorted(rows(path, "SELECT origin, article_id FROM article_origins")) == expected
