"""Suggested tags on the bundled articles: sensible ones, the reader's own tags reused when
they mean the same, the article's tags and dismissed ones left out, a dismissal kept in
the library file, an accepted one an ordinary tag that filters the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.model import Article, EntityMention
from reader.entities.gazetteer import GazetteerRecognizer
from reader.entities.pipeline import EntityPipeline
from reader.services import Library
from reader.services import suggestions as sugg
from reader.services.engines import Engines


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> EntityPipeline:
    """Entities from the gazetteer alone, in every library opened: the statistical model
    is not what is tested here, and loading it takes seconds."""
    pipeline = EntityPipeline([GazetteerRecognizer()])
    monkeypatch.setattr(Engines, "pipeline", property(lambda self: pipeline))
    return pipeline


def _article(library: Library, words: str) -> Article:
    return library.article(next(a.id for a in library.articles() if words in a.title))


def _mentions(names: EntityPipeline, article: Article) -> list[EntityMention]:
    return names.recognize(article)


def test_every_seed_gets_three_to_eight_sensible_suggestions(
    library: Library, names: EntityPipeline
) -> None:
    for summary in library.articles():
        found = sugg.suggested_tags(library, summary.id)
        assert 3 <= len(found) <= 8, summary.title
        shown = {s.name.casefold() for s in found}
        assert not shown & {"plus", "ainsi", "ils", "chinoises", "américaine", "déclaré"}
        assert len({s.key for s in found}) == len(found)  # no two mean the same
    gpu = {s.name for s in sugg.suggested_tags(library, _article(library, "GPU haut").id)}
    assert {"Tencent", "puces", "GPU"} <= gpu
    chine = {s.name for s in sugg.suggested_tags(library, _article(library, "réduit").id)}
    assert {"Chine", "puces"} <= chine


def test_the_readers_tags_are_offered_when_they_mean_the_same(
    library: Library, names: EntityPipeline
) -> None:
    article = _article(library, "réduit son retard")
    found = sugg.rank(
        article, _mentions(names, article), ["china", "Puce", "etats-unis", "Huawei/Ascend"]
    )
    by_name = {s.name: s for s in found}
    assert by_name["china"].existing and by_name["china"].reason == "Chine"  # an alias
    assert by_name["Puce"].existing  # singular and capital: one stem
    assert by_name["etats-unis"].existing  # typed without accents
    assert not {"Chine", "puces", "États-Unis"} & set(by_name)


def test_tags_already_on_the_article_and_dismissed_ones_are_not_suggested(
    library: Library, names: EntityPipeline
) -> None:
    article = _article(library, "GPU haut")
    library.set_article_tags(article.id, ["CHINE", "Tencent"])
    article = library.article(article.id)
    mentions = _mentions(names, article)
    first = sugg.rank(article, mentions, ["CHINE", "Tencent"])
    assert not {"Tencent", "Chine", "China", "CHINE"} & {s.name for s in first}
    puces = next(s for s in first if s.name == "puces")
    again = sugg.rank(article, mentions, ["CHINE", "Tencent"], dismissed=[puces.key])
    assert "puces" not in {s.name for s in again}
    assert len(again) >= 3


def test_an_accepted_suggestion_is_a_tag_that_filters_the_library(
    library: Library, names: EntityPipeline
) -> None:
    article = _article(library, "GPU haut")
    tencent = next(s for s in sugg.suggested_tags(library, article.id) if s.name == "Tencent")
    library.set_article_tags(article.id, sugg.accept(library, article.id, tencent))
    assert library.article(article.id).tags == ("Tencent",)
    assert library.article_ids(tag="tencent") == [article.id]
    assert {h.id for h in library.search("tag:Tencent").hits} == {article.id}


def test_a_dismissal_is_kept_in_the_library_file(
    library: Library, names: EntityPipeline, data_dir: Path
) -> None:
    article = _article(library, "GPU haut")
    gpu = next(s for s in sugg.suggested_tags(library, article.id) if s.name == "GPU")
    sugg.dismiss(library, article.id, gpu)
    library.close()
    with Library.open(data_dir) as reopened:
        after = sugg.suggested_tags(reopened, article.id)
        assert "GPU" not in {s.name for s in after}
        sugg.restore(reopened, article.id, gpu)  # undo
        assert "GPU" in {s.name for s in sugg.suggested_tags(reopened, article.id)}


def test_the_command_line_lists_accepts_and_dismisses(
    library: Library, names: EntityPipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    article = _article(library, "réduit son retard")
    library.set_article_tags(_article(library, "GPU haut").id, ["china"])
    assert main(["suggest", article.id[:8]]) == 0
    listed = capsys.readouterr().out
    assert "+ china  (your tag; the article says “Chine”)" in listed
    assert main(["suggest", article.id, "--accept", "Chine"]) == 0
    assert "tags: china" in capsys.readouterr().out
    assert main(["suggest", article.id, "--dismiss", "puces"]) == 0
    assert "+ puces" not in capsys.readouterr().out.splitlines()
    assert main(["suggest", article.id, "--dismiss", "Hollywood"]) != 0
    assert "not among the suggestions" in capsys.readouterr().err
    assert library.article(article.id).tags == ("china",)


def test_a_team_library_keeps_dismissals_in_its_settings(library: Library) -> None:
    """A team library's store has no table of its own for them: its settings (each
    person's) hold them, through the same Store methods the library file has."""
    kept = sugg.SettingDismissals(library.store)
    article = _article(library, "GPU haut")
    kept.dismiss(article.id, "gpu", "GPU")
    kept.dismiss(article.id, "entity:china", "Chine")
    assert kept.dismissed(article.id) == {"entity:china": "Chine", "gpu": "GPU"}
    kept.restore(article.id, "gpu")
    kept.restore(article.id, "entity:china")
    assert kept.dismissed(article.id) == {}
    assert library.store.setting(sugg.SettingDismissals.PREFIX + article.id) is None
