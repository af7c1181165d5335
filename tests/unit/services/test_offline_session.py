"""No network at all unless a remote translation hook is configured: a whole session —
import, search, reading, entities, the offline translation hooks, exports and their
import back — runs with every socket connection and name lookup recorded, and none is
made. Configuring a remote hook is what makes the first one."""

from __future__ import annotations

import ipaddress
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest

from reader.services import Library
from reader.services.exports import ExportScope
from reader.translate.base import TranslationError
from tests.unit.services.test_batch_import import GOOD, mixed_batch

NETWORK = (socket.AF_INET, socket.AF_INET6)


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every name lookup and connection to a network address, recorded; names are not
    resolved and connections refused, so that nothing leaves the machine."""
    made: list[Any] = []
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(method):  # type: ignore[no-untyped-def]
        def attempt(self: socket.socket, address: Any) -> Any:
            if self.family in NETWORK:
                made.append(address)
                raise ConnectionRefusedError(f"the test refuses connections ({address})")
            return method(self, address)

        return attempt

    def guarded_lookup(method):  # type: ignore[no-untyped-def]
        def lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
            made.append(("lookup", host))
            try:  # an address needs no name server: let it through to its connection
                ipaddress.ip_address(host)
            except ValueError:
                raise socket.gaierror(f"the test refuses name lookups ({host})") from None
            return method(host, *args, **kwargs)

        return lookup

    monkeypatch.setattr(socket.socket, "connect", guarded(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", guarded_lookup(socket.getaddrinfo))
    monkeypatch.setattr(socket, "gethostbyname", guarded_lookup(socket.gethostbyname))
    return made


def test_a_whole_session_without_remote_hooks_makes_no_connection(
    tmp_path: Path, data_dir: Path, attempts: list[Any]
) -> None:
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        report = library.import_paths([mixed_batch(tmp_path / "batch")])
        assert len(report.outcomes) > len(GOOD)
        hits = library.search("Huawei").hits
        assert hits and library.search("Kunlunxin").total == 1
        article = library.article(hits[0].id)
        assert library.hit_offsets(article.id, "Huawei")
        assert library.entities(article.id)
        infos = {info.name: info for info in library.translators()}
        assert not infos["libretranslate"].available and not infos["deepl"].available
        library.set_translator_setting("command.template", "tr a-z A-Z")
        assert library.translate(article.id, "en", provider="command").paragraphs
        if shutil.which("apertium"):
            assert library.translate(article.id, "es", provider="apertium").paragraphs
        with pytest.raises(TranslationError, match="not set up"):
            library.translate(article.id, "en", provider="libretranslate")
        library.annotate(article.id, "Huawei", note="![x](http://127.0.0.1:9/x.png)")
        for fmt in ("md", "html", "csv", "jsonld", "txt"):
            library.export(fmt, ExportScope(everything=True), tmp_path / f"notes.{fmt}")
        library.import_annotations((tmp_path / "notes.jsonld").read_bytes())
    assert attempts == []


def test_a_configured_remote_hook_is_what_connects(data_dir: Path, attempts: list[Any]) -> None:
    with Library.open(data_dir) as library:
        library.set_translator_setting("libretranslate.url", "http://127.0.0.1:9")
        info = next(i for i in library.translators() if i.name == "libretranslate")
    assert not info.available and "cannot reach" in str(info.error)
    assert attempts == [("lookup", "127.0.0.1"), ("127.0.0.1", 9)]
