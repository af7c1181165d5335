"""Find the translators: built-ins and third-party hooks through the same entry-point
group. A hook that fails to load is reported and left out; the app goes on."""

from __future__ import annotations

import logging
from typing import Any

from reader.core import plugins
from reader.translate.base import Settings, Translator

log = logging.getLogger(__name__)
GROUP = plugins.TRANSLATORS


def discover(settings: Settings) -> tuple[dict[str, Translator], dict[str, str]]:
    """``(translators by name, load errors by name)``."""
    found: dict[str, Translator] = {}
    errors: dict[str, str] = {}
    for point in plugins.entry_points(GROUP):
        try:
            factory: Any = point.load()
            translator = factory(settings)
        except Exception as exc:
            log.exception("the translation hook %r failed to load; it is disabled", point.name)
            errors[point.name] = f"{type(exc).__name__}: {exc}"
            continue
        found[translator.name] = translator
    return found, errors
