"""Shared fixtures: temporary libraries, the shared corpora, automatic ``gui`` marks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("READER_SHARED_DIR", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"
SEEDS = ROOT / "resources" / "corpus"
# Tests never read or write the user's real keyring: API keys behave as on a machine
# without one, unless a test installs its own in-memory keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use Qt widgets are marked ``gui``; ``-m 'not gui'`` runs the rest
    without a display."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "/tests/ui/" in str(item.fspath):
            item.add_marker(pytest.mark.gui)


def corpus(*parts: str) -> Path:
    """A folder of ``../shared/corpora``; skipped with a reason when it is absent
    outside CI (in CI its absence is a failure)."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing in CI")
        pytest.skip(f"{path} is not available on this machine")
    return path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data directory, also set as READER_DATA_DIR."""
    path = tmp_path / "data"
    monkeypatch.setenv("READER_DATA_DIR", str(path))
    return path


@pytest.fixture
def library(data_dir: Path):
    """A library seeded with the bundled corpus."""
    from reader.services import Library

    lib = Library.open(data_dir)
    lib.seed_if_empty()
    yield lib
    lib.close()


@pytest.fixture
def seed_titles(library) -> dict[str, str]:
    """Seed file name → article id."""
    return {a.title: a.id for a in library.articles()}


def alive(pid: int) -> bool:
    """Whether process ``pid`` is running (a zombie, ended but not yet waited for, is
    not), read from /proc."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
