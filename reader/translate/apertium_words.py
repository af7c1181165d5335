"""Word and short-phrase translation with Apertium kept running: what search needs to
look a query's words up in the library's other language as the user types.

Starting an Apertium pipeline costs 0.15–0.3 s per step (a pivot route has two), far
too much for each keystroke of a search; answering once it runs costs 1–2 ms. So each
step's pipeline is started once, from its ``.mode`` file with every program in
null-flush mode (``-z``): a request is lines ending in a NUL, the answer comes back up
to the next NUL. Each line ends with a full stop, so that transfer rules never join two
lines into one phrase. Text is sent in Apertium's stream format, its special
characters escaped; no formatter is needed for plain words.

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


class _Pipeline:
    """One running mode: lines in, lines out."""

    def __init__(self, command: str) -> None:
        self._process = kept_running(["sh", "-c", command])
        self._buffer = b""

    def ask(self, lines: list[str]) -> list[str]:
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        request = "".join(_SPECIAL.sub(r"\\\1", " ".join(line.split())) + " .\n" for line in lines)
        stdin.write(request.encode("utf-8") + b"\0")
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
        ``*`` by Apertium, are left out)."""
        steps = self._steps(source, target)
        if not steps or not words:
            return {}
        with self._lock:
            lines = list(words)
            for mode in steps:
                pipeline = self._pipeline(mode)
                if pipeline is None:
                    return {}
                try:
                    lines = pipeline.ask(lines)
                except OSError as exc:
                    log.info("Apertium %s failed: %s", mode, exc)
                    self._pipelines.pop(mode, None)
                    pipeline.close()
                    return {}
                if len(lines) != len(words):
                    return {}
        return {w: t for w, t in zip(words, lines, strict=True) if t and not _MARKS.search(t)}

    def close(self) -> None:
        with self._lock:
            for pipeline in self._pipelines.values():
                if pipeline is not None:
                    pipeline.close()
            self._pipelines.clear()
