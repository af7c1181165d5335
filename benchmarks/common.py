"""Helpers for the benchmarks: medians, where the shared corpora are, result files.

Every figure is reported as a ratio to a baseline measured in the same run, because
these machines are shared and noisy."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("READER_SHARED_DIR", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"
RESULTS = ROOT / "benchmarks" / "results"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def machine() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


def save(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **data}, indent=2), encoding="utf-8")
    return path


def table(
    rows: list[tuple[str, str, str, str]],
    header: tuple[str, str, str, str] = ("metric", "measured", "baseline", "ratio"),
) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows]
    ]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
