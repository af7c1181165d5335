"""The server killed in the middle of a reader's edits: the edit it cut off and the ones
made after it are kept on the desktop (the notes stay readable, with them), then sent
when the server answers again; none is lost, none is saved twice."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from reader.core.anchoring import describe
from reader.core.model import Annotation
from reader.ingest.files import parse_text
from reader.store.interface import Change
from reader.store.pg import PgBackend
from tests.unit.pg.conftest import ALICE, Cluster

TEXT = "Huawei et les puces\n\nHuawei prépare l'Ascend 910C, dit Reuters à Pékin.\n"


def test_notes_made_while_the_server_is_away_are_sent_when_it_returns(
    cluster: Cluster, tmp_path: Path
) -> None:
    name = cluster.new_database()
    with cluster.admin() as admin:  # the cluster's speed setting would lose commits to a kill
        admin.execute(f"ALTER DATABASE {name} SET synchronous_commit = on")
    backend = PgBackend(cluster.url(ALICE, name), folder=tmp_path / "desk")
    store = backend.open(migrate=True)
    article = store.get(store.save(parse_text(TEXT, "txt", "huawei.txt")).article_id)
    notes = backend.annotations(store)

    def note(i: int) -> Annotation:
        quote = ("Ascend 910C", "Reuters", "Pékin")[i % 3]
        start = article.text.index(quote)
        q = describe(article.text, start, start + len(quote))
        return Annotation(f"n{i}", article.id, start, start + len(quote), q.exact, q.prefix,
                          q.suffix, note=f"note {i} — à vérifier", tags=("puces",))  # fmt: skip

    assert notes.find(article.id) == []  # the list the window shows, read once
    changes: list[Change] = []
    back = threading.Event()

    def heard(change: Change) -> None:
        changes.append(change)
        if change.how == "back":
            back.set()

    stop = backend.follow(heard)
    killed = threading.Event()
    killer = threading.Timer(0.5, lambda: (cluster.kill(), killed.set()))
    killer.start()
    try:
        made, after = 0, 0
        while after < 4 and made < 5000:  # the kill falls somewhere in these saves
            notes.save(note(made))
            made += 1
            after += killed.is_set()
        killer.join()
        assert backend.link.offline
        # offline: the window still lists every note, the waiting ones with the others
        notes.delete("n1")
        first = notes.get("n0")
        changed = notes.save(replace(first, note="corrigé hors ligne", color="red"), base=first)
        listed = {n.id: n for n in notes.find(article.id)}
        assert set(listed) == {f"n{i}" for i in range(made) if i != 1}
        assert listed["n0"].note == "corrigé hors ligne"
        assert changed.note == "corrigé hors ligne" and changed.author == ALICE
        assert backend.outbox is not None and len(backend.outbox) >= 4
    finally:
        cluster.start()
    assert back.wait(30), changes
    stop()
    assert [c.how for c in changes if c.what == "server"] == ["lost", "back"]
    sent = next(c.sent for c in changes if c.how == "back")
    assert sent >= 4 and backend.outbox is not None and len(backend.outbox) == 0

    # on the server, as a second desktop of Alice's reads it: each note once, as last made
    again = PgBackend(cluster.url(ALICE, name))
    stored = {n.id: n for n in again.annotations(again.open()).find(article.id)}
    assert set(stored) == {f"n{i}" for i in range(made) if i != 1}
    assert (stored["n0"].note, stored["n0"].color) == ("corrigé hors ligne", "red")
    assert all(stored[f"n{i}"].note == f"note {i} — à vérifier" for i in range(2, made))
    again.close()
    backend.close()
