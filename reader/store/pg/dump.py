"""A team library's backup: ``pg_dump`` of its database in PostgreSQL's own archive
format (``pg_restore`` puts it back, on this server or another). Made with the reader's
own role, so it holds what that role may read: everything but other people's private
notes — the server's administrator backs up the whole database."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from reader.core.errors import StoreError
from reader.store.pg.connect import TeamAddress


def pg_dump() -> Path:
    """PostgreSQL's ``pg_dump``: on the ``PATH``, else Debian's newest."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if not versions:
        raise StoreError(
            "backing up a team library needs PostgreSQL's pg_dump "
            "(Debian and Ubuntu: apt-get install postgresql-client)"
        )
    return versions[-1]


def dump(address: TeamAddress, kwargs: dict[str, Any], target: Path) -> Path:
    """Write the library to ``target`` (a new file: an existing one is refused). The
    password, when one was needed, reaches pg_dump through its environment only."""
    if target.exists():
        raise StoreError(f"{target} exists already; give a new file")
    environment = dict(os.environ)
    if kwargs.get("password"):
        environment["PGPASSWORD"] = str(kwargs["password"])
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [str(pg_dump()), "--format=custom", "--no-password", "--enable-row-security",
             f"--file={partial}", f"--dbname={address.url}"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )  # fmt: skip
        if done.returncode:
            message = " ".join(done.stderr.split()) or f"exit status {done.returncode}"
            raise StoreError(f"pg_dump could not back up the team library {address}: {message}")
        partial.replace(target)
    except OSError as exc:
        raise StoreError(f"cannot write the backup {target}: {exc.strerror}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target
