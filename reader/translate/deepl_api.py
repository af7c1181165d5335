"""DeepL through its official client (the ``deepl`` extra). Remote: nothing is sent until
the user gives an API key (kept in the system keyring); the server address may be set
(``deepl.url``) for a proxy or a compatible server, otherwise the client picks DeepL's own
free or pro endpoint from the key."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from reader.translate.base import (
    Settings,
    ShouldStop,
    TranslationError,
    check_address,
    normalize_lang,
)

BATCH = 50  # DeepL accepts at most 50 texts per request
# DeepL wants a regional variant for these targets
_TARGET_VARIANTS = {"en": "EN-GB", "pt": "PT-PT"}


def _client_module() -> Any | None:
    try:
        import deepl
    except ImportError:
        return None
    return deepl


def _reason(exc: Exception) -> str:
    """A readable cause instead of the HTTP library's chain of wrappers."""
    text = str(exc)
    for needle, reason in (
        ("NameResolution", "the server name does not resolve"),
        ("Failed to resolve", "the server name does not resolve"),
        ("Connection refused", "the connection was refused"),
        ("timed out", "no answer in time"),
        ("Timeout", "no answer in time"),
        ("SSL", "the secure connection failed"),
    ):
        if needle in text:
            return reason
    return text[:160]


class DeepLTranslator:
    name = "deepl"
    remote = True

    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or {}
        self.key = settings.get("deepl.key", "")
        self.url = settings.get("deepl.url", "").rstrip("/")
        self._pairs: set[tuple[str, str]] | None = None
        self._translator: Any = None

    @property
    def destination(self) -> str:
        """Where the text goes, shown before anything is sent."""
        if self.url:
            return urlsplit(self.url).netloc or self.url
        return "api-free.deepl.com" if self.key.endswith(":fx") else "api.deepl.com"

    def available(self) -> bool:
        # find_spec, not an import: the client pulls in requests (~100 ms)
        return bool(self.key) and importlib.util.find_spec("deepl") is not None

    def _client(self) -> Any:
        deepl = _client_module()
        if deepl is None:
            raise TranslationError(
                "the DeepL client is not installed; install the 'deepl' extra of liseuse"
            )
        if not self.key:
            raise TranslationError("DeepL has no API key; set it in the translation settings")
        if self.url:
            check_address("deepl.url", self.url)  # a value saved by an earlier version
        if self._translator is None:
            # one retry, not five with back-off: an unreachable server should say so quickly
            deepl.http_client.max_network_retries = 1
            self._translator = deepl.Translator(
                self.key, server_url=self.url or None, send_platform_info=False
            )
        return self._translator

    def _call(self, what: str, function: Any, *args: Any, **kwargs: Any) -> Any:
        deepl = _client_module()
        assert deepl is not None
        try:
            return function(*args, **kwargs)
        except deepl.AuthorizationException as exc:
            raise TranslationError(f"DeepL refused the API key ({self.destination})") from exc
        except deepl.QuotaExceededException as exc:
            raise TranslationError("the DeepL quota for this key is used up") from exc
        except deepl.ConnectionException as exc:
            raise TranslationError(
                f"cannot reach DeepL at {self.destination}: {_reason(exc)}"
            ) from exc
        except deepl.DeepLException as exc:
            raise TranslationError(f"DeepL could not {what}: {exc}") from exc

    def pairs(self) -> set[tuple[str, str]]:
        if self._pairs is None:
            client = self._client()
            sources = self._call("list its languages", client.get_source_languages)
            targets = self._call("list its languages", client.get_target_languages)
            source_codes = {normalize_lang(lang.code) for lang in sources}
            target_codes = {normalize_lang(lang.code) for lang in targets}
            self._pairs = {(s, t) for s in source_codes for t in target_codes if s != t}
        return self._pairs

    def translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
    ) -> list[str]:
        client = self._client()
        target_code = normalize_lang(target)
        target_code = _TARGET_VARIANTS.get(target_code, target_code.upper())
        results: list[str] = []
        for start in range(0, len(paragraphs), BATCH):
            if should_stop():
                break
            batch = list(paragraphs[start : start + BATCH])
            answer = self._call(
                "translate",
                client.translate_text,
                batch,
                source_lang=normalize_lang(source).upper(),
                target_lang=target_code,
                preserve_formatting=True,
            )
            texts = [answer.text] if not isinstance(answer, list) else [a.text for a in answer]
            if len(texts) != len(batch):
                raise TranslationError("DeepL answered with the wrong number of paragraphs")
            results.extend(texts)
        return results
