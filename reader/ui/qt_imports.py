"""PySide6 imported for a start, without its scan of every module imported after it.

Why: PySide6 replaces Python's ``__import__`` and, for each module imported after
``PySide6.QtCore`` for the first time, reads the module's whole source through
``inspect.getsource`` to learn whether the module says ``PySide6`` anywhere — what lets
a module opt into its ``from __feature__ import snake_case, true_property`` syntax. A
start imports about 500 modules after it: that reading cost about 0.1 s of CPU, 11 ms of
it before the first frame. The app opts into no such feature (no module of it imports
``__feature__``): every module may be answered "no PySide here" without its source read,
which is also what the feature machinery assumes of a module it has no entry for.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (what installs the scan)

log = logging.getLogger(__name__)

# where PySide6 keeps the scan (the name its support package registers, then its alias)
FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def _uses_no_feature(_module: ModuleType) -> bool:
    return False


def skip_source_scan() -> bool:
    """Imports from now on are not read for PySide6's ``__feature__`` syntax (True when
    the scan was found and turned off; a PySide6 without it is left as it is)."""
    for name in FEATURE_MODULES:
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
            return True
    log.debug("PySide6 has no source scan to skip here")
    return False
