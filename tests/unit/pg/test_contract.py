"""One contract for both stores: what the services are told by the SQLite file and by a
team library in PostgreSQL is the same, for articles, annotations, tags, entity
corrections, the translation cache and settings. Each test runs against both."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.anchoring import describe
from reader.core.errors import Ambiguous, NotFound, ReaderError, StoreError
from reader.core.model import Annotation, EntityCorrection, EntityMention, ImportStatus
from reader.ingest.files import parse_text
from reader.store.backend import SqliteBackend
from reader.store.interface import Backend, Store
from reader.store.translations import CachedText, Correction
from tests.unit.pg.conftest import OWNER, Cluster

TEXT = (
    "Pékin stocke des puces Nvidia\n\n"
    "Tencent a acheté des GPU H20 avant l'interdiction américaine.\n\n"
    "Le ministère du Commerce de Pékin a répondu le 3 mars 2025."
)


class Library:
    """A backend and its store, as the services hold them."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.store: Store = backend.open(migrate=True)

    def add(self, text: str = TEXT, origin: str = "pekin.txt", fmt: str = "txt") -> str:
        return self.store.save(parse_text(text, fmt, origin)).article_id

    def note(self, article_id: str, quote: str, **fields: object) -> Annotation:
        article = self.store.get(article_id)
        start = article.text.index(quote)
        q = describe(article.text, start, start + len(quote))
        annotation = Annotation(
            id=f"note-{start}-{len(quote)}",
            article_id=article_id,
            start=start,
            end=start + len(quote),
            exact=q.exact,
            prefix=q.prefix,
            suffix=q.suffix,
            version=article.version,
        )
        return self.backend.annotations(self.store).save(replace(annotation, **fields))


@pytest.fixture(params=["sqlite", "postgresql"])
def lib(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    if request.param == "sqlite":
        backend: Backend = SqliteBackend(tmp_path / "library.sqlite3")
    else:
        from reader.store.pg import PgBackend

        cluster: Cluster = request.getfixturevalue("cluster")
        backend = PgBackend(cluster.url(OWNER, cluster.new_database()))
    library = Library(backend)
    yield library
    library.store.close()
    backend.close()


# -- articles ---------------------------------------------------------------------------


def test_an_article_comes_back_as_imported(lib: Library) -> None:
    article_id = lib.add()
    article = lib.store.get(article_id)
    assert article.title == "Pékin stocke des puces Nvidia"
    assert article.text.startswith("Pékin stocke")
    assert [s.kind.value for s in article.spans if s.kind.value == "paragraph"]
    assert lib.store.count() == 1
    assert lib.store.origins(article_id) == ["pekin.txt"]
    assert [s.title for s in lib.store.summaries()] == [article.title]


def test_reimporting_a_file_updates_it_or_changes_nothing(lib: Library) -> None:
    first = lib.store.save(parse_text(TEXT, "txt", "pekin.txt"))
    again = lib.store.save(parse_text(TEXT, "txt", "pekin.txt"))
    edited = lib.store.save(parse_text(TEXT + " Fin.", "txt", "pekin.txt"))
    copy = lib.store.save(parse_text(TEXT + " Fin.", "txt", "copie/pekin.txt"))
    assert (first.status, again.status, edited.status) == (
        ImportStatus.IMPORTED,
        ImportStatus.UNCHANGED,
        ImportStatus.UPDATED,
    )
    assert copy.status is ImportStatus.UNCHANGED and copy.note
    assert lib.store.get(first.article_id).version == 2
    assert lib.store.origins(first.article_id) == ["pekin.txt", "copie/pekin.txt"]


def test_ids_resolve_by_prefix(lib: Library) -> None:
    article_id = lib.add()
    assert lib.store.resolve(article_id[:6].upper()) == article_id
    with pytest.raises(NotFound):
        lib.store.resolve("zz")
    other = lib.add("Un autre texte\n\nSur Huawei.", "autre.txt")
    common = next(
        article_id[:n] for n in range(1, 9) if article_id[:n] != other[:n]
    )[:-1]  # fmt: skip
    if common:
        with pytest.raises(Ambiguous):
            lib.store.resolve(common)


def test_the_library_rows_filter_and_sort_as_shown(lib: Library) -> None:
    zinc = lib.add("Zinc exports fall\n\nLe Monde — text.", "zinc.txt")
    apple = lib.add("apple harvest in Shandong\n\nMore text here.", "apple.txt")
    pekin = lib.add()
    egypt = lib.add("Égypte : élection\n\nUn texte.", "egypte.txt")  # not after Zinc
    assert lib.store.ids(sort="title") == [apple, egypt, pekin, zinc]
    assert lib.store.ids(sort="title", descending=True) == [zinc, pekin, egypt, apple]
    assert lib.store.ids(text="pékin") == [pekin]  # as typed, accent and all
    # or without its accent, in capitals, and word by word in any order
    assert lib.store.ids(text="pekin") == lib.store.ids(text="PÉKIN") == [pekin]
    assert lib.store.ids(text="nvidia PEKIN") == [pekin]
    assert lib.store.ids(text="fall  zinc") == [zinc]
    assert lib.store.ids(text="zinc harvest") == []
    assert lib.store.ids(text="100%") == []
    # letters outside the accent lists find the titles that write them, on both backends;
    # a ligature is found as the two letters people type
    strasse = lib.add("Straße nach București\n\nText.", "strasse.txt")
    oeuvre = lib.add("Le chef-d'œuvre retrouvé\n\nTexte.", "oeuvre.txt")
    assert lib.store.ids(text="Straße") == lib.store.ids(text="București") == [strasse]
    assert lib.store.ids(text="oeuvre") == lib.store.ids(text="chef-d'œuvre") == [oeuvre]
    assert lib.store.ids(lang=lib.store.get(pekin).lang)[0:1] != []
    languages = dict(lib.store.languages())
    assert sum(languages.values()) == 6
    assert lib.store.language_codes() == set(languages)  # the same, uncounted


def test_a_failed_batch_leaves_nothing(lib: Library) -> None:
    with pytest.raises(RuntimeError), lib.store.transaction():
        lib.add()
        with lib.store.transaction():
            lib.add("Second\n\nTexte.", "second.txt")
        raise RuntimeError("the import was stopped")
    assert lib.store.count() == 0


def test_the_signature_moves_with_every_change_search_reflects(lib: Library) -> None:
    article_id = lib.add()
    stamps, signature = lib.store.stamps(), lib.store.signature()
    lib.note(article_id, "Tencent", note="GPU achetés")
    assert lib.store.stamps()[article_id] != stamps[article_id]
    assert lib.store.signature() != signature or lib.backend.local


# -- annotations and tags ---------------------------------------------------------------


def test_a_note_keeps_what_was_typed(lib: Library) -> None:
    article_id = lib.add()
    saved = lib.note(
        article_id,
        "GPU H20",
        color="green",
        note="« 芯片 » — vérifier 🥞",
        tags=("Économie", "chine/taïwan"),
    )
    found = lib.backend.annotations(lib.store).find(article_id)
    assert found == [saved]
    assert saved.exact == "GPU H20" and saved.note == "« 芯片 » — vérifier 🥞"
    assert saved.tags == ("chine/taïwan", "Économie")
    assert lib.store.summaries()[0].annotations == 1


def test_notes_are_found_by_tag_and_sub_tag(lib: Library) -> None:
    article_id = lib.add()
    annotations = lib.backend.annotations(lib.store)
    lib.note(article_id, "Tencent", tags=("Chine/Taïwan",))
    lib.note(article_id, "Nvidia", tags=("chine",))
    lib.note(article_id, "Commerce", tags=("Chinese",))
    assert [a.exact for a in annotations.find(tag="CHINE")] == ["Nvidia", "Tencent"]
    assert [a.exact for a in annotations.find(tag="chine/taïwan")] == ["Tencent"]
    assert lib.store.ids(tag="chine") == [article_id]
    summary = {t.name: (t.passages, t.articles) for t in annotations.tags()}
    assert summary == {"chine": (1, 1), "Chine/Taïwan": (1, 1), "Chinese": (1, 1)}


def test_tags_are_listed_as_a_reader_sorts_them(lib: Library) -> None:
    """Accents and case aside: "Économie" among the E, not after "zèbre"."""
    article_id = lib.add()
    annotations = lib.backend.annotations(lib.store)
    lib.note(article_id, "Pékin", tags=("zèbre",))
    lib.note(article_id, "puces", tags=("Économie",))
    lib.note(article_id, "Nvidia", tags=("étymologie",))
    lib.note(article_id, "Tencent", tags=("Économie/Monde", "Asie"))
    names = [t.name for t in annotations.tags()]
    assert names == ["Asie", "Économie", "Économie/Monde", "étymologie", "zèbre"]


def test_renaming_onto_a_tag_merges_them(lib: Library) -> None:
    article_id = lib.add()
    annotations = lib.backend.annotations(lib.store)
    lib.note(article_id, "Tencent", tags=("puces",))
    lib.note(article_id, "Nvidia", tags=("semi-conducteurs",))
    annotations.set_article_tags(article_id, ["puces", "à lire"])
    annotations.rename_tag("puces", "Semi-conducteurs")
    assert [(t.name, t.passages) for t in annotations.tags()] == [
        ("à lire", 0),  # accents aside, among the A
        ("semi-conducteurs", 2),
    ]
    assert annotations.article_tags() == {article_id: ("semi-conducteurs", "à lire")}
    annotations.delete_tag("à lire")
    annotations.set_article_tags(article_id, [])
    annotations.prune_tags()
    assert [t.name for t in annotations.tags()] == ["semi-conducteurs"]


def test_a_tag_of_slashes_is_refused(lib: Library) -> None:
    article_id = lib.add()
    with pytest.raises(ReaderError, match="only slashes"):
        lib.note(article_id, "Tencent", tags=("///",))
    assert lib.backend.annotations(lib.store).find() == []


def test_deleting_a_note(lib: Library) -> None:
    article_id = lib.add()
    annotations = lib.backend.annotations(lib.store)
    note = lib.note(article_id, "Tencent")
    annotations.delete(note.id)
    assert annotations.find() == [] and annotations.counts() == {}
    with pytest.raises(NotFound):
        annotations.delete(note.id)
    with pytest.raises(NotFound):
        annotations.get(note.id)


# the other desktop: another process, saving an edit of one note on the same library
OTHER_DESKTOP = """
import sys
from dataclasses import replace
from pathlib import Path
from reader.store.backend import open_backend
where, note_id, text = sys.argv[1:]
team = where if where.startswith("postgresql://") else None
backend = open_backend(Path(where), team)
store = backend.open()
notes = backend.annotations(store)
before = notes.get(note_id)
notes.save(replace(before, note=text), base=before)
backend.close()
"""


def _other_desktop_edits(lib: Library, note_id: str, text: str) -> None:
    backend = lib.backend
    where = str(backend.path) if isinstance(backend, SqliteBackend) else backend.address.url  # type: ignore[attr-defined]
    subprocess.run(
        [sys.executable, "-c", OTHER_DESKTOP, where, note_id, text], check=True, timeout=120
    )


def test_a_stale_edit_is_kept_beside_the_other_one(lib: Library) -> None:
    """Two desktops (two processes) edit one note: the second save, made on the version
    both started from, keeps both — theirs in place, this one as a conflict copy."""
    article_id = lib.add()
    notes = lib.backend.annotations(lib.store)
    mine = lib.note(article_id, "GPU H20", note="à vérifier", tags=("puces",))
    _other_desktop_edits(lib, mine.id, "vérifié : 12 000 unités")
    copy = notes.save(replace(mine, note="selon Reuters, 10 000", color="red"), base=mine)

    assert copy.id != mine.id and copy.conflict_of == mine.id
    assert (copy.note, copy.color, copy.tags) == ("selon Reuters, 10 000", "red", ("puces",))
    assert (copy.start, copy.end, copy.exact) == (mine.start, mine.end, "GPU H20")
    found = {a.id: a for a in notes.find(article_id)}
    assert found[mine.id].note == "vérifié : 12 000 unités" and not found[mine.id].conflict_of
    assert found[copy.id].conflict_of == mine.id
    assert notes.counts() == {article_id: 2}


def test_an_edit_on_the_current_version_or_an_undo_is_no_conflict(lib: Library) -> None:
    article_id = lib.add()
    notes = lib.backend.annotations(lib.store)
    first = lib.note(article_id, "Pékin", note="capitale")
    second = notes.save(replace(first, note="capitale chinoise"), base=first)
    assert (second.id, second.conflict_of) == (first.id, "")
    undone = notes.save(first, base=second)  # Edit → Undo writes the version before
    assert (undone.id, undone.note, undone.conflict_of) == (first.id, "capitale", "")
    # the same change made on both sides is not a conflict either
    _other_desktop_edits(lib, first.id, "Beijing")
    same = notes.save(replace(undone, note="Beijing"), base=undone)
    assert same.id == first.id and len(notes.find(article_id)) == 1
    # a note deleted meanwhile is written again with the edit: nothing typed is lost
    notes.delete(first.id)
    back = notes.save(replace(same, note="Beijing, capitale"), base=same)
    assert (back.id, back.note) == (first.id, "Beijing, capitale")


# -- entities, corrections, translations, settings ---------------------------------------


def test_entities_are_cached_per_version_and_corrected(lib: Library) -> None:
    article_id = lib.add()
    article = lib.store.get(article_id)
    entities = lib.backend.entities(lib.store)
    start = article.text.index("Tencent")
    mention = EntityMention(start, start + 7, "Tencent", "ORG", "Tencent", "gazetteer")
    assert entities.pending("p1") == [article_id]
    assert entities.cached(article_id, article.version, "p1") is None
    entities.save(article_id, article.version, "p1", [mention])
    assert entities.cached(article_id, article.version, "p1") == [mention]
    assert entities.pending("p1") == [] and entities.pending("p2") == [article_id]
    assert entities.names(article_id) == ([("Tencent", "ORG")], [("Tencent", "ORG")])
    assert [(s.canonical, s.mentions) for s in entities.summaries()] == [("Tencent", 1)]
    assert entities.articles_with("Tencent") == [article_id]
    before = lib.store.stamps()[article_id]
    number = entities.add_correction(EntityCorrection("add", None, "Pékin", "LOC", "Beijing", None))
    assert lib.store.stamps()[article_id] != before  # the article holds "Pékin"
    assert [(c.action, c.surface, c.id) for c in entities.corrections()] == [
        ("add", "Pékin", number)
    ]


def test_translations_are_cached_by_route_and_edits_win(lib: Library) -> None:
    cache = lib.backend.translations(lib.store)
    cache.put_many("apertium", "fr-ca-en", "fr", "en", [("h1", CachedText("Beijing", False))])
    cache.put_many(
        "apertium", "fr-es-en", "fr", "en", [("h1", CachedText("Pekin", False, ("Pékin",)))]
    )
    assert cache.get("apertium", "fr-ca-en", "fr", "en", "h1") == CachedText("Beijing", False)
    assert cache.get("apertium", "fr-es-en", "fr", "en", "h1") == CachedText(
        "Pekin", False, ("Pékin",)
    )
    cache.put_many("apertium", "fr-es-en", "fr", "en", [("h1", CachedText("Peking", True))])
    assert cache.get("apertium", "fr-ca-en", "fr", "en", "h1") == CachedText("Peking", True)
    assert cache.get("deepl", None, "fr", "en", "h1") is None
    fixed = Correction("Pékin a dit.", "Pekin said.", "Beijing said.", None)
    cache.remember("fr", "en", [("s1", fixed)])
    assert cache.corrections("fr", "en", ["s1", "s2"]) == {"s1": fixed}


def test_settings(lib: Library) -> None:
    assert lib.store.setting("color_meanings", "{}") == "{}"
    lib.store.set_setting("color_meanings", '{"green": "à vérifier"}')
    lib.store.set_setting("color_meanings", '{"green": "vérifié"}')
    assert lib.store.setting("color_meanings") == '{"green": "vérifié"}'
    lib.store.delete_setting("color_meanings")
    assert lib.store.setting("color_meanings") is None


# -- the schema -------------------------------------------------------------------------


def test_a_library_from_a_newer_app_is_refused_untouched(lib: Library, tmp_path: Path) -> None:
    lib.add()
    if lib.backend.local:
        import sqlite3

        db = sqlite3.connect(tmp_path / "library.sqlite3")
        db.execute("PRAGMA user_version = 99")
        db.close()
    else:
        with lib.store.transaction() as db:
            db.execute("UPDATE liseuse_schema SET version = 99")
    with pytest.raises(StoreError, match="newer version"):
        lib.backend.open(migrate=True)
    assert lib.store.count() == 1


def test_only_the_team_store_imports_psycopg() -> None:
    """The driver stays in reader/store/pg: a single-user install runs without it."""
    import ast

    package = Path(__file__).resolve().parents[3] / "reader"
    found = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n.split(".")[0] in ("psycopg", "psycopg_pool") for n in names):
                found.append(path.relative_to(package.parent).as_posix())
    assert found and all(f.startswith("reader/store/pg/") for f in found), found


def test_the_glossary_keeps_one_entry_per_term(lib: Library) -> None:
    from reader.core.glossary import GlossaryEntry
    from reader.store.glossary import GlossaryStore

    glossary = GlossaryStore(lib.store)  # type: ignore[arg-type]
    puce, keep = glossary.save(
        [
            GlossaryEntry("fr", "en", "  puce ", "chip", note="pas « flea »"),
            GlossaryEntry("fr", "en", "Pékin", "", keep=True),
        ]
    )
    assert (puce.term, puce.id is not None, keep.keep) == ("puce", True, True)
    [again] = glossary.save([GlossaryEntry("fr", "en", "Puce", "microchip")])  # same term
    assert again.id == puce.id and glossary.find("fr", "en", "PUCE") == again
    assert [e.term for e in glossary.entries("fr", "en")] == ["Puce", "Pékin"]  # by key
    assert glossary.entries("en") == [] and glossary.entry(keep.id or 0) == keep
    glossary.delete([keep.id or 0])
    assert [e.translation for e in glossary.entries()] == ["microchip"]
