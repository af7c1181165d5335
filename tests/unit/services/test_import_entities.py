"""The window's import recognises entities while it runs: each article is indexed once,
with its entities. A model too slow to keep up (still loading) never holds the import
back: what it did not reach waits, unindexed, for the recognition that follows the
import, which indexes each article once; a search that comes first finds them all the
same (they are indexed at once, without their entities, then again with them)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from reader.core.model import Article, ImportStatus
from reader.entities.base import Block, Candidate
from reader.entities.gazetteer import GazetteerRecognizer
from reader.entities.pipeline import EntityPipeline
from reader.search.document import IndexDoc
from reader.search.index import SearchIndex
from reader.search.session import IndexSession
from reader.services import Library
from reader.services.engines import Engines
from reader.services.entity_lane import EntityLane

CITIES = ["Montréal", "Lyon", "Québec"]


def write_articles(folder: Path, count: int = 12) -> Path:
    folder.mkdir()
    for i in range(count):
        city = CITIES[i % len(CITIES)]
        bank = "la Banque de France" if i % 2 == 0 else "la banque centrale"
        (folder / f"{i:03}.txt").write_text(
            f"Chronique numéro {i}\n\nÀ {city}, {bank} et Zéphyrine Oualalou{i} "
            f"commentent le prix du blé, en hausse de {i} % cette semaine.\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each article was written to the index, by any route (an import's
    session, an update, a rebuild)."""
    counts: Counter[str] = Counter()
    update, add = SearchIndex.update, IndexSession.add

    def counted_update(self: SearchIndex, docs: Iterable[IndexDoc], *args, **kwargs) -> int:
        docs = list(docs)
        counts.update(d.id for d in docs)
        return update(self, docs, *args, **kwargs)

    def counted_add(self: IndexSession, docs: list[IndexDoc]) -> None:
        counts.update(d.id for d in docs)
        add(self, docs)

    monkeypatch.setattr(SearchIndex, "update", counted_update)
    monkeypatch.setattr(IndexSession, "add", counted_add)
    return counts


def use_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: EntityPipeline) -> None:
    """Entities from the gazetteer (and the test's own recogniser): the statistical model
    is not what is tested here, and loading it takes seconds."""
    monkeypatch.setattr(Engines, "pipeline", property(lambda self: pipeline))


def test_each_imported_article_is_indexed_once_with_its_entities(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, indexed: Counter[str]
) -> None:
    use_pipeline(monkeypatch, EntityPipeline([GazetteerRecognizer()]))
    folder = write_articles(tmp_path / "chroniques")
    with Library.open(data_dir) as library:
        report = library.import_paths([folder], entities=True)
        ids = [o.article_id for o in report.outcomes if o.status is ImportStatus.IMPORTED]
        assert len(ids) == 12
        library.recognize_pending()  # what the window runs next: what the lane left
        assert {i: indexed[i] for i in ids} == {i: 1 for i in ids}
        # indexed with their entities, and by their words
        assert library.search('entity:"Banque de France"').total == 6
        assert library.search('org:"Bank of France"').total == 6
        assert [h.title for h in library.search("oualalou7").hits] == ["Chronique numéro 7"]


def test_the_command_line_import_indexes_at_once_and_again_with_the_entities(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, indexed: Counter[str]
) -> None:
    """``reader import`` recognises nothing (``reader entities`` does): searchable at its
    end, each article indexed a second time when its entities are found."""
    use_pipeline(monkeypatch, EntityPipeline([GazetteerRecognizer()]))
    folder = write_articles(tmp_path / "chroniques", count=6)
    with Library.open(data_dir) as library:
        report = library.import_paths([folder])
        ids = [o.article_id for o in report.outcomes]
        assert library.search('entity:"Banque de France"').total == 0
        assert library.search("blé").total == 6
        assert library.recognize_pending() == 6
        assert library.search('entity:"Banque de France"').total == 3
        assert {i: indexed[i] for i in ids} == {i: 2 for i in ids}


class StuckModel(GazetteerRecognizer):
    """A recogniser that waits (a model loading) until the test lets it go."""

    name = "stuck"

    def __init__(self, go: threading.Event) -> None:
        super().__init__()
        self.go = go

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        self.go.wait(30)
        return super().recognize(text, blocks, lang)


def test_a_model_still_loading_leaves_the_indexing_to_the_recognition_after(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, indexed: Counter[str]
) -> None:
    go = threading.Event()
    use_pipeline(monkeypatch, EntityPipeline([StuckModel(go)]))
    folder = write_articles(tmp_path / "chroniques", count=6)
    try:
        with Library.open(data_dir) as library:
            report = library.import_paths([folder], entities=True)  # not held back
            ids = [o.article_id for o in report.outcomes]
            assert not indexed  # none indexed yet: each waits for its entities
            go.set()  # the model has loaded
            library.recognize_pending()
            assert {i: indexed[i] for i in ids} == {i: 1 for i in ids}
            assert library.search('entity:"Banque de France"').total == 3
            assert library.search("blé").total == 6
    finally:
        go.set()


def test_a_search_before_the_entities_finds_the_whole_import(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    go = threading.Event()
    use_pipeline(monkeypatch, EntityPipeline([StuckModel(go)]))
    folder = write_articles(tmp_path / "chroniques", count=6)
    try:
        with Library.open(data_dir) as library:
            report = library.import_paths([folder], entities=True)
            assert report.count(ImportStatus.IMPORTED) == 6
            # everything imported is searchable at the import's end, entities or not
            assert library.search("blé").total == 6
            assert [h.title for h in library.search("oualalou4").hits] == ["Chronique numéro 4"]
            go.set()  # the model has loaded: the recognition after the import finds them
            library.recognize_pending()
            library.writer.run(lambda: None)  # the lane's last save, if any, is done
            assert library.search('entity:"Banque de France"').total == 3
            article: Article = library.article(report.outcomes[0].article_id or "")
            assert library.cached_entities(article.id)
    finally:
        go.set()


def test_a_model_outrun_by_the_parse_keeps_only_a_few_articles_waiting(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, indexed: Counter[str]
) -> None:
    """The oldest articles beyond the lane's backlog are indexed at once, without their
    entities (a large import does not end with a long wait for the index)."""
    go = threading.Event()
    use_pipeline(monkeypatch, EntityPipeline([StuckModel(go)]))
    monkeypatch.setattr("reader.services.entity_lane.BACKLOG", 2)
    folder = write_articles(tmp_path / "chroniques", count=6)
    try:
        with Library.open(data_dir) as library:
            library.import_paths([folder])
            articles = [library.article(a.id) for a in library.articles(sort="title")]
            indexed.clear()
            lane = EntityLane(library.engines, library.indexer)
            library.writer.run(lambda: lane.give(articles))
            assert dict(indexed) == {a.id: 1 for a in articles[:4]}
            lane.finish()  # the two left wait for the recognition after the import
            assert dict(indexed) == {a.id: 1 for a in articles[:4]}
            assert library.search("blé").total == 6  # a search needs them: indexed now
            assert dict(indexed) == {a.id: 1 for a in articles}
    finally:
        go.set()
