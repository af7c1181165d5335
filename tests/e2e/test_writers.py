"""Writers in several processes at once on one library: two imports (into a new library
too), two index rebuilds, a rebuild during an import, a restore during an import. Each
pairing runs several times, bounded by a count and a time; every process ends on its
own with exit code 0 (the second writer waits, saying so) or a one-line refusal, and
nothing any of them reported is missing afterwards."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.services import Library
from tests.conftest import corpus

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def spawn(data: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("READER_DATA_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=180)
    return process.returncode, out, err


def folder_of(tmp_path: Path, category: str, count: int) -> Path:
    """``count`` BBC articles of one category, copied into a folder of their own."""
    source = sorted(corpus("en-bbc-news-2225", "bbc", category).glob("*.txt"))[:count]
    folder = tmp_path / f"{category}-{count}"
    if not folder.exists():
        folder.mkdir()
        for path in source:
            shutil.copy(path, folder / path.name)
    return folder


def stored(data: Path) -> dict[str, str | None]:
    db = sqlite3.connect(f"file:{data / 'library.sqlite3'}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(db.execute("SELECT id, lang FROM articles").fetchall())
    finally:
        db.close()


def imported_ids(out: str) -> set[str]:
    report = json.loads(out)
    return {f["id"] for f in report["files"] if f["status"] in ("imported", "updated")}


def test_restore_while_an_import_runs_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    backup = spawn(data, "backup")
    assert finish(backup)[0] == 0
    before = len(stored(data))
    importing = spawn(data, "import", "--json", str(folder_of(tmp_path, "business", 120)))
    deadline = time.monotonic() + 60
    while importing.poll() is None and len(stored(data)) < before + 10:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    # the import held where it is, its process alive, for as long as the restore takes:
    # a restore's start (a second) outlasted the rest of a fast import, which then ended
    # first and was rightly restored away
    importing.send_signal(signal.SIGSTOP)
    try:
        assert importing.poll() is None, "the import ended before the restore could start"
        code, _, err = finish(spawn(data, "restore"))
    finally:
        importing.send_signal(signal.SIGCONT)
    done, out, import_err = finish(importing)
    assert done == 0, import_err
    reported = imported_ids(out)
    missing = reported - set(stored(data))
    assert not missing, f"{len(missing)} of {len(reported)} reported articles are missing"
    assert code == 1 and "Traceback" not in err, err
    assert "in use by another Liseuse process" in err and err.count("\n") == 1, err


def test_two_writers_at_once(tmp_path: Path) -> None:
    first, second = folder_of(tmp_path, "tech", 25), folder_of(tmp_path, "politics", 25)
    seeded = tmp_path / "seeded"
    assert finish(spawn(seeded, "import", str(first)))[0] == 0
    pairings = {
        "two imports into a new library": (
            None,
            ["import", "--json", str(first)],
            ["import", "--json", str(second)],
        ),
        "two rebuilds": (seeded, ["reindex"], ["reindex"]),
        "a rebuild during an import": (seeded, ["import", "--json", str(second)], ["reindex"]),
        "two imports of different folders": (
            seeded,
            ["import", "--json", str(second)],
            ["import", "--json", str(first)],
        ),
    }
    deadline = time.monotonic() + 12
    runs = 0
    for round_ in range(3):
        for name, (start, one, two) in pairings.items():
            if round_ and time.monotonic() > deadline:
                break
            data = tmp_path / f"run{runs}"
            if start is not None:
                shutil.copytree(start, data)
            processes = [spawn(data, *one), spawn(data, *two)]
            results = [finish(p) for p in processes]
            runs += 1
            context = f"{name}, round {round_}"
            reported: set[str] = set()
            for args, (code, out, err) in zip((one, two), results, strict=True):
                assert code == 0 and "Traceback" not in err, (context, args, err)
                if args[0] == "import":
                    reported |= imported_ids(out)
            articles = stored(data)
            assert reported <= set(articles), context
            english = sum(1 for lang in articles.values() if lang == "en")
            with Library.open(data) as library:  # the index holds what the library holds
                assert library.search("lang:en", limit=1).total == english, context
    assert runs >= len(pairings)


QUOTES = 3000


def test_an_annotation_import_lets_other_writers_in_while_it_matches(tmp_path: Path) -> None:
    """An annotation file of 3,000 annotations whose articles are not here: finding that
    out (a search for each quote) holds no lock, so an ``annotate`` started meanwhile
    goes ahead without waiting, and the import reports them all. (700 were enough
    until searches got faster: the import then ended within the three seconds the test
    waited; it now starts the other writer once the import has been running a second.)"""
    data = tmp_path / "data"
    folder = folder_of(tmp_path, "tech", 5)
    code, report, err = finish(spawn(data, "import", str(folder), "--json"))
    assert code == 0, err
    first = json.loads(report)["files"][0]["id"]
    code, _, err = finish(spawn(data, "annotate", first, "--quote", "the", "--note", "mine"))
    assert code == 0, err
    out = tmp_path / "mine.jsonld"
    assert finish(spawn(data, "export", "--format", "jsonld", "-o", str(out)))[0] == 0
    collection = json.loads(out.read_text())
    model = collection["first"]["items"][0]
    items = []
    for n in range(QUOTES):
        item = json.loads(json.dumps(model))
        item["id"] = f"http://example.org/elsewhere/{n}"
        item["target"]["source"] = f"http://example.org/page/{n}"
        item["target"]["selector"] = [
            {"type": "TextQuoteSelector", "exact": f"a passage from another library {n}"}
        ]
        items.append(item)
    collection["first"]["items"] = items
    collection["total"] = len(items)
    out.write_text(json.dumps(collection))
    importing = spawn(data, "import-annotations", str(out), "--json")
    try:
        time.sleep(1)  # started, matching its quotes
        code, _, err = finish(spawn(data, "annotate", first, "--quote", "a", "--note", "meanwhile"))
        assert code == 0, err
        # it went ahead while the import was still matching (it may have waited a moment
        # for the import's own start, on a busy machine, but not for the whole import)
        assert importing.poll() is None, "the import ended before the annotation was saved"
    finally:
        code, report, err = finish(importing)
    assert code == 0, err
    assert json.loads(report)["no_article"] == QUOTES
    notes = {
        a["note"]
        for a in json.loads(finish(spawn(data, "annotations", "--json"))[1])["annotations"]
    }
    assert notes == {"mine", "meanwhile"}
