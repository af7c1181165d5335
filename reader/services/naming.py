"""Entity names in the reader's language (:mod:`reader.entities.naming`), as the window
and what leaves it use them: the window reaches them here, and an export lists and
underlines each article's entities by the names the window shows, not by the canonical
names the library keeps. The command line names them as the window does (its choice is
read from the library's ``window.ini``) unless told otherwise."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.model import EntitySummary
from reader.entities.naming import NameRule, Naming

if TYPE_CHECKING:  # the export's document model is not loaded for the Entities panel
    from reader.export.base import ExportDocument

__all__ = [
    "NameRule",
    "Naming",
    "bundled_naming",
    "named_document",
    "named_facets",
    "named_rows",
    "system_language",
    "window_choice",
]


def bundled_naming() -> Naming:
    """The names of the entities the app knows (the bundled gazetteer's): read from
    disk, so called off the GUI thread. The gazetteer's module is imported here: the
    Entities panel's first paint, which needs only :class:`NameRule`, goes without it."""
    from reader.entities.gazetteer import Gazetteer

    return Naming.of(Gazetteer.bundled())


def named_document(
    document: ExportDocument,
    rule: NameRule,
    interface: str,
    naming: Naming | None = None,
) -> ExportDocument:
    """``document`` with its entities named by ``rule``: in ``interface``'s language, or
    in each article's own."""
    naming = naming or bundled_naming()
    articles = tuple(
        replace(
            item,
            entities=tuple(
                naming.rename(item.entities, rule.language(interface, item.article.lang))
            ),
        )
        for item in document.articles
    )
    return replace(document, articles=articles)


def system_language() -> str:
    """The interface language the system asks for (``fr`` or ``en``), as the window
    resolves "System", read from the environment for commands that load no Qt."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def window_choice(root: Path) -> tuple[NameRule, str]:
    """The naming rule and the interface language the window keeps for the library at
    ``root`` (its ``window.ini``, read as plain INI: no Qt here), so that the command
    line names entities as the window does; names in the system's language when the
    window never chose."""
    import configparser  # here: the window's Entities panel imports this module first

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(root / "window.ini", encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return NameRule.INTERFACE, system_language()
    general = parser["General"] if parser.has_section("General") else {}
    language = str(general.get("language", "") or "").strip()
    rule = NameRule.parse(str(general.get("entity_names", "") or "").strip())
    return rule, language if language in ("en", "fr") else system_language()


def named_rows(
    rows: Sequence[EntitySummary],
    lang: str,
    articles_of: Callable[[str], set[str]],
    naming: Naming | None = None,
) -> list[EntitySummary]:
    """The library's entity counts by the names a reader of ``lang`` is shown: the
    names that become one (*Maroc* and *Morocco*) are one row, its articles counted
    once (``articles_of`` gives the ids of the articles that mention a kept name)."""
    naming = naming or bundled_naming()
    groups: dict[tuple[str, str], list[EntitySummary]] = {}
    for row in rows:
        groups.setdefault((naming.name(row.canonical, row.label, lang), row.label), []).append(row)
    named = []
    for (name, label), kept in groups.items():
        if len(kept) == 1:
            articles = kept[0].articles
        else:
            articles = len(set().union(*(articles_of(row.canonical) for row in kept)))
        named.append(EntitySummary(name, label, sum(r.mentions for r in kept), articles))
    named.sort(key=lambda e: (-e.articles, -e.mentions, e.canonical))
    return named


def named_facets(
    facets: dict[str, dict[str, int]], lang: str, naming: Naming | None = None
) -> dict[str, dict[str, int]]:
    """A search's facets with the entities named as a reader of ``lang`` is shown them,
    as the chips under the window's search box are (*China* → *Chine*). Names that
    become one add their counts, an upper bound of the articles that have either."""
    if not facets.get("entity"):
        return facets
    naming = naming or bundled_naming()
    entities: dict[str, int] = {}
    for name, articles in facets["entity"].items():
        shown = naming.untyped(name, lang)
        entities[shown] = entities.get(shown, 0) + articles
    return {**facets, "entity": entities}
