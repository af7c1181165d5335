"""Where the entity map puts its nodes: a small force layout (Fruchterman and Reingold,
1991) and a circle, and the measures that choose between them for readability — edges
crossing each other, and nodes drawn over each other.

Pure Python on a few dozen nodes: a few hundred milliseconds at most, run off the GUI
thread with the counts. Deterministic (no random start), so the same graph is drawn the
same way each time it is shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]
Edge = tuple[int, int, int]  # node, node, weight (articles in common)

ROUNDS = 300


def circle(count: int) -> list[Point]:
    """Nodes on the unit circle, the first at the top, clockwise."""
    if count == 1:
        return [(0.0, 0.0)]
    return [
        (math.sin(2 * math.pi * i / count), -math.cos(2 * math.pi * i / count))
        for i in range(count)
    ]


def force(radii: Sequence[float], edges: Sequence[Edge], rounds: int = ROUNDS) -> list[Point]:
    """A force layout in the unit square around the origin: every pair repels, edges
    attract (more strongly with more articles in common), and the larger nodes (``radii``,
    in the same unit) are kept apart by their size, not by their centres only. Starts
    from a circle with the most mentioned node in the middle, cools linearly."""
    count = len(radii)
    if count <= 2:
        return [(-0.5 + i, 0.0) for i in range(count)] if count == 2 else circle(count)
    points = [[0.0, 0.0]] + [[0.6 * x, 0.6 * y] for x, y in circle(count - 1)]
    k = 1.0 / math.sqrt(count)  # the ideal distance between two nodes
    heaviest = max((w for _, _, w in edges), default=1)
    temperature = 0.1
    for step in range(rounds):
        moves = [[0.0, 0.0] for _ in range(count)]
        for i in range(count):
            xi, yi = points[i]
            for j in range(i + 1, count):
                dx, dy = xi - points[j][0], yi - points[j][1]
                distance = math.hypot(dx, dy) or 1e-6
                room = max(distance - radii[i] - radii[j], 0.01 * k)
                push = k * k / room
                fx, fy = dx / distance * push, dy / distance * push
                moves[i][0] += fx
                moves[i][1] += fy
                moves[j][0] -= fx
                moves[j][1] -= fy
        for a, b, weight in edges:
            dx, dy = points[a][0] - points[b][0], points[a][1] - points[b][1]
            distance = math.hypot(dx, dy) or 1e-6
            pull = distance * distance / k * (0.5 + weight / heaviest)
            fx, fy = dx / distance * pull, dy / distance * pull
            moves[a][0] -= fx
            moves[a][1] -= fy
            moves[b][0] += fx
            moves[b][1] += fy
        for i in range(count):
            # a weak pull to the middle keeps nodes with no edge from drifting away
            moves[i][0] -= points[i][0] * k
            moves[i][1] -= points[i][1] * k
            length = math.hypot(*moves[i]) or 1e-6
            step_length = min(length, temperature)
            points[i][0] += moves[i][0] / length * step_length
            points[i][1] += moves[i][1] / length * step_length
        temperature = 0.1 * (1 - (step + 1) / rounds) + 0.002
    return _fit([(x, y) for x, y in points])


def _fit(points: list[Point]) -> list[Point]:
    """Centre the points and scale them into [-1, 1] (the circle's size)."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return [((x - cx) / half, (y - cy) / half) for x, y in points]


def crossings(points: Sequence[Point], edges: Sequence[Edge]) -> int:
    """How many pairs of edges cross (edges sharing a node do not count)."""
    found = 0
    for n, (a, b, _) in enumerate(edges):
        for c, d, _ in edges[n + 1 :]:
            if len({a, b, c, d}) == 4 and _cross(points[a], points[b], points[c], points[d]):
                found += 1
    return found


def _cross(p: Point, q: Point, r: Point, s: Point) -> bool:
    def side(a: Point, b: Point, c: Point) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    return side(p, q, r) * side(p, q, s) < 0 and side(r, s, p) * side(r, s, q) < 0


def overlaps(points: Sequence[Point], radii: Sequence[float]) -> int:
    """How many pairs of nodes are drawn over each other."""
    count = len(points)
    return sum(
        1
        for i in range(count)
        for j in range(i + 1, count)
        if math.dist(points[i], points[j]) < radii[i] + radii[j]
    )


def readability(points: Sequence[Point], radii: Sequence[float], edges: Sequence[Edge]) -> int:
    """A layout's faults: each pair of overlapping nodes counts as much as three crossings
    (a hidden label is worse than a crossing line)."""
    return crossings(points, edges) + 3 * overlaps(points, radii)
