"""The services and the ``reader`` command on a team library: two desktops (two data
folders, two roles) share one PostgreSQL library; each keeps its own search index,
brought up to date from the server's change stamps; a private note stays its author's,
in lists and in searches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.errors import ReaderError
from reader.services import Library
from tests.unit.pg.conftest import ALICE, BOB, CAROL, CAROL_PASSWORD, Cluster

TEXT = (
    "Huawei et les puces\n\n"
    "Huawei prépare l'Ascend 910C, dit l'agence Reuters.\n\n"
    "Les livraisons commencent au printemps."
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "huawei.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_two_desktops_share_one_library(cluster: Cluster, tmp_path: Path, article: Path) -> None:
    name = cluster.new_database()
    with (
        Library.open(tmp_path / "alice", team=cluster.url(ALICE, name)) as alice,
        Library.open(tmp_path / "bob", team=cluster.url(BOB, name)) as bob,
    ):
        assert alice.count() == 0  # a team library is not seeded with the bundled corpus
        article_id = alice.import_paths([article]).outcomes[0].article_id
        assert article_id is not None
        alice.annotate(article_id, "Ascend 910C", note="recouper avec Nikkei", tags=["puces"])
        alice.annotate(article_id, "Reuters", note="dépêche d'agence", shared=True)
        assert [(a.note, a.author) for a in bob.annotations(article_id)] == [
            ("dépêche d'agence", ALICE)
        ]
        assert bob.tags() == [] or all(t.passages == 0 for t in bob.tags())
        assert [h.id for h in bob.search("Huawei").hits] == [article_id]
        assert alice.search("Nikkei").total == 1
        assert bob.search("Nikkei").total == 0  # a private note is not searched by others
        alice.annotate(article_id, "printemps", note="calendrier confirmé", shared=True)
        assert bob.search("calendrier").total == 1  # Bob's index caught up
        with pytest.raises(ReaderError, match="only its author"):
            bob.save_annotation(bob.annotations(article_id)[0])
        archive = bob.backup().path  # pg_dump's archive, in Bob's folder of the library
        assert archive.parent == bob.paths.backups_dir
        assert archive.read_bytes().startswith(b"PGDMP")
        assert alice.auto_backup() is None
        assert alice.paths.root != bob.paths.root
        assert alice.paths.root.parent == tmp_path / "alice" / "team-libraries"


def test_an_edited_article_moves_each_authors_notes(
    cluster: Cluster, tmp_path: Path, article: Path
) -> None:
    """Alice imports a new version of an article Bob annotated: the import goes through,
    her notes move with the text at once, and Bob's when he next opens the library."""
    name = cluster.new_database()
    with Library.open(tmp_path / "alice", team=cluster.url(ALICE, name)) as alice:
        article_id = alice.import_paths([article]).outcomes[0].article_id
        assert article_id is not None
        with Library.open(tmp_path / "bob", team=cluster.url(BOB, name)) as bob:
            bob.annotate(article_id, "printemps", note="quand ?", shared=True)
        alice.annotate(article_id, "Reuters", shared=True)
        article.write_text(TEXT.replace("Huawei prépare", "Selon Pékin, Huawei prépare"))
        report = alice.import_paths([article])
        assert [o.status.value for o in report.outcomes] == ["updated"]
        text = alice.article(article_id).text
        mine, his = sorted(alice.annotations(article_id), key=lambda a: a.author)
        assert text[mine.start : mine.end] == "Reuters"
        assert text[his.start : his.end] != "printemps"  # Bob's, not moved by Alice
        with Library.open(tmp_path / "bob", team=cluster.url(BOB, name)) as bob:
            ours = [a for a in bob.annotations(article_id) if a.author == BOB]
            assert [text[a.start : a.end] for a in ours] == ["printemps"]


def test_a_shared_note_needs_a_team_library(library: Library) -> None:
    article_id = library.articles()[0].id
    quote = library.article(article_id).text[:12]
    with pytest.raises(ReaderError, match="this library is yours"):
        library.annotate(article_id, quote, shared=True)


def test_the_command_line_on_a_team_library(
    cluster: Cluster,
    tmp_path: Path,
    article: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = cluster.new_database()
    base = ["--data-dir", str(tmp_path / "desk")]
    alice = [*base, "--library", cluster.url(ALICE, name)]
    assert main([*alice, "import", str(article)]) == 0
    capsys.readouterr()
    assert main([*alice, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    article_id = listed["articles"][0]["id"] if isinstance(listed, dict) else listed[0]["id"]
    note = "à vérifier — 华为"
    assert main([*alice, "annotate", article_id, "--quote", "Reuters", "--note", note,
                 "--shared", "--json"]) == 0  # fmt: skip
    made = json.loads(capsys.readouterr().out)
    assert (made["author"], made["shared"], made["note"]) == (ALICE, True, note)
    # Carol signs in with a password, from the environment (never the address)
    monkeypatch.setenv("PGPASSWORD", CAROL_PASSWORD)
    carol = [*base, "--library", cluster.url(CAROL, name)]
    assert main([*carol, "annotations", "--json"]) == 0
    assert [a["note"] for a in json.loads(capsys.readouterr().out)["annotations"]] == [note]
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    assert main([*carol, "annotations"]) == 1
    assert "cannot sign in to the team library carol@" in capsys.readouterr().err
    assert main([*alice, "backup", "--to", str(tmp_path / "équipe.dump")]) == 0
    assert (tmp_path / "équipe.dump").read_bytes().startswith(b"PGDMP")
    capsys.readouterr()
    assert main([*alice, "backup", "--to", str(tmp_path / "équipe.dump")]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main([*alice, "restore"]) == 1
    assert "pg_restore" in capsys.readouterr().err


def test_a_password_in_the_address_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--library", "postgresql://alice:s3cret@db.example/team", "list"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "leave the password out of the address" in err and "s3cret" not in err


def test_one_note_edited_on_two_desktops_keeps_both_and_the_glossary_is_the_teams(
    cluster: Cluster, tmp_path: Path, article: Path
) -> None:
    """Alice edits one note on her laptop and, from the version she had read before, on
    her desktop: both edits are kept (the second beside the first, as her version). A
    glossary entry she adds is Bob's too."""
    from dataclasses import replace

    from reader.core.glossary import GlossaryEntry

    name = cluster.new_database()
    url = cluster.url(ALICE, name)
    with (
        Library.open(tmp_path / "laptop", team=url) as laptop,
        Library.open(tmp_path / "desktop", team=url) as desktop,
        Library.open(tmp_path / "bob", team=cluster.url(BOB, name)) as bob,
    ):
        article_id = laptop.import_paths([article]).outcomes[0].article_id
        assert article_id is not None
        note = laptop.annotate(article_id, "Ascend 910C", note="à recouper")
        [read] = desktop.annotations(article_id)  # the desktop shows it
        laptop.save_annotation(replace(note, note="recoupé : Nikkei, 3 mars"), note)
        kept = desktop.save_annotation(replace(read, note="à recouper — Reuters"), read)
        assert kept.conflict_of == note.id and kept.id != note.id
        assert sorted(a.note for a in laptop.annotations(article_id)) == [
            "recoupé : Nikkei, 3 mars",
            "à recouper — Reuters",
        ]
        laptop.add_glossary_entry(GlossaryEntry("fr", "en", "puce", "chip"))
        assert [(e.term, e.translation) for e in bob.glossary("fr", "en")] == [("puce", "chip")]
