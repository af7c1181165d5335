"""Word and short-phrase translation with Apertium kept running: what search needs to
look a query's words up in the library's other language as the user types.

Starting an Apertium pipeline costs 0.15–0.3 s per step (a pivot route has two), far
too much for each keystroke of a search; answering once it runs costs 1–2 ms. So each
step's pipeline is started once, from its ``.mode`` file with every program in
null-flush mode (``-z``): a request is lines ending in a NUL, the answer comes back up
to the next NUL. Each line ends with a full stop, so that transfer rules never join two
lines into one phrase. Text is sent in Apertium's stream format, its special
characters escaped; no formatter is needed for plain words.

Before a pipeline is asked, its first program alone (the source language's analyser, one
process where the pipeline has ten) reads the lines: a line with a word it does not know
comes out of the pipeline marked unknown (``*word``), which is no translation, so it is
not sent (nine in ten of the BBC's words read as French; checked on 5,000 lines both
ways: no line so left out had a translation). Each word's translation is kept once made
(a query's words are asked again at each letter typed, and by several of the
expansion's steps): a word crosses a pipeline once a session, and each line is
translated on its own (it ends with a full stop), so that what it was asked with does
not change it. Each step's pipeline answers apart from the others': both directions
are asked at once.

The pipelines end when this process ends: their input closes and each program stops
at end of file. A pipeline that fails is dropped and started again at the next call.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import subprocess
import threading
from pathlib import Path

from reader.translate.apertium import _modes
from reader.translate.base import normalize_lang, route

log = logging.getLogger(__name__)
MODE_DIRS = ("/usr/share/apertium/modes", "/usr/local/share/apertium/modes")
# programs of a mode that flush on a NUL when given -z
FLUSHING = frozenset(
    {
        "lt-proc",
        "apertium-tagger",
        "apertium-pretransfer",
        "apertium-transfer",
        "apertium-interchunk",
        "apertium-postchunk",
        "lrx-proc",
        "cg-proc",
    }
)
_SPECIAL = re.compile(r"([\^$@\[\]{}/\\<>*#])")
_MARKS = re.compile(r"[*#@]")
KEPT_WORDS = 20_000  # translations kept per direction, the oldest dropped first


def _mode_file(mode: str) -> Path | None:
    dirs = [os.environ.get("APERTIUM_MODES", ""), *MODE_DIRS]
    for folder in dirs:
        if folder and (Path(folder) / f"{mode}.mode").is_file():
            return Path(folder) / f"{mode}.mode"
    return None


def flushing_command(mode_text: str) -> str | None:
    """The mode's pipeline with each program in null-flush mode, or None when a program
    of it is not known to flush (then this pair is not kept running)."""
    text = mode_text.strip().replace("$1", "-g").replace("$2", "")
    steps = []
    for step in text.split("|"):
        words = shlex.split(step)
        if not words or Path(words[0]).name not in FLUSHING:
            return None
        steps.append(shlex.join([words[0], "-z", *words[1:]]))
    return " | ".join(steps)


def _request(lines: list[str]) -> bytes:
    """``lines`` as a pipeline reads them: in Apertium's stream format, each ending with a
    full stop, a NUL after the last."""
    text = "".join(_SPECIAL.sub(r"\\\1", " ".join(line.split())) + " .\n" for line in lines)
    return text.encode("utf-8") + b"\0"


def analyser_command(mode_text: str) -> list[str] | None:
    """The first program of a mode's pipeline, its morphological analyser, as a command
    that flushes on a NUL; None when that program is not a plain analyser."""
    command = flushing_command(mode_text)
    if command is None:
        return None
    first = shlex.split(command.split(" | ")[0])
    flags = first[1:-1]
    if Path(first[0]).name != "lt-proc" or not set(flags) <= {"-z", "-w"}:
        return None
    return first


class _Pipeline:
    """One running mode: lines in, lines out."""

    def __init__(self, command: str) -> None:
        self._process = kept_running(["sh", "-c", command])
        self._buffer = b""

    def ask(self, lines: list[str]) -> list[str]:
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(_request(lines))
        stdin.flush()
        while True:
            # every program of the pipeline passes the NUL on and some add their own
            self._buffer = self._buffer.lstrip(b"\0")
            if b"\0" in self._buffer:
                answer, _, self._buffer = self._buffer.partition(b"\0")
                break
            chunk = os.read(stdout.fileno(), 65536)
            if not chunk:
                raise OSError("the Apertium pipeline ended")
            self._buffer += chunk
        out = [line.strip().removesuffix(".").strip() for line in answer.decode().split("\n")]
        out = [line for line in out if line or len(out) <= len(lines)]
        return out[: len(lines)] if len(out) >= len(lines) else []

    def __del__(self) -> None:
        # a library dropped without close(): end the pipeline rather than leave it
        try:
            self.close()
        except Exception:  # interpreter shutdown: the process ends with us anyway
            pass

    def close(self) -> None:
        end_process(self._process)


def kept_running(command: list[str]) -> subprocess.Popen[bytes]:
    """A program started to answer line after line (its input and output piped, its
    messages dropped): what the analysers and dictionaries kept running are."""
    return subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )


def read_answer(process: subprocess.Popen[bytes], what: str) -> bytes:
    """A kept-running program's answer to what was last written to it: its output up to
    the NUL that a flushing mode (:func:`flushing_command`) ends it with, read as it comes
    (a buffered read would wait for more than the answer). ``OSError`` when the program
    ended first (``what`` names it in the message)."""
    assert process.stdout is not None
    answer = bytearray()
    while not answer.endswith(b"\0"):
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            raise OSError(f"{what} ended")
        answer += chunk
    return bytes(answer[:-1])


def end_process(process: subprocess.Popen[bytes]) -> None:
    """End a program kept running for its answers: its input closed (each ends at the
    end of its input), killed if it has not ended two seconds later, its output closed."""
    if process.stdin is not None and not process.stdin.closed:
        process.stdin.close()
    try:
        process.wait(timeout=2)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None and not process.stdout.closed:
        process.stdout.close()


class ApertiumWords:
    """Translate words and short phrases through the installed Apertium route (a pivot
    where there is no direct pair), one kept-running pipeline per step."""

    def __init__(self) -> None:
        self._pipelines: dict[str, _Pipeline | None] = {}
        self._lock = threading.Lock()
        # one a direction (its words kept), and one a pipeline (its lines in turn)
        self._locks: dict[object, threading.Lock] = {}
        # (source, target) → word → its translation, as the route gave it ("" when a
        # word of it is unknown to the route's analyser)
        self._made: dict[tuple[str, str], dict[str, str]] = {}
        # mode → its first program, the analyser, kept running apart (None: not one)
        self._analysers: dict[str, subprocess.Popen[bytes] | None] = {}

    def available(self, source: str, target: str) -> bool:
        return self._steps(source, target) is not None

    def _steps(self, source: str, target: str) -> list[str] | None:
        modes = _modes()
        path = route(set(modes), normalize_lang(source), normalize_lang(target))
        if path is None:
            return None
        pairs = (
            [(path.source, path.via), (path.via, path.target)]
            if path.via
            else [(path.source, path.target)]
        )
        return [modes[(str(a), str(b))] for a, b in pairs]

    def _pipeline(self, mode: str) -> _Pipeline | None:
        if mode not in self._pipelines:
            found = _mode_file(mode)
            command = flushing_command(found.read_text(encoding="utf-8")) if found else None
            try:
                self._pipelines[mode] = _Pipeline(command) if command else None
            except OSError as exc:
                log.info("Apertium %s could not start: %s", mode, exc)
                self._pipelines[mode] = None
        return self._pipelines[mode]

    def translate(self, words: list[str], source: str, target: str) -> dict[str, str]:
        """``{word: translation}`` for the words Apertium knows (unknown ones, marked
        ``*`` by Apertium, are left out). Only the words not translated before are
        asked."""
        steps = self._steps(source, target)
        if not steps or not words:
            return {}
        with self._lock:
            lock = self._locks.setdefault((source, target), threading.Lock())
        with lock:
            made = self._made.setdefault((source, target), {})
            todo = [w for w in dict.fromkeys(words) if w not in made]
            unknown = self._unknown(todo, steps[0]) if todo else set()
            asked = [w for w in todo if w not in unknown]
            if asked:
                lines = self._ask(asked, steps)
                if lines is None:
                    return {}
                made.update(zip(asked, lines, strict=True))
            made.update(dict.fromkeys(unknown, ""))
            found = {w: t for w in words if (t := made[w]) and not _MARKS.search(t)}
            while len(made) > KEPT_WORDS:
                del made[next(iter(made))]
        return found

    def _unknown(self, lines: list[str], mode: str) -> set[str]:
        """The ``lines`` with a word the analyser of ``mode`` (its first program) does not
        know: the pipeline would give them back marked unknown. None known when the
        analyser cannot tell (then every line is asked of the pipeline)."""
        with self._lock:
            if mode not in self._analysers:
                found = _mode_file(mode)
                command = analyser_command(found.read_text(encoding="utf-8")) if found else None
                try:
                    self._analysers[mode] = kept_running(command) if command else None
                except OSError as exc:
                    log.info("the analyser of Apertium %s could not start: %s", mode, exc)
                    self._analysers[mode] = None
            process = self._analysers[mode]
            lock = self._locks.setdefault(("analyser", mode), threading.Lock())
        if process is None or process.stdin is None:
            return set()
        try:
            with lock:
                process.stdin.write(_request(lines))
                process.stdin.flush()
                answer = read_answer(process, "the analyser").decode("utf-8", "replace")
        except OSError as exc:
            log.info("the analyser of Apertium %s failed: %s", mode, exc)
            with self._lock:
                self._analysers.pop(mode, None)
            end_process(process)
            return set()
        read = answer.split("\n")
        if len(read) != len(lines) + 1:
            return set()
        # an unknown word reads ``^word/*word$``; a reading never starts with "*"
        return {line for line, analysis in zip(lines, read[:-1], strict=True) if "/*" in analysis}

    def _ask(self, words: list[str], steps: list[str]) -> list[str] | None:
        """Each of ``words`` through every step's pipeline (None when one failed or
        answered another number of lines)."""
        lines = list(words)
        for mode in steps:
            with self._lock:
                pipeline = self._pipeline(mode)
                lock = self._locks.setdefault(mode, threading.Lock())
            if pipeline is None:
                return None
            try:
                with lock:
                    lines = pipeline.ask(lines)
            except OSError as exc:
                log.info("Apertium %s failed: %s", mode, exc)
                with self._lock:
                    self._pipelines.pop(mode, None)
                pipeline.close()
                return None
            if len(lines) != len(words):
                return None
        return lines

    def close(self) -> None:
        with self._lock:
            self._made.clear()
            for pipeline in self._pipelines.values():
                if pipeline is not None:
                    pipeline.close()
            self._pipelines.clear()
            for process in self._analysers.values():
                if process is not None:
                    end_process(process)
            self._analysers.clear()
