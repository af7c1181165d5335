"""Moving in and out: ``reader copy-library`` copies a personal library into a team
library and a team library back into a folder, with every note (its passage, text,
colour, tags and dates), every article's tags and the entity corrections; copying again
adds nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.anchoring import describe
from reader.core.glossary import GlossaryEntry
from reader.core.model import Annotation, EntityCorrection
from reader.ingest.files import parse_text
from reader.store.annotations import AnnotationStore
from reader.store.articles import ArticleStore
from reader.store.entities import EntityStore
from reader.store.glossary import GlossaryStore
from reader.store.interface import Backend
from tests.unit.pg.conftest import ALICE, BOB, Cluster

ARTICLES = {
    "huawei.txt": "Huawei et les puces\n\nHuawei prépare l'Ascend 910C, dit l'agence "
    "Reuters.\n\nLes livraisons commencent au printemps.",
    "tencent.md": "# Tencent stocke des GPU\n\nTencent a acheté des H20 « avant "
    "l'interdiction ».\n\nPékin n'a pas commenté. 北京没有评论。",
}


def _personal_library(folder: Path) -> None:
    """A reader's own library as the window leaves it: articles, notes on passages with
    tags, an article's tags, a correction, what the colours mean."""
    store = ArticleStore.open(folder / "library.sqlite3")
    notes, entities = AnnotationStore(store), EntityStore(store)
    ids = {}
    for origin, text in ARTICLES.items():
        ids[origin] = store.save(parse_text(text, origin.split(".")[1], origin)).article_id
    for origin, quote, note, tags, color in (
        ("huawei.txt", "Ascend 910C", "à recouper", ("puces/ia", "Chine"), "red"),
        ("huawei.txt", "printemps", "", (), "yellow"),
        ("tencent.md", "« avant l'interdiction »", "date ?\nvoir Reuters", ("sanctions",), "blue"),
        ("tencent.md", "北京没有评论", "pas de réponse", (), "green"),
    ):
        article = store.get(ids[origin])
        start = article.text.index(quote)
        q = describe(article.text, start, start + len(quote))
        notes.save(
            Annotation(
                id=f"{origin}-{start}",
                article_id=article.id,
                start=start,
                end=start + len(quote),
                exact=q.exact,
                prefix=q.prefix,
                suffix=q.suffix,
                color=color,
                note=note,
                tags=tags,
                version=article.version,
            )
        )
    notes.set_article_tags(ids["tencent.md"], ["à lire", "Chine"])
    entities.add_correction(EntityCorrection("retype", canonical="Tencent", label="ORG"))
    store.set_setting("color_meanings", '{"red": "à vérifier"}')
    GlossaryStore(store).save(
        [
            GlossaryEntry("fr", "en", "puce", "chip", note="pas « flea »"),
            GlossaryEntry("fr", "en", "Huawei", "", keep=True),
        ]
    )
    store.close()


def _contents(backend: Backend) -> dict[str, object]:
    """What a reader finds in a library: articles, notes (as they read them), tags."""
    store = backend.open()
    notes = backend.annotations(store)
    articles = {
        a.id: (a.title, a.text, a.source, a.lang, tuple(a.tags), store.origins(a.id))
        for a in (store.get(i) for i in store.ids())
    }
    found = {
        (a.id, a.article_id, a.start, a.end, a.exact, a.prefix, a.suffix, a.color, a.note,
         a.tags, a.status, a.created)
        for a in notes.find()
    }  # fmt: skip
    corrections = [(c.action, c.canonical, c.label) for c in backend.entities(store).corrections()]
    glossary = [(e.source, e.target, e.term, e.translation, e.keep, e.note)
                for e in GlossaryStore(store).entries()]  # fmt: skip
    return {
        "glossary": glossary,
        "articles": articles,
        "notes": found,
        "corrections": corrections,
        "colours": store.setting("color_meanings"),
    }


def test_a_library_goes_to_a_team_library_and_back_whole(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.store.backend import SqliteBackend
    from reader.store.pg import PgBackend

    mine = tmp_path / "mine"
    _personal_library(mine)
    before = _contents(SqliteBackend(mine / "library.sqlite3"))
    team = cluster.url(ALICE, cluster.new_database())

    assert main(["--data-dir", str(mine), "copy-library", team, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "target": team,
        "articles": 2,
        "notes": 4,
        "article_tags": 2,
        "corrections": 1,
        "glossary": 2,
    }
    alice = PgBackend(team)
    assert _contents(alice) == before  # in the team library, as Alice reads it
    assert all(n.author == ALICE and not n.shared for n in alice.annotations(alice.open()).find())
    bob = PgBackend(team.replace(ALICE, BOB))
    seen = _contents(bob)
    assert seen["articles"] == before["articles"] and seen["notes"] == set()  # private notes
    bob.close()

    # again: nothing twice
    assert main(["--data-dir", str(mine), "copy-library", team]) == 0
    assert "copied 2 articles, 4 notes" in capsys.readouterr().out
    assert _contents(alice) == before
    alice.close()

    # and back, into a new folder: the same library
    back = tmp_path / "back"
    desk = tmp_path / "desk"
    assert main(["--data-dir", str(desk), "--library", team, "copy-library", str(back)]) == 0
    assert "copied 2 articles, 4 notes" in capsys.readouterr().out
    assert _contents(SqliteBackend(back / "library.sqlite3")) == before
    # the folder opens as a library: its notes are searched
    assert main(["--data-dir", str(back), "search", "recouper", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [r["title"] for r in found["results"]] == ["Huawei et les puces"]


def test_a_library_is_not_copied_onto_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _personal_library(tmp_path / "mine")
    assert main(["--data-dir", str(tmp_path / "mine"), "copy-library", str(tmp_path / "mine")]) == 1
    assert "is the library being copied" in capsys.readouterr().err
