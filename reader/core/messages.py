"""What the import and the export tell the user when a file cannot be read or written:
the templates of their :class:`~reader.core.errors.Hint` messages, in English, with
``%1``, ``%2``… for the values.

The command line prints them as they are; the window shows them in its own language
(reader.ui.hints lists the same templates for Qt's ``lupdate``, and a test checks that
both lists stay equal). A value that is itself one of these templates (a file's kind,
"a PDF document") is translated too.
"""

from __future__ import annotations

# -- a file that cannot be imported ------------------------------------------------------
FILE_NOT_FOUND = "file not found"
UNSUPPORTED_TYPE = "unsupported file type %1"
TOO_BIG = "file is larger than %1 MB (%2 MB): too big for an article"
IS_A_FOLDER = "is a folder"
PERMISSION_DENIED = "permission denied"
EMPTY_FILE = "empty file"
NO_TEXT = "no text in this file"
TOO_LONG = "too long for an article: %1 characters of text (at most %2; split it into parts)"
NOT_REGULAR = "not a regular file: %1"
LOOKS_LIKE = "not text: looks like %1"
MIXED_ENCODING = "not text: starts as %1 text, then has bytes that are not %1"
# what a file that is no text looks like (the value of LOOKS_LIKE)
KINDS = (
    "a PDF document",
    "a PNG image",
    "a JPEG image",
    "a GIF image",
    "a ZIP archive (or a Word, OpenDocument or EPUB file)",
    "an old Word or Excel file",
    "an RTF document (save it as plain text or HTML)",
    "a gzip archive",
    "an xz archive",
    "a 7-Zip archive",
    "a RAR archive",
    "a program",
    "a SQLite database",
    "an MP3 file",
    "an Ogg audio or video file",
    "a binary file (it has NUL bytes)",
    "a binary file (it has control characters)",
)
# what a name that is no regular file names (the value of NOT_REGULAR)
FILE_KINDS = ("a folder", "a named pipe", "a socket", "a device", "not a file")

# -- notes that cannot be exported, annotations that cannot be imported -------------------
NOTHING_TO_EXPORT = "nothing to export: no annotations in this selection"
CANNOT_MAKE_FOLDER = "cannot make the folder %1: %2"
CANNOT_WRITE = "cannot write %1: %2"
NO_READER = "cannot write %1: nothing reads from this pipe"
NOT_JSON_LD = "not a JSON-LD file: %1"
NESTED_TOO_DEEP = "not a JSON-LD file: lists and objects nested more than %1 deep (%2)"
NO_ANNOTATIONS = "no W3C annotations in the file (no Annotation or AnnotationCollection)"
ANNOTATION_REFUSED = "annotation %1 of the file cannot be imported: %2; nothing was imported"

TEMPLATES = (
    FILE_NOT_FOUND,
    UNSUPPORTED_TYPE,
    TOO_BIG,
    IS_A_FOLDER,
    PERMISSION_DENIED,
    EMPTY_FILE,
    NO_TEXT,
    TOO_LONG,
    NOT_REGULAR,
    LOOKS_LIKE,
    MIXED_ENCODING,
    *KINDS,
    *FILE_KINDS,
    NOTHING_TO_EXPORT,
    CANNOT_MAKE_FOLDER,
    CANNOT_WRITE,
    NO_READER,
    NOT_JSON_LD,
    NESTED_TOO_DEEP,
    NO_ANNOTATIONS,
    ANNOTATION_REFUSED,
)
