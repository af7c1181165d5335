"""Live changes: a note a teammate shares from another process is announced at once to
every desktop following the library, with who made it; a private one to nobody."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import time
from pathlib import Path

from reader.services import Library
from reader.store.interface import Change
from reader.store.pg.live import CHANNEL
from tests.conftest import ROOT
from tests.unit.pg.conftest import ALICE, BOB, Cluster

ALICE_NOTES = """
import sys
from reader.services import Library
with Library.open(sys.argv[1], team=sys.argv[2]) as alice:
    alice.annotate(sys.argv[3], "Ascend 910C", note="privée")
    alice.annotate(sys.argv[3], "Huawei", note="à voir", shared=True)
"""


def listening(cluster: Cluster, name: str, timeout: float = 60.0) -> None:
    """Wait until a session of the library ``name`` has its ``LISTEN`` in force: following
    starts it on a thread of its own, and a loaded machine may run that thread late."""
    deadline = time.monotonic() + timeout
    with cluster.admin() as admin:
        while time.monotonic() < deadline:
            found = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND query = %s",
                (name, f"LISTEN {CHANNEL}"),
            ).fetchone()
            if found and found[0]:
                return
            time.sleep(0.05)
    raise AssertionError(f"nobody listens on {name} after {timeout:.0f} s")


def test_a_shared_note_from_another_process_is_announced(cluster: Cluster, tmp_path: Path) -> None:
    name = cluster.new_database()
    article = tmp_path / "huawei.txt"
    article.write_text("Huawei et les puces\n\nHuawei prépare l'Ascend 910C.\n", encoding="utf-8")
    changes: queue.Queue[Change] = queue.Queue()
    with Library.open(tmp_path / "bob", team=cluster.url(BOB, name)) as bob:
        article_id = bob.import_paths([article]).outcomes[0].article_id
        assert article_id is not None
        bob.follow(changes.put)
        listening(cluster, name)  # a note announced before that is announced to nobody
        subprocess.run(
            [sys.executable, "-c", ALICE_NOTES, str(tmp_path / "alice"), cluster.url(ALICE, name),
             article_id],
            check=True, capture_output=True, cwd=ROOT, timeout=120,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )  # fmt: skip
        change = changes.get(timeout=30)
        assert (change.what, change.how, change.article_id) == ("annotations", "insert", article_id)
        assert (change.who, change.mine) == (ALICE, False)
        assert changes.empty()  # the private note was announced to nobody
        assert [a.note for a in bob.annotations(article_id)] == ["à voir"]
        bob.annotate(article_id, "puces", note="de Bob", shared=True)
        assert changes.get(timeout=30).mine
