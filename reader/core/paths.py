"""Where the app keeps its data: one module decides, everything else asks it.

Order of precedence: an explicit ``--data-dir``, then ``READER_DATA_DIR``, then the
platform's user data directory (``~/.local/share/liseuse`` on Linux).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from reader.core.errors import ReaderError

ENV_DATA_DIR = "READER_DATA_DIR"
APP_DIR_NAME = "liseuse"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders of one library."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "library.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """Pick the data directory; it is created by the store, not here. An explicit
    empty one is refused: it used to mean the default library, silently."""
    if explicit is not None and not str(explicit).strip():
        raise ReaderError("the data folder given is empty; give a folder, or none")
    if explicit:
        root = Path(explicit)
    elif os.environ.get(ENV_DATA_DIR):
        root = Path(os.environ[ENV_DATA_DIR])
    else:
        root = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    return DataPaths(root.expanduser().absolute())
