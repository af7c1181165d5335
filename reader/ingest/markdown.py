"""Markdown to blocks with markdown-it-py: the reader shows prose, not markup, so the
canonical text of a Markdown file is its rendered text (headings, paragraphs, quotes,
list items), one block per element.

Raw HTML in Markdown goes through the HTML extractor, so a ``<p>`` keeps its text and
a ``<script>`` loses its code exactly as in an HTML file. markdown-it stops at a nesting
limit (it recurses) and silently drops what lies deeper and after; a file that reaches
the limit is read again without its quote and list markers, so that no text goes
missing."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from reader.core.model import SpanKind
from reader.ingest import html as html_extract

if TYPE_CHECKING:
    from markdown_it.token import Token

_INLINE_TEXT = {"text", "code_inline"}
# markdown-it's CommonMark preset allows 20 (ten nested lists): real files go deeper.
# 100 stays far within Python's recursion limit, even from a deep call stack.
NESTING = 100
# The markers of quotes and list items at the start of a line, however many.
_CONTAINERS = re.compile(r"^(?:[ \t]*(?:>|[*+-](?=\s|$)|\d{1,9}[.)](?=\s|$)))+[ \t]*", re.M)

Blocks = list[tuple[str, SpanKind | None]]


def _inline_text(token: Token) -> str:
    children = token.children or []
    if any(child.type == "html_inline" for child in children):
        return _inline_markup(children)
    parts: list[str] = []
    for child in children:
        if child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def _inline_markup(children: list[Token]) -> str:
    """Inline text with raw HTML in it (``<b>``, ``<script>…</script>``): rebuilt as
    HTML and read by the HTML extractor."""
    parts: list[str] = []
    for child in children:
        if child.type in _INLINE_TEXT:
            parts.append(html.escape(child.content, quote=False))
        elif child.type == "html_inline":
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("<br>")
    _, blocks = html_extract.extract("".join(parts))
    return "\n".join(text for text, _ in blocks)


def extract(source: str) -> Blocks:
    """``[(block text, hint)]`` of a Markdown document."""
    from markdown_it import MarkdownIt  # only when a Markdown file comes in

    parser = MarkdownIt("commonmark", {"maxNesting": NESTING})
    tokens = parser.parse(source)
    if any(token.level >= NESTING - 2 for token in tokens):  # it stopped at the limit
        tokens = parser.parse(_CONTAINERS.sub("", source))
    blocks: Blocks = []
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
        elif token.type == "html_block":
            for text, hint in html_extract.extract(token.content)[1]:
                if hint is SpanKind.TITLE and seen_title:
                    hint = SpanKind.HEADING
                seen_title = seen_title or hint is SpanKind.TITLE
                blocks.append((text, hint))
    return blocks
