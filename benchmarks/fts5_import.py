"""The P1 baseline: read the same files as ``reader import`` (decoded the same way: UTF-8,
else cp1252) into an SQLite FTS5 table with ``unicode61 remove_diacritics 2``, in one
transaction. Usage: ``python -m benchmarks.fts5_import FOLDER DB``."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

SUFFIXES = {".txt", ".md", ".html", ".htm", ".markdown"}


def main(folder: str, db_path: str) -> int:
    db = sqlite3.connect(db_path)
    db.execute(
        "CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    count = 0
    with db:
        for path in sorted(Path(folder).rglob("*")):
            if path.suffix.lower() not in SUFFIXES or not path.is_file():
                continue
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", "replace")
            title, _, body = text.strip().partition("\n")
            db.execute("INSERT INTO f VALUES (?, ?)", (title, body))
            count += 1
    db.close()
    return count


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
