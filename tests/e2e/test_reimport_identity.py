"""A file is remembered as a source of the article it matched, even when its text was
already in the library: editing that file and importing it again updates that article
(same id, notes re-anchored), never makes a second one. Driven as a user does, through
the ``reader`` command on real files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS, corpus
from tests.e2e.test_cli import as_json

pytestmark = pytest.mark.e2e

TENCENT_SEED = "002_b3fc68538ca4ccbc.txt"


def origins(data_dir: Path, article_id: str) -> set[str]:
    """The files the library links to the article (read as any SQLite tool would)."""
    db = sqlite3.connect(f"file:{data_dir / 'library.sqlite3'}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT origin FROM article_origins WHERE article_id = ?", (article_id,))
        return {r[0] for r in rows}
    finally:
        db.close()


def annotate(data_dir: Path, article_id: str, quote: str) -> dict:
    return as_json(data_dir, "annotate", article_id, "--quote", quote, "--note", "à suivre")


def only_annotation(data_dir: Path, article_id: str) -> dict:
    found = as_json(data_dir, "annotations", article_id)["annotations"]
    assert len(found) == 1
    return found[0]


def test_a_copy_of_a_seed_is_linked_and_its_edit_updates_the_seed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    copy = tmp_path / "mine" / TENCENT_SEED
    copy.parent.mkdir()
    shutil.copy(SEEDS / TENCENT_SEED, copy)

    first = as_json(data, "import", str(copy))
    assert first["unchanged"] == 1 and first["imported"] == 0
    article_id = first["files"][0]["id"]
    assert str(copy.resolve()) in origins(data, article_id)
    made = annotate(data, article_id, "Hunyuan-T1")

    text = copy.read_text(encoding="utf-8")
    edited = text.replace("Tencent prétend qu'il fait plus", "Tencent affirme faire plus")
    assert edited != text
    copy.write_text(edited, encoding="utf-8")
    second = as_json(data, "import", str(copy))
    assert second["updated"] == 1 and second["imported"] == 0
    assert second["files"][0]["id"] == article_id
    assert len(as_json(data, "list")["articles"]) == 5
    shown = as_json(data, "show", article_id)
    assert "Tencent affirme faire plus" in shown["text"]

    kept = only_annotation(data, article_id)
    assert kept["id"] == made["id"] and kept["status"] in ("anchored", "moved")
    assert shown["text"][kept["start"] : kept["end"]] == "Hunyuan-T1"
    assert second["annotations"].get("orphaned", 0) == 0


def test_two_paths_with_one_text_link_to_one_article_that_follows_edits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    news = corpus("fr-wikinews-keyphrase-100", "documents", "43971.html")
    first_path = tmp_path / "a" / "43971.html"
    second_path = tmp_path / "b" / "copie.html"
    for path in (first_path, second_path):
        path.parent.mkdir()
        shutil.copy(news, path)

    imported = as_json(data, "import", str(first_path))
    assert imported["imported"] == 1
    article_id = imported["files"][0]["id"]
    twin = as_json(data, "import", str(second_path))
    assert twin["unchanged"] == 1 and twin["files"][0]["id"] == article_id
    assert origins(data, article_id) == {str(first_path.resolve()), str(second_path.resolve())}

    made = annotate(data, article_id, "Falcon 9 emporte avec lui")

    # the second path, edited: the one article changes, the note follows
    html = second_path.read_text(encoding="utf-8")
    second_path.write_text(html.replace("restera 18 jours", "restera dix-huit jours"), "utf-8")
    updated = as_json(data, "import", str(second_path))
    assert updated["updated"] == 1 and updated["files"][0]["id"] == article_id
    assert len(as_json(data, "list")["articles"]) == 6
    text = as_json(data, "show", article_id)["text"]
    assert "restera dix-huit jours" in text
    kept = only_annotation(data, article_id)
    assert kept["id"] == made["id"] and kept["status"] in ("anchored", "moved")
    assert text[kept["start"] : kept["end"]] == "Falcon 9 emporte avec lui"

    # the first path, edited in its turn, still updates the same article
    html = first_path.read_text(encoding="utf-8")
    first_path.write_text(html.replace("521 kg", "525 kg"), encoding="utf-8")
    again = as_json(data, "import", str(first_path))
    assert again["updated"] == 1 and again["files"][0]["id"] == article_id
    assert len(as_json(data, "list")["articles"]) == 6
    kept = only_annotation(data, article_id)
    assert kept["id"] == made["id"] and kept["status"] in ("anchored", "moved")
    text = as_json(data, "show", article_id)["text"]
    assert "525 kg" in text and text[kept["start"] : kept["end"]] == "Falcon 9 emporte avec lui"
