"""A real full disk: the library on a 20 MB tmpfs filled to its last few hundred KB
(mounted here, so root only; skipped with the reason otherwise). Every command ends in
one line, never a traceback; what is reported saved is there; a rebuild that does not
fit leaves no half-built index behind; the library can still be read and searched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import corpus

pytestmark = pytest.mark.e2e


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("READER_DATA_DIR", None)
    command = [sys.executable, "-m", "reader", "--data-dir", str(data), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def fill(disk: Path, leave: int) -> None:
    """Fill the disk but for ``leave`` bytes."""
    free = shutil.disk_usage(disk).free
    with open(disk / "ballast", "ab") as out:
        out.write(b"\0" * max(0, free - leave))


def test_a_full_disk_is_one_line_and_the_library_stays_readable(disk: Path) -> None:
    business = sorted(corpus("en-bbc-news-2225", "bbc", "business").glob("*.txt"))
    data = disk / "data"
    assert run(data, "import", *map(str, business[:40])).returncode == 0
    fill(disk, leave=400_000)
    results = {}
    # more articles than fit (the rest of the folder, over a megabyte of text in 400 KB):
    # some saved, the rest refused, the index left behind
    results["import"] = done = run(data, "import", *map(str, business[40:]), "--json")
    files = json.loads(done.stdout)["files"]
    saved = {f["id"] for f in files if f["status"] == "imported"}
    assert any(f["status"] == "failed" and "full" in f["reason"] for f in files)
    results["search"] = done = run(data, "search", "oil prices")
    assert done.returncode == 0 and "match" in done.stdout
    first = (
        sorted(saved)[0]
        if saved
        else json.loads(run(data, "list", "--json").stdout)["articles"][0]["id"]
    )
    results["annotate"] = done = run(data, "annotate", first, "--quote", "the", "--note", "x")
    if done.returncode == 0:  # saved: then it is there
        assert "x" in run(data, "annotations", first).stdout
    results["reindex"] = done = run(data, "reindex")
    assert done.returncode == 1 and "full" in done.stderr
    assert not (data / "index.new").exists()  # the half-built index never stays
    for name, done in results.items():
        assert "Traceback" not in done.stderr, (name, done.stderr)
        assert len(done.stderr.strip().splitlines()) <= 1, (name, done.stderr)
    listed = json.loads(run(data, "list", "--json").stdout)["articles"]
    assert saved <= {a["id"] for a in listed}
    searched = run(data, "search", "oil prices")
    assert searched.returncode == 0 and "match" in searched.stdout, searched.stderr
    (disk / "ballast").unlink()  # space again: the index catches up
    assert run(data, "reindex").returncode == 0
