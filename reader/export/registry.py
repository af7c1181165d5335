"""Find the exporters: built-ins and third-party formats through one entry-point group
(``reader.exporters``), like the recognisers and translation hooks."""

from __future__ import annotations

import logging
from typing import Any

from reader.core import plugins
from reader.export.base import Exporter, ExportError

log = logging.getLogger(__name__)
GROUP = plugins.EXPORTERS


def exporters() -> dict[str, Any]:
    """Format name → entry point (loaded only when that format is used: PDF needs Qt)."""
    return {point.name: point for point in plugins.entry_points(GROUP)}


def exporter(name: str) -> Exporter:
    points = exporters()
    if name not in points:
        raise ExportError(f"unknown export format {name!r} (one of {', '.join(sorted(points))})")
    try:
        made: Exporter = points[name].load()()
    except ImportError as exc:
        raise ExportError(f"the {name} export cannot be loaded: {exc}") from exc
    return made
