"""Did-you-mean on misspellings people really make: ``python -m benchmarks.spelling``.

The misspellings are codespell's list (``codespell_lib/data/dictionary.txt``: about
60,000 misspellings seen in real text, each with its correction, gathered by the
codespell project — nobody here wrote or chose them). Kept: a misspelling of letters
only, of at least three letters, with one correction that is a word of letters only which
some article of the library holds and that is no function word (a search cannot require
*which*: the app offers nothing for it), the misspelling itself held by none; reported apart
for short words (three or four letters: one edit only) and longer ones. The library is
the 2,225 BBC articles (English news). Each misspelling is asked of the suggestion code
(:func:`reader.search.spelling.closest_word`) on the library's own index; it scores when
the suggestion is the correction.

The pairs are split in two by a hash of the misspelling: ``dev`` (rules are chosen on
it) and ``held`` (only measured). Beside the app, in the same run, on the same words:

- ``whoosh``: Whoosh's own corrector's choice (``ReaderCorrector``: the word most
  articles hold among those within reach, whatever its number of edits);
- ``levenshtein``: the fewest edits, two letters swapped counting as two, then the most
  articles (the app's rule before 2026-12-01).

Both take the app's reach (one edit up to four letters, two beyond, the first letter
kept), so that only the choice among the candidates differs.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.common import CORPORA, RESULTS
from reader.search.analysis import is_stop_word
from reader.search.spelling import SHORT_WORD, closest_word
from reader.search.wordlist import library_words

BBC = CORPORA / "en-bbc-news-2225" / "bbc"
SHORTEST = 3
DONE = "spelling-library.done"


def pairs() -> Iterator[tuple[str, str]]:
    """codespell's misspelling → correction pairs with one correction, letters only."""
    data = importlib.resources.files("codespell_lib") / "data" / "dictionary.txt"
    for line in data.read_text("utf-8").splitlines():
        wrong, _, right = line.partition("->")
        right = right.strip()
        if "," in right or not right:
            continue
        letters = wrong.isalpha() and right.isalpha() and wrong.islower() and right.islower()
        if letters and len(wrong) >= SHORTEST:
            yield wrong, right


def part(wrong: str) -> str:
    half = "dev" if zlib.crc32(wrong.encode()) % 2 == 0 else "held"
    return f"{half} {'short' if len(wrong) <= SHORT_WORD else 'long'}"


def library(folder: Path) -> Path:
    """The BBC library's data folder, built once into ``folder``."""
    from reader.services import Library

    if not (folder / DONE).exists():
        with Library.open(folder) as opened:
            opened.import_paths([BBC])
            opened.compact_index()  # one segment, as a library the window has merged
        (folder / DONE).write_text("done\n")
    return folder


def reach(word: str) -> int:
    return 1 if len(word) <= SHORT_WORD else 2


def whoosh_choice(words: Any, word: str) -> str:
    """Whoosh's ``ReaderCorrector``: the word most articles hold within reach."""
    found = [
        (words.frequency(t), t) for t in words.within(word, reach(word), prefix=1) if t != word
    ]
    return max(found)[1] if found else ""


def levenshtein_choice(words: Any, word: str) -> str:
    for edits in range(1, reach(word) + 1):
        found = [(words.frequency(t), t) for t in words.within(word, edits, prefix=1) if t != word]
        if found:
            return max(found)[1]
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, default=RESULTS / "spelling-library")
    parser.add_argument("--part", choices=("dev", "held", "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list the app's misses (dev only)")
    parser.add_argument(
        "--capitals",
        action="store_true",
        help="each misspelling typed with a capital (a common word so typed is no name: "
        "what the names' preference costs), the correction compared in lower case",
    )
    args = parser.parse_args()
    from reader.search.index import SearchIndex

    folder = library(args.keep)
    index = SearchIndex(folder / "index")
    index.open()
    try:
        searcher = index._searcher()
        reader = searcher.reader()
        words = library_words(reader)
        # a correction that is a function word (which, because) is no word a search can
        # require: the app offers nothing for it, on purpose, and it is not counted
        chosen = [
            (wrong, right)
            for wrong, right in pairs()
            if words.frequency(right) and not words.frequency(wrong) and not is_stop_word(right)
        ]
        typed = str.capitalize if args.capitals else str
        systems: dict[str, Callable[[str], str]] = {
            "app": lambda w: closest_word(reader, typed(w)).lower(),
            "whoosh": lambda w: whoosh_choice(words, w),
            "levenshtein": lambda w: levenshtein_choice(words, w),
        }
        halves = ("dev", "held") if args.part == "all" else (args.part,)
        parts = [f"{half} {size}" for half in halves for size in ("short", "long")]
        table: dict[str, dict[str, dict[str, float]]] = {}
        for name in parts:
            mine = [(w, r) for w, r in chosen if part(w) == name]
            table[name] = {}
            for system, suggest in systems.items():
                started = time.process_time()
                said = [suggest(w) for w, _ in mine]
                cpu = time.process_time() - started
                right = sum(s == r for s, (_, r) in zip(said, mine, strict=True))
                none = sum(not s for s in said)
                table[name][system] = {
                    "pairs": len(mine),
                    "right": right / len(mine),
                    "wrong": (len(mine) - right - none) / len(mine),
                    "none": none / len(mine),
                    "cpu_ms": 1000 * cpu / len(mine),
                }
                if args.misses and system == "app" and name.startswith("dev"):
                    for (w, r), s in zip(mine, said, strict=True):
                        if s != r:
                            print(f"  {w} -> {s or '(none)'}  (meant {r})")
    finally:
        index.close()
    print("| part | system | pairs | right | wrong | none | CPU ms a word |")
    print("|---|---|---|---|---|---|---|")
    for name, systems_ in table.items():
        for system, row in systems_.items():
            print(
                f"| {name} | {system} | {row['pairs']:.0f} | {row['right']:.3f} | "
                f"{row['wrong']:.3f} | {row['none']:.3f} | {row['cpu_ms']:.2f} |"
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "spelling-capitals.json" if args.capitals else "spelling.json"
    (RESULTS / name).write_text(json.dumps(table, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
