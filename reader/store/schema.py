"""Numbered schema upgrades. ``upgrade_N`` takes a database at version N-1 to N; its
docstring is the changelog. They run in one exclusive transaction, after a backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.store.journal import schema as journal_schema


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (``executescript`` would
    commit it first)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def upgrade_1(db: sqlite3.Connection) -> None:
    """Articles with versions and typed spans; the tables the annotation, tag, entity
    and translation features fill; settings."""
    run_script(
        db,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            origin TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            source TEXT,
            lang TEXT,
            published TEXT,
            fmt TEXT NOT NULL,
            version INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            -- bumped on every change that the search index reflects
            stamp INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_lang ON articles(lang);

        CREATE TABLE article_versions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (article_id, version)
        );
        CREATE INDEX article_versions_hash ON article_versions(content_hash);

        CREATE TABLE spans (
            article_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            lang TEXT,
            FOREIGN KEY (article_id, version)
                REFERENCES article_versions(article_id, version) ON DELETE CASCADE
        );
        CREATE INDEX spans_article ON spans(article_id, version, start);

        CREATE TABLE entities (
            article_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            pipeline TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            canonical TEXT NOT NULL,
            source TEXT NOT NULL,
            FOREIGN KEY (article_id, version)
                REFERENCES article_versions(article_id, version) ON DELETE CASCADE
        );
        CREATE INDEX entities_article ON entities(article_id, version, pipeline);

        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            selectors TEXT NOT NULL,
            color TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'anchored',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        );
        CREATE INDEX annotations_article ON annotations(article_id);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE annotation_tags (
            annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        );
        CREATE TABLE article_tags (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        );

        CREATE TABLE translations (
            provider TEXT NOT NULL,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            result TEXT NOT NULL,
            edited INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            PRIMARY KEY (provider, source_lang, target_lang, text_hash)
        );

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def upgrade_2(db: sqlite3.Connection) -> None:
    """Entity runs: which pipeline version recognised which article version (an article
    with no entity still has a run, so it is not recognised again)."""
    run_script(
        db,
        """
        CREATE TABLE entity_runs (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            pipeline TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (article_id)
        );
        CREATE INDEX entities_canonical ON entities(canonical, label);
        """,
    )


def upgrade_3(db: sqlite3.Connection) -> None:
    """Entity corrections made by the user: add, remove, retype, alias. They are kept apart
    from the recognisers' cached output and applied on top of it, so they survive any
    re-recognition."""
    run_script(
        db,
        """
        CREATE TABLE entity_corrections (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove', 'retype', 'alias')),
            article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
            surface TEXT,
            label TEXT,
            canonical TEXT,
            target TEXT,
            created_at TEXT NOT NULL
        );
        """,
    )


def upgrade_4(db: sqlite3.Connection) -> None:
    """Article origins: every file path (or bundled name) an import matched to an article,
    so that a file whose text was already in the library, edited and imported again,
    updates that article instead of making a second one. Each article's own origin is
    recorded as its first."""
    run_script(
        db,
        """
        CREATE TABLE article_origins (
            origin TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            linked_at TEXT NOT NULL
        );
        CREATE INDEX article_origins_article ON article_origins(article_id);
        INSERT INTO article_origins (origin, article_id, linked_at)
            SELECT origin, id, imported_at FROM articles;
        """,
    )


def upgrade_5(db: sqlite3.Connection) -> None:
    """The user's glossary, one per language pair: a term and its translation, or a name
    not to translate, with a note. The translation cache keyed by the route that made
    each text (an installed pivot changes the text), with the words the engine did not
    know and the glossary entries it used. A translation memory: sentences the user
    corrected, offered wherever the same sentence appears again."""
    run_script(
        db,
        """
        CREATE TABLE glossary (
            id INTEGER PRIMARY KEY,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            term TEXT NOT NULL,
            -- the term as it is matched: NFC, case folded
            term_key TEXT NOT NULL,
            translation TEXT NOT NULL DEFAULT '',
            -- 1: a name left as written
            keep INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (source_lang, target_lang, term_key)
        );

        CREATE TABLE translations_by_route (
            provider TEXT NOT NULL,
            -- how the text was made (fr→ca→en); '' for a hook without routes
            route TEXT NOT NULL DEFAULT '',
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            result TEXT NOT NULL,
            edited INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            -- the words the engine did not know, one per line
            unknown TEXT NOT NULL DEFAULT '',
            -- which glossary entries the text was made with
            glossary TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (provider, route, source_lang, target_lang, text_hash)
        );
        INSERT INTO translations_by_route
            (provider, route, source_lang, target_lang, text_hash, result, edited, created_at)
            SELECT provider, '', source_lang, target_lang, text_hash, result, edited, created_at
            FROM translations;
        DROP TABLE translations;
        ALTER TABLE translations_by_route RENAME TO translations;
        CREATE INDEX translations_text ON translations(source_lang, target_lang, text_hash);

        CREATE TABLE translation_memory (
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            sentence_hash TEXT NOT NULL,
            sentence TEXT NOT NULL,
            -- what the engine made of it, and the user's correction
            machine TEXT NOT NULL,
            corrected TEXT NOT NULL,
            article_id TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (source_lang, target_lang, sentence_hash)
        );
        """,
    )


def upgrade_6(db: sqlite3.Connection) -> None:
    """Shared passages ("Also in…"): which article version each engine version read, the
    LSH keys of its sentences (a new article finds its candidates among all the others
    through them), and the links between paragraphs of two articles that say the same
    thing, stored both ways. Existing libraries are read in the background after the
    upgrade."""
    run_script(
        db,
        """
        CREATE TABLE passage_runs (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            engine TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE passage_keys (
            key INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            -- the sentence's place among the article's units (reader.passages.units)
            unit INTEGER NOT NULL
        );
        CREATE INDEX passage_keys_key ON passage_keys(key);
        CREATE INDEX passage_keys_article ON passage_keys(article_id);
        CREATE TABLE passage_links (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            other_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            other_start INTEGER NOT NULL,
            other_end INTEGER NOT NULL,
            -- the best shingle Jaccard of their sentences
            score REAL NOT NULL,
            PRIMARY KEY (article_id, start, other_id, other_start)
        );
        CREATE INDEX passage_links_other ON passage_links(other_id);
        """,
    )


def upgrade_7(db: sqlite3.Connection) -> None:
    """Suggested tags the reader dismissed on an article: the suggestion's key (the stems
    of its words, or the entity it names), the name it was shown as, when. They go with
    their article."""
    run_script(
        db,
        """
        CREATE TABLE dismissed_suggestions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            dismissed_at TEXT NOT NULL,
            PRIMARY KEY (article_id, key)
        );
        """,
    )


def upgrade_8(db: sqlite3.Connection) -> None:
    """The change journal (:mod:`reader.store.journal`): triggers write what each write
    changed (articles, notes, tags, entities), with a sequence, in the write's own
    transaction, so that another process reading the library learns what changed."""
    run_script(db, journal_schema())


UPGRADES: list[Callable[[sqlite3.Connection], None]] = [
    upgrade_1,
    upgrade_2,
    upgrade_3,
    upgrade_4,
    upgrade_5,
    upgrade_6,
    upgrade_7,
    upgrade_8,
]
