"""Following a team library as teammates change it: ``LISTEN`` on the channel its
triggers announce on (see ``upgrade_2`` in :mod:`reader.store.pg.schema`), on a
connection of its own in a thread of its own, so that no query waits for it and it
waits for no query. When the server goes away it says so once (a "server" "lost"
change) and tries again every few seconds, saying when it answers again ("back")."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg

from reader.store.interface import Change
from reader.store.pg.connect import TeamAddress

log = logging.getLogger(__name__)
CHANNEL = "liseuse"
RETRY = 5.0  # seconds between attempts while the server is unreachable


class Follower:
    """Calls ``callback`` (in its own thread) with each :class:`Change` announced."""

    def __init__(
        self, address: TeamAddress, kwargs: dict[str, Any], callback: Callable[[Change], None]
    ) -> None:
        self._address = address
        self._kwargs = dict(kwargs, autocommit=True)
        self._callback = callback
        self._stopping = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in force
        self._thread = threading.Thread(target=self._run, name="team-library-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        lost = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._address.url, **self._kwargs) as conn:
                    me = str(conn.execute("SELECT current_user").fetchone()[0])  # type: ignore[index]
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if lost:
                        log.warning("the team library %s answers again", self._address)
                        lost = False
                        self._callback(Change("server", "back", "", ""))
                    while not self._stopping.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._announce(note.payload, me)
            except psycopg.Error as exc:
                self.listening.clear()
                if not lost:
                    log.warning("lost the team library %s: %s", self._address, exc)
                    lost = True
                    self._callback(Change("server", "lost", "", ""))
                self._stopping.wait(RETRY)
            except Exception:  # a bug in the callback: said, and following goes on
                log.exception("a change of the team library could not be shown")
                time.sleep(0.1)

    def _announce(self, payload: str, me: str) -> None:
        try:
            data = json.loads(payload)
            change = Change(
                what=str(data["what"]),
                how=str(data["how"]),
                article_id=str(data["article"]),
                who=str(data["who"]),
                mine=data["who"] == me,
            )
        except (ValueError, KeyError, TypeError):
            log.warning("an announcement of the team library could not be read: %r", payload)
            return
        self._callback(change)
