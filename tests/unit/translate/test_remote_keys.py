"""DeepL through its official client against a loopback server that speaks the DeepL API,
API keys kept in the system keyring (never in the database), and the FreeDict word gloss."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from reader.translate.base import TranslationError
from reader.translate.deepl_api import DeepLTranslator
from reader.translate.freedict import FreeDictGlossary, fold, parse_entry
from tests.unit.translate.loopback import JsonHandler, serve

KEY = "0123-test-key:fx"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in memory, standing in for Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise PasswordDeleteError(username)
        del self.values[(service, username)]


@pytest.fixture
def system_keyring(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.delenv("LIBRETRANSLATE_API_KEY", raising=False)
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(fail.Keyring())


class _DeepL(JsonHandler):
    """The parts of the DeepL API v2 the client uses: /v2/languages and /v2/translate."""

    requests: ClassVar[list[tuple[str, str, dict]]] = []

    def _body(self) -> dict:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if self.headers.get("Content-Type", "").startswith("application/json"):
            return json.loads(raw)
        return {k: v[0] for k, v in parse_qs(raw).items()}

    def _authorised(self) -> bool:
        if self.headers.get("Authorization") != f"DeepL-Auth-Key {KEY}":
            self._send(403, {"message": "Wrong endpoint. Use https://api.deepl.com"})
            return False
        return True

    def do_GET(self) -> None:
        body = self._body()
        self.requests.append(("GET", self.path, body))
        if not self._authorised():
            return
        if self.path.startswith("/v2/languages"):
            if body.get("type") == "target" or "type=target" in self.path:
                languages = [
                    {"language": "EN-GB", "name": "English (British)"},
                    {"language": "EN-US", "name": "English (American)"},
                    {"language": "ES", "name": "Spanish"},
                    {"language": "FR", "name": "French"},
                ]
            else:
                languages = [
                    {"language": "EN", "name": "English"},
                    {"language": "FR", "name": "French"},
                ]
            self._send(200, languages)
        else:
            self._send(404, {"message": "Not found"})

    def do_POST(self) -> None:
        body = self._body()
        self.requests.append(("POST", self.path, body))
        if not self._authorised():
            return
        if self.path != "/v2/translate":
            self._send(404, {"message": "Not found"})
            return
        texts = body["text"]
        self._send(
            200,
            {
                "translations": [
                    {
                        "detected_source_language": body.get("source_lang", "FR"),
                        "text": f"<{body['target_lang']}> {text}",
                        "billed_characters": len(text),
                    }
                    for text in texts
                ]
            },
        )


@pytest.fixture
def deepl_server():
    _DeepL.requests = []
    with serve(_DeepL) as url:
        yield url


def test_deepl_through_its_official_client(deepl_server: str) -> None:
    hook = DeepLTranslator({"deepl.key": KEY, "deepl.url": deepl_server})
    assert hook.available() and hook.remote
    assert hook.destination == deepl_server.removeprefix("http://")
    assert {("fr", "en"), ("fr", "es"), ("en", "fr")} <= hook.pairs()
    assert ("fr", "fr") not in hook.pairs()
    paragraphs = [f"Paragraphe {n}." for n in range(60)]  # two requests of at most 50
    assert hook.translate(paragraphs, "fr", "en") == [f"<EN-GB> Paragraphe {n}." for n in range(60)]
    posts = [body for method, path, body in _DeepL.requests if method == "POST"]
    assert [len(body["text"]) for body in posts] == [50, 10]
    assert posts[0]["source_lang"] == "FR"


def test_deepl_errors_are_clear_and_quick(deepl_server: str) -> None:
    wrong = DeepLTranslator({"deepl.key": "wrong:fx", "deepl.url": deepl_server})
    with pytest.raises(TranslationError, match="DeepL refused the API key"):
        wrong.translate(["Bonjour."], "fr", "en")
    closed = DeepLTranslator({"deepl.key": KEY, "deepl.url": "http://127.0.0.1:9"})
    with pytest.raises(
        TranslationError, match=r"cannot reach DeepL at 127\.0\.0\.1:9: the connection was refused"
    ):
        closed.translate(["Bonjour."], "fr", "en")
    assert not DeepLTranslator({}).available()  # no key, nothing can be sent


def test_deepl_key_goes_to_the_keyring_not_the_database(
    system_keyring: MemoryKeyring, deepl_server: str, library, data_dir: Path
) -> None:
    assert library.set_translator_setting("deepl.key", KEY) is True
    assert library.set_translator_setting("deepl.url", deepl_server) is True
    assert system_keyring.values == {("io.github.liseuse.Liseuse", "deepl.key"): KEY}
    infos = {info.name: info for info in library.translators()}
    assert infos["deepl"].available and infos["deepl"].remote
    assert infos["deepl"].destination.startswith("127.0.0.1:")
    article = next(a for a in library.articles() if a.title.startswith("Stratégies"))
    result = library.translate(article.id, "en", provider="deepl")
    assert result.paragraphs[1].translation.startswith("<EN-GB> Tencent et Baidu")
    raw = (data_dir / "library.sqlite3").read_bytes()
    assert KEY.encode() not in raw and b"0123-test-key" not in raw
    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        keys = {row[0] for row in db.execute("SELECT key FROM settings")}
    assert "deepl.key" not in keys and "deepl.url" in keys


def _files_holding(root: Path, secrets: list[bytes]) -> list[str]:
    """Every file under ``root`` (the database, its journal, the index…) holding one."""
    return [
        str(path)
        for path in root.rglob("*")
        if path.is_file() and any(secret in path.read_bytes() for secret in secrets)
    ]


def test_keys_never_reach_the_logs_or_any_file_of_the_library(
    system_keyring: MemoryKeyring, deepl_server: str, library, data_dir: Path, caplog
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the app's, DeepL's client, urllib3
    other = "lt-secret-4242"
    library.set_translator_setting("deepl.key", KEY)
    library.set_translator_setting("deepl.url", deepl_server)
    library.set_translator_setting("libretranslate.key", other)
    library.set_translator_setting("libretranslate.url", "http://127.0.0.1:9")
    messages = [str(info.error) for info in library.translators()]
    article = next(a for a in library.articles() if a.title.startswith("Stratégies"))
    assert library.translate(article.id, "en", provider="deepl").paragraphs
    for provider in ("libretranslate", "deepl"):
        if provider == "deepl":
            library.set_translator_setting("deepl.key", "wrong-" + KEY)
        with pytest.raises(TranslationError) as failed:
            library.translate(article.id, "es", provider=provider)
        messages.append(str(failed.value))
    assert "DeepL refused the API key" in messages[-1]
    assert any("DeepL" in record.name or "deepl" in record.name for record in caplog.records)
    for secret in (KEY, other, "0123-test-key"):
        assert secret not in caplog.text and not any(secret in m for m in messages)
    library.close()
    assert _files_holding(data_dir, [KEY.encode(), other.encode(), b"0123-test-key"]) == []


def test_a_plain_key_from_an_earlier_version_moves_to_the_keyring(
    system_keyring: MemoryKeyring, library
) -> None:
    library.store.set_setting("libretranslate.key", "old-secret")
    assert library.translator_settings()["libretranslate.key"] == "old-secret"
    assert library.store.setting("libretranslate.key") is None
    assert (
        system_keyring.values[("io.github.liseuse.Liseuse", "libretranslate.key")] == "old-secret"
    )


def test_without_a_keyring_keys_last_the_session_or_come_from_the_environment(
    library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    assert library.secrets.persistent() is False  # the test setup has no keyring
    assert library.set_translator_setting("deepl.key", KEY) is False
    assert library.translator_settings()["deepl.key"] == KEY
    assert library.store.setting("deepl.key") is None
    library.set_translator_setting("deepl.key", "")
    assert "deepl.key" not in library.translator_settings()
    monkeypatch.setenv("DEEPL_AUTH_KEY", "from-env")
    assert library.translator_settings()["deepl.key"] == "from-env"
    with pytest.raises(TranslationError, match="unknown translator setting"):
        library.set_translator_setting("deepl.password", "x")


def test_cli_refuses_to_keep_a_key_without_a_keyring(data_dir: Path) -> None:
    from tests.e2e.test_cli import reader

    done = reader(data_dir, "translators", "--set", "deepl.key=abc", check=False)
    assert done.returncode == 1
    assert "no system keyring" in done.stderr and "DEEPL_AUTH_KEY" in done.stderr


# -- FreeDict word gloss ---------------------------------------------------------------------


def _dictionary(folder: Path) -> None:
    """A small dictd dictionary with FreeDict's layout (as dict-freedict-fra-eng ships it)."""
    import gzip

    entries = [
        ("00databaseshort", "French-English test dictionary\n"),
        ("abandonner", "abandonner /abɑ̃dɔne/ <v>\n1. give up, yield\n2. abandon, desert\n"),
        ("puce", "puce /pys/ <n, fem>\nflea\n"),
        ("état", "état /eta/ <n, masc>\ncondition, state\n"),
        ("pomme de terre", "pomme de terre /pɔmdətɛʀ/ <n, fem>\npotato\n"),
    ]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def b64(n: int) -> str:
        digits = ""
        while True:
            digits = alphabet[n % 64] + digits
            n //= 64
            if not n:
                return digits

    data, index = b"", []
    for head, text in entries:
        raw = text.encode()
        index.append(f"{head}\t{b64(len(data))}\t{b64(len(raw))}")
        data += raw
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "freedict-fra-eng.index").write_text("\n".join(sorted(index)) + "\n", "utf-8")
    (folder / "freedict-fra-eng.dict.dz").write_bytes(gzip.compress(data))


def test_gloss_finds_inflected_and_elided_words(tmp_path: Path) -> None:
    _dictionary(tmp_path / "dictd")
    hook = FreeDictGlossary({"freedict.dirs": str(tmp_path / "dictd")})
    assert hook.available() and hook.pairs() == {("fr", "en")} and hook.words_only
    assert [g.headword for g in hook.lookup("puces", "fr", "en")] == ["puce"]
    state = hook.lookup("l’État", "fr", "en")
    assert state[0].senses == ("condition, state",) and state[0].grammar == "n, masc"
    assert hook.lookup("d'abandonner", "fr", "en")[0].senses == (
        "give up, yield",
        "abandon, desert",
    )
    assert hook.lookup("Pomme de terre", "fr", "en")[0].pronunciation == "pɔmdətɛʀ"
    assert hook.lookup("xylophage", "fr", "en") == []
    assert hook.translate(["puce", "xylophage"], "fr", "en") == ["flea", ""]
    with pytest.raises(TranslationError, match="no FreeDict dictionary fr→de"):
        hook.lookup("puce", "fr", "de")
    assert fold("Abat-jour") == "abatjour"
    assert parse_entry("chat /ʃa/ <n, masc>\ncat\n").summary() == "cat"


def test_gloss_is_a_hook_but_never_translates_articles(tmp_path: Path, library) -> None:
    _dictionary(tmp_path / "dictd")
    library.set_translator_setting("freedict.dirs", str(tmp_path / "dictd"))
    infos = {info.name: info for info in library.translators()}
    assert infos["freedict"].available and infos["freedict"].words_only
    target, glosses = library.gloss("puces", "fr", "en")
    assert target == "en" and [g.headword for g in glosses] == ["puce"]
    # no French–Spanish dictionary: the French–English one answers, and says so
    assert library.gloss("puce", "fr", "es")[0] == "en"
    with pytest.raises(TranslationError, match="no dictionary from de"):
        library.gloss("Floh", "de", "en")


def test_gloss_with_the_installed_freedict_package() -> None:
    real = FreeDictGlossary({})
    if ("fr", "en") not in real.pairs():
        import os

        if os.environ.get("CI"):
            pytest.fail("dict-freedict-fra-eng is missing in CI (see the README's packages)")
        pytest.skip("dict-freedict-fra-eng is not installed")
    assert "flea" in real.lookup("puces", "fr", "en")[0].summary()
    assert real.lookup("d'abandonner", "fr", "en")[0].senses[0].startswith("cede, give in")
