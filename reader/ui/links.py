"""Deep links written into exports — ``reader://article/ID`` and
``reader://article/ID#anno=UUID`` — opened by the window (``reader gui LINK``), and the
files handed to it by the desktop (``reader gui FILE…``: the ``.desktop`` file declares
the import formats and the ``reader`` scheme, and passes either as ``%U``).

One window per library (see :mod:`reader.store.lock`), so the desktop's *second*
``reader gui LINK`` — a click on a link in an exported note while the window is open —
must not open a window of its own: it hands its link and files to the open window over a
local socket (:class:`LinkServer`, named after the library's folder and the user) and
exits. The message is one line of JSON, ``{"targets": [...]}``, answered by ``ok``.

The window calls this module, so what is done here is given as the window's widgets and
callbacks, never the window itself (its module imports this one).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from reader.core.model import Annotation
from reader.ui.context import UiContext
from reader.ui.hints import said
from reader.ui.importer import Importer

log = logging.getLogger(__name__)
HAND_OVER_MS = 5000  # a window busy on its GUI thread answers well within this
MAX_MESSAGE = 1 << 20  # bytes: a long list of files, never more


def parse_link(link: str) -> tuple[str, str] | None:
    """``(article id, annotation id or "")``, or None when it is not a Liseuse link."""
    parsed = urlsplit(link)
    article_id = parsed.path.strip("/")
    if parsed.scheme != "reader" or parsed.netloc != "article" or not article_id:
        return None
    return article_id, parse_qs(parsed.fragment).get("anno", [""])[0]


def split_targets(targets: Sequence[str]) -> tuple[str, list[str]]:
    """``(the link to open, the files to import)`` among command-line arguments: a
    ``file://`` URL or a plain path is a file, anything else with a scheme is a link (the
    last one wins; one that is not Liseuse's is reported by :func:`open_link`)."""
    link = ""
    files: list[str] = []
    for target in targets:
        parsed = urlsplit(target)
        if parsed.scheme == "file":
            files.append(unquote(parsed.path))
        elif parsed.scheme and "://" in target:
            link = target
        else:
            files.append(target)
    return link, files


def open_link(
    ctx: UiContext,
    link: str,
    *,
    status: Callable[[str], None],
    open_article: Callable[[str], None],
    open_annotation: Callable[[Annotation], None],
) -> None:
    """Open the article of ``link``, or its annotation's passage (looked up in the
    background); ``status`` says why when it is not a link to open."""
    target = parse_link(link)
    if target is None:
        status(QCoreApplication.translate("Links", "Not a Liseuse link: %1").replace("%1", link))
        return
    article_id, anno = target
    if not anno:
        open_article(article_id)
        return
    library = ctx.library
    ctx.tasks.run(
        lambda _: next((a for a in library.annotations(article_id) if a.id == anno), None),
        on_success=lambda a: open_annotation(a) if a else open_article(article_id),
        on_failure=lambda exc: status(said(exc)),
    )


# -- the second launch hands its targets over ----------------------------------------------


def server_name(root: Path) -> str:
    """The local socket's name for the library at ``root``: the same for every process of
    this user on that folder, different for another folder or another user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container): the uid tells users apart
        user = str(getattr(os, "getuid", lambda: 0)())
    key = hashlib.sha256(f"{user}\0{Path(root).resolve()}".encode()).hexdigest()[:20]
    return f"liseuse-{key}"


def absolute(targets: Sequence[str]) -> list[str]:
    """The targets with relative file paths made absolute: the open window does not
    share this process's working directory."""
    out = []
    for target in targets:
        parsed = urlsplit(target)
        is_url = parsed.scheme == "file" or (parsed.scheme and "://" in target)
        out.append(target if is_url else str(Path.cwd() / target))  # symlinks kept
    return out


def hand_over(root: Path, targets: Sequence[str], timeout_ms: int = HAND_OVER_MS) -> bool:
    """Give ``targets`` to the window open on ``root``; False when no window answers
    (none listens: a restore holds the library, or a version without the socket)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(root))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps({"targets": list(targets)}).encode("utf-8") + b"\n")
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    reply = b""
    while b"\n" not in reply:
        if not socket.waitForReadyRead(timeout_ms):
            return False
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.startswith(b"ok")


class LinkServer(QObject):
    """Listens, in the window's process, for what a second launch hands over; each
    message goes to ``handler`` (the window's ``receive_targets``)."""

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handler: Callable[[list[str]], None] | None = None
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(root)
        if not self.server.listen(name):
            # a socket file left by a window that was killed: this process holds the
            # library's lock, so no window listens on it any more
            QLocalServer.removeServer(name)
            if not self.server.listen(name):
                log.warning("links cannot be handed to this window: %s", self.server.errorString())
        self.server.newConnection.connect(self._on_server_new_connection)

    @property
    def listening(self) -> bool:
        return bool(self.server.isListening())

    def close(self) -> None:
        self.server.close()

    def _on_server_new_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._on_socket_ready_read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE:
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        try:
            message = json.loads(bytes(buffer).split(b"\n", 1)[0])
            targets = [str(t) for t in message["targets"]]
        except (ValueError, KeyError, TypeError):
            log.warning("a message handed to the window could not be read")
            socket.write(b"unreadable\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        if self.handler is not None:
            self.handler(targets)


def receive(
    window: QWidget,
    targets: Sequence[str],
    *,
    open_link: Callable[[str], None],
    importer: Importer,
) -> None:
    """What a second launch handed over: the window comes to the front, opens the link
    (``open_link``: at once, or once the library is up) and imports the files (after an
    import that runs, since imports go one at a time)."""
    link, files = split_targets(targets)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if link:
        open_link(link)
    if files and not importer.start(files):
        # once that import has quite finished (its task is marked done after this signal)
        importer.finished.connect(
            lambda _report: QTimer.singleShot(0, lambda: importer.start(files)),
            Qt.ConnectionType.SingleShotConnection,
        )
