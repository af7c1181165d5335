"""DeepL through its official client (the ``deepl`` extra). Remote: nothing is sent until
the user gives an API key (kept in the system keyring); the server address may be set
(``deepl.url``) for a proxy or a compatible server, otherwise the client picks DeepL's own
free or pro endpoint from the key.

Names are kept as written by DeepL's own means: each goes in an ``<x-keep>`` tag that the
request asks DeepL to leave alone (``ignore_tags``). The glossary's terms go through
DeepL's glossary API: one glossary on the account per language pair, named for its
entries, made when the entries change (the one it replaces is deleted), so DeepL inflects
and places the user's translations itself."""

from __future__ import annotations

import hashlib
import importlib.util
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, unescape

from reader.translate import names
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
KEEP_TAG = "x-keep"
#: the account's glossaries this app made are named so
GLOSSARY_PREFIX = "Liseuse"
_KEPT = re.compile(rf"<{KEEP_TAG}>(.*?)</{KEEP_TAG}>", re.S)


def _tagged(text: str, kept: Sequence[str]) -> str:
    """``text`` as XML with each name to keep in a tag DeepL leaves alone."""
    out, last = [], 0
    for a, b in names.spans(text, kept):
        out.append(escape(text[last:a]))
        out.append(f"<{KEEP_TAG}>{escape(text[a:b])}</{KEEP_TAG}>")
        last = b
    out.append(escape(text[last:]))
    return "".join(out)


def _untagged(text: str) -> str:
    return unescape(_KEPT.sub(lambda m: m.group(1), text))


def glossary_name(source: str, target: str, entries: Mapping[str, str]) -> str:
    digest = hashlib.sha1(
        "\n".join(f"{k}\t{v}" for k, v in sorted(entries.items())).encode("utf-8")
    ).hexdigest()[:12]
    return f"{GLOSSARY_PREFIX} {source}-{target} {digest}"


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
    #: translate() takes ``keep`` (the names of each paragraph to leave as written)
    keeps_names = True
    #: translate() takes ``glossary`` (term → translation pairs) for DeepL's glossary API
    glossary_api = True

    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or {}
        self.key = settings.get("deepl.key", "")
        self.url = settings.get("deepl.url", "").rstrip("/")
        self._pairs: set[tuple[str, str]] | None = None
        self._translator: Any = None
        self._glossaries: dict[str, str] = {}  # glossary name → its id on the account

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
        keep: Sequence[Sequence[str] | Mapping[str, str]] | None = None,
        glossary: Sequence[tuple[str, str]] = (),
    ) -> list[str]:
        """One translation per paragraph; ``keep[i]`` the names of paragraph i to leave as
        written, ``glossary`` the (term, translation) pairs DeepL must use."""
        client = self._client()
        target_code = normalize_lang(target)
        target_code = _TARGET_VARIANTS.get(target_code, target_code.upper())
        tagged = bool(keep and any(keep))
        texts_in = list(paragraphs)
        if tagged and keep is not None:
            wanted = [*keep, *[()] * len(texts_in)][: len(texts_in)]
            texts_in = [_tagged(t, list(k)) for t, k in zip(texts_in, wanted, strict=True)]
        options: dict[str, Any] = {"preserve_formatting": True}
        if tagged:
            options.update(tag_handling="xml", ignore_tags=[KEEP_TAG])
        if glossary:
            options["glossary"] = self._glossary(source, target, dict(glossary))
        results: list[str] = []
        for start in range(0, len(texts_in), BATCH):
            if should_stop():
                break
            batch = texts_in[start : start + BATCH]
            answer = self._call(
                "translate",
                client.translate_text,
                batch,
                source_lang=normalize_lang(source).upper(),
                target_lang=target_code,
                **options,
            )
            texts = [answer.text] if not isinstance(answer, list) else [a.text for a in answer]
            if len(texts) != len(batch):
                raise TranslationError("DeepL answered with the wrong number of paragraphs")
            results.extend(_untagged(t) if tagged else t for t in texts)
        return results

    def _glossary(self, source: str, target: str, entries: dict[str, str]) -> str:
        """The id of the account's glossary holding exactly ``entries``: found by its
        name, else made; the app's older glossaries of the pair are deleted."""
        source, target = normalize_lang(source), normalize_lang(target)
        name = glossary_name(source, target, entries)
        if name in self._glossaries:
            return self._glossaries[name]
        client = self._client()
        listed = self._call("list its glossaries", client.list_glossaries)
        found = next((g for g in listed if g.name == name and g.ready), None)
        if found is None:
            found = self._call(
                "make the glossary", client.create_glossary, name, source, target, entries
            )
        prefix = f"{GLOSSARY_PREFIX} {source}-{target} "
        for old in listed:
            if old.name.startswith(prefix) and old.name != name:
                self._call("delete an old glossary", client.delete_glossary, old)
        self._glossaries[name] = str(found.glossary_id)
        return self._glossaries[name]
