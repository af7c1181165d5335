"""Lay an article out as a QTextDocument: title, meta line, lead, paragraphs with good
typography; furniture (credits, source line) de-emphasised; boilerplate and ads folded
behind a control. Returns the document and its :class:`OffsetMap`."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.core.model import Article, SpanKind
from reader.ui import defs
from reader.ui.article.mapping import OffsetMap, Placement
from reader.ui.inert import InertDocument
from reader.ui.theme import ReaderColors

SERIF = ["Noto Serif", "Source Serif 4", "Georgia", "DejaVu Serif", "serif"]
SANS = ["Noto Sans", "Inter", "DejaVu Sans", "sans-serif"]
FOLD_SCHEME = "fold"
FOLDED = {SpanKind.BOILERPLATE, SpanKind.AD}
_KIND_PROPERTY = QTextFormat.Property.UserProperty + 1


@dataclass
class Rendered:
    document: QTextDocument
    mapping: OffsetMap
    folds: dict[int, list[int]] = field(default_factory=dict)  # fold id → block numbers
    fold_controls: dict[int, int] = field(default_factory=dict)  # fold id → control block


def reading_font(
    families: list[str], pt: float, weight: QFont.Weight = QFont.Weight.Normal
) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(pt)
    font.setWeight(weight)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _char(font: QFont, color: QColor, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(font)
    fmt.setForeground(color)
    fmt.setFontItalic(italic)
    return fmt


def _block(
    top: float, bottom: float, line: int = defs.LINE_HEIGHT_PERCENT, indent: float = 0
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLineHeight(line, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setLeftMargin(indent)
    fmt.setRightMargin(indent)
    return fmt


class _Styles:
    def __init__(self, colors: ReaderColors, zoom: int) -> None:
        base = defs.READER_BASE_PT + zoom
        self.base = base
        c = colors
        self.chars = {
            "title": _char(reading_font(SERIF, base * 1.7, QFont.Weight.DemiBold), c.ink),
            "meta": _char(reading_font(SANS, base * 0.8), c.muted),
            SpanKind.KICKER: _char(reading_font(SANS, base * 0.95, QFont.Weight.Bold), c.accent),
            SpanKind.LEAD: _char(reading_font(SERIF, base * 1.15, QFont.Weight.Medium), c.ink),
            SpanKind.HEADING: _char(reading_font(SANS, base * 1.1, QFont.Weight.Bold), c.ink),
            SpanKind.PARAGRAPH: _char(reading_font(SERIF, base), c.ink),
            SpanKind.QUOTE: _char(reading_font(SERIF, base), c.ink, italic=True),
            SpanKind.ATTRIBUTION: _char(reading_font(SANS, base * 0.85), c.muted),
            SpanKind.CREDIT: _char(reading_font(SANS, base * 0.75), c.muted, italic=True),
            SpanKind.SOURCE: _char(reading_font(SANS, base * 0.85), c.muted),
            SpanKind.BOILERPLATE: _char(reading_font(SANS, base * 0.85), c.muted),
            SpanKind.AD: _char(reading_font(SANS, base * 0.85), c.muted),
            "fold": _char(reading_font(SANS, base * 0.8), c.accent),
        }
        gap = base * 0.9
        self.blocks = {
            "title": _block(0, base * 0.5, 118),
            "meta": _block(0, base * 1.6, 130),
            SpanKind.TITLE: _block(0, base * 0.5, 118),
            SpanKind.KICKER: _block(0, base * 0.4, 120),
            SpanKind.LEAD: _block(0, gap * 1.3, 150),
            SpanKind.HEADING: _block(base * 1.2, base * 0.5, 130),
            SpanKind.PARAGRAPH: _block(0, gap),
            SpanKind.QUOTE: _block(0, gap, indent=base * 2),
            SpanKind.ATTRIBUTION: _block(0, gap, 130, indent=base * 2),
            SpanKind.CREDIT: _block(0, base * 0.6, 120),
            SpanKind.SOURCE: _block(base * 0.6, gap, 130),
            SpanKind.BOILERPLATE: _block(0, base * 0.4, 130),
            SpanKind.AD: _block(0, base * 0.4, 130),
            "fold": _block(base * 0.4, base * 0.4, 130),
        }


def _meta_line(article: Article) -> str:
    parts = [article.source, article.date, (article.lang or "").upper() or None]
    return "  ·  ".join(p for p in parts if p)


def render(article: Article, colors: ReaderColors, zoom: int = 0) -> Rendered:
    doc = InertDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    styles = _Styles(colors, zoom)
    doc.setDefaultFont(styles.chars[SpanKind.PARAGRAPH].font())
    cursor = QTextCursor(doc)
    placements: list[Placement] = []
    rendered = Rendered(doc, OffsetMap(article.text, []))
    first = True

    def new_block(block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat) -> None:
        nonlocal first
        if first:
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(char_fmt)
            first = False
        else:
            cursor.insertBlock(block_fmt, char_fmt)

    blocks = article.blocks()
    kickers = [s for s in article.spans if s.kind is SpanKind.KICKER]
    has_title = any(b.kind is SpanKind.TITLE for b in blocks)
    if not has_title:  # the title was made up at import: show it, outside the mapping
        new_block(styles.blocks["title"], styles.chars["title"])
        cursor.insertText(article.title, styles.chars["title"])

    # Consecutive folded blocks form one group behind one control.
    group_sizes: list[int] = []
    previous: SpanKind | None = None
    for span in blocks:
        if span.kind in FOLDED:
            if previous in FOLDED and group_sizes:
                group_sizes[-1] += 1
            else:
                group_sizes.append(1)
        previous = span.kind

    fold_id = -1
    meta_done = False
    previous = None
    repeated: str | None = None  # the credit just shown, when the last block was one
    for span in blocks:
        kind = span.kind
        if not meta_done and (not has_title or kind is not SpanKind.TITLE):
            meta_done = _insert_meta(article, styles, new_block, cursor)
        if kind in FOLDED and previous not in FOLDED:
            fold_id += 1
            new_block(styles.blocks["fold"], styles.chars["fold"])
            rendered.fold_controls[fold_id] = cursor.block().blockNumber()
            rendered.folds[fold_id] = []
            cursor.insertText(
                fold_label(group_sizes[fold_id], open_=False), _fold_format(styles, fold_id)
            )
        previous = kind
        block_fmt = QTextBlockFormat(styles.blocks.get(kind, styles.blocks[SpanKind.PARAGRAPH]))
        block_fmt.setProperty(_KIND_PROPERTY, kind.value)
        if kind is SpanKind.TITLE:
            char_fmt = styles.chars["title"]
        else:
            char_fmt = styles.chars.get(kind, styles.chars[SpanKind.PARAGRAPH])
        new_block(block_fmt, char_fmt)
        position = cursor.position()
        text = article.text[span.start : span.end]
        inner = [k for k in kickers if span.start <= k.start and k.end <= span.end]
        if inner:
            k0, k1 = inner[0].start - span.start, inner[0].end - span.start
            cursor.insertText(text[:k0], char_fmt)
            cursor.insertText(text[k0:k1], styles.chars[SpanKind.KICKER])
            cursor.insertText(text[k1:], char_fmt)
        else:
            cursor.insertText(text, char_fmt)
        placements.append(Placement(span.start, span.end, position))
        if kind is SpanKind.CREDIT and text == repeated:
            # a photo credit copied twice from the page (under the picture and again in
            # its caption): shown once; the copy stays in the text, its block hidden
            cursor.block().setVisible(False)
        repeated = text if kind is SpanKind.CREDIT else None
        if kind in FOLDED:
            rendered.folds[fold_id].append(cursor.block().blockNumber())
            cursor.block().setVisible(False)
    if not meta_done:
        _insert_meta(article, styles, new_block, cursor)
    rendered.mapping = OffsetMap(article.text, placements)
    return rendered


def _insert_meta(article: Article, styles: _Styles, new_block, cursor: QTextCursor) -> bool:  # type: ignore[no-untyped-def]
    line = _meta_line(article)
    if line:
        new_block(styles.blocks["meta"], styles.chars["meta"])
        cursor.insertText(line, styles.chars["meta"])
    return True


class Reader(QObject):
    """The translation context of the reader's counted texts: ``lupdate`` records plural
    forms only for ``tr`` calls, not for ``QCoreApplication.translate``."""

    def furniture(self, count: int) -> str:
        return self.tr("Page furniture: %n line(s) (sharing, related articles, ads)", "", count)


def fold_label(count: int, open_: bool) -> str:
    """The fold control's text. Only the arrow changes between states, so toggling
    never moves the positions of the blocks after it (in any language)."""
    return ("▾ " if open_ else "▸ ") + Reader().furniture(count)


def _fold_format(styles: _Styles, fold: int) -> QTextCharFormat:
    fmt = QTextCharFormat(styles.chars["fold"])
    fmt.setAnchor(True)
    fmt.setAnchorHref(f"{FOLD_SCHEME}:{fold}")
    return fmt


def toggle_fold(rendered: Rendered, fold: int, colors: ReaderColors, zoom: int) -> bool:
    """Show or hide a folded group; returns True when it is now open."""
    doc = rendered.document
    members = rendered.folds.get(fold, [])
    if not members:
        return False
    opening = not doc.findBlockByNumber(members[0]).isVisible()
    for number in members:
        doc.findBlockByNumber(number).setVisible(opening)
    control = doc.findBlockByNumber(rendered.fold_controls[fold])
    cursor = QTextCursor(control)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(fold_label(len(members), opening), _fold_format(_Styles(colors, zoom), fold))
    doc.markContentsDirty(0, doc.characterCount())
    return opening
