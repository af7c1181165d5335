"""Names and the glossary through the remote hooks, against loopback servers that speak
their documented APIs and, like a real engine, translate the names they are given."""

from __future__ import annotations

import json
import re
from typing import ClassVar
from urllib.parse import parse_qs

import pytest

from reader.translate.deepl_api import DeepLTranslator
from reader.translate.libretranslate import LibreTranslateTranslator
from tests.unit.translate.loopback import JsonHandler, serve

pytest.importorskip("deepl")

KEY = "0000-test:fx"
#: what the stand-in engines make of words: names mangled, as Apertium did
WORDS = {
    "Tencent": "Tencento",
    "Made": "Hecho",
    "China": "Porcelana",
    "achète": "buys",
    "des": "some",
    "puces": "fleas",
    "en": "in",
}


def _engine(text: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: WORDS.get(m.group(0), m.group(0)), text)


class _Libre(JsonHandler):
    sent: ClassVar[list[str]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
        self.sent.extend(texts)
        self._send(200, {"translatedText": [_engine(t) for t in texts]})


def test_libretranslate_keeps_names_and_puts_terms_in() -> None:
    _Libre.sent = []
    with serve(_Libre) as url:
        hook = LibreTranslateTranslator({"libretranslate.url": url})
        out = hook.translate(
            ["Tencent achète des puces Made in China."],
            "fr",
            "en",
            keep=[{"Tencent": "Tencent", "Made in China": "Made in China", "puces": "chips"}],
        )
    assert out == ["Tencent buys some chips Made in China."]
    assert not any(w in _Libre.sent[0] for w in ("Tencent", "puces", "China"))


class _DeepL(JsonHandler):
    """/v2/translate, and /v2/glossaries (list, make, delete), as DeepL documents them."""

    glossaries: ClassVar[dict[str, dict]] = {}
    calls: ClassVar[list[str]] = []

    def _body(self) -> dict:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if self.headers.get("Content-Type", "").startswith("application/json"):
            return json.loads(raw)
        return {k: v if len(v) > 1 else v[0] for k, v in parse_qs(raw).items()}

    def do_GET(self) -> None:
        self.calls.append(f"GET {self.path}")
        self._send(200, {"glossaries": [self._info(g) for g in self.glossaries.values()]})

    def do_DELETE(self) -> None:
        self.calls.append(f"DELETE {self.path}")
        self.glossaries.pop(self.path.rsplit("/", 1)[-1], None)
        self.send_response(204)
        self.end_headers()

    @staticmethod
    def _info(g: dict) -> dict:
        return {
            "glossary_id": g["id"],
            "name": g["name"],
            "ready": True,
            "source_lang": g["source_lang"],
            "target_lang": g["target_lang"],
            "creation_time": "2026-11-30T08:00:00.000Z",
            "entry_count": len(g["entries"]),
        }

    def do_POST(self) -> None:
        body = self._body()
        self.calls.append(f"POST {self.path}")
        if self.path == "/v2/glossaries":
            entries = dict(line.split("\t") for line in body["entries"].splitlines() if line)
            glossary = {**body, "id": f"g{len(self.calls)}", "entries": entries}
            self.glossaries[glossary["id"]] = glossary
            self._send(201, self._info(glossary))
            return
        texts = body["text"] if isinstance(body["text"], list) else [body["text"]]
        terms = self.glossaries[body["glossary_id"]]["entries"] if "glossary_id" in body else {}
        assert body.get("tag_handling") == "xml" and "x-keep" in str(body.get("ignore_tags"))

        def translate(text: str) -> str:
            parts = re.split(r"(<x-keep>.*?</x-keep>)", text)
            out = []
            for part in parts:
                if part.startswith("<x-keep>"):
                    out.append(part)
                    continue
                for term, rendering in terms.items():
                    part = re.sub(rf"\b{re.escape(term)}s?\b", rendering + "s", part)
                out.append(_engine(part))
            return "".join(out)

        answers = [
            {"detected_source_language": "FR", "text": translate(t), "billed_characters": len(t)}
            for t in texts
        ]
        self._send(200, {"translations": answers})


def test_deepl_keeps_names_by_tags_and_takes_the_glossary_through_its_api() -> None:
    _DeepL.glossaries, _DeepL.calls = {}, []
    with serve(_DeepL) as url:
        hook = DeepLTranslator({"deepl.key": KEY, "deepl.url": url})
        texts = ["Tencent achète des puces & Made in China."]
        keep = [["Tencent", "Made in China"]]
        out = hook.translate(texts, "fr", "en", keep=keep, glossary=[("puce", "chip")])
        assert out == ["Tencent buys some chips & Made in China."]
        (made,) = _DeepL.glossaries.values()
        assert made["entries"] == {"puce": "chip"} and made["source_lang"].lower() == "fr"
        # the same entries: the glossary is used again, not made again
        hook = DeepLTranslator({"deepl.key": KEY, "deepl.url": url})
        hook.translate(texts, "fr", "en", keep=keep, glossary=[("puce", "chip")])
        assert sum(c == "POST /v2/glossaries" for c in _DeepL.calls) == 1
        # other entries: a new glossary, and the old one deleted
        out = hook.translate(texts, "fr", "en", keep=keep, glossary=[("puce", "microchip")])
        assert out == ["Tencent buys some microchips & Made in China."]
        assert [g["entries"] for g in _DeepL.glossaries.values()] == [{"puce": "microchip"}]
        assert any(c.startswith("DELETE /v2/glossaries/") for c in _DeepL.calls)
