"""The server lost in the middle of an edit: the edit fails with a message that says so
and leaves nothing half-written (PostgreSQL rolls the whole transaction back), and the
library is usable again as soon as the server is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.anchoring import describe
from reader.core.errors import StoreError
from reader.core.model import Annotation
from reader.ingest.files import parse_text
from reader.store.pg import PgBackend
from tests.unit.pg.conftest import ALICE, Cluster

TEXT = "Huawei et les puces\n\nHuawei prépare l'Ascend 910C, dit Reuters.\n"


def test_an_edit_cut_off_by_the_server_is_not_half_saved(cluster: Cluster) -> None:
    name = cluster.new_database()
    backend = PgBackend(cluster.url(ALICE, name))
    store = backend.open(migrate=True)
    article = store.get(store.save(parse_text(TEXT, "txt", "huawei.txt")).article_id)
    annotations = backend.annotations(store)
    notes = []
    for quote in ("Ascend 910C", "Reuters"):
        start = article.text.index(quote)
        q = describe(article.text, start, start + len(quote))
        notes.append(
            Annotation(quote, article.id, start, start + len(quote), q.exact, q.prefix,
                       q.suffix, note="à voir", tags=("puces",))
        )  # fmt: skip
    with pytest.raises(StoreError, match="team library alice@"), store.transaction():
        annotations.save(notes[0])
        with cluster.admin() as admin:  # the server ends every session of Alice's
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = %s AND datname = %s",
                (ALICE, name),
            )
        annotations.save(notes[1])
    assert annotations.find() == []  # neither note, nor the first one's tags
    assert [t.name for t in annotations.tags()] == []
    saved = annotations.save(replace(notes[1], note="après"))
    assert [a.note for a in annotations.find()] == [saved.note] == ["après"]
    backend.close()
