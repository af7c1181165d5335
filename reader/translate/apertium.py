"""Apertium: offline rule-based machine translation from Debian's packages
(``apertium``, ``apertium-fr-es``, ``apertium-eng-spa``…). Installed pairs are found with
``apertium -l``; a missing pair goes through a pivot language, the installed one that
measured best (:mod:`reader.translate.routes`). Names the entity layer recognised are kept
as written, and the glossary's terms put in, through placeholders
(:mod:`reader.translate.names`).

Apertium marks a word its dictionaries do not know with ``*`` (unless run with ``-u``): the
words the last step marked are returned beside the text
(:meth:`ApertiumTranslator.translate_marked`), so the reader can see which words were left
untranslated instead of reading them as translations."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.translate import names
from reader.translate.base import (
    Route,
    Settings,
    ShouldStop,
    TranslationError,
    normalize_lang,
)
from reader.translate.routes import best

SEPARATOR = "\n\n"
TIMEOUT_S = 120
#: a word Apertium marked unknown: ``*word`` (twice over when a pivot step kept it)
_MARKED = re.compile(r"(?<![\w*])\*+(?=[^\W_])([^\W_][\w'’-]*[^\W_]|[^\W_])")
Keep = Sequence[str] | Mapping[str, str]


@dataclass(frozen=True)
class Marked:
    """A translation and the words in it that Apertium did not know, as written there."""

    text: str
    unknown: tuple[str, ...] = ()


def unmark(text: str) -> Marked:
    """``text`` without Apertium's unknown-word marks, and the words they marked."""
    words = tuple(dict.fromkeys(m.group(1) for m in _MARKED.finditer(text)))
    return Marked(_MARKED.sub(lambda m: m.group(1), text), words)


@lru_cache(maxsize=1)
def _modes() -> dict[tuple[str, str], str]:
    """(source, target) → the Apertium mode that does it, preferring plain modes."""
    if shutil.which("apertium") is None:
        return {}
    try:
        listed = subprocess.run(["apertium", "-l"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return {}
    modes: dict[tuple[str, str], str] = {}
    for line in listed.stdout.split():
        parts = line.strip().split("-")
        if len(parts) != 2 or "_" in line:
            continue  # variants such as eco-fr-es or spa-eng_US
        key = (normalize_lang(parts[0]), normalize_lang(parts[1]))
        modes.setdefault(key, line.strip())
    return modes


class ApertiumTranslator:
    name = "apertium"
    remote = False
    #: translate() takes ``keep``, the names of each paragraph to leave as written
    keeps_names = True

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or {}

    def available(self) -> bool:
        return bool(_modes())

    def pairs(self) -> set[tuple[str, str]]:
        return set(_modes())

    def route(self, source: str, target: str) -> Route | None:
        return best(self.pairs(), normalize_lang(source), normalize_lang(target))

    def translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
        keep: Sequence[Keep] | None = None,
        path: Route | None = None,
    ) -> list[str]:
        """One translation per paragraph; ``keep[i]`` are names of paragraph i to leave
        as written (or a mapping of what to write for each: the glossary's translations);
        ``path`` a route other than the best one (the benchmark tries each)."""
        texts, _ = self._translate(paragraphs, source, target, should_stop, keep, path, False)
        return texts

    def translate_marked(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
        keep: Sequence[Keep] | None = None,
        path: Route | None = None,
    ) -> list[Marked]:
        """:meth:`translate`, with the words of each translation Apertium did not know.
        Capitalised ones are left out: Apertium knows few names, and a name written as
        the source writes it is what the reader expects, not a gap in the translation."""
        texts, unknown = self._translate(paragraphs, source, target, should_stop, keep, path, True)
        return [
            Marked(t, tuple(w for w in words if not w[:1].isupper() and w in t))
            for t, words in zip(texts, unknown, strict=False)
        ]

    def _translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop,
        keep: Sequence[Keep] | None,
        path: Route | None,
        marks: bool,
    ) -> tuple[list[str], list[tuple[str, ...]]]:
        path = path or self.route(source, target)
        if path is None:
            raise TranslationError(
                f"Apertium cannot translate {source}→{target} here; installed pairs: "
                + ", ".join(f"{a}→{b}" for a, b in sorted(self.pairs()))
            )
        plain = [" ".join(t.split()) for t in paragraphs]
        if not keep or not any(keep):
            return self._steps(path, plain, should_stop, marks)
        wanted: list[Keep] = [*keep, *[()] * len(plain)][: len(plain)]
        masked = [names.mask(t, k) for t, k in zip(plain, wanted, strict=True)]
        out, unknown = self._steps(path, [m.text for m in masked], should_stop, marks)
        if len(out) != len(plain):
            return out, unknown  # stopped
        restored = [names.restore(t, m) for t, m in zip(out, masked, strict=True)]
        lost = [i for i, t in enumerate(restored) if t is None]
        again, unknown_again = (
            self._steps(path, [plain[i] for i in lost], should_stop, marks) if lost else ([], [])
        )
        if len(again) != len(lost):
            return [], []  # stopped
        for n, (i, text) in enumerate(zip(lost, again, strict=True)):
            restored[i] = text
            if marks:
                unknown[i] = unknown_again[n]
        return [t or "" for t in restored], unknown

    def _steps(
        self, path: Route, texts: list[str], should_stop: ShouldStop, marks: bool
    ) -> tuple[list[str], list[tuple[str, ...]]]:
        """The texts through the route's steps, as ``apertium -u`` writes them, and, with
        ``marks``, the words the last step marked unknown: that step is run a second
        time, marking them (the marks also change the output a little — an English "a"
        before a marked word that starts with a vowel, a ``#`` before a number — so the
        text is the unmarked run's)."""
        steps = (
            [(path.source, path.via), (path.via, path.target)]
            if path.via
            else [(path.source, path.target)]
        )
        unknown: list[tuple[str, ...]] = [() for _ in texts]
        for number, (a, b) in enumerate(steps):
            if should_stop():
                return [], []
            mode = _modes()[(str(a), str(b))]
            if marks and number == len(steps) - 1:
                marked = self._run(mode, texts, should_stop, marked=True)
                if len(marked) == len(texts):
                    unknown = [unmark(t).unknown for t in marked]
            texts = self._run(mode, texts, should_stop)
        return texts, unknown

    def _run(
        self, mode: str, texts: list[str], should_stop: ShouldStop, marked: bool = False
    ) -> list[str]:
        if not texts:
            return []
        clean = [" ".join(t.split()) for t in texts]
        out = self._call(mode, SEPARATOR.join(clean), marked)
        parts = [p.strip() for p in out.strip("\n").split(SEPARATOR)]
        if len(parts) == len(clean):
            return parts
        # the separator did not survive: one call per paragraph, slower but safe
        results = []
        for text in clean:
            if should_stop():
                break
            results.append(self._call(mode, text, marked).strip())
        return results

    @staticmethod
    def _call(mode: str, text: str, marked: bool = False) -> str:
        try:
            done = subprocess.run(
                ["apertium", mode] if marked else ["apertium", "-u", mode],
                input=text,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as exc:
            raise TranslationError(f"Apertium took longer than {TIMEOUT_S} s") from exc
        except OSError as exc:
            raise TranslationError(f"Apertium could not run: {exc.strerror}") from exc
        if done.returncode != 0:
            raise TranslationError(f"Apertium failed: {done.stderr.strip()[:200]}")
        return done.stdout
