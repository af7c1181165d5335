"""The index's folder and its writers' failures: a folder removed whatever stands in its
place, a writer cancelled half-way, and a failure to write said in one line the user can
act on (shared by the index's own writes and an import's session)."""

from __future__ import annotations

import errno
import logging
import shutil
from pathlib import Path
from typing import Any

from reader.core.errors import IndexUnwritable

log = logging.getLogger(__name__)


def remove_folder(path: Path) -> None:
    """Remove an index folder, or whatever stands in its place: a link (dangling, a
    loop, to a file: a damaged index) is removed, never what it points to."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


def cancel_writer(writer: Any) -> None:
    """Cancel a writer that failed, even half-way through its commit (a full disk)."""
    try:
        writer.cancel()
    except Exception:  # already committed in part: nothing more to undo
        log.debug("cancelling the index writer failed", exc_info=True)


def unwritable(exc: OSError, folder: Path) -> IndexUnwritable:
    """One line the user can act on for an index that could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        why = "the disk holding the library is full; free some space, then run reader reindex"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = "the folder is read-only; check its permissions"
    else:
        why = exc.strerror or str(exc)
    return IndexUnwritable(f"cannot write the search index in {folder.parent}: {why}")
