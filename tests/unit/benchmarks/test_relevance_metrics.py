"""The relevance benchmark's scoring and its baselines' query readers: metric values
computed by hand, and query builders that never give FTS5 or Whoosh something they
refuse, whatever was typed."""

from __future__ import annotations

import json
import math
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.relevance import (
    QUERIES,
    Fts5Baseline,
    WhooshBaseline,
    dcg,
    fts5_query,
    mean,
    ndcg,
    recall,
    reciprocal_rank,
    result_name,
    scores,
    whoosh_query,
)
from benchmarks.relevance_corpus import Doc, split_text

JUDGED = {"a": 2, "b": 1, "c": 1}
ODD = [
    "",
    "   ",
    '"',
    '""',
    '"unbalanced',
    'a"b',
    '"a" "b',
    "-",
    "--x",
    "*",
    "**",
    "a*b*",
    ":",
    "::",
    "title:",
    'title:"',
    'title:"a b"',
    "title:-x",
    "a:b:c",
    "12:30",
    "x -y",
    "-y",
    "NOT",
    "NOT x",
    "AND OR NOT",
    "a AND",
    "(",
    ")",
    "(a OR b",
    "^",
    "a^2",
    "a~2",
    "~",
    "NEAR(a b)",
    "{title}:x",
    "l'Europe",
    "café*",
    "a\x00b",
    "lang:",
    "lang:fr",
    "source:BBC entity:Tencent",
    "+x",
]


def test_dcg_discounts_by_log2_of_rank_plus_one() -> None:
    assert dcg([2, 1, 1]) == pytest.approx(2 + 1 / math.log2(3) + 1 / 2)


def test_ndcg_of_the_ideal_ranking_is_one() -> None:
    assert ndcg(["a", "b", "c"], JUDGED) == pytest.approx(1.0)
    assert ndcg(["a", "c", "b", "x"], JUDGED) == pytest.approx(1.0)  # ties in any order


def test_ndcg_of_a_known_permutation() -> None:
    # [b, a]: 1/1 + 2/log2(3) = 2.26186; ideal [a, b, c]: 2 + 1/log2(3) + 1/2 = 3.13093
    assert ndcg(["b", "a"], JUDGED) == pytest.approx(0.72243, abs=1e-5)


def test_ndcg_unjudged_documents_push_the_relevant_ones_down() -> None:
    assert ndcg(["x", "a"], {"a": 2}) == pytest.approx(1 / math.log2(3))
    assert ndcg(["x", "y"], {"a": 2}) == 0.0
    assert ndcg([], {"a": 2}) == 0.0


def test_ndcg_ideal_comes_from_every_judged_document_but_stops_at_the_cutoff() -> None:
    judged = {f"d{i}": 1 for i in range(11)}
    assert ndcg([f"d{i}" for i in range(10)], judged) == pytest.approx(1.0)
    assert recall([f"d{i}" for i in range(10)], judged) == pytest.approx(10 / 11)
    pushed = ndcg(["x", *(f"d{i}" for i in range(10))], judged)
    assert pushed is not None and pushed < 1


def test_a_document_listed_twice_counts_once() -> None:
    assert ndcg(["a", "a"], {"a": 2, "b": 2}) == pytest.approx(2 / (2 + 2 / math.log2(3)))
    assert recall(["a", "a"], {"a": 2, "b": 2}) == 0.5


def test_recall_and_reciprocal_rank() -> None:
    assert recall(["a", "x", "c"], JUDGED) == pytest.approx(2 / 3)
    assert reciprocal_rank(["x", "y", "c"], JUDGED) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x", "y"], JUDGED) == 0.0
    assert reciprocal_rank([*(f"x{i}" for i in range(10)), "a"], JUDGED) == 0.0


def test_a_query_with_nothing_relevant_has_no_ranking_score_but_a_zero_result_flag() -> None:
    assert scores([], {"a": 0}) == {"ndcg": None, "recall": None, "mrr": None, "zero": 1.0}
    assert scores(["a"], {})["zero"] == 0.0
    assert mean([None, 1.0, 0.0]) == 0.5
    assert mean([None]) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("la Chine", ('"la" OR "Chine"', None)),
        ('"capsule Dragon" -Nvidia', ('("capsule Dragon") NOT ("Nvidia")', None)),
        ("Huawei NOT Nvidia", ('("Huawei") NOT ("Nvidia")', None)),
        ("Huawei AND Nvidia", ('"Huawei" OR "Nvidia"', None)),
        ('title:Warner body:"ad sales"', ('title : "Warner" OR body : "ad sales"', None)),
        ("source:BBC entity:Tencent", ('"BBC" OR "Tencent"', None)),
        ("lang:fr Chine", ('"Chine"', "fr")),
        ("spy*", ('"spy" *', None)),
        ("12:30", ('"12 30"', None)),
        ("l'Europe", ('"l Europe"', None)),
        ('"unbalanced -x *', ('"unbalanced x"', None)),
        ("-x", ("", None)),
        ("* : -", ("", None)),
    ],
)
def test_fts5_query(typed: str, expected: tuple[str, str | None]) -> None:
    assert fts5_query(typed) == expected


def _fts5() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, body, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO docs VALUES ('k', 'La Chine', 'Huawei et Nvidia à 12:30')")
    return db


@pytest.mark.parametrize("typed", ODD)
def test_fts5_accepts_whatever_was_typed(typed: str) -> None:
    match, _ = fts5_query(typed)
    if match:
        _fts5().execute("SELECT key FROM docs WHERE docs MATCH ?", (match,)).fetchall()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab é\"*-+:()^~{}'.,NOTAND_0")), max_size=30))
def test_fts5_accepts_any_mix_of_odd_characters(typed: str) -> None:
    match, _ = fts5_query(typed)
    if match:
        _fts5().execute("SELECT key FROM docs WHERE docs MATCH ?", (match,)).fetchall()


def test_whoosh_query_maps_the_fields_the_index_lacks() -> None:
    assert whoosh_query("title:Warner profit") == (
        "(title_fr:Warner OR title_en:Warner) profit",
        None,
    )
    assert whoosh_query('text:"ad sales"') == ('(body_fr:"ad sales" OR body_en:"ad sales")', None)
    assert whoosh_query("source:BBC entity:Tencent lang:EN") == ("BBC Tencent", "en")
    assert whoosh_query("12:30") == ("12:30", None)


DOCS = [
    Doc("fr1", "fr", "La Chine et les puces", "Huawei produit des puces en Chine."),
    Doc("en1", "en", "Chips in China", "Huawei makes chips; Nvidia sells them."),
    Doc("en2", "en", "Football results", "The match ended at 12:30."),
]


@pytest.mark.parametrize("baseline", [WhooshBaseline, Fts5Baseline])
def test_baselines_rank_and_never_raise(baseline: type[WhooshBaseline | Fts5Baseline]) -> None:
    system = baseline(DOCS)
    try:
        assert system.search("title:puces")[0] == "fr1"
        assert system.search("chips lang:en") == ["en1"]
        assert system.search("Huawei -Nvidia") == ["fr1"]
        for typed in ODD:
            assert isinstance(system.search(typed), list)
    finally:
        system.close()


def test_split_text() -> None:
    page = "<h1>Titre</h1><h2>Chapô</h2><p>Un pre\u00admier &amp; <b>deux</b></p><p>Trois</p>"
    assert split_text(page, html=True) == ("Titre", "Un premier & deux\n\nTrois")
    assert split_text("\n\nTitle line\n\nBody one.\nBody two.\n", html=False) == (
        "Title line",
        "Body one.\nBody two.",
    )
    assert split_text("", html=False) == ("", "")


def test_the_development_sets_hold_no_judged_query() -> None:
    """The judged set is only measured: a query of a development set tuned on is never
    one of its queries, whatever its case; and the fresh development set, scored before
    and after a change, shares no query with the set the change was tuned on."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[3] / "benchmarks" / "relevance"

    def typed(name: str) -> set[str]:
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        return {json.loads(line)["query"].casefold() for line in lines if line.strip()}

    sets = (
        "queries.jsonl",
        "cross_dev.jsonl",
        "phrase_dev.jsonl",
        "cross_fresh.jsonl",
        "names_dev.jsonl",
        "cross_fresh2.jsonl",
        "cross_fresh3.jsonl",
        "cross_fresh4.jsonl",
        "cross_fresh5.jsonl",
    )
    for i, one in enumerate(sets):
        for other in sets[i + 1 :]:
            assert typed(one) & typed(other) == set(), (one, other)


def test_a_development_run_keeps_the_judged_sets_results_file(tmp_path):
    """The judged set and a development set run one after the other leave two results
    files: neither run's figures overwrite the other's."""
    dev = tmp_path / "dev.jsonl"
    probe = tmp_path / "probe.jsonl"
    names = {result_name(QUERIES), result_name(dev), result_name(probe)}
    assert len(names) == 3
    assert result_name(QUERIES) == "relevance"
