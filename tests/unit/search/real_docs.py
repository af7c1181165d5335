"""Real articles as the search tests index them: a BBC file (its first line the title)
and a French Wikinews page (its ``<h1>`` and paragraphs), read from the shared corpora,
so that each test names the articles it holds and not how they are read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.search import IndexDoc, SearchIndex
from tests.conftest import corpus

_TAG = re.compile(r"<[^>]+>")


def bbc_doc(key: str) -> IndexDoc:
    """``business/003``: the BBC article, keyed by that name."""
    path = corpus("en-bbc-news-2225", "bbc") / f"{key}.txt"
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return IndexDoc(key, 1, "en", title.strip(), body)


def wikinews_doc(page: str) -> IndexDoc:
    """``44389``: the French Wikinews page, keyed ``wikinews/44389``."""
    html = (corpus("fr-wikinews-keyphrase-100", "documents") / f"{page}.html").read_text(
        encoding="utf-8"
    )
    title = _TAG.sub("", re.search(r"<h1>(.*?)</h1>", html, re.S)[1])
    body = "\n\n".join(_TAG.sub("", p) for p in re.findall(r"<p>(.*?)</p>", html, re.S))
    return IndexDoc(f"wikinews/{page}", 1, "fr", title, body)


@contextmanager
def expanded_search(folder: Path, docs: list[IndexDoc]) -> Iterator[Callable[..., Any]]:
    """``docs`` indexed in ``folder``, searched as the app searches them: each query
    with the alternatives the app's expander gives it (translations, other names) for a
    library of English and French articles. Yields ``search(text, limit=10)``, the
    search's outcome."""
    from reader.services.expansion import QueryExpander

    index = SearchIndex(folder / "index")
    index.rebuild(docs)
    expander = QueryExpander()

    def search(text: str, limit: int = 10) -> Any:
        alternatives = expander.alternatives(text, ["en", "fr"])
        return index.search(text, limit=limit, alternatives=alternatives)

    try:
        yield search
    finally:
        expander.close()
        index.close()
