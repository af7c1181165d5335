"""Which Apertium route translates a pair: the installed one with the best measured chrF.

A pair without a direct Apertium mode goes through a pivot language, and the pivots are
far from equal (fr→en through Catalan scored a better chrF than through Spanish, and
Esperanto a worse one, on NTREX). ``python -m benchmarks.translation`` measures every
installed route and writes the ranking to :mod:`reader.translate.route_table`, which ships
with the app; the app takes the first route of that ranking that is installed here, and
falls back to :func:`reader.translate.base.route` for a pair never measured.
"""

from __future__ import annotations

from reader.translate.base import Route, route
from reader.translate.route_table import RANKED


def candidates(pairs: set[tuple[str, str]], source: str, target: str) -> list[Route]:
    """Every route the installed pairs allow: direct first, then each pivot."""
    found = [Route(source, target)] if (source, target) in pairs else []
    for a, b in sorted(pairs):
        if a == source and b != target and (b, target) in pairs:
            found.append(Route(source, target, via=b))
    return found


def best(pairs: set[tuple[str, str]], source: str, target: str) -> Route | None:
    """The installed route ranked first by the shipped measurements, else the usual one."""
    installed = {r.via: r for r in candidates(pairs, source, target)}
    for via in RANKED.get(f"{source}-{target}", ()):
        if (via or None) in installed:
            return installed[via or None]
    return route(pairs, source, target)
