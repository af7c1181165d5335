"""Dictionary forms of words (``killed`` → ``kill``, ``remporte`` → ``remporter``) from the
morphological analysers of the installed Apertium pairs.

A bilingual dictionary lists headwords only, so an inflected query word (``killed``,
``victimes``, ``affirme``) found nothing in FreeDict; its lemma often does. The analyser
(``lt-proc``) is kept running in null-flush mode, as the word translation's pipelines
are (reader.translate.apertium_words): a query's words cost a millisecond, not a
process start. Each word's readings are kept once read (a query's words are read by
several of the expansion's steps, and again at each letter typed): a word is asked of
the analyser once a session.
"""

from __future__ import annotations

import logging
import re
import shlex
import subprocess
import threading
from pathlib import Path

from reader.translate.apertium_words import MODE_DIRS, end_process, kept_running, read_answer
from reader.translate.base import normalize_lang

log = logging.getLogger(__name__)
PIVOTS = {"ca": 0, "es": 1}  # whose pairs' analysers are preferred, in this order
# bytes of words written to the analyser at once: well under a pipe's 64 KiB
BATCH_BYTES = 8192
KEPT_WORDS = 20_000  # readings kept per language, the oldest dropped first
_ANALYSIS = re.compile(r"\^([^/$]*)/([^$]*)\$")


def _batches(words: list[str]) -> list[bytes]:
    """``words`` as the analyser reads them (one a line, a null after each batch), in
    batches of at most :data:`BATCH_BYTES`. Written at once, the thousands of accented
    spellings tried for a few long words typed without accents (reader.services.expansion)
    filled the pipe while the analyser waited for its answers to be read: the search
    never returned."""
    batches: list[bytes] = []
    lines: list[bytes] = []
    size = 0
    for word in words:
        line = (word + "\n").encode("utf-8")
        if lines and size + len(line) > BATCH_BYTES:
            batches.append(b"".join(lines) + b"\0")
            lines, size = [], 0
        lines.append(line)
        size += len(line)
    if lines:
        batches.append(b"".join(lines) + b"\0")
    return batches


def analyser_path(lang: str) -> Path | None:
    """The morphological analyser of ``lang`` from an installed Apertium mode that reads
    it, or None: the pair into Catalan first, then Spanish (the pairs the README installs;
    the Catalan ones are the newer: ``eng-cat`` knows "Macedonians", ``eng-spa`` not)."""
    pairs = []
    for folder in MODE_DIRS:
        for mode in Path(folder).glob("*.mode") if Path(folder).is_dir() else ():
            parts = mode.stem.split("-")
            if "_" not in mode.stem and len(parts) == 2 and normalize_lang(parts[0]) == lang:
                pairs.append((PIVOTS.get(normalize_lang(parts[1]), len(PIVOTS)), mode.name, mode))
    for _pivot, _name, mode in sorted(pairs):
        first = mode.read_text(encoding="utf-8").split("|")[0]
        for word in shlex.split(first):
            if word.endswith(".automorf.bin") and Path(word).is_file():
                return Path(word)
    return None


class Lemmatizer:
    """``lemmas(words, lang)``: each word's dictionary forms, other than the word itself."""

    def __init__(self) -> None:
        self._processes: dict[str, subprocess.Popen[bytes] | None] = {}
        # each language's analyser answers apart: French and English are read at once
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        # lang → word → its readings (none: a word the analyser does not know)
        self._read: dict[str, dict[str, tuple[str, ...]]] = {}

    def _lang_lock(self, lang: str) -> threading.Lock:
        with self._lock:
            return self._locks.setdefault(lang, threading.Lock())

    def _process(self, lang: str) -> subprocess.Popen[bytes] | None:
        """The analyser of ``lang``, started at its first use (with its language's lock
        held)."""
        if lang not in self._processes:
            path = analyser_path(lang)
            try:
                self._processes[lang] = (
                    kept_running(["lt-proc", "-z", str(path)]) if path is not None else None
                )
            except OSError as exc:
                log.info("no morphological analyser for %s: %s", lang, exc)
                self._processes[lang] = None
        return self._processes[lang]

    def lemmas(self, words: list[str], lang: str) -> dict[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = {}
        for surface, readings in self.readings(words, lang).items():
            forms = [r.split("<")[0] for r in readings]
            kept = tuple(f for f in dict.fromkeys(forms) if f and f.lower() != surface.lower())
            if kept:
                found[surface] = kept
        return found

    def readings(self, words: list[str], lang: str) -> dict[str, tuple[str, ...]]:
        """The analyser's readings of each word it knows (``débats`` →
        ``débat<n><m><pl>``, ``débattre<vblex>…``); a word it does not know is left out.
        Only the words not read before are asked."""
        single = [w for w in words if w and not any(c in w for c in "\n\0^$/<>[]{}\\@*#")]
        if not single:
            return {}
        with self._lang_lock(lang):
            read = self._read.setdefault(lang, {})
            todo = [w for w in dict.fromkeys(single) if w not in read]
            if todo:
                known = self._ask(todo, lang)
                if known is None:
                    return {}
                for word in todo:
                    read[word] = known.get(word, ())
                while len(read) > KEPT_WORDS:
                    del read[next(iter(read))]
            return {w: found for w in single if (found := read.get(w))}

    def _ask(self, words: list[str], lang: str) -> dict[str, tuple[str, ...]] | None:
        """The readings of ``words`` from the analyser (None when it failed)."""
        process = self._process(lang)
        if process is None or process.stdin is None or process.stdout is None:
            return None
        answer = bytearray()
        try:
            for batch in _batches(words):
                # a batch fits in the pipe: its write never waits for the analyser,
                # which may itself wait for its answer to be read
                process.stdin.write(batch)
                process.stdin.flush()
                answer += read_answer(process, "the analyser")
        except OSError as exc:
            log.info("the %s analyser failed: %s", lang, exc)
            with self._lock:
                self._processes.pop(lang, None)
            end_process(process)
            return None
        known: dict[str, tuple[str, ...]] = {}
        wanted = set(words)
        for surface, readings in _ANALYSIS.findall(answer.decode("utf-8", "replace")):
            kept = tuple(r for r in readings.split("/") if r and not r.startswith("*"))
            if surface in wanted and kept:
                known[surface] = kept
        return known

    def close(self) -> None:
        with self._lock:
            self._read.clear()
            for process in self._processes.values():
                if process is not None:
                    end_process(process)
            self._processes.clear()
