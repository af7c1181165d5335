"""The safety net from the command line, as a user meets it: backups and restore, a
damaged or read-only library, the search index damaged between runs, two processes
writing to one library."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store.lock import InstanceLock
from tests.conftest import corpus
from tests.e2e.test_cli import as_json, reader

pytestmark = pytest.mark.e2e


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_backup_damage_and_restore(tmp_path: Path) -> None:
    data = tmp_path / "data"
    reader(data, "annotate", "926d6ec7", "--quote", "Tencent", "--note", "à garder")
    made = as_json(data, "backup")["path"]
    assert Path(made).parent == data / "backups"
    assert [b["path"] for b in as_json(data, "backup", "--list")] == [made]
    assert reader(data, "backup", "--check").stdout.startswith("the library reads whole")

    database = data / "library.sqlite3"
    database.write_bytes(b"SQLite format 3\x00" + os.urandom(40_000))  # a damaged file
    damaged = database.read_bytes()
    done = reader(data, "search", "Huawei", check=False)
    assert done.returncode == 1
    assert "is damaged" in done.stderr and "left untouched" in done.stderr
    assert "`reader restore` puts it back" in done.stderr
    assert database.read_bytes() == damaged

    restored = as_json(data, "restore")
    assert restored["restored"] == made
    assert Path(restored["kept"]).read_bytes() == damaged  # set aside, not deleted
    notes = as_json(data, "annotations")
    assert [n["note"] for n in notes["annotations"]] == ["à garder"]
    assert as_json(data, "search", "Huawei")["total"] >= 1


def test_restore_is_refused_while_a_window_has_the_library(tmp_path: Path) -> None:
    data = tmp_path / "data"
    as_json(data, "backup")
    before = (data / "library.sqlite3").read_bytes()
    with InstanceLock(data):
        done = reader(data, "restore", check=False)
    assert done.returncode == 1 and "already open in another Liseuse window" in done.stderr
    assert (data / "library.sqlite3").read_bytes() == before


def test_a_damaged_search_index_is_rebuilt_on_the_next_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expected = as_json(data, "search", "Huawei")
    for segment in (data / "index").glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 3])
    (data / "index" / "MAIN_WRITELOCK").write_text("")  # left by a killed writer
    assert as_json(data, "search", "Huawei")["results"] == expected["results"]
    shutil.rmtree(data / "index")
    assert as_json(data, "search", "Huawei")["results"] == expected["results"]
    reader(data, "annotate", "926d6ec7", "--quote", "Tencent", "--note", "après")
    assert as_json(data, "search", "note:après")["total"] == 1


def without_override() -> list[str]:
    """A prefix that runs a command without root's power to ignore file permissions."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}"]


def test_a_read_only_library_is_a_clear_message_and_no_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    as_json(data, "list")
    before = snapshot(data)
    modes = {p: p.stat().st_mode for p in [data, *data.rglob("*")]}
    for path in modes:
        path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
    try:
        env = {**os.environ}
        env.pop("READER_DATA_DIR", None)
        command = [sys.executable, "-m", "reader", "--data-dir", str(data)]
        for args in (["import", str(corpus("fr-wikinews-keyphrase-100", "documents"))],):
            done = subprocess.run(
                [*without_override(), *command, *args],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            assert done.returncode == 1, done.stderr
            assert "read-only" in done.stderr or "permission" in done.stderr.lower()
            assert "Traceback" not in done.stderr
    finally:
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))
    assert snapshot(data) == before


def test_two_processes_import_into_one_library(tmp_path: Path) -> None:
    data = tmp_path / "data"
    as_json(data, "list")
    bbc = corpus("en-bbc-news-2225", "bbc")
    env = {**os.environ}
    env.pop("READER_DATA_DIR", None)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "reader", "--data-dir", str(data), "import", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for folder in (bbc / "sport", bbc / "politics")
    ]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
    db = sqlite3.connect(data / "library.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = db.execute("SELECT count(*) FROM articles WHERE lang = 'en'").fetchone()[0]
    db.close()
    assert stored > 800
    assert as_json(data, "search", "lang:en")["total"] == stored


@pytest.mark.parametrize("files", ["read-only", "writable"])
def test_commands_on_a_read_only_library_say_why_in_one_line(tmp_path: Path, files: str) -> None:
    """``reindex``, ``backup`` and a search that needs its index rebuilt, on a library
    whose folders cannot be written (its files too, or not: a folder made read-only
    after the fact): one line each, nothing changed."""
    data = tmp_path / "data"
    tech = sorted(corpus("en-bbc-news-2225", "bbc", "tech").glob("00*.txt"))
    reader(data, "import", *map(str, tech))
    shutil.rmtree(data / "index")  # the next search would rebuild it
    # another process (a window) has the library open: its journal files exist
    window = sqlite3.connect(data / "library.sqlite3")
    window.execute("SELECT count(*) FROM articles").fetchone()
    before = {k: v for k, v in snapshot(data).items() if not k.endswith("-shm")}
    modes = {p: p.stat().st_mode for p in [data, *data.rglob("*")]}
    for path in modes:
        if path.is_dir() or files == "read-only":
            path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
    env = {**os.environ}
    env.pop("READER_DATA_DIR", None)
    command = [*without_override(), sys.executable, "-m", "reader", "--data-dir", str(data)]
    try:
        for args in (["search", "Microsoft"], ["reindex"], ["backup"]):
            done = subprocess.run(
                [*command, *args], capture_output=True, text=True, env=env, timeout=120
            )
            assert "Traceback" not in done.stderr, (args, done.stderr)
            assert done.returncode == 1, (args, done.stderr)
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1, (args, done.stderr)
            assert "read-only" in lines[0] or "Permission denied" in lines[0], lines
    finally:
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))
    after = {k: v for k, v in snapshot(data).items() if not k.endswith("-shm")}
    window.close()
    assert after == before  # the shared memory index of the journal aside
