"""The relevance benchmark's library: which 405 files it holds, how a judgment's doc key
names a file, the plain text the baselines index, and the app's library built from the
same files with an article id → doc keys map.

Doc keys are short and stable so that the judgments stay readable: ``seeds/<file>``,
``wikinews/<file>`` and ``bbc/<category>/<file>``.
"""

from __future__ import annotations

import json
import multiprocessing
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from benchmarks.common import CORPORA, SHARED

SEEDS = SHARED / "seeds"
WIKINEWS = CORPORA / "fr-wikinews-keyphrase-100" / "documents"
BBC = CORPORA / "en-bbc-news-2225" / "bbc"
BBC_CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
BBC_PER_CATEGORY = 60
# Written last into a built library folder: its presence says the build finished.
KEY_MAP = "relevance-keys.json"


def doc_path(key: str) -> Path:
    """The file a doc key names (``ValueError`` for a key of no known collection)."""
    collection, _, rest = key.partition("/")
    if collection == "seeds" and rest:
        return SEEDS / rest
    if collection == "wikinews" and rest:
        return WIKINEWS / rest
    if collection == "bbc" and rest.count("/") == 1:
        return BBC / rest
    raise ValueError(f"not a doc key: {key!r}")


def library_keys() -> list[str]:
    """The 405 doc keys of the library: 5 seeds, 100 Wikinews, 60 BBC per category."""
    keys = [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    keys += [f"wikinews/{p.name}" for p in sorted(WIKINEWS.glob("*.html"))]
    keys += [
        f"bbc/{category}/{n:03d}.txt"
        for category in BBC_CATEGORIES
        for n in range(1, BBC_PER_CATEGORY + 1)
    ]
    return keys


@dataclass(frozen=True)
class Doc:
    """One text as the baselines see it."""

    key: str
    lang: str
    title: str
    body: str


class _HeadlineAndParagraphs(HTMLParser):
    """The text of the ``<h1>`` and of each ``<p>``: all the baselines need from the
    Wikinews pages, which are minimal HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.paragraphs: list[list[str]] = []
        self._inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "p"):
            self._inside = tag
            if tag == "p":
                self.paragraphs.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag == self._inside:
            self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside == "h1":
            self.title.append(data)
        elif self._inside == "p":
            self.paragraphs[-1].append(data)


def split_text(raw: str, html: bool) -> tuple[str, str]:
    """(title, body) the simple way, identical for both baselines: for HTML the ``<h1>``
    and the ``<p>`` texts; for plain text the first non-empty line and the rest (the
    seeds have no clean title line, so theirs is their first line too). Soft hyphens,
    which split words in the Wikinews pages, are dropped."""
    raw = raw.replace("\u00ad", "")
    if html:
        parser = _HeadlineAndParagraphs()
        parser.feed(raw)
        parser.close()
        title = " ".join("".join(parser.title).split())
        body = "\n\n".join(" ".join("".join(p).split()) for p in parser.paragraphs)
        return title, body.strip()
    lines = raw.strip().splitlines()
    if not lines:
        return "", ""
    return lines[0].strip(), "\n".join(lines[1:]).strip()


def load_docs(keys: list[str]) -> list[Doc]:
    """The baselines' view of every file: seeds and Wikinews are French, BBC English."""
    docs = []
    for key in keys:
        raw = doc_path(key).read_bytes().decode("utf-8", "replace")
        title, body = split_text(raw, html=key.endswith(".html"))
        docs.append(Doc(key, "en" if key.startswith("bbc/") else "fr", title, body))
    return docs


def build_app_library(folder: Path, keys: list[str]) -> dict[str, list[str]]:
    """Build the app's library in ``folder`` as a user would get it, and return article
    id → doc keys.

    Like ``reader import`` then ``reader entities --all``: the library is opened the
    CLI's way (a new one gets the bundled corpus, which is the 5 seeds), every file is
    imported, entities are recognised and the index brought up to date and compacted, so
    that ``entity:`` queries and ranking see what the window shows once its background
    work is done. The seeds are imported from ``../shared/seeds`` too: the store knows
    their text already and answers "unchanged" with the bundled article's id, which both
    maps them and proves they are there once. Files with the same text (two BBC pairs)
    are one article; that article stands for all their keys.

    A folder already holding :data:`KEY_MAP` is reused as it is."""
    saved = folder / KEY_MAP
    if saved.exists():
        loaded: dict[str, list[str]] = json.loads(saved.read_text(encoding="utf-8"))
        return loaded
    from reader.core.model import ImportStatus
    from reader.services import Library

    # as reader.cli.main: import workers are spawned, not forked
    multiprocessing.set_start_method("spawn", force=True)
    with Library.open(folder) as library:
        library.seed_if_empty()
        paths = [doc_path(k) for k in keys]
        report = library.import_paths(paths)
        by_path = {str(p): k for p, k in zip(paths, keys, strict=True)}
        failed = [o for o in report.outcomes if o.status is ImportStatus.FAILED]
        if failed:
            raise RuntimeError(f"{len(failed)} files failed to import: {failed[:3]}")
        articles: dict[str, list[str]] = {}
        for outcome in report.outcomes:
            assert outcome.article_id is not None
            articles.setdefault(outcome.article_id, []).append(by_path[outcome.path])
        if library.count() != len(articles):
            raise RuntimeError(
                f"the library holds {library.count()} articles but the {len(keys)} files "
                f"map to {len(articles)}: a seed is there twice, or something else was added"
            )
        for article_id, mapped in articles.items():
            seeds = [k for k in mapped if k.startswith("seeds/")]
            origin = library.article(article_id).origin
            if seeds and [origin] != [f"bundled:{k.removeprefix('seeds/')}" for k in seeds]:
                raise RuntimeError(f"{seeds} map to {origin}, not to the bundled seed")
        library.recognize_pending()
        library.ensure_index()
        library.compact_index()
    saved.write_text(json.dumps(articles, indent=1, sort_keys=True), encoding="utf-8")
    return articles
