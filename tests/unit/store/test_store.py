"""The SQLite library: schema versions, refusal of newer files, versions, transactions."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import Ambiguous, NotFound, StoreError
from reader.core.model import ImportStatus, ParsedArticle, Span, SpanKind
from reader.store import SCHEMA_VERSION, ArticleStore


def article(text: str, origin: str = "/news/a.txt", title: str = "Titre") -> ParsedArticle:
    body = text.rstrip("\n")
    return ParsedArticle(
        origin=origin,
        text=body + "\n",
        title=title,
        spans=(Span(0, len(body), SpanKind.PARAGRAPH),),
        lang="fr",
    )


@pytest.fixture
def store(tmp_path: Path):
    s = ArticleStore.open(tmp_path / "library.sqlite3")
    yield s
    s.close()


def test_new_file_gets_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "library.sqlite3"
    ArticleStore.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "articles",
        "article_versions",
        "spans",
        "annotations",
        "tags",
        "article_tags",
        "annotation_tags",
        "entities",
        "translations",
        "settings",
    } <= tables


def _open_at_once(paths: list[Path], start, answers) -> None:
    """One process of the race below: for each new library, wait for the others, then
    open it."""
    for path in paths:
        start.wait(60)
        try:
            ArticleStore.open(path).close()
            answers.put((path.parent.name, "opened"))
        except StoreError as exc:
            answers.put((path.parent.name, str(exc)))


def test_processes_opening_one_new_library_together_all_open_it(tmp_path: Path) -> None:
    """Two imports started together into a new data directory both make the library:
    neither is told "database is locked" (SQLite gives up at once, without its busy
    timeout, on the switch to WAL while another process reads the new file)."""
    context = multiprocessing.get_context("spawn")  # no fork of a threaded test process
    paths = [tmp_path / f"round{n}" / "library.sqlite3" for n in range(12)]
    for path in paths:
        path.parent.mkdir()
    start, answers = context.Barrier(3), context.Queue()
    processes = [
        context.Process(target=_open_at_once, args=(paths, start, answers)) for _ in range(3)
    ]
    for process in processes:
        process.start()
    said = sorted(answers.get(timeout=120) for _ in range(3 * len(paths)))
    for process in processes:
        process.join(60)
    assert [answer for answer in said if answer[1] != "opened"] == []
    for path in paths:
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.close()


def test_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        ArticleStore.open(path)
    assert path.read_bytes() == before


def test_damaged_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="damaged"):
        ArticleStore.open(path)


def test_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch) -> None:
    from reader.store import schema

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "UPGRADES", [broken])
    monkeypatch.setattr("reader.store.db.UPGRADES", [broken])
    path = tmp_path / "library.sqlite3"
    with pytest.raises(RuntimeError):
        ArticleStore.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 0
    assert (
        db.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    )


def test_reimport_makes_versions_and_skips_unchanged(store: ArticleStore) -> None:
    first = store.save(article("Texte original."))
    assert first.status is ImportStatus.IMPORTED
    assert store.save(article("Texte original.")).status is ImportStatus.UNCHANGED
    second = store.save(article("Texte corrigé."))
    assert second.status is ImportStatus.UPDATED and second.article_id == first.article_id
    current = store.get(first.article_id)
    assert current.version == 2 and current.text == "Texte corrigé.\n"
    assert store.count() == 1


def test_same_text_from_another_file_is_not_duplicated(store: ArticleStore) -> None:
    store.save(article("Même texte.", origin="/a.txt"))
    again = store.save(article("Même texte.", origin="/b.txt"))
    assert again.status is ImportStatus.UNCHANGED and again.note
    assert store.count() == 1


def test_ids_resolve_by_unique_prefix(store: ArticleStore) -> None:
    a = store.save(article("Un.", origin="/1")).article_id
    assert store.resolve(a[:6]) == a
    assert store.resolve(a.upper()) == a
    with pytest.raises(NotFound):
        store.resolve("zzzz")
    for n in range(40):
        store.save(article(f"Article {n}.", origin=f"/n{n}"))
    prefixes = [i[:1] for i in store.stamps()]
    common = max(set(prefixes), key=prefixes.count)
    with pytest.raises(Ambiguous):
        store.resolve(common)


def test_a_failing_transaction_changes_nothing(store: ArticleStore) -> None:
    store.save(article("Un.", origin="/1"))
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("DELETE FROM articles")
        raise RuntimeError("crash in the middle")
    assert store.count() == 1


def test_summaries_sort_and_count_paragraphs(store: ArticleStore) -> None:
    store.save(article("B texte.", origin="/b", title="Bravo"))
    store.save(article("A texte.", origin="/a", title="alpha"))
    rows = store.summaries(sort="title")
    assert [r.title for r in rows] == ["alpha", "Bravo"]
    assert [r.title for r in store.summaries(sort="title", descending=True)] == ["Bravo", "alpha"]
    assert rows[0].paragraphs == 1


def test_titles_sort_as_a_reader_reads_them_accents_and_case_aside(store: ArticleStore) -> None:
    """ "Égypte" and "États-Unis" beside "Egypt" and "economy", not after "Yukos"; the
    library pane's ids in the same order as the CLI's list."""
    for n, title in enumerate(("Yukos files", "États-Unis : Lancement", "Égypte : Morsi élu")):
        store.save(article(f"Texte {n}.", origin=f"/{n}", title=title))
    for n, title in enumerate(("economy grows", "Egypt's new leader", "zinc prices")):
        store.save(article(f"Text {n}.", origin=f"/e{n}", title=title))
    titles = [r.title for r in store.summaries(sort="title")]
    assert titles == [
        "economy grows",
        "Egypt's new leader",
        "Égypte : Morsi élu",
        "États-Unis : Lancement",
        "Yukos files",
        "zinc prices",
    ]
    by_id = {r.id: r.title for r in store.summaries()}
    assert [by_id[i] for i in store.ids(sort="title")] == titles
    assert [by_id[i] for i in store.ids(sort="title", descending=True)] == titles[::-1]


def test_upgrade_from_schema_1_keeps_articles_and_backs_up(tmp_path: Path) -> None:
    from reader.store.schema import upgrade_1

    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    upgrade_1(db)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO articles (id, origin, title, fmt, version, imported_at, updated_at) "
        "VALUES ('abc', '/a.txt', 'Ancien', 'txt', 1, 'x', 'x')"
    )
    db.execute("INSERT INTO article_versions VALUES ('abc', 1, 'Texte ancien.\n', 'h', 'x')")
    db.close()
    store = ArticleStore.open(path)
    assert store.get("abc").title == "Ancien"
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM entity_runs").fetchone()[0] == 0
    backups = list((tmp_path / "backups").glob("library-v1-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1


def test_postgresql_folds_the_accented_letters_as_the_library_filter_does() -> None:
    """The team library folds titles with translate() over these two lists; each letter
    must fold as folded() folds it, or a filter typed without accents finds titles in a
    local library that it misses in a team's."""
    from reader.core.text import folded
    from reader.store.dialect import ACCENTED, PLAIN

    assert len(ACCENTED) == len(PLAIN)
    assert [folded(c) for c in ACCENTED] == list(PLAIN)
    missing = [
        c
        for c in map(chr, range(0xC0, 0x180))
        if (f := folded(c)) and len(f) == 1 and f.isascii() and f != c and c not in ACCENTED
    ]
    assert missing == []
