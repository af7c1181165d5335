"""LibreTranslate, a self-hosted translation server, through its documented HTTP API
(``POST /translate``, ``GET /languages``). Remote: nothing is sent until the user gives a
server address in the preferences (``libretranslate.url``, optional ``libretranslate.key``).

Names and the glossary's terms are protected as for Apertium: swapped for placeholder words
before sending and put back after (:mod:`reader.translate.names`); a paragraph whose
placeholders do not all come back is sent again as it is."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from typing import Any

from reader.translate import names
from reader.translate.base import (
    Settings,
    ShouldStop,
    TranslationError,
    check_address,
    normalize_lang,
)

TIMEOUT_S = 30
BATCH = 16  # paragraphs per request


class LibreTranslateTranslator:
    name = "libretranslate"
    remote = True
    #: translate() takes ``keep``: per paragraph, names (and terms) and what to write there
    keeps_names = True

    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or {}
        self.url = settings.get("libretranslate.url", "").rstrip("/")
        self.key = settings.get("libretranslate.key", "")
        self._pairs: set[tuple[str, str]] | None = None

    @property
    def destination(self) -> str:
        """Where the text goes, shown before anything is sent."""
        return urllib.parse.urlsplit(self.url).netloc or self.url

    def available(self) -> bool:
        return bool(self.url)

    def _request(self, path: str, payload: dict[str, Any] | None = None) -> Any:
        if not self.url:
            raise TranslationError(
                "LibreTranslate has no server address; set it in the preferences"
            )
        url = check_address("libretranslate.url", self.url)  # saved by an earlier version
        data = None
        headers = {"Accept": "application/json"}
        if payload is not None:
            data = json.dumps(payload).encode("utf-8")
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url + path, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            detail = ""
            try:
                detail = json.loads(exc.read().decode("utf-8")).get("error", "")
            except (ValueError, AttributeError):
                pass
            raise TranslationError(
                f"the LibreTranslate server at {self.url} refused: {exc.code} {detail}".strip()
            ) from exc
        except (TimeoutError, urllib.error.URLError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise TranslationError(
                f"cannot reach the LibreTranslate server at {self.url}: {reason}"
            ) from exc
        except ValueError as exc:
            raise TranslationError(f"the server at {self.url} did not answer in JSON") from exc

    def pairs(self) -> set[tuple[str, str]]:
        if self._pairs is None:
            languages = self._request("/languages")
            pairs = set()
            for language in languages:
                source = normalize_lang(str(language.get("code", "")))
                for target in language.get("targets", []):
                    if normalize_lang(str(target)) != source:
                        pairs.add((source, normalize_lang(str(target))))
            self._pairs = pairs
        return self._pairs

    def translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
        keep: Sequence[Sequence[str] | Mapping[str, str]] | None = None,
    ) -> list[str]:
        if not keep or not any(keep):
            return self._send(paragraphs, source, target, should_stop)
        wanted = [*keep, *[()] * len(paragraphs)][: len(paragraphs)]
        masked = [names.mask(t, k) for t, k in zip(paragraphs, wanted, strict=True)]
        out = self._send([m.text for m in masked], source, target, should_stop)
        if len(out) != len(paragraphs):
            return out  # stopped
        restored = [names.restore(t, m) for t, m in zip(out, masked, strict=True)]
        lost = [i for i, t in enumerate(restored) if t is None]
        again = self._send([paragraphs[i] for i in lost], source, target, should_stop)
        if len(again) != len(lost):
            return []  # stopped
        for i, text in zip(lost, again, strict=True):
            restored[i] = text
        return [t or "" for t in restored]

    def _send(
        self, paragraphs: Sequence[str], source: str, target: str, should_stop: ShouldStop
    ) -> list[str]:
        results: list[str] = []
        for start in range(0, len(paragraphs), BATCH):
            if should_stop():
                break
            batch = list(paragraphs[start : start + BATCH])
            payload: dict[str, Any] = {
                "q": batch,
                "source": normalize_lang(source),
                "target": normalize_lang(target),
                "format": "text",
            }
            if self.key:
                payload["api_key"] = self.key
            answer = self._request("/translate", payload)
            translated = answer.get("translatedText") if isinstance(answer, dict) else None
            if isinstance(translated, str):
                translated = [translated]
            if not isinstance(translated, list) or len(translated) != len(batch):
                raise TranslationError(
                    "the LibreTranslate server answered with the wrong number of paragraphs"
                )
            results.extend(str(t) for t in translated)
        return results
