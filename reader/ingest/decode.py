"""Bytes to str: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

Real corpora mix these (one BBC file carries a lone Latin-1 ``£`` in otherwise UTF-8
text), so the fallback is per file, and a file that looks binary is refused with a
reason instead of producing mojibake.
"""

from __future__ import annotations

import codecs
import re

from reader.core.errors import ImportFailed

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`ImportFailed` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ImportFailed(f"invalid {encoding} text: {exc.reason}") from exc
    if b"\x00" in data[:8192]:
        raise ImportFailed("looks like a binary file (NUL bytes), not text")
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


def _check_text(text: str) -> str:
    controls = len(_CONTROL.findall(text[:20000]))
    if controls > max(8, len(text[:20000]) // 100):
        raise ImportFailed("looks like a binary file (control characters), not text")
    return _CONTROL.sub("", text) if controls else text
