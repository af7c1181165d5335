"""CSV with Readwise's import columns, and plain text for pasting into mail.

CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) get a leading apostrophe, as OWASP recommends."""

from __future__ import annotations

import csv
import io

from reader.export.base import ExportDocument, article_link, utc

COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date", "Tags", "Color")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


class CsvExporter:
    name = "csv"
    extension = "csv"
    media_type = "text/csv"
    splittable = False

    def render(self, document: ExportDocument) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for item in document.articles:
            article = item.article
            for a in sorted(item.annotations, key=lambda a: a.start):
                when = utc(a.created).replace("T", " ").removesuffix("Z")
                writer.writerow(
                    cell(v)
                    for v in (
                        a.exact,
                        article.title,
                        article.source or "",
                        article_link(article.id, a.id),
                        a.note,
                        a.start,
                        when,
                        ", ".join(a.tags),
                        a.color,
                    )
                )
        # a BOM, so that spreadsheets open the UTF-8 as UTF-8
        return ("\ufeff" + out.getvalue()).encode("utf-8")


class TextExporter:
    name = "txt"
    extension = "txt"
    media_type = "text/plain"
    splittable = True

    def render(self, document: ExportDocument) -> bytes:
        lines: list[str] = []
        for item in document.articles:
            article = item.article
            lines.append(article.title)
            byline = ", ".join(x for x in (article.source or "", article.date or "") if x)
            if byline:
                lines.append(byline)
            lines.append("")
            for a in sorted(item.annotations, key=lambda a: (a.status == "orphaned", a.start)):
                lines.append(f"“{' '.join(a.exact.split())}”")
                meta = [document.meaning(a.color)] + [f"#{t}" for t in a.tags]
                lines.append("  " + " · ".join(meta))
                for note_line in a.note.strip().splitlines():
                    lines.append("  " + note_line)
                lines.append("")
            lines.append("")
        return ("\n".join(lines).rstrip() + "\n").encode("utf-8")
