"""The one writer: every write of a library runs on one thread, in order; reads never
wait for it; a write says what it touched and only that is indexed again."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from reader.services import Library
from reader.services.changes import Changes


def test_writes_from_many_threads_run_on_one_thread_in_order(library: Library) -> None:
    threads: list[str] = []
    article = library.articles()[0].id

    def note(n: int) -> str:
        saved = library.annotate(article, library.article(article).text.split()[0], note=f"n{n}")
        threads.append(threading.current_thread().name)
        return saved.id

    with ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(note, range(12)))
    assert len(set(ids)) == 12
    assert sorted(a.note for a in library.annotations(article)) == sorted(
        f"n{n}" for n in range(12)
    )
    seen: list[str] = []
    library.writer.run(lambda: seen.append(threading.current_thread().name))
    assert seen == ["library-writer"]


def test_a_failed_write_says_why_and_the_next_one_runs(library: Library) -> None:
    with pytest.raises(ZeroDivisionError):
        library.writer.run(lambda: 1 / 0)
    assert library.writer.run(lambda: "next") == "next"
    assert library.writer.run(lambda: library.writer.run(lambda: "inside")) == "inside"


def test_reads_answer_while_the_writer_is_held(library: Library) -> None:
    """Another process writing (its lock held): the library's reads go on."""
    library.search("Huawei")  # the index is open
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with library.writer.lock:
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(10)
        with ThreadPoolExecutor(1) as pool:
            found = pool.submit(lambda: library.search("Huawei").total).result(timeout=20)
            titles = pool.submit(lambda: len(library.articles())).result(timeout=20)
        assert found == 3 and titles == 5
    finally:
        release.set()
        holder.join()


def test_a_note_is_searchable_at_once_without_comparing_every_article(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.search("Huawei")
    changes: list[Changes] = []
    library.on_change(changes.append)
    article = next(a for a in library.articles() if "Huawei" in library.article(a.id).text)
    store = library.writer.run(lambda: library.store)  # the writer's connection

    def no_scan() -> dict[str, int]:
        raise AssertionError("every article's stamp was compared")

    monkeypatch.setattr(store, "stamps", no_scan)
    saved = library.annotate(article.id, "Huawei", note="zygomorphe")
    assert changes[-1].articles == {article.id} and saved.id in changes[-1].annotations
    monkeypatch.undo()
    assert [h.id for h in library.search("zygomorphe").hits] == [article.id]


def test_a_file_that_cannot_be_stored_fails_alone_and_the_others_are_found(
    library: Library, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files of an import are stored many to a transaction: one that cannot be (a
    full disk…) is reported, and the rest of its batch is stored and searchable."""
    from reader.core.errors import StoreError
    from reader.store.articles import Articles

    folder = tmp_path / "lot"
    folder.mkdir()
    for n in range(5):
        (folder / f"d{n}.txt").write_text(
            f"Dépêche {n}\n\nLa dépêche numéro {n} parle des puces quantiques en Chine.\n",
            encoding="utf-8",
        )
    real = Articles.save

    def save(self, parsed):  # type: ignore[no-untyped-def]
        if "numéro 3" in parsed.text:
            raise StoreError("le disque est plein")
        return real(self, parsed)

    monkeypatch.setattr(Articles, "save", save)
    report = library.import_paths([folder])
    outcomes = {o.path.rsplit("/", 1)[-1]: o for o in report.outcomes}
    assert outcomes["d3.txt"].status.value == "failed"
    assert "le disque est plein" in (outcomes["d3.txt"].reason or "")
    assert sorted(n for n, o in outcomes.items() if o.status.value == "imported") == [
        "d0.txt",
        "d1.txt",
        "d2.txt",
        "d4.txt",
    ]
    assert library.search("quantiques").total == 4
