"""Copy a library into another one, whichever databases hold them: a personal library
to a team library, a team library back to a folder, one file to another.

What a reader made goes along: every article (its current text, structure, title and
the files it came from), its tags, every note one may read with its passage (position
and quote), colour, text, tags and dates, the entity corrections and the glossary. What
the app can make again does not: the search index, recognised entities, translations
(each desktop makes them again as they are read). Copying again adds nothing twice:
articles are found by their files, notes by their ids, corrections by what they say,
glossary entries by their terms.

In a team library the notes copied in are the signed-in role's, private (sharing one is
the author's choice, made note by note); copied out, a teammate's shared note becomes
a note of the personal library like the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from reader.core.model import Annotation, EntityCorrection, ParsedArticle
from reader.store.annotations import AnnotationStore
from reader.store.articles import Articles
from reader.store.entities import EntityStore
from reader.store.glossary import GlossaryStore

# the settings that are a reader's own work (colour meanings), copied along
PERSONAL_SETTINGS = ("color_meanings",)


@dataclass
class Copied:
    """What a copy wrote (or found already there)."""

    articles: int = 0
    notes: int = 0
    article_tags: int = 0
    corrections: int = 0
    glossary: int = 0


def copy_library(
    source: Articles,
    target: Articles,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Copied:
    """Copy everything of ``source`` worth keeping into ``target`` (both opened and at
    the current schema), one transaction per article with its notes and tags, so that
    an interrupted copy leaves whole articles and is finished by running it again."""
    copied = Copied()
    notes_from, notes_to = AnnotationStore(source), AnnotationStore(target)
    by_article: dict[str, list[Annotation]] = {}
    for note in notes_from.find():
        by_article.setdefault(note.article_id, []).append(note)
    ids = source.ids(sort="imported")
    for done, article_id in enumerate(ids):
        if cancelled():
            break
        article = source.get(article_id)
        row = source.row("SELECT fmt FROM articles WHERE id = ?", (article_id,))
        origins = source.origins(article_id) or [article.origin]
        with target.transaction():
            first = None
            for origin in origins:
                parsed = ParsedArticle(
                    origin=origin,
                    text=article.text,
                    title=article.title,
                    spans=article.spans,
                    source=article.source,
                    date=article.date,
                    lang=article.lang,
                    fmt=str(row[0]) if row else "txt",
                )
                stored = target.save(parsed)
                first = first or stored.article_id
            assert first is not None
            version = target.get(first).version
            if article.tags:
                notes_to.set_article_tags(first, article.tags)
                copied.article_tags += len(article.tags)
            for note in by_article.get(article_id, []):
                copied.notes += _copy_note(notes_to, note, first, version, article.version)
        copied.articles += 1
        progress(done + 1, len(ids))
    copied.corrections = _copy_corrections(EntityStore(source), EntityStore(target))
    # by term: an entry of the same term in the target is replaced, none is doubled
    entries = [replace(e, id=None) for e in GlossaryStore(source).entries()]
    copied.glossary = len(GlossaryStore(target).save(entries))
    for key in PERSONAL_SETTINGS:
        value = source.setting(key)
        if value is not None and target.setting(key) is None:
            target.set_setting(key, value)
    return copied


def _copy_note(
    notes: AnnotationStore, note: Annotation, article_id: str, version: int, source_version: int
) -> int:
    # a note still anchored on an older text keeps a version no text has: it is found
    # again by its quote when the library is next opened, as any note left behind
    anchored = version if note.version == source_version else 0
    notes.save(replace(note, article_id=article_id, version=anchored, author="", shared=False))
    return 1


def _copy_corrections(source: EntityStore, target: EntityStore) -> int:
    def key(c: EntityCorrection) -> tuple[str | None, ...]:
        return (c.action, c.article_id, c.surface, c.label, c.canonical, c.target)

    there = {key(c) for c in target.corrections()}
    added = 0
    for correction in source.corrections():
        if key(correction) not in there:
            target.add_correction(correction)
            there.add(key(correction))
            added += 1
    return added
