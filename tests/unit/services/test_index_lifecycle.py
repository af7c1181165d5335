"""The index is derived: deleted, damaged or stale, it is rebuilt from the library."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.services import Library


def titles(library: Library, query: str) -> list[str]:
    return sorted(h.title for h in library.search(query).hits)


def test_deleted_index_is_rebuilt(library: Library) -> None:
    before = titles(library, "Huawei")
    library.close()
    shutil.rmtree(library.paths.index_dir)
    reopened = Library.open(library.paths.root)
    assert titles(reopened, "Huawei") == before
    assert len(reopened.articles()) == 5
    reopened.close()


def test_damaged_segment_is_rebuilt(library: Library) -> None:
    before = titles(library, "Huawei")
    library.close()
    for segment in library.paths.index_dir.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:100])
    reopened = Library.open(library.paths.root)
    assert titles(reopened, "Huawei") == before
    reopened.close()


def test_garbage_in_the_index_folder(library: Library) -> None:
    library.close()
    for path in library.paths.index_dir.iterdir():
        path.write_bytes(b"garbage")
    reopened = Library.open(library.paths.root)
    assert len(titles(reopened, "Tencent")) == 4
    reopened.close()


def test_reimport_updates_only_the_changed_article(tmp_path: Path, data_dir: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Premier titre\n\nLe texte parle de Huawei.\n", encoding="utf-8")
    (news / "b.txt").write_text("Second titre\n\nLe texte parle de Baidu.\n", encoding="utf-8")
    with Library.open(data_dir) as library:
        report = library.import_paths([news])
        assert report.count(report.outcomes[0].status) == 2
        assert titles(library, "Huawei") == ["Premier titre"]
        stamps = library.index.stamps()
        (news / "a.txt").write_text("Premier titre\n\nLe texte parle de Tencent.\n", "utf-8")
        report = library.import_paths([news])
        assert [o.status.value for o in report.outcomes] == ["updated", "unchanged"]
        assert titles(library, "Huawei") == []
        assert titles(library, "Tencent") == ["Premier titre"]
        after = library.index.stamps()
        changed = {i for i in after if after[i] != stamps.get(i)}
        assert len(changed) == 1


def test_a_bad_file_does_not_stop_the_import(tmp_path: Path, data_dir: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "1-good.txt").write_text("Bon titre\n\nUn texte lisible sur Nvidia.\n", "utf-8")
    (news / "2-binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (news / "3-empty.md").write_bytes(b"")
    (news / "4-good.html").write_text("<h1>Page</h1><p>Du texte sur Nvidia.</p>", "utf-8")
    with Library.open(data_dir) as library:
        report = library.import_paths([news, tmp_path / "missing.txt"])
        statuses = [(Path(o.path).name, o.status.value) for o in report.outcomes]
        assert statuses == [
            ("1-good.txt", "imported"),
            ("2-binary.txt", "failed"),
            ("3-empty.md", "failed"),
            ("4-good.html", "imported"),
            ("missing.txt", "failed"),
        ]
        assert all(o.reason for o in report.failed)
        assert titles(library, "Nvidia") == ["Bon titre", "Page"]


def test_import_can_be_cancelled(tmp_path: Path, data_dir: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for n in range(5):
        (news / f"{n}.txt").write_text(f"Titre {n}\n\nTexte numéro {n}.\n", "utf-8")
    seen: list[int] = []
    with Library.open(data_dir) as library:
        report = library.import_paths(
            [news],
            progress=lambda done, total, _: seen.append(done),
            should_stop=lambda: len(seen) > 2,
        )
        assert report.cancelled
        assert len(report.outcomes) == 3  # stopped before the fourth file
        assert len(library.articles()) == 3


def test_compacting_the_index_keeps_every_result(library) -> None:
    before = {q: [h.id for h in library.search(q).hits] for q in ("Huawei", '"stock de puces"')}
    library.compact_index()
    assert len(library.index._index._segments()) == 1
    after = {q: [h.id for h in library.search(q).hits] for q in before}
    assert after == before and before["Huawei"]


def test_a_new_empty_library_answers_a_search_with_no_articles(tmp_path: Path) -> None:
    """A library with nothing imported yet (its index holds no document, so none of its
    facet columns exists) says "no article", never "this query cannot be understood"."""
    with Library.open(tmp_path / "empty") as library:
        for query in ("marché", "la Chine", '"stock de puces"', "source:reuters", "US-China"):
            found = library.search(query)
            assert found.total == 0 and not found.hits, query
