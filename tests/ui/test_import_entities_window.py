"""Files imported through the window: the library lists them, and each article is
indexed once, with its names (found while the import ran, or by the recognition the
window runs after it), so that a search by those names finds them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from reader.core.model import ImportStatus
from reader.entities.gazetteer import GazetteerRecognizer
from reader.entities.pipeline import EntityPipeline
from reader.services.engines import Engines
from tests.unit.services import test_import_entities as with_names

indexed = with_names.indexed  # each article's index writes, counted
write_articles = with_names.write_articles


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names from the gazetteer alone: the statistical model is not what is tested."""
    pipeline = EntityPipeline([GazetteerRecognizer()])
    monkeypatch.setattr(Engines, "pipeline", property(lambda self: pipeline))


def test_the_window_indexes_an_imported_article_once_with_its_names(
    names: None, indexed: Counter[str], qtbot, window, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "chroniques")
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=60000) as blocker:
        assert window.importer.start([folder])
    report = blocker.args[0]
    ids = [o.article_id for o in report.outcomes if o.status is ImportStatus.IMPORTED]
    assert len(ids) == 12
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 17, timeout=20000)
    # the recognition the window runs next indexes what the import left, once
    qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=60000)
    assert {i: indexed[i] for i in ids} == {i: 1 for i in ids}
    assert window.ctx.library.search('entity:"Banque de France"').total == 6
