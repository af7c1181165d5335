"""Files to parsed articles: find the files, decode, extract blocks, find structure
and language. One bad file raises :class:`ImportFailed` with a reason; callers go on
with the others.

Sizes are bounded so that one odd file cannot stall an import: parsing runs at about a
second per million characters, and the longest press long-reads are under 100,000."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from reader.core import messages
from reader.core.errors import Hint, ImportFailed
from reader.core.filesystem import FileTooLarge, NotRegularFile, read_regular
from reader.core.model import ParsedArticle, Span, SpanKind
from reader.core.text import canonicalize, line_spans
from reader.ingest import html as html_extract
from reader.ingest import markdown as md_extract
from reader.ingest.decode import decode_bytes, decode_references
from reader.ingest.language import detect_language, paragraph_language
from reader.ingest.structure import Block, analyse

SUPPORTED_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
MB = 1024 * 1024
# A saved web page carries its scripts, styles and inline images: far more bytes than text.
MAX_FILE_BYTES = 64 * MB
MAX_TEXT_CHARS = 1_000_000


def _check_length(chars: int) -> None:
    if chars > MAX_TEXT_CHARS:
        raise ImportFailed(Hint(messages.TOO_LONG, f"{chars:,}", f"{MAX_TEXT_CHARS:,}"))


def discover(
    paths: Iterable[str | os.PathLike[str]], left_out: list[Path] | None = None
) -> Iterator[Path]:
    """Every supported file under ``paths`` (files as given, folders recursively, in
    name order; hidden files and folders skipped). A path that does not exist is
    yielded as is, so that the import reports it. A folder's files of other kinds (a
    PDF, a picture) are added to ``left_out``, so the import can say it passed them by
    rather than leave the reader to wonder where they went."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if name.startswith("."):
                        continue
                    if child.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield child
                    elif left_out is not None:
                        left_out.append(child)
        else:
            yield path


def _joined(blocks: Sequence[tuple[str, SpanKind | None]]) -> tuple[str, list[Block]]:
    parts: list[str] = []
    spans: list[Block] = []
    pos = 0
    for text, hint in blocks:
        text = canonicalize(text).rstrip("\n")
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        spans.append(Block(pos, pos + len(text), hint))
        parts.append(text)
        pos += len(text)
    return ("".join(parts) + "\n" if parts else ""), spans


def parse_text(raw: str, fmt: str, origin: str) -> ParsedArticle:
    """Parse already-decoded text of format ``txt``, ``md`` or ``html``."""
    if fmt == "html":
        title, extracted = html_extract.extract(raw)
        if title and not any(hint is SpanKind.TITLE for _, hint in extracted):
            extracted.insert(0, (title, SpanKind.TITLE))
        _check_length(sum(len(block) for block, _ in extracted))
        text, blocks = _joined(extracted)
    elif fmt == "md":
        _check_length(len(raw))
        text, blocks = _joined(md_extract.extract(raw))
    else:
        _check_length(len(raw))
        text = canonicalize(decode_references(raw))
        blocks = [Block(start, end) for start, end in line_spans(text)]
    if not blocks:
        raise ImportFailed(Hint(messages.NO_TEXT))
    structure = analyse(text, blocks)
    body = [s for s in structure.spans if not s.kind.is_furniture and s.kind is not SpanKind.KICKER]
    lang = detect_language("\n".join(text[s.start : s.end] for s in body))
    spans = tuple(
        Span(s.start, s.end, s.kind, paragraph_language(text[s.start : s.end], lang))
        if s.kind in (SpanKind.PARAGRAPH, SpanKind.LEAD, SpanKind.QUOTE)
        else s
        for s in structure.spans
    )
    return ParsedArticle(
        origin=origin,
        text=text,
        title=structure.title,
        spans=spans,
        source=structure.source,
        date=structure.date,
        lang=lang,
        fmt=fmt,
    )


def parse_file(path: Path, origin: str | None = None) -> ParsedArticle:
    """Read and parse one file; :class:`ImportFailed` says why it cannot be imported
    (a named pipe or a device is refused before it is opened: see
    :mod:`reader.core.filesystem`)."""
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None and not os.path.lexists(path):  # a folder's name mistyped, say
        raise ImportFailed(Hint(messages.FILE_NOT_FOUND))
    if fmt is None:
        raise ImportFailed(Hint(messages.UNSUPPORTED_TYPE, repr(path.suffix or "(none)")))
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        raise ImportFailed(
            Hint(messages.TOO_BIG, MAX_FILE_BYTES // MB, f"{exc.size / MB:,.0f}")
        ) from exc
    except NotRegularFile as exc:
        raise ImportFailed(exc.args[0] if exc.args else str(exc)) from exc
    except FileNotFoundError as exc:
        raise ImportFailed(Hint(messages.FILE_NOT_FOUND)) from exc
    except IsADirectoryError as exc:
        raise ImportFailed(Hint(messages.IS_A_FOLDER)) from exc
    except PermissionError as exc:
        raise ImportFailed(Hint(messages.PERMISSION_DENIED)) from exc
    except OSError as exc:
        raise ImportFailed(exc.strerror or str(exc)) from exc
    if not data.strip():
        raise ImportFailed(Hint(messages.EMPTY_FILE))
    raw, _encoding = decode_bytes(data, html=fmt == "html")
    return parse_text(raw, fmt, origin or str(path.resolve()))
