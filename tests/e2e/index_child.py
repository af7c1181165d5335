"""An index rebuild in worker processes, run as a separate process by ``test_crash.py``
and killed with SIGKILL (its main process only) while its index writers work. It prints
``writing`` once the writers have been started."""

from __future__ import annotations

import multiprocessing
import sys
import time
from pathlib import Path

from reader.search import IndexDoc, SearchIndex


def main(index_dir: str, folder: str) -> None:
    multiprocessing.set_start_method("spawn", force=True)  # as the app does
    files = sorted(Path(folder).glob("*.txt"))
    docs = [(f.stem, f.read_text(encoding="latin-1")) for f in files] * 2

    def slowly():
        for n, (stem, text) in enumerate(docs):
            if n == 300:  # three batches of 100 handed to the writers
                print("writing", flush=True)
            title, _, body = text.partition("\n")
            yield IndexDoc(f"{stem}-{n}", 1, "en", title, body)
            time.sleep(0.005)

    SearchIndex(Path(index_dir)).rebuild(slowly(), expected=len(docs))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
