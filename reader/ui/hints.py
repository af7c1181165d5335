"""What the layers under the window say of a file they cannot import or write
(reader.core.messages), in the window's language.

Those layers write their messages in English from templates (``%1``, ``%2``…: a
:class:`~reader.core.errors.Hint`); the templates are listed here so that ``lupdate``
collects them, and a test checks that this list and theirs stay the same. A message that
is no Hint (a system's own words, a bug's) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.core.errors import Hint, message

CONTEXT = "Message"
QUERY_CONTEXT = "QueryHint"  # reader.ui.search.hints
TEMPLATES = (
    QT_TRANSLATE_NOOP("Message", "file not found"),
    QT_TRANSLATE_NOOP("Message", "unsupported file type %1"),
    QT_TRANSLATE_NOOP("Message", "file is larger than %1 MB (%2 MB): too big for an article"),
    QT_TRANSLATE_NOOP("Message", "is a folder"),
    QT_TRANSLATE_NOOP("Message", "permission denied"),
    QT_TRANSLATE_NOOP("Message", "empty file"),
    QT_TRANSLATE_NOOP("Message", "no text in this file"),
    QT_TRANSLATE_NOOP(
        "Message",
        "too long for an article: %1 characters of text (at most %2; split it into parts)",
    ),
    QT_TRANSLATE_NOOP("Message", "not a regular file: %1"),
    QT_TRANSLATE_NOOP("Message", "not text: looks like %1"),
    QT_TRANSLATE_NOOP("Message", "not text: starts as %1 text, then has bytes that are not %1"),
    QT_TRANSLATE_NOOP("Message", "a PDF document"),
    QT_TRANSLATE_NOOP("Message", "a PNG image"),
    QT_TRANSLATE_NOOP("Message", "a JPEG image"),
    QT_TRANSLATE_NOOP("Message", "a GIF image"),
    QT_TRANSLATE_NOOP("Message", "a ZIP archive (or a Word, OpenDocument or EPUB file)"),
    QT_TRANSLATE_NOOP("Message", "an old Word or Excel file"),
    QT_TRANSLATE_NOOP("Message", "an RTF document (save it as plain text or HTML)"),
    QT_TRANSLATE_NOOP("Message", "a gzip archive"),
    QT_TRANSLATE_NOOP("Message", "an xz archive"),
    QT_TRANSLATE_NOOP("Message", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("Message", "a RAR archive"),
    QT_TRANSLATE_NOOP("Message", "a program"),
    QT_TRANSLATE_NOOP("Message", "a SQLite database"),
    QT_TRANSLATE_NOOP("Message", "an MP3 file"),
    QT_TRANSLATE_NOOP("Message", "an Ogg audio or video file"),
    QT_TRANSLATE_NOOP("Message", "a binary file (it has NUL bytes)"),
    QT_TRANSLATE_NOOP("Message", "a binary file (it has control characters)"),
    QT_TRANSLATE_NOOP("Message", "a folder"),
    QT_TRANSLATE_NOOP("Message", "a named pipe"),
    QT_TRANSLATE_NOOP("Message", "a socket"),
    QT_TRANSLATE_NOOP("Message", "a device"),
    QT_TRANSLATE_NOOP("Message", "not a file"),
    QT_TRANSLATE_NOOP("Message", "nothing to export: no annotations in this selection"),
    QT_TRANSLATE_NOOP("Message", "cannot make the folder %1: %2"),
    QT_TRANSLATE_NOOP("Message", "cannot write %1: %2"),
    QT_TRANSLATE_NOOP("Message", "cannot write %1: nothing reads from this pipe"),
    QT_TRANSLATE_NOOP("Message", "not a JSON-LD file: %1"),
    QT_TRANSLATE_NOOP(
        "Message",
        "not a JSON-LD file: lists and objects nested more than %1 deep (%2)",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "no W3C annotations in the file (no Annotation or AnnotationCollection)",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "annotation %1 of the file cannot be imported: %2; nothing was imported",
    ),
)


def translated(text: str, context: str | None = None) -> str:
    """``text`` in the window's language when it is a :class:`Hint` of ``context`` (by
    default, of these templates or the search's: reader.ui.search.hints), its values
    too when they are templates themselves ("a PDF document"); as it is when it is
    not."""
    if not isinstance(text, Hint):
        return text
    contexts = (context,) if context else (CONTEXT, QUERY_CONTEXT)
    found = [(c, QCoreApplication.translate(c, text.template)) for c in contexts]
    context, result = next(((c, t) for c, t in found if t != text.template), found[0])
    for number, value in reversed(list(enumerate(text.args, start=1))):
        result = result.replace(f"%{number}", QCoreApplication.translate(context, value))
    return result


def said(exc: BaseException) -> str:
    """What ``exc`` says, in the window's language where it can be."""
    return translated(message(exc))
