"""How a tag typed by a person is kept and compared.

A tag names a passage or an article; ``/`` makes sub-tags (``Pays/Chine`` under
``Pays``). People type the slash with spaces around it as often as without, and type a
tag without its accents when they look for it: both are read here, once, for the store
(whether two versions of a passage's tags differ), the library (what is kept) and the
messages (which tag a person likely meant).
"""

from __future__ import annotations

from reader.core.finding import fold_typed


def tidy_tag(name: str) -> str:
    """A tag as it is kept: ``Pays / Chine`` typed with spaces around ``/`` is the
    sub-tag ``Pays/Chine``, listed and exported under ``Pays`` like one typed tight
    (kept as typed, it was a tag of its own that the tag ``Pays`` did not hold)."""
    return "/".join(" ".join(part.split()) for part in name.split("/"))


def loose_tag(name: str) -> str:
    """A tag as it reads when typed loosely: no case, accents or spaces around ``/``."""
    return tidy_tag(fold_typed(name))
