"""A query searched again (a letter typed then erased, a facet chip taken off) is answered
from what the index's searcher kept, until the index changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.search import IndexDoc, SearchIndex

TEXTS = (
    "Le Premier ministre a présenté le budget de l'État à l'Assemblée.",
    "La Banque centrale européenne relève ses taux d'intérêt.",
    "Le ministre de l'Économie défend la réforme des retraites.",
)


def _runs(index: SearchIndex, monkeypatch: Any) -> list[str]:
    ran: list[str] = []
    run = SearchIndex._run

    def counted(self: SearchIndex, searcher: Any, plan: Any, limit: int) -> Any:
        ran.append(plan.strict.__unicode__())
        return run(self, searcher, plan, limit)

    monkeypatch.setattr(SearchIndex, "_run", counted)
    return ran


def test_the_same_query_again_is_not_searched_again(tmp_path: Path, monkeypatch: Any) -> None:
    index = SearchIndex(tmp_path / "index")
    index.rebuild(IndexDoc(str(n), 1, "fr", f"Article {n}", t) for n, t in enumerate(TEXTS))
    ran = _runs(index, monkeypatch)
    first = index.search("ministre", limit=10)
    again = index.search("ministre", limit=10)
    assert [m.id for m in again.matches] == [m.id for m in first.matches]
    assert {m.id for m in first.matches} == {"0", "2"}
    assert again.facets == first.facets and len(ran) == 1
    again.facets["lang"]["xx"] = 1  # what a caller does with its counts stays its own
    assert "xx" not in index.search("ministre", limit=10).facets["lang"]
    index.search("Ministre", limit=10)  # another text: searched
    index.search("ministre", limit=10, alternatives={"ministre": ("minister",)})
    assert len(ran) == 3
    index.close()


def test_a_change_to_the_index_is_searched_anew(tmp_path: Path, monkeypatch: Any) -> None:
    index = SearchIndex(tmp_path / "index")
    index.rebuild(IndexDoc(str(n), 1, "fr", f"Article {n}", t) for n, t in enumerate(TEXTS))
    ran = _runs(index, monkeypatch)
    assert index.search("retraites", limit=10).total == 1
    index.update([IndexDoc("9", 1, "fr", "Réforme", "Les retraites, encore et toujours.")])
    found = index.search("retraites", limit=10)
    assert found.total == 2 and {m.id for m in found.matches} == {"2", "9"}
    assert len(ran) == 2
    index.close()
