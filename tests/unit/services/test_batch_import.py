"""A batch of files with broken ones among the good: the good ones are imported and
found by search, each broken one is reported with a reason a person understands, and a
bug in a parser on one file stops nothing but that file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.model import ImportStatus
from reader.services import Library

# A word found only in each good file, to search it by.
GOOD = {
    "depeche.txt": "Kunlunxin",
    "facture.txt": "Moore",
    "notes.md": "Cambricon",
    "page.html": "Biren",
    "soup.html": "Enflame",
}
BROKEN = {
    "empty.txt": "empty file",
    "image.txt": "not text: looks like a PNG image",
    "blob.html": "not text: looks like a binary file (it has NUL bytes)",
    "book.txt": "too long for an article: 1,200,000 characters of text (at most 1,000,000",
    "tags-only.html": "no text in this file",
}


def mixed_batch(folder: Path) -> Path:
    """Good and broken files in ``folder`` (see GOOD and BROKEN)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "depeche.txt": "Une dépêche\r\n\r\nBaidu mise sur Kunlunxin.\rSuite\nFin.\r\n".encode(),
        "facture.txt": "Les prix\n\nGordon Moore l’a dit : 5 € déjà.\n".encode("cp1252"),
        "notes.md": codecs.BOM_UTF16_LE
        + "# Notes\n\nCambricon <script>alert(1)</script> progresse.\n".encode("utf-16-le"),
        "page.html": b"<html><head><title>Puces</title><script>fetch('//x')</script></head>"
        b'<body><iframe src="http://127.0.0.1:9/"></iframe><p onclick="x()">Biren grandit.'
        b'</p><a href="javascript:x()">lien</a></body></html>',
        # crashed the HTML tokenizer of the standard library before
        "soup.html": b"<p>Enflame avance.</p><![ pas une section> <p>Suite.</p>",
        "empty.txt": b"",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "blob.html": bytes(range(256)) * 8,
        "book.txt": ("x" * 99 + "\n").encode() * 12_000,
        "tags-only.html": b"<html><style>p{}</style><img src=a.png></html>",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def test_broken_files_are_reported_and_the_good_ones_imported(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = mixed_batch(tmp_path / "batch")
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        report = library.import_paths([folder, tmp_path / "missing.txt"])
        outcomes = {Path(o.path).name: o for o in report.outcomes}
        assert set(outcomes) == {*GOOD, *BROKEN, "missing.txt"}
        for name in GOOD:
            assert outcomes[name].status is ImportStatus.IMPORTED, outcomes[name].reason
        for name, reason in BROKEN.items():
            assert outcomes[name].status is ImportStatus.FAILED
            assert outcomes[name].reason.startswith(reason), outcomes[name].reason
        assert outcomes["missing.txt"].reason == "file not found"
        assert library.count() == 5 + len(GOOD)
        for name, word in GOOD.items():
            hits = library.search(word).hits
            assert [h.id for h in hits] == [outcomes[name].article_id], word
        page = library.article(outcomes["page.html"].article_id)
        assert page.title == "Puces" and "fetch" not in page.text and "lien" in page.text
        notes = library.article(outcomes["notes.md"].article_id).text
        assert "Cambricon progresse." in notes and "alert" not in notes


def test_a_parser_bug_on_one_file_stops_only_that_file(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    import reader.ingest.files as files

    folder = mixed_batch(tmp_path / "batch")
    extract = files.html_extract.extract

    def failing(markup: str):
        if "Biren" in markup:
            raise RuntimeError("a bug in the extractor")
        return extract(markup)

    monkeypatch.setattr(files.html_extract, "extract", failing)
    with Library.open(data_dir) as library:
        report = library.import_paths([folder])
        outcomes = {Path(o.path).name: o for o in report.outcomes}
        assert outcomes["page.html"].status is ImportStatus.FAILED
        assert outcomes["page.html"].reason == (
            "could not be read as an article (an error in Liseuse, please report it: "
            "RuntimeError('a bug in the extractor'))"
        )
        assert outcomes["soup.html"].status is ImportStatus.IMPORTED
        assert library.search("Enflame").total == 1
    assert "a bug in the extractor" in caplog.text  # the traceback goes to the log
