"""Word senses through a third language, read from the bilingual dictionaries of the
installed Apertium pairs: French → Spanish → English, French → Catalan → English,
French → Esperanto → English, and back where the pairs go that way.

The translation route (reader.translate.apertium_words) gives one word for a word, the
one its rules choose in running text; a bilingual dictionary lists every sense it holds
(``partido`` → *party*, *match*; ``decir`` → *say*, *tell*). No pair between French and
English is packaged, so the senses are read through the pivot: each lemma's readings
(``déclarer<vblex>…``, from reader.translate.lemmas) are looked up in the source →
pivot dictionary, and each pivot lemma in the pivot → target one. A lookup runs in
``lt-proc -b``, kept running in null-flush mode as the analysers are: a dictionary is a
few megabytes, not a translation pipeline (the Catalan route tried before kept 28
processes and about 1 GB).

A sense found through more pivots is more likely the word's: senses are ordered by how
many pivots give them, and the caller weighs them below the direct ones.

Each lookup's answer is kept (a word of a query is asked again at each letter typed),
and the pivots' dictionaries are asked together, each step of every pivot in one
round: a lookup's wait is the dictionary process's turn on a core, which on a loaded
machine is most of it.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import subprocess
import threading
from collections import Counter
from pathlib import Path

from reader.translate.apertium_words import MODE_DIRS, end_process, kept_running, read_answer
from reader.translate.base import normalize_lang

log = logging.getLogger(__name__)
PIVOTS = ("es", "ca", "eo")  # the languages the installed pairs share with French and English
MAX_READINGS = 3  # distinct lemmas of one word looked up (its analyses)
KEPT_UNITS = 20_000  # lookups kept per dictionary, the oldest dropped first
# bytes of one round's request to a dictionary: well under a pipe's 64 KiB, so that
# writing to every pivot's dictionary before reading any answer never waits
ROUND_BYTES = 8192
_UNIT = re.compile(r"\^([^$]*)\$")
_TAGS = re.compile(r"<[^>]*>")


def dictionary_paths() -> dict[tuple[str, str], Path]:
    """``{(source, target): bilingual dictionary}`` of the installed modes named for a
    pair alone (``fr-es.mode``, not ``eco-fr-es`` or ``cat-eng_US``)."""
    found: dict[tuple[str, str], Path] = {}
    for folder in (os.environ.get("APERTIUM_MODES", ""), *MODE_DIRS):
        if not folder or not Path(folder).is_dir():
            continue
        for mode in sorted(Path(folder).glob("*.mode")):
            parts = mode.stem.split("-")
            if "_" in mode.stem or len(parts) != 2:
                continue
            pair = (normalize_lang(parts[0]), normalize_lang(parts[1]))
            try:
                words = shlex.split(mode.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            for word in words:
                if word.endswith(f"{mode.stem}.autobil.bin") and Path(word).is_file():
                    found.setdefault(pair, Path(word))
    return found


def _lemma(unit: str) -> str:
    """A dictionary's lemma as words (``take<vblex># off`` → ``take off``); "" when the
    dictionary did not know it (``@Labour``) or it is no word (a tag alone)."""
    if not unit or unit.startswith(("@", "*", "#")):
        return ""
    return " ".join(_TAGS.sub("", unit).replace("#", " ").replace("_", " ").split())


class PivotLexicon:
    """``senses(readings, source, target)``: target-language lemmas for each word's
    analyses, through every installed pivot."""

    def __init__(self) -> None:
        self._paths: dict[tuple[str, str], Path] | None = None
        self._processes: dict[tuple[str, str], subprocess.Popen[bytes] | None] = {}
        self._lock = threading.Lock()
        # (source, target) → unit → its translations, with tags
        self._found: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}

    def _dictionaries(self) -> dict[tuple[str, str], Path]:
        if self._paths is None:
            self._paths = dictionary_paths()
        return self._paths

    def routes(self, source: str, target: str) -> list[str]:
        """The pivots between ``source`` and ``target`` with both dictionaries installed."""
        have = self._dictionaries()
        return [p for p in PIVOTS if (source, p) in have and (p, target) in have]

    def _process(self, pair: tuple[str, str]) -> subprocess.Popen[bytes] | None:
        if pair not in self._processes:
            path = self._dictionaries().get(pair)
            try:
                self._processes[pair] = (
                    kept_running(["lt-proc", "-b", "-z", str(path)]) if path is not None else None
                )
            except OSError as exc:
                log.info("no bilingual dictionary %s-%s: %s", *pair, exc)
                self._processes[pair] = None
        return self._processes[pair]

    def _lookup(
        self, asked: dict[tuple[str, str], list[str]]
    ) -> dict[tuple[str, str], list[list[str]]]:
        """For each dictionary (``(source, target)``), each of its ``units``
        (``lemma<tags>``) looked up: its translations, with tags. The units not looked
        up before are written to every dictionary first, then the answers read, so that
        the dictionaries look them up side by side."""
        with self._lock:
            todo: dict[tuple[str, str], list[str]] = {}
            for pair, units in asked.items():
                found = self._found.setdefault(pair, {})
                todo[pair] = [u for u in dict.fromkeys(units) if u not in found]
            sent = {}
            for pair, units in todo.items():
                if not units:
                    continue
                line = (" ".join(f"^{u}$" for u in units) + "\n\0").encode("utf-8")
                process = self._process(pair)
                if process is None or process.stdin is None or process.stdout is None:
                    continue
                try:
                    process.stdin.write(line)
                    process.stdin.flush()
                except OSError as exc:
                    self._failed(pair, process, exc)
                    continue
                sent[pair] = process
                if len(line) > ROUND_BYTES:
                    self._read_back(pair, process, units)  # not left to fill the pipe
                    del sent[pair]
            for pair, process in sent.items():
                self._read_back(pair, process, todo[pair])
            answers = {
                pair: [list(self._found[pair].get(u, ())) for u in units]
                for pair, units in asked.items()
            }
            for kept in self._found.values():
                while len(kept) > KEPT_UNITS:
                    del kept[next(iter(kept))]
            return answers

    def _read_back(
        self, pair: tuple[str, str], process: subprocess.Popen[bytes], units: list[str]
    ) -> None:
        """Read a dictionary's answer to ``units`` and keep each unit's translations
        (none kept when the answer does not match what was asked)."""
        try:
            answer = read_answer(process, "the dictionary's lookup")
        except OSError as exc:
            self._failed(pair, process, exc)
            return
        found = _UNIT.findall(answer.decode("utf-8", "replace"))
        if len(found) != len(units):
            return
        kept = self._found[pair]
        for unit, reply in zip(units, found, strict=True):
            kept[unit] = tuple(reply.split("/")[1:])

    def _failed(
        self, pair: tuple[str, str], process: subprocess.Popen[bytes], exc: OSError
    ) -> None:
        log.info("the %s-%s dictionary failed: %s", *pair, exc)
        self._processes.pop(pair, None)
        end_process(process)

    def senses(
        self, readings: dict[str, tuple[str, ...]], source: str, target: str, agreed: int = 1
    ) -> dict[str, tuple[str, ...]]:
        """``{word: target lemmas}`` for ``{word: its analyses}`` (``déclare`` →
        ``déclarer<vblex><pri><p3><sg>``…), the lemmas most pivots agree on first, those
        fewer than ``agreed`` pivots give left out."""
        routes = self.routes(source, target)
        if not routes or not readings:
            return {}
        wanted: dict[str, list[str]] = {}
        for word, analyses in readings.items():
            # one reading a lemma and part of speech (the tags after them only inflect),
            # asked with all its tags: a dictionary's entry may need its gender
            kept = {_core(a): a for a in reversed(analyses) if _lemma(a)}
            if kept:
                wanted[word] = list(reversed(kept.values()))[:MAX_READINGS]
        units = list(dict.fromkeys(u for us in wanted.values() for u in us))
        votes: dict[str, Counter[str]] = {w: Counter() for w in wanted}
        # each step of every pivot in one round
        looked = self._lookup({(source, pivot): units for pivot in routes})
        firsts = {p: dict(zip(units, looked[(source, p)], strict=True)) for p in routes}
        middles = {
            p: list(dict.fromkeys(m for ms in firsts[p].values() for m in ms if _lemma(m)))
            for p in routes
        }
        looked = self._lookup({(p, target): middles[p] for p in routes if middles[p]})
        for pivot in routes:
            first, middle = firsts[pivot], middles[pivot]
            second = dict(zip(middle, looked.get((pivot, target), []), strict=True))
            for word, asked in wanted.items():
                reached = {
                    lemma
                    for u in asked
                    for m in first.get(u, ())
                    for t in second.get(m, ())
                    if (lemma := _lemma(t))
                }
                votes[word].update(reached)
        ranked = {
            w: tuple(s for s, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if n >= agreed)
            for w, c in votes.items()
        }
        return {w: found for w, found in ranked.items() if found}

    def close(self) -> None:
        with self._lock:
            for process in self._processes.values():
                if process is not None:
                    end_process(process)
            self._processes.clear()


def _core(unit: str) -> str:
    """``lemma<first tag>``: what a bilingual dictionary's entry is keyed by."""
    head, _, rest = unit.partition("<")
    tag = rest.split(">")[0]
    return f"{head}<{tag}>" if tag else head
