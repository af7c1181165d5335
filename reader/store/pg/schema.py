"""Numbered upgrades of a team library's schema in PostgreSQL, the twins of
:mod:`reader.store.schema`. ``upgrade_N`` takes a library at version N-1 to N; its
docstring is the changelog. They run in one transaction (PostgreSQL's DDL is
transactional: an upgrade that fails leaves the library as it was), under an advisory
lock, so that two desktops opening a library at once do not both upgrade it.

The version is the one row of ``liseuse_schema``. A library made by a newer app is
refused, as a newer SQLite file is.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg

# any constant the app alone uses: held while a library is created or upgraded
UPGRADE_LOCK = 0x4C495345  # "LISE"


def upgrade_1(db: psycopg.Connection) -> None:
    """Articles with versions and typed spans; annotations, tags, entities and their
    corrections, the translation cache (by route) and memory, settings — the SQLite
    library's tables at its version 5 but the glossary, with three differences a team
    needs.

    Change stamps come from one sequence, so that the largest stamp says whether
    anything changed since a desktop last looked. Each annotation has an owner (the
    PostgreSQL role that made it) and is private or shared; row-level security, forced
    on the tables' owner too, lets a role read only its own and the shared annotations,
    and change only its own — whatever SQL it sends. Settings are per role. Tags are
    the team's: merging two (``merge_tag``) moves every passage's links, private ones
    too, and ``prune_tags`` forgets a tag only when no passage of anyone uses it.

    The tables belong to the role that created them, which should be nobody's own: the
    team's members are other roles (see the README), and an owner may always lift the
    security it set."""
    db.execute(
        """
        CREATE SEQUENCE change_stamps;

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
            stamp BIGINT NOT NULL DEFAULT nextval('change_stamps')
        );
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_lang ON articles(lang);
        CREATE INDEX articles_stamp ON articles(stamp);

        CREATE TABLE article_versions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (article_id, version)
        );
        CREATE INDEX article_versions_hash ON article_versions(content_hash);

        CREATE TABLE article_origins (
            origin TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            linked_at TEXT NOT NULL,
            seq BIGSERIAL
        );
        CREATE INDEX article_origins_article ON article_origins(article_id);

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
        CREATE INDEX entities_canonical ON entities(canonical, label);

        CREATE TABLE entity_runs (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            pipeline TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE entity_corrections (
            id BIGSERIAL PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove', 'retype', 'alias')),
            article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
            surface TEXT,
            label TEXT,
            canonical TEXT,
            target TEXT,
            created_at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT current_user
        );

        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            selectors JSONB NOT NULL,
            color TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'anchored',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT current_user,
            shared BOOLEAN NOT NULL DEFAULT false
        );
        CREATE INDEX annotations_article ON annotations(article_id);

        CREATE TABLE tags (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE annotation_tags (
            annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        );
        CREATE TABLE article_tags (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        );

        CREATE TABLE translations (
            provider TEXT NOT NULL,
            route TEXT NOT NULL DEFAULT '',
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            result TEXT NOT NULL,
            edited BOOLEAN NOT NULL DEFAULT false,
            created_at TEXT NOT NULL,
            unknown TEXT NOT NULL DEFAULT '',
            glossary TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (provider, route, source_lang, target_lang, text_hash)
        );
        CREATE INDEX translations_text ON translations(source_lang, target_lang, text_hash);

        CREATE TABLE translation_memory (
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            sentence_hash TEXT NOT NULL,
            sentence TEXT NOT NULL,
            machine TEXT NOT NULL,
            corrected TEXT NOT NULL,
            article_id TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (source_lang, target_lang, sentence_hash)
        );

        CREATE TABLE settings (
            owner TEXT NOT NULL DEFAULT current_user,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (owner, key)
        );

        ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
        ALTER TABLE annotations FORCE ROW LEVEL SECURITY;
        CREATE POLICY annotations_read ON annotations FOR SELECT
            USING (shared OR owner = current_user);
        CREATE POLICY annotations_add ON annotations FOR INSERT
            WITH CHECK (owner = current_user);
        CREATE POLICY annotations_change ON annotations FOR UPDATE
            USING (owner = current_user) WITH CHECK (owner = current_user);
        CREATE POLICY annotations_remove ON annotations FOR DELETE
            USING (owner = current_user);

        -- a passage's tags are seen with it, and set by its author only; not forced on
        -- the tables' owner, so that the two functions below see every passage's tags
        ALTER TABLE annotation_tags ENABLE ROW LEVEL SECURITY;
        CREATE POLICY annotation_tags_read ON annotation_tags FOR SELECT
            USING (EXISTS (SELECT 1 FROM annotations n WHERE n.id = annotation_id));
        CREATE POLICY annotation_tags_add ON annotation_tags FOR INSERT
            WITH CHECK (EXISTS (SELECT 1 FROM annotations n
                                WHERE n.id = annotation_id AND n.owner = current_user));
        CREATE POLICY annotation_tags_remove ON annotation_tags FOR DELETE
            USING (EXISTS (SELECT 1 FROM annotations n
                           WHERE n.id = annotation_id AND n.owner = current_user));

        CREATE FUNCTION merge_tag(source BIGINT, target BIGINT) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            INSERT INTO annotation_tags (annotation_id, tag_id)
                SELECT annotation_id, target FROM annotation_tags WHERE tag_id = source
                ON CONFLICT DO NOTHING;
            INSERT INTO article_tags (article_id, tag_id)
                SELECT article_id, target FROM article_tags WHERE tag_id = source
                ON CONFLICT DO NOTHING;
            DELETE FROM tags WHERE id = source;
        $$;
        CREATE FUNCTION prune_tags() RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            DELETE FROM tags t
            WHERE NOT EXISTS (SELECT 1 FROM article_tags y WHERE y.tag_id = t.id)
              AND NOT EXISTS (SELECT 1 FROM annotation_tags x WHERE x.tag_id = t.id);
        $$;

        ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
        ALTER TABLE settings FORCE ROW LEVEL SECURITY;
        CREATE POLICY settings_own ON settings
            USING (owner = current_user) WITH CHECK (owner = current_user);

        -- the team: every role allowed to connect to the database (GRANT CONNECT)
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO PUBLIC;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
        """
    )


def upgrade_2(db: psycopg.Connection) -> None:
    """Change notifications: every change to a shared note (made, edited, unshared or
    deleted), to an article or to an article's tags is announced on the ``liseuse``
    channel, with the article and the role that made it, for the desktops open on the
    library to show it at once. A private note is announced to nobody."""
    db.execute(
        """
        CREATE FUNCTION announce_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            row_ RECORD := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            article TEXT;
        BEGIN
            IF TG_TABLE_NAME = 'annotations' THEN
                IF NOT ((TG_OP <> 'DELETE' AND NEW.shared)
                        OR (TG_OP <> 'INSERT' AND OLD.shared)) THEN
                    RETURN NULL;
                END IF;
                article := row_.article_id;
            ELSIF TG_TABLE_NAME = 'articles' THEN
                article := row_.id;
            ELSE
                article := row_.article_id;
            END IF;
            PERFORM pg_notify('liseuse', json_build_object(
                'what', TG_TABLE_NAME, 'how', lower(TG_OP), 'article', article,
                'who', current_user)::text);
            RETURN NULL;
        END $$;
        CREATE TRIGGER annotations_announced AFTER INSERT OR UPDATE OR DELETE
            ON annotations FOR EACH ROW EXECUTE FUNCTION announce_change();
        CREATE TRIGGER articles_announced AFTER INSERT OR DELETE
            OR UPDATE OF title, source, lang, published, version
            ON articles FOR EACH ROW EXECUTE FUNCTION announce_change();
        CREATE TRIGGER article_tags_announced AFTER INSERT OR DELETE
            ON article_tags FOR EACH ROW EXECUTE FUNCTION announce_change();
        """
    )


def upgrade_3(db: psycopg.Connection) -> None:
    """The glossary, the team's: a term and its translation per language pair, or a name
    not to translate, with a note (the SQLite library's table of its schema 5)."""
    db.execute(
        """
        CREATE TABLE glossary (
            id BIGSERIAL PRIMARY KEY,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            term TEXT NOT NULL,
            term_key TEXT NOT NULL,
            translation TEXT NOT NULL DEFAULT '',
            keep INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (source_lang, target_lang, term_key)
        );
        GRANT SELECT, INSERT, UPDATE, DELETE ON glossary TO PUBLIC;
        GRANT USAGE, SELECT, UPDATE ON SEQUENCE glossary_id_seq TO PUBLIC;
        """
    )


UPGRADES: list[Callable[[psycopg.Connection], None]] = [upgrade_1, upgrade_2, upgrade_3]
