"""A team library's notes when its server goes away: the window stays readable (the
notes last read are shown, with the ones made since) and a note made, changed or
deleted meanwhile is kept in the desktop's :class:`~reader.store.pg.outbox.Outbox`,
then sent when the server answers again (:func:`send_pending`).

The rest of the library is not kept on the desktop: an article not yet opened cannot be
read, and changes to the whole library (imports, tags renamed, corrections) are refused
with a message saying the server does not answer.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from reader.core.errors import NotFound, ReaderError, StoreError
from reader.core.model import Annotation
from reader.store.annotations import AnnotationStore
from reader.store.pg.articles import PgArticleStore
from reader.store.pg.connect import Link, ServerUnreachable
from reader.store.pg.outbox import Outbox

log = logging.getLogger(__name__)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class OfflineNotes(AnnotationStore):
    """The annotations of a team library, kept working while its server is away."""

    def __init__(self, store: PgArticleStore, link: Link, outbox: Outbox) -> None:
        super().__init__(store)
        self._pg = store
        self._link = link
        self._outbox = outbox
        self._seen: dict[tuple[str | None, str | None], list[Annotation]] = {}

    def _queue_instead(self) -> bool:
        """Whether a change goes to the outbox: the server is away, and the change is
        not part of a larger transaction (which must commit whole or not at all). Some
        seconds after it was found away, the outbox is sent first, then the change
        made directly: the changes reach the server in the order they were made."""
        if not self._link.offline or self._pg.in_transaction:
            return False
        if self._link.waiting():
            return True
        try:
            with self._link.lock:
                send_pending(self._pg, self._outbox)
                self._link.offline = False
        except ServerUnreachable as exc:
            self._link.lost(exc)
            return True
        return False

    def save(self, annotation: Annotation, base: Annotation | None = None) -> Annotation:
        if not self._queue_instead():
            try:
                saved = super().save(annotation, base)
                self._remember(saved)
                return saved
            except ServerUnreachable as exc:
                if self._pg.in_transaction:
                    raise
                self._link.lost(exc)
        self._outbox.add("save", annotation, base)
        now = _now()
        return replace(
            annotation,
            author=annotation.author or self._link.role,
            created=annotation.created or now,
            modified=now,
        )

    def delete(self, annotation_id: str) -> None:
        if not self._queue_instead():
            try:
                super().delete(annotation_id)
                for notes in self._seen.values():
                    notes[:] = [n for n in notes if n.id != annotation_id]
                return
            except ServerUnreachable as exc:
                if self._pg.in_transaction:
                    raise
                self._link.lost(exc)
        known = self._known(annotation_id)
        article_id = known.article_id if known is not None else ""
        self._outbox.add("delete", Annotation(annotation_id, article_id, 0, 0, "", "", ""))

    def find(self, article_id: str | None = None, tag: str | None = None) -> list[Annotation]:
        if not self._link.offline:
            try:
                found = super().find(article_id, tag)
            except ServerUnreachable as exc:
                self._link.lost(exc)
            else:
                self._seen[(article_id, tag)] = list(found)
                return found
        if (article_id, tag) not in self._seen:
            raise ServerUnreachable(
                "the team library's server does not answer; these notes were not read "
                "before it went away"
            )
        return self._with_pending(self._seen[(article_id, tag)], article_id, tag)

    def get(self, annotation_id: str) -> Annotation:
        if not self._link.offline:
            try:
                return super().get(annotation_id)
            except ServerUnreachable as exc:
                self._link.lost(exc)
        known = self._known(annotation_id)
        if known is None:
            raise NotFound(f"no annotation with id {annotation_id!r} read before the server left")
        return known

    def _remember(self, saved: Annotation) -> None:
        """A note saved while the server answers joins the lists already read that
        hold it, so that they are whole if the server then goes away."""
        for (article_id, tag), notes in self._seen.items():
            notes[:] = [n for n in notes if n.id != saved.id]
            if (article_id is None or saved.article_id == article_id) and (
                tag is None or tag in saved.tags
            ):
                notes.append(saved)

    def _known(self, annotation_id: str) -> Annotation | None:
        for (article_id, tag), notes in self._seen.items():
            for note in self._with_pending(notes, article_id, tag):
                if note.id == annotation_id:
                    return note
        return None

    def _with_pending(
        self, notes: list[Annotation], article_id: str | None, tag: str | None
    ) -> list[Annotation]:
        """The notes last read, with the changes waiting in the outbox applied."""
        by_id = {n.id: n for n in notes}
        for change in self._outbox.pending():
            a = change.annotation
            if change.kind == "delete":
                by_id.pop(a.id, None)
            elif (article_id is None or a.article_id == article_id) and (
                tag is None or tag in a.tags
            ):
                by_id[a.id] = replace(a, author=a.author or self._link.role)
        return sorted(by_id.values(), key=lambda n: (n.article_id, n.start, n.created))


def send_pending(store: PgArticleStore, outbox: Outbox) -> tuple[int, int]:
    """Send the outbox's changes in the order they were made; returns (sent, kept). A
    change the server refuses (its article deleted meanwhile, a note that is not this
    reader's) is kept in the outbox and said in the log, never dropped; the server
    going away again stops the sending, the rest waits."""
    notes = AnnotationStore(store)
    sent = kept = 0
    for change in outbox.pending():
        try:
            if change.kind == "delete":
                try:
                    notes.delete(change.annotation.id)
                except NotFound:
                    pass  # gone already: what the deletion wanted
            else:
                notes.save(change.annotation, change.base)
        except ServerUnreachable:
            raise
        except (StoreError, ReaderError) as exc:
            log.warning("a note made offline was not accepted by the server: %s", exc)
            kept += 1
            continue
        outbox.done(change.seq)
        sent += 1
    return sent, kept
