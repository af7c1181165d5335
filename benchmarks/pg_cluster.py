"""A throw-away PostgreSQL cluster for the team library's tests and benchmark: initdb
into a temporary folder, a Unix socket only (no TCP port), fsync off, stopped and removed
at the end. PostgreSQL refuses to run as root: as root (CI, containers) it runs as
``nobody``. Each user of it gets databases of its own."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

# the roles: the tables' owner (nobody's own), two readers, and one that signs in with a
# password (the others are trusted on the local socket)
OWNER, ALICE, BOB, CAROL = "liseuse_owner", "alice", "bob", "carol"
CAROL_PASSWORD = "pâte à crêpes 🥞"


def binaries() -> Path | None:
    """PostgreSQL's programs: on the ``PATH``, else Debian's newest."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    return versions[-1].parent if versions else None


@dataclass
class Cluster:
    socket_dir: Path
    _names: Iterator[int] = field(default_factory=itertools.count)
    _template: str = ""
    # how to stop and start the server again (a test of a server that goes away)
    _programs: Path | None = None
    _as_user: list[str] = field(default_factory=list)
    _options: str = ""

    def kill(self) -> None:
        """Stop the server at once, as a crash or a pulled cable would: its sessions
        end without a word, what they had not committed is rolled back."""
        assert self._programs is not None
        data = self.socket_dir / "data"
        _run([str(self._programs / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
             self._as_user)  # fmt: skip

    def start(self) -> None:
        """Start the server again after :meth:`kill` (it recovers from its log)."""
        assert self._programs is not None
        data = self.socket_dir / "data"
        _run([str(self._programs / "pg_ctl"), "-D", str(data), "-o", self._options, "-l",
              str(self.socket_dir / "server.log"), "-w", "start"], self._as_user)  # fmt: skip

    def url(self, user: str, database: str) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def admin(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname=database, autocommit=True
        )

    def new_database(self, *, made: bool = True) -> str:
        """A database owned by the owner role, open to the other roles; ``made``: with
        the team library's tables already made (copied from a template, which is quicker
        than making them again each time)."""
        if made and not self._template:
            self._template = self.new_database(made=False)
            from reader.store.pg import PgBackend

            backend = PgBackend(self.url(OWNER, self._template))
            backend.open(migrate=True)
            backend.close()
        name = f"team_{next(self._names)}"
        template = f" TEMPLATE {self._template}" if made else ""
        with self.admin() as db:
            db.execute(f"CREATE DATABASE {name} OWNER {OWNER}{template}")
            db.execute(f"REVOKE CONNECT ON DATABASE {name} FROM PUBLIC")
            db.execute(f"GRANT CONNECT ON DATABASE {name} TO {OWNER}, {ALICE}, {BOB}, {CAROL}")
        with self.admin(name) as db:  # PostgreSQL 15: only the owner creates in public
            db.execute(f"ALTER SCHEMA public OWNER TO {OWNER}")
        return name


def _run(command: list[str], as_user: list[str]) -> None:
    done = subprocess.run(
        [*as_user, *command], capture_output=True, text=True, timeout=120, check=False
    )
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


@contextmanager
def throwaway_cluster(programs: Path) -> Iterator[Cluster]:
    root = Path(tempfile.mkdtemp(prefix="liseuse-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse root
        shutil.chown(root, "nobody")
        as_user = ["runuser", "-u", "nobody", "--"]
    root.chmod(0o755)
    data = root / "data"
    try:
        _run(
            [str(programs / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
             "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            as_user,
        )  # fmt: skip
        (data / "pg_hba.conf").write_text(
            f"local all {CAROL} scram-sha-256\nlocal all all trust\n", encoding="utf-8"
        )
        options = (
            f"-k {root} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60"
        )
        _run(
            [str(programs / "pg_ctl"), "-D", str(data), "-o", options, "-l",
             str(root / "server.log"), "-w", "start"],
            as_user,
        )  # fmt: skip
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    cluster = Cluster(root, _programs=programs, _as_user=as_user, _options=options)
    try:
        with cluster.admin() as db:
            for role in (OWNER, ALICE, BOB):
                db.execute(f"CREATE ROLE {role} LOGIN")
            db.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(CAROL), sql.Literal(CAROL_PASSWORD)
                )
            )
        yield cluster
    finally:
        _run([str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], as_user)
        shutil.rmtree(root, ignore_errors=True)
