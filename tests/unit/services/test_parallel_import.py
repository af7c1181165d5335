"""A large import parses in worker processes and gives the same articles, in the same
order, as parsing in the app's own process; without workers it still imports."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.ingest.parallel as parallel
from reader.ingest import discover
from reader.services import Library
from tests.conftest import corpus


def test_workers_parse_like_the_main_process(tmp_path: Path) -> None:
    folder = corpus("en-bbc-news-2225", "bbc", "business")
    files = list(discover([folder]))
    assert len(files) >= parallel.PARALLEL_FROM
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"\x00\x01\x02" * 10)
    files.insert(5, broken)
    results = list(parallel.parse_all(files))
    assert [p for p, _ in results] == files
    assert isinstance(results[5][1], str)  # the reason the binary file failed
    for path, parsed in results[:40]:
        expected = parallel.parse_one(path)
        assert parsed == expected


def test_without_worker_processes_the_import_goes_on(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus("en-bbc-news-2225", "bbc", "sport")

    class NoProcesses:
        def __init__(self, *args, **kwargs) -> None:
            raise OSError("no processes in this sandbox")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", NoProcesses)
    with Library.open(data_dir) as library:
        report = library.import_paths([folder])
        assert len(report.outcomes) == len(list(discover([folder]))) and not report.failed
        assert library.search("Chelsea").total > 10
