"""One error hierarchy: *known* problems the user can act on, distinct from bugs.

Everything raised on purpose derives from :class:`ReaderError`; the CLI prints its
message without a traceback and the GUI shows it in a message box. Anything else is a
bug and gets a crash report.
"""

from __future__ import annotations


class ReaderError(Exception):
    """A problem the user can understand and act on."""


class ImportFailed(ReaderError):
    """One file could not be imported; the message says why."""


class NotFound(ReaderError):
    """No article (or other object) matches what was asked for."""


class Ambiguous(ReaderError):
    """An id prefix matches more than one article."""


class StoreError(ReaderError):
    """The database cannot be used (newer than the app, corrupt, read-only, full)."""


class Hint(str):
    """A message for the user, in English, made from a template with ``%1``, ``%2``… and
    its values: it reads as plain text everywhere, and a translated window renders the
    template in its own language."""

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Hint:
        values = tuple(str(a) for a in args)
        text = template
        for number, value in reversed(list(enumerate(values, start=1))):
            text = text.replace(f"%{number}", value)
        hint = super().__new__(cls, text)
        hint.template, hint.args = template, values
        return hint


def message(exc: BaseException) -> str:
    """What ``exc`` says, as its :class:`Hint` when it was raised with one (so that a
    window can show it in its language), else as text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Hint) else str(exc)


class QuerySyntaxError(ReaderError):
    """A search query could not be understood; ``hint`` says why (a :class:`Hint`)."""

    def __init__(self, hint: str) -> None:
        super().__init__(hint)
        self.hint = hint


class IndexRebuilding(ReaderError):
    """The search index is being rebuilt from the library; searching works again when
    it is done (``done`` of ``total`` articles so far)."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(
            f"the search index is being rebuilt ({done} of {total} articles); "
            "search again in a moment"
        )
        self.done = done
        self.total = total


class IndexBehind(ReaderError):
    """The search index could not follow a write: the library is saved, the index
    catches up when it can; searching meanwhile finds what was indexed."""


class IndexBusy(IndexBehind):
    """Another process held the search index's writer lock for too long; the library is
    saved and the index catches up later."""


class IndexUnwritable(IndexBehind):
    """The search index's folder cannot be written (a full disk, a read-only folder);
    a half-built index is removed so that it never fills the disk."""
