"""Markdown in Obsidian's conventions: YAML front matter (written as JSON scalars, which
YAML reads as they are), the title as heading, each highlight as a blockquote ending with
its colour's meaning, its #tags and a block id (``^anno-…``), then its note, then a deep
link back to the passage. Optionally the full text with the highlights as ``==…==``.

Quotes and article text are escaped so that nothing in an article turns into Markdown
structure (nor Obsidian's: ``==``, ``%%``, ``[[``, ``#tag``); notes are the user's Markdown,
kept as written except that raw HTML is neutralised (``<`` becomes ``&lt;``), so a note
never injects markup. Front matter values are JSON strings with the characters YAML
reads as line breaks or refuses (NEL, C1 controls) escaped."""

from __future__ import annotations

import json
import re

from markdown_it import MarkdownIt

from reader import APP_ID
from reader.export.base import ExportArticle, ExportDocument, article_link, merged_ranges, utc

# "&" starts an entity (&copy;), "%%" an Obsidian comment.
_PUNCTUATION = re.compile(r"([\\`*_\[\]<>#=~|$^&%])")
# List markers, and a "-" starting a line: alone or repeated it underlines a heading or
# draws a rule.
_LINE_START = re.compile(r"^([ \t]*)(-|\+(?=\s|$)|\d+[.)](?=\s|$))", re.MULTILINE)
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_TAG_CHARS = re.compile(r"[^\w/-]+", re.UNICODE)
_COMMONMARK = MarkdownIt("commonmark")
_SENTINEL = "end-of-note"
LABEL_NAMES = {
    "PER": "people",
    "ORG": "organisations",
    "LOC": "places",
    "PRODUCT": "products",
    "MISC": "other names",
}


def escape(text: str) -> str:
    """Plain text that stays plain text in Markdown."""
    text = _PUNCTUATION.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m[1] + m[2][:-1] + "\\" + m[2][-1], text)


def note_markdown(note: str) -> str:
    """The note as written, raw HTML neutralised, and a code fence it leaves open closed:
    unclosed, it would turn the rest of the export into code."""
    text = note.replace("&", "&amp;").replace("<", "&lt;").strip()
    tokens = _COMMONMARK.parse(f"{text}\n\n{_SENTINEL}")
    if tokens and tokens[-1].type == "fence" and _SENTINEL in tokens[-1].content:
        text += "\n" + tokens[-1].markup
    return text


def obsidian_tag(name: str) -> str:
    """A tag Obsidian accepts: letters, digits, _, -, / (nesting); never all digits."""
    tag = _TAG_CHARS.sub("-", name.strip()).strip("-/")
    tag = re.sub(r"-{2,}", "-", tag)
    if tag and tag.replace("/", "").isdigit():
        tag = "_" + tag
    return tag


def block_id(annotation_id: str) -> str:
    return "anno-" + re.sub(r"[^A-Za-z0-9-]", "", annotation_id)


def _yaml(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def front_matter(item: ExportArticle, options_entities: bool) -> str:
    article = item.article
    tags = sorted(
        {t for a in item.annotations for t in a.tags} | set(article.tags), key=str.casefold
    )
    lines = [
        "---",
        f"title: {_yaml(article.title)}",
        *(
            f"{key}: {_yaml(value)}"
            for key, value in (
                ("source", article.source),
                ("date", article.date),
                ("language", article.lang),
            )
            if value
        ),
        f"tags: {_yaml([t for t in (obsidian_tag(x) for x in tags) if t])}",
    ]
    if options_entities:
        for label, names in item.entity_names().items():
            if label in LABEL_NAMES:
                lines.append(f"{LABEL_NAMES[label].replace(' ', '_')}: {_yaml(names)}")
    lines += [
        f"app: {_yaml(APP_ID)}",
        f"article_id: {_yaml(article.id)}",
        f"link: {_yaml(article_link(article.id))}",
        f"highlights: {len(item.annotations)}",
        "---",
    ]
    return "\n".join(lines)


def _quote_block(text: str) -> list[str]:
    return ["> " + (escape(line) if line.strip() else "") for line in text.splitlines()] or [">"]


def article_markdown(item: ExportArticle, document: ExportDocument, heading: str = "#") -> str:
    article = item.article
    parts = [f"{heading} {escape(article.title)}"]
    byline = " · ".join(escape(x) for x in (article.source or "", article.date or "") if x)
    if byline:
        parts.append(f"*{byline}*")
    for a in sorted(item.annotations, key=lambda a: (a.status == "orphaned", a.start)):
        quote = _quote_block(a.exact)
        marks = [f"*{escape(document.meaning(a.color))}*"]
        marks += [f"#{tag}" for tag in (obsidian_tag(t) for t in a.tags) if tag]
        if a.status == "orphaned":
            marks.append("*(no longer in the text)*")
        quote.append(">")
        quote.append("> — " + " ".join(marks) + f" ^{block_id(a.id)}")
        block = "\n".join(quote)
        if a.note.strip():
            block += "\n\n" + note_markdown(a.note)
        when = utc(a.created)[:10]
        block += f"\n\n[Open in Liseuse]({article_link(article.id, a.id)})" + (
            f" · {when}" if when else ""
        )
        parts.append(block)
    if document.options.full_text:
        parts.append(f"{heading}# Full text\n\n" + highlighted_text(item))
    return "\n\n".join(parts)


def highlighted_text(item: ExportArticle) -> str:
    """The article's text, escaped, with each highlight as ``==…==`` (per paragraph, as
    Markdown highlights do not cross blank lines)."""
    text = item.article.text
    out: list[str] = []
    last = 0
    for start, end, _ in merged_ranges(item.annotations):
        out.append(escape(text[last:start]))
        pieces = [p for p in text[start:end].split("\n")]
        out.append("\n".join(f"=={escape(p)}==" if p.strip() else p for p in pieces))
        last = end
    out.append(escape(text[last:]))
    return re.sub(r"\n\s*\n*", "\n\n", "".join(out)).strip()


class MarkdownExporter:
    name = "md"
    extension = "md"
    media_type = "text/markdown"
    splittable = True

    def render(self, document: ExportDocument) -> bytes:
        if len(document.articles) == 1:
            item = document.articles[0]
            body = front_matter(item, document.options.entities) + "\n\n"
            body += article_markdown(item, document)
        else:
            head = [
                "---",
                f"title: {_yaml(document.label)}",
                f"app: {_yaml(APP_ID)}",
                f"exported: {_yaml(utc(document.created))}",
                f"articles: {len(document.articles)}",
                f"highlights: {document.total}",
                "---",
                "",
                f"# {escape(document.label)}",
            ]
            body = "\n".join(head) + "\n\n"
            body += "\n\n".join(article_markdown(i, document, "##") for i in document.articles)
        return (body.rstrip() + "\n").encode("utf-8")
