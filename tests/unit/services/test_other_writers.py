"""What another writer of the same library did, learnt from the store's change journal:
exactly the articles, notes and tags it touched, never this library's own writes, and
everything when the rows it needed were pruned."""

from __future__ import annotations

from pathlib import Path

from reader.services import Library
from reader.store import journal
from reader.store.lock import LibraryBusy

ARTICLE = """Grève des dockers à Saint-Nazaire

Les dockers du port de Saint-Nazaire cessent le travail ce lundi. « Nous voulons être
entendus », dit Maël Le Goff, délégué du syndicat, devant les grues à l'arrêt.
"""


def test_another_writers_import_note_and_tag_are_told_once(library: Library, tmp_path: Path):
    told = []
    library.on_change(told.append)
    source = tmp_path / "dockers.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with Library.open(library.paths.root) as other:  # a second writer (its own lock)
        report = other.import_paths([source])
        (new,) = {o.article_id for o in report.outcomes}
        assert new
        read = library.articles()[0].id
        other.add_annotation(read, 0, 4, "green", "à relire — « vite »", ["Grève/Ports"])
    assert library.others.behind()
    caught = library.others.catch_up()
    assert caught.imported and caught.tags
    assert caught.articles == {new, read}
    assert told[-1] == caught  # the window's views hear it as they hear their own writes
    assert [h.id for h in library.search("dockers Saint-Nazaire").hits] == [new]
    assert [h.id for h in library.search("relire").hits] == [read]
    assert not library.others.behind()

    library.add_annotation(read, 5, 9, "red", "la mienne")  # this library's own write
    assert not library.others.behind()
    assert not library.others.catch_up()


def test_a_reader_behind_the_pruned_rows_is_told_everything(library: Library, tmp_path: Path):
    ids = [a.id for a in library.articles()]
    with Library.open(library.paths.root) as other:
        for n, article_id in enumerate(ids):
            other.add_annotation(article_id, 0, 3, "blue", f"note {n}")
        # the rows after the last one read pruned, as every PRUNE_EVERY rows prunes
        last = journal.ChangeJournal(other.store).last()
        with other.store.transaction() as db:
            db.execute("DELETE FROM change_journal WHERE seq < ?", (last,))
    caught = library.others.catch_up()
    assert caught.everything
    assert len(library.search("note").hits) == len(ids)


def test_a_catch_up_that_could_not_have_the_writer_keeps_following(
    library: Library, tmp_path: Path
):
    """Another process writing for longer than the writer waits (a huge import): the
    catch-up queued then fails to take the lock; the next ones still run."""
    told = []
    library.on_change(told.append)
    library.engines.writer.lock.wait = 0.3
    source = tmp_path / "dockers.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with Library.open(library.paths.root) as other:
        other.import_paths([source])
        with other.engines.writer.lock:  # holds the library past the wait
            library.others.catch_up_soon()
            after = library.engines.writer.submit(lambda: None)  # (serial: after it)
            assert isinstance(after.exception(), LibraryBusy)  # ... so it failed too
            assert not told
    library.others.catch_up_soon()  # the next second
    library.engines.writer.run(lambda: None)
    assert told and told[-1].imported


def test_what_the_other_process_indexed_is_not_indexed_again(
    library: Library, tmp_path: Path, monkeypatch
):
    """The index is shared: an import another process indexed is only announced here;
    an article it could not index (its index was busy) is indexed here."""
    first, second = tmp_path / "dockers.txt", tmp_path / "grues.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("dockers", "grutiers"), encoding="utf-8")
    with Library.open(library.paths.root) as other:
        (indexed,) = {o.article_id for o in other.import_paths([first]).outcomes}
        (missed,) = {o.article_id for o in other.import_paths([second]).outcomes}
        other.index.update([], [missed])  # as if its index had been busy for that one
    updates: list[list[str]] = []
    update = library.index.update

    def counted(docs, gone, **kwargs):
        docs = list(docs)
        updates.append([d.id for d in docs])
        return update(docs, gone, **kwargs)

    monkeypatch.setattr(library.index, "update", counted)
    caught = library.others.catch_up()
    assert caught.articles >= {indexed, missed}
    assert updates == [[missed]]
    assert [h.id for h in library.search("grutiers").hits] == [missed]
    assert library.search("dockers Saint-Nazaire").hits[0].id == indexed
