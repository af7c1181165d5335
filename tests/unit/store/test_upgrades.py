"""A library file from every earlier schema version opens in this version with nothing
lost: the committed files in ``tests/fixtures/schemas`` were written by the app as it was
at each version (``make.sh`` says how)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.services import Library
from reader.store import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"
VERSIONS = sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.sqlite3"))


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in db.execute(sql)]
    finally:
        db.close()


def test_there_is_a_file_for_every_schema_version() -> None:
    assert list(range(1, SCHEMA_VERSION + 1)) == VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_a_library_of_each_version_opens_with_everything_in_it(
    version: int, tmp_path: Path
) -> None:
    fixture = FIXTURES / f"v{version}.sqlite3"
    assert rows(fixture, "PRAGMA user_version") == [(version,)]
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(fixture, data / "library.sqlite3")
    texts = dict(
        rows(
            fixture,
            "SELECT a.id, v.text FROM articles a JOIN article_versions v "
            "ON v.article_id = a.id AND v.version = a.version",
        )
    )
    titles = sorted(r[0] for r in rows(fixture, "SELECT title FROM articles"))
    notes = sorted(rows(fixture, "SELECT id, note, color FROM annotations"))
    translations = rows(fixture, "SELECT count(*) FROM translations")[0][0]

    with Library.open(data) as library:
        assert sorted(a.title for a in library.articles()) == titles
        for article_id, text in texts.items():
            assert library.article(article_id).text == text
        huawei = {i for i, text in texts.items() if "Huawei" in text}
        assert huawei and {h.id for h in library.search("Huawei", limit=50).hits} == huawei
        annotations = library.annotations()
        assert sorted((a.id, a.note, a.color) for a in annotations) == notes
        assert library.check() is None

    upgraded = data / "library.sqlite3"
    assert rows(upgraded, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert rows(upgraded, "SELECT count(*) FROM translations")[0][0] == translations
    kept = list((data / "backups").glob(f"library-v{version}-*.sqlite3"))
    if version < SCHEMA_VERSION:
        # the file as it was before the upgrade, whole
        assert len(kept) == 1
        assert rows(kept[0], "PRAGMA user_version") == [(version,)]
        assert sorted(r[0] for r in rows(kept[0], "SELECT title FROM articles")) == titles
    else:
        assert kept == []


def test_the_latest_fixture_holds_notes_tags_and_translations() -> None:
    """The newest file has what later upgrades must carry: annotations with notes and
    hierarchical tags, cached translations, recognised entities."""
    latest = FIXTURES / f"v{SCHEMA_VERSION}.sqlite3"
    assert rows(latest, "SELECT count(*) FROM annotations WHERE note != ''")[0][0] >= 1
    assert {r[0] for r in rows(latest, "SELECT name FROM tags")} >= {"puces/export", "Chine"}
    assert rows(latest, "SELECT count(*) FROM translations")[0][0] >= 1
    assert rows(latest, "SELECT count(*) FROM entities")[0][0] >= 1
