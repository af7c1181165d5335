"""The canonical text: the one string every offset in the app points into.

An article's text is decoded, NFC-normalised, with ``\n`` line ends. Offsets are Python
code points. Nothing ever edits it in place; a changed text is a new version.
"""

from __future__ import annotations

import hashlib
import unicodedata

_LINE_ENDS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


def canonicalize(raw: str) -> str:
    """NFC, ``\n`` line ends, no BOM, no trailing blank lines."""
    text = raw.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_ENDS)
    text = unicodedata.normalize("NFC", text)
    return text.rstrip() + "\n" if text.strip() else ""


def content_hash(text: str) -> str:
    """A stable fingerprint of a canonical text (hex SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(text: str) -> str:
    """The id given to a new article: derived from its first text, so the bundled
    articles have the same ids on every machine (deep links stay valid)."""
    return content_hash(text)[:16]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trailing spaces excluded."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        if stripped.strip():
            spans.append((pos + lead, pos + len(stripped)))
        pos += len(line) + 1
    return spans


def folded(text: str | None) -> str | None:
    """``text`` without case or accents (``États-Unis`` → ``etats-unis``), for matching
    what a person types against titles: they type ``etats`` as often as ``États``. It
    runs on every title of a library each time its filter changes (an ASCII title costs
    0.1 µs, one with accents 4 µs: 0.2 CPU-s for 50,000 French titles)."""
    if text is None:
        return None
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # the ligatures people type as two letters (œuvre, cœur, Cæsar): NFKD keeps them
    return plain.replace("œ", "oe").replace("æ", "ae")
