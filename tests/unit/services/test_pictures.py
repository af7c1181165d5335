"""The pictures of the corpus, headless: the timeline's buckets and the entity map's
counts, on the bundled seeds and a few real Wikinews articles."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.core.model import EntityCorrection, EntityMention
from reader.services import entity_layout
from reader.services.pictures import (
    OTHER,
    Bucket,
    Pictures,
    Scope,
    choose_bucket,
    make_timeline,
)
from tests.conftest import corpus

# four Wikinews articles of June and July 2012 (their dates open their first paragraph)
WIKINEWS = {
    "44290.html": "2012-06-22",  # Afghanistan : attaque meurtrière visant un hôtel à Kaboul
    "44292.html": "2012-06-22",  # High-tech : annonce de la 3DS XL
    "44372.html": "2012-06-26",  # France : le SMIC augmentera de 2 %
    "44485.html": "2012-07-02",  # Mali : les islamistes poursuivent leurs destructions…
}


@pytest.fixture
def wikinews(library):
    folder = corpus("fr-wikinews-keyphrase-100", "documents")
    library.import_paths([folder / name for name in WIKINEWS])
    return library


def _bars(timeline) -> list[tuple[str, str, int]]:
    return [(b.first.isoformat(), b.last.isoformat(), b.total) for b in timeline.bars]


def test_seeds_and_wikinews_by_month(wikinews) -> None:
    """Thirteen years apart (a seed of 2025 beside Wikinews of 2012): months, every month
    of the range drawn, the undated seeds counted apart."""
    timeline = Pictures(wikinews).timeline(Scope(), "lang")
    assert timeline.bucket is Bucket.MONTH
    bars = _bars(timeline)
    assert bars[0] == ("2012-06-01", "2012-06-30", 3)
    assert bars[1] == ("2012-07-01", "2012-07-31", 1)
    assert bars[-1] == ("2025-05-01", "2025-05-31", 1)
    assert len(bars) == 12 * 13 - 5 + 5  # June 2012 to May 2025
    assert sum(total for *_, total in bars) == 5
    assert timeline.undated == 4
    assert timeline.groups == ("fr",)


def test_a_search_by_day(wikinews) -> None:
    """A search's articles only; ten days apart: one bar a day, empty days included."""
    pictures = Pictures(wikinews)
    timeline = pictures.timeline(Scope(query="Kaboul OR SMIC OR Tombouctou"), "source")
    assert timeline.bucket is Bucket.DAY
    bars = _bars(timeline)
    assert bars[0] == ("2012-06-22", "2012-06-22", 1)
    assert bars[4] == ("2012-06-26", "2012-06-26", 1)
    assert bars[-1] == ("2012-07-02", "2012-07-02", 1)
    assert len(bars) == 11 and sum(b[2] for b in bars) == 3
    assert timeline.undated == 0


def test_a_search_by_week_counted_by_the_library(wikinews) -> None:
    """Weeks asked for: SQLite puts each article in its week's Monday (22 June 2012 was a
    Friday, 2 July a Monday), empty weeks drawn; months likewise on their first day."""
    pictures = Pictures(wikinews)
    scope = Scope(query="Kaboul OR SMIC OR Tombouctou")
    weeks = _bars(pictures.timeline(scope, "source", Bucket.WEEK))
    assert weeks == [
        ("2012-06-18", "2012-06-24", 1),
        ("2012-06-25", "2012-07-01", 1),
        ("2012-07-02", "2012-07-08", 1),
    ]
    months = _bars(pictures.timeline(scope, "lang", Bucket.MONTH))
    assert months == [("2012-06-01", "2012-06-30", 2), ("2012-07-01", "2012-07-31", 1)]


def test_weeks_start_on_monday_and_groups_fold() -> None:
    days = [(f"2024-0{1 + i % 3}-1{i % 10}", f"source {i}", 1) for i in range(12)]
    days.append(("not a date", "source 0", 2))
    timeline = make_timeline(Scope(), "source", days, undated=1)
    assert timeline.bucket is Bucket.WEEK
    assert all(bar.first.weekday() == 0 for bar in timeline.bars)
    assert timeline.groups[-1] == OTHER and len(timeline.groups) == 8
    assert timeline.dated == 12 and timeline.undated == 3
    assert choose_bucket(dt.date(2020, 1, 1), dt.date(2020, 3, 1)) is Bucket.DAY
    assert choose_bucket(dt.date(2020, 1, 1), dt.date(2023, 1, 1)) is Bucket.MONTH


def test_brushed_dates_filter_the_library(wikinews) -> None:
    ids = Pictures(wikinews).published_between("2012-06-22", "2012-06-26")
    titles = {s.title for s in wikinews.summaries(sorted(ids))}
    assert titles == {
        "Afghanistan : attaque meurtrière visant un hôtel à Kaboul",
        "High-tech : annonce de la 3DS XL",
        "France : le SMIC augmentera de 2 %",
    }


def _recognise(library, names: dict[str, list[tuple[str, str]]]) -> None:
    """Entities written straight into the store (no recogniser: the map's counts are
    what is under test)."""
    pipeline = library.pipeline.version
    for summary in library.articles():
        found = [n for word, n in names.items() if word in summary.title]
        mentions = [
            EntityMention(i, i + 1, "x", label, name, "test")
            for i, (name, label) in enumerate(m for group in found for m in group)
        ]
        library.writer.run(
            lambda s=summary, m=mentions: library.entity_store.save(s.id, s.version, pipeline, m)
        )


def test_entity_map_counts_and_links(wikinews) -> None:
    _recognise(
        wikinews,
        {
            "Kaboul": [("Kaboul", "LOC"), ("Afghanistan", "LOC"), ("Afghanistan", "LOC")],
            "SMIC": [("France", "LOC"), ("Paris", "LOC"), ("15 mai", "DATE")],
            "Tombouctou": [("Mali", "LOC"), ("Tombouctou", "LOC"), ("France", "LOC")],
        },
    )
    pictures = Pictures(wikinews)
    whole = pictures.entity_map(Scope())
    by_name = {n.name: n for n in whole.nodes}
    assert "15 mai" not in by_name  # dates are values, not what a story is about
    assert by_name["Afghanistan"].mentions == 2 and by_name["Afghanistan"].articles == 1
    assert by_name["France"].articles == 2
    assert [t for _, t in by_name["France"].titles] == [  # the newest first
        "Mali : les islamistes poursuivent leurs destructions à Tombouctou",
        "France : le SMIC augmentera de 2 %",
    ]
    pairs = {
        frozenset((whole.nodes[link.a].name, whole.nodes[link.b].name)): link.articles
        for link in whole.links
    }
    assert pairs[frozenset(("Kaboul", "Afghanistan"))] == 1
    assert frozenset(("Kaboul", "France")) not in pairs
    assert all(-1 <= n.x <= 1 and -1 <= n.y <= 1 for n in whole.nodes)

    searched = pictures.entity_map(Scope(query="Tombouctou"))
    assert {n.name for n in searched.nodes} == {"Mali", "Tombouctou", "France"}
    assert searched.articles == 1
    brushed = pictures.entity_map(Scope(dates=("2012-06-26", "2012-07-02")))
    assert {n.name for n in brushed.nodes} == {"Mali", "Tombouctou", "France", "Paris"}
    assert brushed.articles == 2 and {n.name: n.articles for n in brushed.nodes}["France"] == 2

    wikinews.correct_entity(EntityCorrection("alias", canonical="Paris", target="France"))
    merged = {n.name: n for n in pictures.entity_map(Scope()).nodes}
    assert "Paris" not in merged and merged["France"].mentions == 3


def test_force_layout_reads_better_than_a_circle_on_a_dense_graph() -> None:
    """Two clusters joined by one edge: the circle crosses its chords, the force
    layout separates the clusters."""
    edges = [(a, b, 1) for a in range(6) for b in range(a + 1, 6)]
    edges += [(a, b, 1) for a in range(6, 12) for b in range(a + 1, 12)] + [(0, 6, 1)]
    order = [0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11]  # the circle interleaves the clusters
    radii = [0.05] * 12
    circle = entity_layout.circle(12)
    interleaved = [circle[order.index(i)] for i in range(12)]
    force = entity_layout.force(radii, edges)
    assert entity_layout.readability(force, radii, edges) < entity_layout.readability(
        interleaved, radii, edges
    )
    assert entity_layout.overlaps(force, radii) == 0
