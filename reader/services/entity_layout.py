"""Where the entity map puts its nodes: a small force layout (Fruchterman and Reingold,
1991) and a circle, and the measures that choose between them for readability — edges
crossing each other, and nodes drawn over each other.

A few dozen nodes, laid out with numpy in milliseconds, off the GUI thread with the
counts. Deterministic (no random start), so the same graph is drawn the
same way each time it is shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

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
    from a circle with the most mentioned node in the middle, cools linearly.

    Each round is a few array operations over every pair at once (numpy): the worker
    that lays the map out holds the interpreter for milliseconds, not the second a loop
    over the pairs took, so the window it shares the interpreter with stays answering."""
    count = len(radii)
    if count <= 2:
        return [(-0.5 + i, 0.0) for i in range(count)] if count == 2 else circle(count)
    points = np.array([[0.0, 0.0]] + [[0.6 * x, 0.6 * y] for x, y in circle(count - 1)])
    size = np.asarray(radii, dtype=float)
    k = 1.0 / math.sqrt(count)  # the ideal distance between two nodes
    heaviest = max((w for _, _, w in edges), default=1)
    ends = np.array([(a, b) for a, b, _ in edges], dtype=int).reshape(-1, 2)
    strength = np.array([0.5 + w / heaviest for _, _, w in edges]).reshape(-1)
    apart = size[:, None] + size[None, :]
    others = ~np.eye(count, dtype=bool)
    temperature = 0.1
    for step in range(rounds):
        delta = points[:, None, :] - points[None, :, :]  # [i, j] = i - j
        distance = np.hypot(delta[..., 0], delta[..., 1])
        distance[distance == 0] = 1e-6
        room = np.maximum(distance - apart, 0.01 * k)
        push = np.where(others, k * k / room / distance, 0.0)
        moves = (delta * push[..., None]).sum(axis=1)
        if len(ends):
            pair = points[ends[:, 0]] - points[ends[:, 1]]
            length = np.hypot(pair[:, 0], pair[:, 1])
            length[length == 0] = 1e-6
            pull = pair * (length / k * strength)[:, None]
            np.subtract.at(moves, ends[:, 0], pull)
            np.add.at(moves, ends[:, 1], pull)
        # a weak pull to the middle keeps nodes with no edge from drifting away
        moves -= points * k
        length = np.hypot(moves[:, 0], moves[:, 1])
        length[length == 0] = 1e-6
        points += moves / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = 0.1 * (1 - (step + 1) / rounds) + 0.002
    return _fit([(float(x), float(y)) for x, y in points])


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
