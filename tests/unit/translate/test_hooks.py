"""Translation hooks: Apertium for real, LibreTranslate against a loopback server that
speaks its documented API, the command hook, manual imports aligned with NTREX."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import ClassVar

import pytest

from reader.translate.apertium import ApertiumTranslator
from reader.translate.base import Route, TranslationError, normalize_lang, route
from reader.translate.command import CommandTranslator
from reader.translate.libretranslate import LibreTranslateTranslator
from reader.translate.manual import split_blocks
from tests.conftest import corpus
from tests.unit.translate.loopback import JsonHandler, serve


def test_routes_and_codes() -> None:
    pairs = {("fr", "es"), ("es", "en"), ("en", "es")}
    assert route(pairs, "fr", "es") == Route("fr", "es")
    assert route(pairs, "fr", "en") == Route("fr", "en", via="es")
    assert route(pairs, "fr", "de") is None
    assert [normalize_lang(c) for c in ("eng", "spa", "fr-FR", "pt_BR")] == ["en", "es", "fr", "pt"]


def test_translation_files_split_into_blocks() -> None:
    text = "Premier paragraphe\nsur deux lignes.\n\n\nSecond.\r\n\r\nTroisième."
    assert split_blocks(text) == ["Premier paragraphe sur deux lignes.", "Second.", "Troisième."]


class _Server(JsonHandler):
    requests: ClassVar[list[str]] = []
    delay = 0.0

    def do_GET(self) -> None:
        self.requests.append(self.path)
        if self.path == "/languages":
            self._send(
                200,
                [
                    {"code": "fr", "name": "French", "targets": ["en", "es", "fr"]},
                    {"code": "en", "name": "English", "targets": ["fr"]},
                ],
            )
        else:
            self._send(404, {"error": "Not found"})

    def do_POST(self) -> None:
        self.requests.append(self.path)
        time.sleep(self.delay)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if body.get("api_key") != "secret":
            self._send(403, {"error": "Invalid API key"})
            return
        texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
        self._send(200, {"translatedText": [f"[{body['target']}] {t}" for t in texts]})


@pytest.fixture
def server():
    _Server.requests = []
    _Server.delay = 0.0
    with serve(_Server) as url:
        yield url


def test_libretranslate_against_its_api(server) -> None:
    hook = LibreTranslateTranslator({"libretranslate.url": server, "libretranslate.key": "secret"})
    assert hook.available() and hook.remote
    assert ("fr", "en") in hook.pairs() and ("fr", "fr") not in hook.pairs()
    paragraphs = [f"Paragraphe {n}." for n in range(20)]  # more than one batch
    assert hook.translate(paragraphs, "fr", "en") == [f"[en] Paragraphe {n}." for n in range(20)]
    assert _Server.requests.count("/translate") == 2


def test_libretranslate_errors_are_clear(server, monkeypatch) -> None:
    wrong_key = LibreTranslateTranslator({"libretranslate.url": server, "libretranslate.key": "x"})
    with pytest.raises(TranslationError, match="refused: 403 Invalid API key"):
        wrong_key.translate(["Bonjour."], "fr", "en")
    closed = LibreTranslateTranslator({"libretranslate.url": "http://127.0.0.1:9"})
    with pytest.raises(TranslationError, match="cannot reach"):
        closed.translate(["Bonjour."], "fr", "en")
    import reader.translate.libretranslate as module

    monkeypatch.setattr(module, "TIMEOUT_S", 0.3)
    _Server.delay = 1.0
    slow = LibreTranslateTranslator({"libretranslate.url": server, "libretranslate.key": "secret"})
    with pytest.raises(TranslationError, match="cannot reach"):
        slow.translate(["Bonjour."], "fr", "en")


def test_nothing_is_sent_to_an_unconfigured_service(server, library) -> None:
    hook = LibreTranslateTranslator({})
    assert not hook.available()
    article_id = library.articles()[0].id
    with pytest.raises(TranslationError, match="not set up"):
        library.translate(article_id, "en", provider="libretranslate")
    assert _Server.requests == []


def test_command_hook_with_a_one_line_shell_command() -> None:
    hook = CommandTranslator({"command.template": "tr a-z A-Z"})
    assert hook.translate(["un texte", "deux"], "fr", "en") == ["UN TEXTE", "DEUX"]
    echo = CommandTranslator({"command.template": "printf '%s>%s:' {source} {target}; cat"})
    assert echo.translate(["x"], "fr", "es") == ["fr>es:x"]
    broken = CommandTranslator({"command.template": "echo oops >&2; exit 3"})
    with pytest.raises(TranslationError, match="failed \\(3\\): oops"):
        broken.translate(["x"], "fr", "en")


def _apertium() -> None:
    if shutil.which("apertium") is None:
        if os.environ.get("CI"):
            pytest.fail("apertium is missing in CI (see the README's system packages)")
        pytest.skip("apertium is not installed")


def test_apertium_translates_a_seed_and_pivots(library) -> None:
    _apertium()
    article = next(a for a in library.articles() if a.title.startswith("Stratégies"))
    spanish = library.translate(article.id, "es")
    assert spanish.provider == "apertium" and spanish.route == "fr→es"
    assert len(spanish.paragraphs) >= 10
    lead = spanish.paragraphs[1]
    assert lead.source.startswith("Tencent et Baidu optimisent")
    assert "recursos" in lead.translation and not lead.cached
    again = library.translate(article.id, "es")
    assert all(p.cached for p in again.paragraphs)
    assert [p.translation for p in again.paragraphs] == [p.translation for p in spanish.paragraphs]
    english = library.translate(article.id, "en")
    best = ApertiumTranslator().route("fr", "en")
    assert best is not None and best.via and english.route == best.describe()
    assert "resources" in english.paragraphs[1].translation
    library.edit_translation(article.id, "es", "apertium", 1, "Mi traducción corregida.")
    edited = library.translate(article.id, "es").paragraphs[1]
    assert (edited.translation, edited.edited) == ("Mi traducción corregida.", True)


def test_manual_translation_aligns_with_ntrex(tmp_path: Path, library) -> None:
    folder = corpus("ntrex-news-fr-en")
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    english = (
        (folder / "NTREX-128" / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    )
    french = (
        (folder / "NTREX-128" / "newstest2019-ref.fra.txt").read_text(encoding="utf-8").splitlines()
    )
    first = ids[0].split("\t")[-1]
    lines = [i for i, doc in enumerate(ids) if doc.split("\t")[-1] == first]
    source = tmp_path / "ntrex.txt"
    source.write_text("\n\n".join(english[i] for i in lines) + "\n", "utf-8")
    report = library.import_paths([source])
    article_id = report.outcomes[0].article_id
    assert library.article(article_id).lang == "en"
    filled = library.import_translation(article_id, "fr", "\n\n".join(french[i] for i in lines))
    result = library.translate(article_id, "fr", provider="manual")
    assert filled == len(lines) == len(result.paragraphs)
    for paragraph, i in zip(result.paragraphs, lines, strict=True):
        assert paragraph.source == english[i].strip()
        assert paragraph.translation == french[i].strip()
        assert paragraph.edited


def test_the_cache_alone_answers_without_sending_anything(library, monkeypatch) -> None:
    from reader.services.translations import translatable
    from reader.translate.manual import ManualTranslator

    article = next(a for a in library.articles() if a.title.startswith("Stratégies"))
    assert library.cached_translation(article.id, "en", provider="manual") is None
    count = len(translatable(library.article(article.id)))
    library.import_translation(article.id, "en", "\n\n".join(f"P{n}." for n in range(count)))

    def refuse(*_args, **_kwargs):
        raise AssertionError("a cache lookup translated")

    monkeypatch.setattr(ManualTranslator, "translate", refuse)
    cached = library.cached_translation(article.id, "en", provider="manual")
    assert cached is not None and cached.target == "en"
    assert [p.translation for p in cached.paragraphs][:2] == ["P0.", "P1."]
    assert all(p.cached for p in cached.paragraphs)
    assert library.cached_translation(article.id, "de", provider="manual") is None
