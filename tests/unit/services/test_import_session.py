"""An import feeds one open writer of the index: what it stored is searchable when the
import ends, each article indexed once; a search or another write during the import
sees the articles stored so far; the writer commits at most every so many seconds."""

from __future__ import annotations

from pathlib import Path

from reader.core.model import ImportStatus
from reader.search.document import IndexDoc
from reader.search.index import SearchIndex
from reader.search.session import IndexSession
from reader.services import Library

# Surnames made up for the test, one per article, as a reader would type them
NAMES = [f"Quintavallë{chr(ord('a') + i % 26)}{i}" for i in range(90)]


def write_articles(folder: Path) -> Path:
    folder.mkdir()
    for i, name in enumerate(NAMES):
        (folder / f"{i:03}.txt").write_text(
            f"Dépêche numéro {i}\n\nSelon Éléonore {name}, le marché du pétrole a reculé "
            f"de {i} % cette semaine à Montréal.\n",
            encoding="utf-8",
        )
    return folder


def indexed_documents(library: Library) -> int:
    """Documents in the index, those replaced or deleted included (one article indexed
    twice counts twice)."""
    with library.index._index.searcher() as searcher:
        return int(searcher.reader().doc_count_all())


def test_an_import_is_searchable_at_its_end_each_article_once(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = write_articles(tmp_path / "depeches")
    with Library.open(data_dir) as library:
        report = library.import_paths([folder])
        assert report.count(ImportStatus.IMPORTED) == len(NAMES)
        found = library.search("quintavallëc2")
        assert [h.title for h in found.hits] == ["Dépêche numéro 2"]
        assert library.search("montreal").total == len(NAMES)
        assert indexed_documents(library) == len(NAMES)


def test_a_search_and_a_tag_during_an_import_see_what_was_stored(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = write_articles(tmp_path / "depeches")
    seen: dict[str, object] = {}
    with Library.open(data_dir) as library:

        def progress(done: int, total: int, path: str) -> None:
            if done != 80 or seen:
                return
            library.writer.run(lambda: None)  # the first batch (64 files) is stored by now
            seen["search"] = [h.title for h in library.search("quintavallëa0").hits]
            first = library.search("quintavallëb1").hits[0].id
            library.set_article_tags(first, ["à relire"])
            seen["tagged"] = [h.title for h in library.search('tag:"à relire"').hits]

        library.import_paths([folder], progress=progress)
        assert seen == {"search": ["Dépêche numéro 0"], "tagged": ["Dépêche numéro 1"]}
        assert library.search("quintavallëz89").total == 1  # the last batch, after the tag
        assert [h.title for h in library.search('tag:"à relire"').hits] == ["Dépêche numéro 1"]
        assert library.search("montreal").total == len(NAMES)


def test_the_session_commits_at_most_every_so_many_seconds(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    index.rebuild([])
    now = [0.0]
    session = IndexSession(index, expected=3, every=30.0, clock=lambda: now[0])

    def doc(i: int) -> IndexDoc:
        return IndexDoc(f"id{i}", 1, "fr", f"Titre {i}", f"Le château numéro {i}")

    session.add([doc(1)])
    now[0] = 10.0
    session.add([doc(2)])
    assert session.pending == 2 and index.stamps() == {}  # not committed yet
    now[0] = 31.0
    session.add([doc(3)])  # the writer was opened 31 s ago: committed
    assert session.pending == 0
    index.open()
    assert index.stamps() == {"id1": 1, "id2": 1, "id3": 1}
    assert session.commit() == 0 and session.committed == 3
