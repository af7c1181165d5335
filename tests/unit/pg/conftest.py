"""A throw-away PostgreSQL cluster for the team library's tests, one per test session
(see :mod:`benchmarks.pg_cluster`); each test makes the databases it needs. Without
PostgreSQL's programs the tests skip, saying so — in CI that is a failure (``.ci/run``
installs the ``postgresql`` package)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

pytest.importorskip("psycopg", reason="the team extra is not installed: pip install -e '.[team]'")

from benchmarks.pg_cluster import (
    ALICE,
    BOB,
    CAROL,
    CAROL_PASSWORD,
    OWNER,
    Cluster,
    binaries,
    throwaway_cluster,
)

__all__ = ["ALICE", "BOB", "CAROL", "CAROL_PASSWORD", "OWNER", "Cluster"]


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    programs = binaries()
    if programs is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed in CI (.ci/run installs postgresql)")
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    with throwaway_cluster(programs) as made:
        yield made
