"""Parse many files in a worker process, in order, while the caller stores the results.

Parsing is CPU-bound Python (decoding, structure, dates, the language: about 0.5 ms a
BBC article, langdetect asked only when the function words leave a doubt), so on a
large import it runs beside the main process, which writes to SQLite, and the index's
writers. One worker: the parse is not what an import waits for (the index's writers
take some 2 CPU-ms an article), and a second worker cost its own start (an
interpreter, the app's modules and langdetect's profiles: about 0.7 CPU-s, a tenth of
a BBC import) for no sooner an end. The worker is spawned, never forked: the GUI
process runs Qt and threads."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from reader.core.errors import ReaderError, message
from reader.core.model import ParsedArticle
from reader.core.workers import start_worker
from reader.ingest.files import parse_file

log = logging.getLogger(__name__)
PARALLEL_FROM = 300  # below this, starting the worker costs more than it saves
WORKERS = 1
CHUNK = 24
Parsed = ParsedArticle | str  # an article, or why the file cannot be imported


def parse_one(path: Path) -> Parsed:
    """The article, or why it cannot be imported. A parser bug on one odd file is
    logged with its traceback and reported for that file: it must not stop the import
    of the others (nor, in a worker, break the pool for every file after it)."""
    try:
        return parse_file(path)
    except ReaderError as exc:
        return message(exc)
    except Exception as exc:
        log.error("parsing %s failed", path, exc_info=True)
        return f"could not be read as an article (an error in Liseuse, please report it: {exc!r})"


def _parse_chunk(paths: Sequence[Path]) -> list[Parsed]:
    return [parse_one(p) for p in paths]


def _warm() -> None:
    """The worker starts at a lower priority (background work yields to the window on a
    two-core machine). langdetect's profiles (0.4 CPU-s) load at the first text whose
    function words leave its language in doubt: many imports have none."""
    start_worker()


def parse_all(
    files: Sequence[Path], should_stop: Callable[[], bool] = lambda: False
) -> Iterator[tuple[Path, Parsed]]:
    """``(path, article or reason)`` in the order of ``files``."""
    if len(files) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        for path in files:
            if should_stop():
                return
            yield path, parse_one(path)
        return
    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    done = 0
    try:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(WORKERS, mp_context=context, initializer=_warm) as pool:
            pending: list[Future[list[Parsed]]] = [
                pool.submit(_parse_chunk, chunk) for chunk in chunks
            ]
            try:
                for chunk, future in zip(chunks, pending, strict=True):
                    if should_stop():
                        return
                    results = future.result()
                    done += 1
                    yield from zip(chunk, results, strict=True)
            finally:
                for future in pending:
                    future.cancel()
    except (BrokenProcessPool, OSError) as exc:
        # no worker processes here (a sandbox, a frozen bundle without them): go on alone
        log.warning("parsing in worker processes failed (%s); parsing here", exc)
        for chunk in chunks[done:]:
            for path in chunk:
                if should_stop():
                    return
                yield path, parse_one(path)
