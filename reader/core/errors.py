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


class QuerySyntaxError(ReaderError):
    """A search query could not be understood."""


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


class IndexBusy(ReaderError):
    """Another process held the search index's writer lock for too long; the library is
    saved and the index catches up later."""
