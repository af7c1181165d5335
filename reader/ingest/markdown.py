"""Markdown to blocks with markdown-it-py: the reader shows prose, not markup, so the
canonical text of a Markdown file is its rendered text (headings, paragraphs, quotes,
list items), one block per element."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.model import SpanKind

if TYPE_CHECKING:
    from markdown_it.token import Token

_INLINE_TEXT = {"text", "code_inline"}


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def extract(source: str) -> list[tuple[str, SpanKind | None]]:
    """``[(block text, hint)]`` of a Markdown document."""
    from markdown_it import MarkdownIt  # only when a Markdown file comes in

    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[tuple[str, SpanKind | None]] = []
    hint_stack: list[SpanKind | None] = []
    seen_title = False
    for token in tokens:
        if token.type == "heading_open":
            if token.tag == "h1" and not seen_title:
                hint_stack.append(SpanKind.TITLE)
                seen_title = True
            else:
                hint_stack.append(SpanKind.HEADING)
        elif token.type == "blockquote_open":
            hint_stack.append(SpanKind.QUOTE)
        elif token.type in ("heading_close", "blockquote_close") and hint_stack:
            hint_stack.pop()
        elif token.type == "inline":
            text = _inline_text(token)
            if text:
                blocks.append((text, hint_stack[-1] if hint_stack else None))
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append((token.content.rstrip("\n"), None))
    return blocks
