"""The translator interface and what hooks have in common."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

from reader.core.errors import ReaderError

ShouldStop = Callable[[], bool]
# ISO 639-3 codes some tools use, and their ISO 639-1 equivalents
_TWO_LETTERS = {
    "eng": "en",
    "spa": "es",
    "fra": "fr",
    "fre": "fr",
    "cat": "ca",
    "por": "pt",
    "ita": "it",
    "deu": "de",
    "ger": "de",
    "nld": "nl",
    "glg": "gl",
    "oci": "oc",
    "eus": "eu",
    "ron": "ro",
    "rus": "ru",
    "ukr": "uk",
    "zho": "zh",
    "chi": "zh",
    "jpn": "ja",
    "kor": "ko",
    "ara": "ar",
    "epo": "eo",
    "arg": "an",
    "ast": "ast",
    "nob": "nb",
    "nno": "nn",
    "swe": "sv",
    "dan": "da",
}


def normalize_lang(code: str) -> str:
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return _TWO_LETTERS.get(base, base)


class TranslationError(ReaderError):
    """A translator could not translate (not installed, unreachable, refused)."""


def check_address(name: str, url: str) -> str:
    """``url`` if it is a web address a hook can send requests to (``http://host…`` or
    ``https://host…``); otherwise a :class:`TranslationError` naming the setting. Checked
    when the setting is saved, and again when a hook uses a value saved before."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url.strip():
        raise TranslationError(
            f"{name} must be a web address (http://… or https://…); {url!r} is not a web address"
        )
    return url.strip()


@dataclass(frozen=True)
class Route:
    """How a pair is translated: directly, or through a pivot language."""

    source: str
    target: str
    via: str | None = None

    def describe(self) -> str:
        return (
            f"{self.source}→{self.via}→{self.target}"
            if self.via
            else f"{self.source}→{self.target}"
        )


@runtime_checkable
class Translator(Protocol):
    name: str
    #: whether text leaves this computer (shown to the user before anything is sent)
    remote: bool

    def available(self) -> bool:
        """Installed and configured, so that :meth:`translate` can work."""
        ...

    def pairs(self) -> set[tuple[str, str]]:
        """The (source, target) pairs offered (ISO 639-1 codes)."""
        ...

    def translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
    ) -> list[str]:
        """One translation per paragraph, same order; raises :class:`TranslationError`."""
        ...


def route(pairs: set[tuple[str, str]], source: str, target: str) -> Route | None:
    """A direct pair, or one pivot language, or None. Spanish is tried first as the pivot:
    it was the only one when search's word translation (``apertium_words``) was tuned, and
    installing other pairs must not change what search looks up."""
    if (source, target) in pairs:
        return Route(source, target)
    for a, b in sorted(pairs, key=lambda p: (p[1] != "es", p)):
        if a == source and (b, target) in pairs:
            return Route(source, target, via=b)
    return None


Settings = Mapping[str, str]
