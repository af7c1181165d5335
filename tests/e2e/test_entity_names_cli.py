"""The command line names entities as the window does: in the language the window shows
them in (its choice kept beside the library), or the one ``--names`` asks for — in
``reader entities`` of an article and of the library, the search's entity facets, and in
exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_cli import as_json, reader

pytestmark = pytest.mark.e2e


def test_names_follow_the_chosen_language(tmp_path: Path) -> None:
    article_id = as_json(tmp_path, "search", "Hunyuan-T1")["results"][0]["id"]

    def places(*names: str) -> set[tuple[str, str]]:
        mentions = as_json(tmp_path, "entities", article_id, "--type", "LOC", *names)
        return {(m["text"], m["canonical"]) for m in mentions["mentions"]}

    english = places("--names", "en")
    assert {("Pékin", "Beijing"), ("Chine", "China")} <= english
    french = places("--names", "fr")
    assert {("Pékin", "Pékin"), ("Chine", "Chine"), ("États-Unis", "États-Unis")} <= french
    assert not {name for _, name in french} & {"Beijing", "China", "United States"}

    # the window chose French names for this library: the command follows it
    (tmp_path / "window.ini").write_text("[General]\nlanguage=fr\n", encoding="utf-8")
    assert places() == french
    library = as_json(tmp_path, "entities", "--all", "--type", "LOC")["entities"]
    names = {e["canonical"] for e in library}
    assert {"Chine", "Pékin", "États-Unis"} <= names
    assert not names & {"China", "Beijing", "United States"}

    # the search's entity facets, as the chips under the window's search box
    facets = as_json(tmp_path, "search", "Hunyuan-T1")["facets"]["entity"]
    assert {"Chine", "Pékin"} <= set(facets) and not {"China", "Beijing"} & set(facets)
    facets = as_json(tmp_path, "search", "Hunyuan-T1", "--names", "en")["facets"]["entity"]
    assert {"China", "Beijing"} <= set(facets) and not {"Chine", "Pékin"} & set(facets)

    exported = reader(tmp_path, "export", "--article", article_id, "--names", "en").stdout
    assert '"Beijing"' in exported and '"Pékin"' not in exported
