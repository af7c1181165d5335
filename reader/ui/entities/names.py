"""The window's choice of language for entity names (kept in ``window.ini``), read the
same way by the Entities panel's controller and by the notes export."""

from __future__ import annotations

from reader.services.naming import NameRule
from reader.ui import i18n
from reader.ui.settings import UiSettings

NAME_RULE = "entity_names"  # the setting: a NameRule's value


def name_rule(settings: UiSettings) -> NameRule:
    return NameRule.parse(settings.get(NAME_RULE))


def interface_language(settings: UiSettings) -> str:
    """The interface's language as the window resolved it (``en`` or ``fr``)."""
    return i18n.resolve(str(settings.get("language", i18n.SYSTEM) or i18n.SYSTEM))
