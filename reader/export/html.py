"""A standalone, printable HTML page: each highlight as a coloured mark in a blockquote
with its meaning, tags and note (the note's Markdown rendered with raw HTML disabled, so
a note can never inject markup), optionally the full text with highlights and entities.
No script, no remote resource: the page opens anywhere, offline. An image in a note
becomes a link to it, so opening the page (or a notes panel) fetches nothing."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader import APP_NAME
from reader.core.colors import COLORS, LIGHT
from reader.core.wording import counted
from reader.export.base import ExportArticle, ExportDocument, article_link, merged_ranges, utc


def _image_as_link(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    source = str(token.attrGet("src") or "")
    alt = renderer.renderInlineAsText(token.children or [], options, env) or source
    if source.lower().startswith("data:"):  # an image inside the note: nothing to link to
        return escape(alt)
    return f'<a href="{escape(source)}">{escape(alt)}</a>'


# a line break typed in a note is one (as in the note's box and the Markdown and text
# exports); CommonMark joins such lines, and the panel, HTML and PDF showed them as one
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True})
_MARKDOWN.add_render_rule("image", _image_as_link)
ENTITY_COLORS = {
    "PER": "#2563eb",
    "ORG": "#9333ea",
    "LOC": "#16a34a",
    "PRODUCT": "#ea580c",
    "MISC": "#6b7280",
}

STYLE = """
body { font-family: "Noto Serif", Georgia, serif; color: #1f2937; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.55; }
h1 { font-size: 1.7em; line-height: 1.25; margin-bottom: .2em; }
h2 { font-size: 1.35em; margin-top: 2em; border-bottom: 1px solid #e5e7eb; }
.byline, .meta, footer { color: #6b7280; font-size: .9em; }
blockquote { margin: 1.2em 0 .4em; padding: .3em 0 .3em 1em; border-left: 4px solid #d1d5db; }
blockquote p { margin: 0; }
.note { margin: .3em 0 0 1.3em; }
.tag { display: inline-block; background: #eef2ff; color: #3730a3; border-radius: 3px;
       padding: 0 .35em; margin-right: .25em; font-size: .85em; }
.fulltext p { margin: 0 0 .8em; }
.entity { text-decoration: underline; text-decoration-thickness: 2px;
          text-underline-offset: 3px; }
a { color: #1d4ed8; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; }
               blockquote { break-inside: avoid; } }
"""


def _css() -> str:
    marks = "\n".join(
        f"mark.c-{name} {{ background: {LIGHT[name]}80; }}\n"
        f"blockquote.c-{name} {{ border-left-color: {LIGHT[name]}; }}"
        for name in COLORS
    )
    return STYLE + marks


def note_html(note: str) -> str:
    """A note's Markdown as inert HTML: raw HTML shown as text, images as links."""
    return str(_MARKDOWN.render(note))


def _annotation(item: ExportArticle, a_index: int, document: ExportDocument) -> str:
    a = item.annotations[a_index]
    color = a.color if a.color in COLORS else "yellow"
    tags = " ".join(f'<span class="tag">#{escape(t)}</span>' for t in a.tags)
    orphan = " · <em>no longer in the text</em>" if a.status == "orphaned" else ""
    when = utc(a.created)[:10]
    quote = escape(a.exact).replace("\n", "<br>")
    parts = [
        f'<blockquote class="c-{color}" id="anno-{escape(a.id)}">'
        f'<p><mark class="c-{color}">{quote}</mark></p></blockquote>',
        f'<div class="meta"><strong>{escape(document.meaning(a.color))}</strong> {tags} · '
        f'<a href="{escape(article_link(item.article.id, a.id))}">Open in Liseuse</a>'
        f"{' · ' + when if when else ''}{orphan}</div>",
    ]
    if a.note.strip():
        parts.append(f'<div class="note">{note_html(a.note)}</div>')
    return "\n".join(parts)


def _full_text(item: ExportArticle, with_entities: bool) -> str:
    """The text as paragraphs, highlights as marks, entities underlined in their colour."""
    text = item.article.text
    opens: dict[int, list[str]] = {}
    closes: dict[int, int] = {}
    for start, end, a in merged_ranges(item.annotations):
        color = a.color if a.color in COLORS else "yellow"
        opens.setdefault(start, []).append(f'<mark class="c-{color}">')
        closes[end] = closes.get(end, 0) + 1
    entity_at: dict[int, tuple[int, str]] = {}
    if with_entities:
        last = 0
        for m in sorted(item.entities, key=lambda m: m.start):
            if m.start >= last and m.label in ENTITY_COLORS:
                entity_at[m.start] = (m.end, m.label)
                last = m.end
    out, entity_end = ["<p>"], -1
    open_tags: list[str] = []
    for i, char in enumerate(text):
        if i == entity_end:
            out.append("</span>")
            entity_end = -1
        if entity_end >= 0 and (i in opens or i in closes):
            out.append("</span>")  # keep the elements nested: the underline stops here
            entity_end = -1
        for _ in range(min(closes.get(i, 0), len(open_tags))):
            out.append("</mark>")
            open_tags.pop()
        for tag in opens.get(i, ()):
            out.append(tag)
            open_tags.append(tag)
        if i in entity_at and entity_end < 0:
            entity_end, label = entity_at[i]
            out.append(
                f'<span class="entity" style="text-decoration-color:{ENTITY_COLORS[label]}">'
            )
        if char == "\n":
            # a paragraph break closes and reopens what spans it
            out.append("</span>" if entity_end >= 0 else "")
            out.append("</mark>" * len(open_tags) + "</p>\n<p>" + "".join(open_tags))
            entity_end = -1
        else:
            out.append(escape(char))
    if entity_end >= 0:
        out.append("</span>")
    out.append("</mark>" * len(open_tags) + "</p>")
    return "".join(out).replace("<p></p>", "")


def article_html(item: ExportArticle, document: ExportDocument, level: int) -> str:
    article = item.article
    byline = " · ".join(escape(x) for x in (article.source or "", article.date or "") if x)
    parts = [f"<h{level}>{escape(article.title)}</h{level}>"]
    if byline:
        parts.append(f'<p class="byline">{byline}</p>')
    if document.options.entities:
        names = item.entity_names()
        listed = "; ".join(
            escape(", ".join(names[label])) for label in ENTITY_COLORS if names.get(label)
        )
        if listed:
            parts.append(f'<p class="meta">Entities: {listed}</p>')
    order = sorted(
        range(len(item.annotations)),
        key=lambda i: (item.annotations[i].status == "orphaned", item.annotations[i].start),
    )
    parts.extend(_annotation(item, i, document) for i in order)
    if document.options.full_text:
        parts.append(f"<h{level + 1}>Full text</h{level + 1}>")
        parts.append(f'<div class="fulltext">{_full_text(item, document.options.entities)}</div>')
    return "\n".join(parts)


def page(document: ExportDocument) -> str:
    single = len(document.articles) == 1
    title = document.articles[0].article.title if single else document.label
    body = [] if single else [f"<h1>{escape(document.label)}</h1>"]
    body += [article_html(item, document, 1 if single else 2) for item in document.articles]
    lang = (document.articles[0].article.lang if single else "") or ""
    lang_attribute = f' lang="{escape(lang)}"' if lang else ""
    return (
        "<!DOCTYPE html>\n"
        f"<html{lang_attribute}>\n"
        '<head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{escape(APP_NAME)}">\n'
        f"<title>{escape(title)}</title>\n<style>{_css()}</style></head>\n<body>\n"
        + "\n".join(body)
        + f"\n<footer><p>{counted(document.total, 'highlight')} · exported {utc(document.created)}"
        f" · {escape(APP_NAME)}</p></footer>\n</body></html>\n"
    )


class HtmlExporter:
    name = "html"
    extension = "html"
    media_type = "text/html"
    splittable = True

    def render(self, document: ExportDocument) -> bytes:
        return page(document).encode("utf-8")
