"""Backups and restore: checked copies, daily rotation, a damaged library never backed
up nor overwritten, restore keeping what it replaces; the one-window lock."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.errors import StoreError
from reader.services import Library
from reader.services.safety import (
    InstanceLock,
    LibraryDamaged,
    LibraryInUse,
    find_backup,
    list_backups,
    restore_backup,
)
from reader.store import SCHEMA_VERSION, backups


def titles(library: Library, query: str) -> list[str]:
    return sorted(h.title for h in library.search(query).hits)


def damage(path: Path) -> None:
    """Overwrite the middle of the file, as a bad disk block or a half-copied sync does."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = os.urandom(8192)
    path.write_bytes(bytes(data))


def test_a_backup_is_a_whole_copy(library: Library) -> None:
    library.annotate(library.articles()[0].id, "IA", note="à garder")
    made = library.backup()
    assert made.kind == "manual" and made.path.parent == library.paths.backups_dir
    assert backups.problem(made.path) is None
    db = sqlite3.connect(made.path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert db.execute("SELECT note FROM annotations").fetchall() == [("à garder",)]
    db.close()
    assert not list(made.path.parent.glob("*.partial"))
    assert [b.path for b in library.backups()] == [made.path]


def test_automatic_backups_once_a_day_seven_kept(library: Library) -> None:
    folder = library.paths.backups_dir
    first = library.auto_backup()
    assert first is not None and first.kind == "auto"
    assert library.auto_backup() is None  # not due again today
    # eight older daily copies, as if the app had run on each of the last days
    now = dt.datetime.now(dt.UTC)
    for days in range(1, 9):
        stamp = (now - dt.timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        (folder / f"library-auto-{stamp}.sqlite3").write_bytes(first.path.read_bytes())
    manual = library.backup()
    assert backups.due(folder, now=now + dt.timedelta(days=1, seconds=1))
    assert backups.rotate(folder)  # the two oldest automatic copies go
    autos = [b for b in library.backups() if b.kind == "auto"]
    assert len(autos) == backups.AUTO_KEEP
    assert autos[0].path == first.path  # newest first
    assert manual.path.exists()  # copies made by hand are never rotated out


def test_a_damaged_library_is_not_backed_up_and_good_copies_stay(library: Library) -> None:
    good = library.auto_backup()
    assert good is not None
    old = good.path.with_name("library-auto-20200101-000000.sqlite3")
    good.path.rename(old)  # the last copy is old: one is due
    library.close()
    damage(library.paths.database)
    with pytest.raises(LibraryDamaged) as caught:
        library.auto_backup()
    assert caught.value.latest is not None and caught.value.latest.path == old
    assert [b.path for b in list_backups(library.paths)] == [old]


def test_a_damaged_library_is_reported_untouched_with_its_latest_backup(
    library: Library,
) -> None:
    library.backup()
    library.close()
    path = library.paths.database
    path.write_bytes(b"\x00garbage\x00" * 4000)
    before = path.read_bytes()
    with pytest.raises(LibraryDamaged, match=r"left untouched\. The latest backup is from"):
        Library.open(library.paths.root)
    assert path.read_bytes() == before


def test_a_truncated_library_is_reported(library: Library) -> None:
    library.close()
    db = sqlite3.connect(library.paths.database)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = library.paths.database
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(LibraryDamaged, match="is damaged"):
        Library.open(library.paths.root)


def test_restore_puts_a_backup_back_and_keeps_the_damaged_file(library: Library) -> None:
    library.annotate(library.articles()[0].id, "IA", note="avant")
    backup = library.backup()
    library.annotate(library.articles()[0].id, "Tencent", note="après la copie")
    library.close()
    path = library.paths.database
    damage(path)
    damaged_bytes = path.read_bytes()
    with InstanceLock(library.paths.root):
        kept = restore_backup(library.paths, find_backup(library.paths, None))
    assert kept is not None and kept.read_bytes() == damaged_bytes
    assert find_backup(library.paths, None).path == backup.path  # damaged copies never offered
    with Library.open(library.paths.root) as restored:
        assert [a.note for a in restored.annotations()] == ["avant"]
        assert titles(restored, "Huawei")  # the index is rebuilt from the restored file
        assert restored.check() is None


def test_restore_over_a_good_library_keeps_a_copy_of_it(library: Library) -> None:
    backup = library.backup()
    library.annotate(library.articles()[0].id, "IA", note="récent")
    library.close()
    with InstanceLock(library.paths.root):
        kept = restore_backup(library.paths, find_backup(library.paths, backup.path.name))
    assert kept is not None and kept.name.startswith("library-before-restore-")
    db = sqlite3.connect(kept)
    assert db.execute("SELECT note FROM annotations").fetchall() == [("récent",)]
    db.close()
    with Library.open(library.paths.root) as restored:
        assert restored.annotations() == []


def test_a_damaged_or_newer_backup_is_refused_and_nothing_changes(library: Library) -> None:
    bad = library.backup()
    damage(bad.path)
    newer = library.backup()
    db = sqlite3.connect(newer.path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    library.close()
    before = library.paths.database.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        restore_backup(library.paths, find_backup(library.paths, bad.path.name))
    with pytest.raises(StoreError, match="newer version"):
        restore_backup(library.paths, find_backup(library.paths, str(newer.path)))
    assert library.paths.database.read_bytes() == before


def test_a_full_disk_loses_nothing_already_saved(library: Library, tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "1-short.txt").write_text("Court\n\nUn texte court sur Quetzalcoatl.\n", "utf-8")
    big = " ".join(f"mot{n}" for n in range(100_000))  # under the article size limit
    (news / "2-long.txt").write_text(f"Long\n\n{big}\n", "utf-8")

    def nearly_full() -> None:  # on the writer's connection, which writes the import
        db = library.store._db  # type: ignore[attr-defined]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 40}")  # the disk is nearly full

    library.writer.run(nearly_full)
    report = library.import_paths([news])
    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert by_name["1-short.txt"].status.value == "imported"
    assert by_name["2-long.txt"].status.value == "failed"
    assert "full" in (by_name["2-long.txt"].reason or "")
    assert titles(library, "Quetzalcoatl") == ["Court"]
    assert library.check() is None


def test_one_window_per_library(data_dir: Path) -> None:
    with (
        InstanceLock(data_dir),
        pytest.raises(LibraryInUse, match="already open in another Liseuse window"),
    ):
        InstanceLock(data_dir).acquire()
    with InstanceLock(data_dir) as again:  # released with its holder
        assert again.held


def test_the_lock_dies_with_a_killed_process(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path\n"
            "from reader.store.lock import InstanceLock\n"
            "lock = InstanceLock(Path(sys.argv[1])).acquire(); print('held', flush=True)\n"
            "time.sleep(60)",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LibraryInUse):
            InstanceLock(data_dir).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    deadline = time.monotonic() + 10
    while True:  # the kernel drops the lock with the process: no stale lock to clean up
        try:
            lock = InstanceLock(data_dir).acquire()
            break
        except LibraryInUse:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    lock.release()
