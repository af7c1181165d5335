"""Bytes to str: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when
every other byte is NUL), else cp1252/latin-1.

Real corpora mix these (one BBC file carries a lone Latin-1 ``£`` in otherwise UTF-8
text), so the fallback is per file, and a file that looks binary is refused with a
reason instead of producing mojibake: by its signature when it is a well-known format
renamed (a PDF or a Word file saved as ``.txt``), else by its NUL and control bytes.
"""

from __future__ import annotations

import codecs
import re
from html import unescape

from reader.core import messages
from reader.core.errors import Hint, ImportFailed

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# The first bytes of formats people mistake for text files; none can start prose.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, OpenDocument or EPUB file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file"),
    (b"{\\rtf", "an RTF document (save it as plain text or HTML)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg audio or video file"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 20000
# A character reference as HTML writes one, with its semicolon: "&#233;", "&#xE9;",
# "&eacute;". Without the semicolon ("AT&T", "R&D", "&copy 2005") it is prose.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`ImportFailed` for binary data."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ImportFailed(Hint(messages.LOOKS_LIKE, kind))
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise ImportFailed(Hint(messages.MIXED_ENCODING, name)) from exc
    if b"\x00" in data[:8192]:
        wide = _bom_less_utf16(data)
        if wide is not None:
            return _check_text(data.decode(wide, "replace")), wide
        if data[:_SAMPLE].count(0) > max(1, len(data[:_SAMPLE]) // 1000):
            raise ImportFailed(Hint(messages.LOOKS_LIKE, "a binary file (it has NUL bytes)"))
        # a stray NUL or two in a page of text (a copy gone wrong): decoded below, then
        # dropped; binary files have them by the dozen
    candidates = ["utf-8"]
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            try:
                candidates.append(codecs.lookup(name).name)
            except LookupError:
                pass
    candidates.append("cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _check_text(text), encoding
    # cp1252 leaves five bytes undefined; latin-1 maps every byte.
    return _check_text(data.decode("latin-1")), "latin-1"


def _bom_less_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when the NUL bytes sit where UTF-16 puts them in Latin
    text (every other byte), else None."""
    sample = data[:8192]
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.3 * len(zeros) and others.count(0) <= 0.02 * len(others):
            return encoding
    return None


def _check_text(text: str) -> str:
    """Refuse text with many control characters; drop the few others (a stray NUL in a
    long file) and make form feeds line breaks."""
    controls = len(_CONTROL.findall(text[:_SAMPLE]))
    if controls > max(8, len(text[:_SAMPLE]) // 100):
        raise ImportFailed(Hint(messages.LOOKS_LIKE, "a binary file (it has control characters)"))
    return _CONTROL.sub("", text).replace("\f", "\n")


def decode_references(text: str) -> str:
    """Plain text copied out of web pages keeps the pages' character references ("Jos&#233;
    Mourinho", "&pound;5m", "br /&gt;"): each is replaced by the character it stands
    for, as a browser would show it. Only well-formed references (with their semicolon)
    are read; an unknown name stays as written, and one that stands for a control
    character is dropped like a stray control byte."""
    if "&" not in text:
        return text

    def character(match: re.Match[str]) -> str:
        found = unescape(match.group())
        if found == match.group():
            return found
        return _CONTROL.sub("", found).replace("\ufffd", "")

    return _REFERENCE.sub(character, text)
