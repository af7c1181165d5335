"""HTML to canonical text and blocks, with the standard library's tokenizer.

Nothing here fetches anything: no resource of the page (image, stylesheet, font,
script, frame) is ever loaded; scripts, styles, frames and forms are dropped with their
content. Block elements become blocks separated by a blank line; inline elements flow.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

from reader.core.model import SpanKind

_DROP = {
    "script",
    "style",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "template",
    "form",
    "button",
    "select",
    "textarea",
    "canvas",
    "video",
    "audio",
    "nav",
}
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "pre",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "address",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "br",
    "body",
    "caption",
}
# Elements without an end tag: one left on the stack (an <embed> dropped with its
# "content") would swallow the rest of the page.
_VOID = {
    *("area", "base", "br", "col", "embed", "frame", "hr", "img", "input", "keygen"),
    *("link", "meta", "param", "source", "track", "wbr"),
}
_HINTS = {
    "h1": SpanKind.TITLE,
    "h2": SpanKind.HEADING,
    "h3": SpanKind.HEADING,
    "h4": SpanKind.HEADING,
    "h5": SpanKind.HEADING,
    "h6": SpanKind.HEADING,
    "figcaption": SpanKind.CREDIT,
    "blockquote": SpanKind.QUOTE,
}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] = []
        self.blocks: list[tuple[str, SpanKind | None]] = []
        self._parts: list[str] = []
        self._hint: SpanKind | None = None
        self._drop_at: int | None = None  # stack depth of the dropped element
        self._in_title = False
        self._in_pre = 0
        # The open elements, and how many of each name: an end tag is matched in constant
        # time however deep the page nests (100,000 <div>s stay linear).
        self._stack: list[str] = []
        self._open: Counter[str] = Counter()

    def _flush(self) -> None:
        raw = "".join(self._parts)
        text = raw.strip("\n") if self._in_pre else _SPACE.sub(" ", raw).strip()
        if text:
            self.blocks.append((text, self._hint))
        self._parts = []
        self._hint = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in _BLOCKS and self._drop_at is None:
                self._flush()
            return
        self._stack.append(tag)
        self._open[tag] += 1
        if self._drop_at is not None:
            return
        if tag in _DROP:
            self._drop_at = len(self._stack) - 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            self._flush()
            self._hint = _HINTS.get(tag, self._hint)
            if tag == "pre":
                self._in_pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self._open[tag]:
            return  # a stray end tag
        while True:  # an end tag closes the elements left open inside it
            closed = self._stack.pop()
            self._open[closed] -= 1
            if closed == tag:
                break
        if self._drop_at is not None:
            if len(self._stack) <= self._drop_at:
                self._drop_at = None
            return
        if tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._in_pre = max(0, self._in_pre - 1)

    def parse_html_declaration(self, i: int) -> int:
        # ``<![`` outside SVG and MathML is a bogus comment up to the next ``>`` for a
        # browser; the standard library parses it as an SGML marked section instead and
        # raises AssertionError on anything but a well-formed one (``<![ x``).
        if self.rawdata.startswith("<![", i):
            return int(self.parse_bogus_comment(i))
        return int(super().parse_html_declaration(i))

    def handle_data(self, data: str) -> None:
        if self._drop_at is not None:
            return
        if self._in_title:
            self.title_parts.append(data)
        else:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def extract(markup: str) -> tuple[str | None, list[tuple[str, SpanKind | None]]]:
    """``(title from <title>, [(block text, hint)])`` of an HTML document."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    title = _SPACE.sub(" ", html.unescape("".join(parser.title_parts))).strip() or None
    return title, parser.blocks
