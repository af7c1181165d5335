"""Who sees what in a team library: each person is a PostgreSQL role; a private note is
neither seen nor changed by another role — through the app or by direct SQL — and a
shared one is seen, with who wrote it, but changed only by its author."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import psycopg
import pytest

from reader.core.anchoring import describe
from reader.core.errors import NotFound, ReaderError, StoreError
from reader.core.model import Annotation
from reader.ingest.files import parse_text
from reader.store.pg import PgBackend
from reader.store.pg.articles import PgArticleStore
from tests.unit.pg.conftest import ALICE, BOB, OWNER, Cluster

TEXT = "Huawei et les puces\n\nHuawei prépare l'Ascend 910C, dit Reuters.\n\nFin de l'article."


class Reader:
    """One person at their desktop: a backend signed in as their role."""

    def __init__(self, url: str) -> None:
        self.backend = PgBackend(url)
        self.store: PgArticleStore = self.backend.open(migrate=True)
        self.annotations = self.backend.annotations(self.store)

    def highlight(self, article_id: str, quote: str, **fields: object) -> Annotation:
        article = self.store.get(article_id)
        start = article.text.index(quote)
        q = describe(article.text, start, start + len(quote))
        made = Annotation(
            f"{quote}-{start}", article_id, start, start + len(quote), q.exact, q.prefix,
            q.suffix, version=article.version,
        )  # fmt: skip
        return self.annotations.save(replace(made, **fields))


@pytest.fixture
def team(cluster: Cluster) -> Iterator[tuple[Reader, Reader, str, str]]:
    name = cluster.new_database()
    alice, bob = Reader(cluster.url(ALICE, name)), Reader(cluster.url(BOB, name))
    article_id = alice.store.save(parse_text(TEXT, "txt", "huawei.txt")).article_id
    yield alice, bob, article_id, name
    alice.backend.close()
    bob.backend.close()


def test_a_private_note_is_its_authors_alone(team: tuple[Reader, Reader, str, str]) -> None:
    alice, bob, article_id, _ = team
    mine = alice.highlight(article_id, "Ascend 910C", note="à recouper", tags=("puces",))
    assert mine.author == ALICE and not mine.shared
    assert [a.note for a in alice.annotations.find(article_id)] == ["à recouper"]
    assert bob.annotations.find(article_id) == []
    assert bob.annotations.find(tag="puces") == []
    assert bob.store.summaries()[0].annotations == 0
    with pytest.raises(NotFound):
        bob.annotations.get(mine.id)
    with pytest.raises(NotFound):
        bob.annotations.delete(mine.id)
    with pytest.raises(StoreError):  # the same id, written over by another role
        bob.annotations.save(replace(mine, note="effacé"))
    assert alice.annotations.get(mine.id).note == "à recouper"


def test_a_shared_note_is_read_by_the_team_and_changed_by_its_author(
    team: tuple[Reader, Reader, str, str],
) -> None:
    alice, bob, article_id, _ = team
    shared = alice.highlight(article_id, "Reuters", note="source : Reuters", shared=True)
    seen = bob.annotations.find(article_id)
    assert [(a.note, a.author, a.shared) for a in seen] == [("source : Reuters", ALICE, True)]
    with pytest.raises(ReaderError, match="alice's: only its author"):
        bob.annotations.save(replace(shared, note="réécrit par Bob"))
    with pytest.raises(NotFound):
        bob.annotations.delete(shared.id)
    theirs = bob.highlight(article_id, "Huawei prépare", note="de Bob")
    assert theirs.author == BOB
    assert [a.note for a in alice.annotations.find(article_id)] == ["source : Reuters"]
    alice.annotations.save(replace(shared, shared=False))
    assert [a.note for a in bob.annotations.find(article_id)] == ["de Bob"]


def test_direct_sql_cannot_read_or_change_a_private_note(
    team: tuple[Reader, Reader, str, str], cluster: Cluster
) -> None:
    alice, _, article_id, name = team
    note = alice.highlight(article_id, "Ascend 910C", note="secret", tags=("puces",))
    with psycopg.connect(host=str(cluster.socket_dir), user=BOB, dbname=name) as bob:
        assert bob.execute("SELECT count(*) FROM annotations").fetchone() == (0,)
        assert bob.execute("SELECT count(*) FROM annotation_tags").fetchone() == (0,)
        changed = bob.execute("UPDATE annotations SET note = 'lu' WHERE id = %s", (note.id,))
        assert changed.rowcount == 0
        assert bob.execute("DELETE FROM annotations").rowcount == 0
        assert bob.execute("DELETE FROM annotation_tags").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("ALTER TABLE annotations DISABLE ROW LEVEL SECURITY")
        bob.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # posing as Alice
            bob.execute(
                "INSERT INTO annotations (id, article_id, version, selectors, color, "
                "created_at, modified_at, owner) SELECT 'x', id, 1, '{}', 'yellow', '', '', "
                "%s FROM articles",
                (ALICE,),
            )
        bob.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("SET ROLE alice")
    assert alice.annotations.get(note.id).note == "secret"
    assert alice.annotations.get(note.id).tags == ("puces",)


def test_a_team_tag_merge_keeps_every_passages_tags(team: tuple[Reader, Reader, str, str]) -> None:
    """Tags are the team's: Bob merging two moves the tags of Alice's private notes too,
    which he cannot see, and pruning never drops a tag only an unseen note uses."""
    alice, bob, article_id, _ = team
    private = alice.highlight(article_id, "Ascend 910C", tags=("semis",))
    bob.highlight(article_id, "Reuters", tags=("puces",))
    bob.annotations.rename_tag("semis", "Puces")
    bob.annotations.prune_tags()
    assert alice.annotations.get(private.id).tags == ("puces",)
    assert [t.name for t in alice.annotations.tags()] == ["puces"]


def test_settings_are_each_persons_own(team: tuple[Reader, Reader, str, str]) -> None:
    alice, bob, _, _ = team
    alice.store.set_setting("color_meanings", '{"green": "vérifié"}')
    assert bob.store.setting("color_meanings") is None
    bob.store.set_setting("color_meanings", '{"green": "à voir"}')
    assert alice.store.setting("color_meanings") == '{"green": "vérifié"}'


def test_only_the_owner_upgrades_the_library(cluster: Cluster) -> None:
    """A member opening a library not made yet is told to ask its owner."""
    name = cluster.new_database(made=False)
    early = PgBackend(cluster.url(ALICE, name))
    with pytest.raises(StoreError, match="ask its owner"):
        early.open(migrate=True)
    early.close()
    owner = PgBackend(cluster.url(OWNER, name))
    owner.open(migrate=True)
    owner.close()
    member = PgBackend(cluster.url(ALICE, name))
    assert member.open(migrate=True).count() == 0
    member.close()
    with cluster.admin(name) as db:  # as if made by an app one schema older
        db.execute("DROP TRIGGER annotations_announced ON annotations")
        db.execute("UPDATE liseuse_schema SET version = version - 1")
    behind = PgBackend(cluster.url(ALICE, name))
    with pytest.raises(StoreError, match=r"ask its owner \(liseuse_owner\) to open it once"):
        behind.open(migrate=True)
    behind.close()
