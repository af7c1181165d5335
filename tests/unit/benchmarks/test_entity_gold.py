"""The entity gold sets read true against the articles they annotate: every
annotated name is found in the app's text of its article where the entry says (a name the
text no longer holds, or an occurrence that is not there, would silently drop out of the
scores), no two entries claim the same characters, and the held-out sets share no article
with the sets the rules were tuned on. Articles from ``../shared/corpora/en-bbc-news-2225``,
read as ``python -m benchmarks.entities`` reads them, and the French NTREX-128 documents of
``../shared/corpora/ntrex-news-fr-en``, read as ``python -m benchmarks.entities_fr`` does."""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from benchmarks.entities import gold_spans
from reader.ingest import parse_file
from tests.conftest import ROOT, corpus

GOLD = ROOT / "benchmarks" / "gold"
ENGLISH = sorted(GOLD.glob("bbc-en*.json"))
HELDOUT = ("bbc-en-heldout.json", "bbc-en-heldout2.json", "bbc-en-heldout3.json")
TYPES = {"PER", "ORG", "LOC", "MISC", "PRODUCT", "DATE", "MONEY", "PERCENT"}


def documents(path: Path) -> dict[str, list[list]]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


@pytest.mark.parametrize("path", ENGLISH, ids=[p.name for p in ENGLISH])
def test_every_annotated_name_is_in_its_article_where_the_entry_says(path: Path) -> None:
    folder = corpus("en-bbc-news-2225", "bbc")
    for name, entries in documents(path).items():
        text = parse_file(folder / name).text
        spans: list[tuple[int, int, str]] = []
        for surface, label, which in entries:
            assert label in TYPES, (name, surface, label)
            found = [
                m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)
            ]
            assert found, f"{name}: {surface!r} is not in the article"
            if which != "all":
                assert which and max(which) < len(found), (name, surface, which, len(found))
            entry = gold_spans(text, [[surface, label, which]])
            assert all(text[start:end] == surface for start, end, _ in entry)
            spans += entry
        # no two entries give the same characters, nor overlapping ones
        assert len(spans) == len(set(spans)) == len(gold_spans(text, entries)), name
        for first, second in pairwise(sorted(spans)):
            assert second[0] >= first[1], (name, first, second)


@pytest.mark.parametrize(
    ("file", "articles", "names"),
    [
        (
            "bbc-en-heldout2.json",
            20,
            {"PER": 251, "ORG": 199, "LOC": 184, "MISC": 113, "PRODUCT": 38},
        ),
        (
            "bbc-en-heldout3.json",
            15,
            {"PER": 222, "ORG": 176, "LOC": 98, "MISC": 42, "PRODUCT": 31},
        ),
    ],
)
def test_a_later_held_out_set_is_new_and_as_large_as_its_description(
    file: str, articles: int, names: dict[str, int]
) -> None:
    heldout = documents(GOLD / file)
    others = {name for path in ENGLISH if path.name != file for name in documents(path)}
    assert len(heldout) == articles
    assert not set(heldout) & others
    folder = corpus("en-bbc-news-2225", "bbc")
    counts: Counter[str] = Counter()
    for name, entries in heldout.items():
        counts.update(label for _, _, label in gold_spans(parse_file(folder / name).text, entries))
    assert counts == names


def test_the_held_out_sets_share_no_article_with_each_other() -> None:
    sets = [set(documents(GOLD / name)) for name in HELDOUT]
    assert all(sets)
    assert sum(len(s) for s in sets) == len(set().union(*sets))


def test_the_benchmark_scores_every_english_variant_on_both_held_out_sets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m benchmarks.entities --english-held-out``: a recogniser that finds
    nothing finds none of the 411, 785 and 569 names, and the three tables say so."""
    import benchmarks.entities as bench

    corpus("en-bbc-news-2225", "bbc")

    class Silent:
        def recognize(self, article: object) -> list:
            return []

    monkeypatch.setattr(bench, "english_variants", lambda: {"silent": Silent()})
    results = bench.english(held_out_only=True)
    first, second, third = (
        results["silent"]["strict"]["ALL"],
        results["silent"]["held-out 2"]["strict"]["ALL"],
        results["silent"]["held-out 3"]["strict"]["ALL"],
    )
    assert (first["gold"], first["recall"]) == (411, 0.0)
    assert (second["gold"], second["recall"]) == (785, 0.0)
    assert (third["gold"], third["recall"]) == (569, 0.0)
    bench.print_english_held_out(results, speed=False)
    printed = capsys.readouterr().out
    assert "Second held-out English names" in printed
    assert "| ALL (785) | 0.00 / 0.00 / 0.00 (0.00) |" in printed
    assert "| ALL (569) | 0.00 / 0.00 / 0.00 (0.00) |" in printed


def test_one_option_scores_the_third_held_out_set_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m benchmarks.entities --english-held-out-3`` scores the 569 names of the
    third set and no other set: the first two are not read."""
    import benchmarks.entities as bench

    corpus("en-bbc-news-2225", "bbc")
    read: list[object] = []

    class Silent:
        def recognize(self, article: object) -> list:
            read.append(article)
            return []

    monkeypatch.setattr(bench, "english_variants", lambda: {"silent": Silent()})
    results = bench.english(held_out_only=True, only="held-out 3")
    assert list(results["silent"]) == ["held-out 3"]
    assert results["silent"]["held-out 3"]["strict"]["ALL"]["gold"] == 569
    assert len(read) == 15
    bench.print_english_held_out(results, speed=False)
    printed = capsys.readouterr().out
    assert "Third held-out English names" in printed
    assert "Second held-out" not in printed
    assert "| ALL (569) | 0.00 / 0.00 / 0.00 (0.00) |" in printed


FRENCH_NTREX = sorted([*GOLD.glob("ntrex-fr*.json"), *GOLD.glob("fr-heldout*.json")])
FRENCH_HELDOUT2 = {"PER": 172, "LOC": 110, "ORG": 96, "MISC": 23, "PRODUCT": 11}
FRENCH_HELDOUT3 = {"PER": 168, "LOC": 135, "ORG": 107, "MISC": 49, "PRODUCT": 16}
FRENCH_HELDOUT4 = {"PER": 365, "LOC": 259, "ORG": 182, "MISC": 40, "PRODUCT": 6}


@pytest.mark.parametrize("path", FRENCH_NTREX, ids=[p.name for p in FRENCH_NTREX])
def test_every_french_ntrex_name_is_in_its_document_where_the_entry_says(path: Path) -> None:
    """The French NTREX-128 sets, read as ``python -m benchmarks.entities_fr`` reads their
    documents (headline, then one sentence a paragraph)."""
    from benchmarks.entities_fr import article_of

    corpus("ntrex-news-fr-en")
    for name, entries in documents(path).items():
        text = article_of(path, name).text
        spans: list[tuple[int, int, str]] = []
        for surface, label, which in entries:
            assert label in TYPES, (name, surface, label)
            found = [
                m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)
            ]
            assert found, f"{name}: {surface!r} is not in the document"
            if which != "all":
                assert which and max(which) < len(found), (name, surface, which, len(found))
            spans += gold_spans(text, [[surface, label, which]])
        assert len(spans) == len(set(spans)) == len(gold_spans(text, entries)), name
        for first, second in pairwise(sorted(spans)):
            assert second[0] >= first[1], (name, first, second)


def test_the_second_french_held_out_set_is_new_and_as_large_as_its_description() -> None:
    """Twenty NTREX-128 documents that no other gold set holds, 412 names."""
    from benchmarks.entities_fr import article_of

    corpus("ntrex-news-fr-en")
    path = GOLD / "fr-heldout2.json"
    heldout = documents(path)
    others = {name for other in GOLD.glob("*.json") if other != path for name in documents(other)}
    assert len(heldout) == 20
    assert not set(heldout) & others
    counts: Counter[str] = Counter()
    for name, entries in heldout.items():
        counts.update(label for _, _, label in gold_spans(article_of(path, name).text, entries))
    assert counts == FRENCH_HELDOUT2


def test_the_third_french_held_out_set_is_new_and_as_large_as_its_description() -> None:
    """Twenty more NTREX-128 documents that no other gold set holds, 475 names."""
    from benchmarks.entities_fr import article_of

    corpus("ntrex-news-fr-en")
    path = GOLD / "fr-heldout3.json"
    heldout = documents(path)
    others = {name for other in GOLD.glob("*.json") if other != path for name in documents(other)}
    assert len(heldout) == 20
    assert not set(heldout) & others
    counts: Counter[str] = Counter()
    for name, entries in heldout.items():
        counts.update(label for _, _, label in gold_spans(article_of(path, name).text, entries))
    assert counts == FRENCH_HELDOUT3


def test_the_fourth_french_held_out_set_is_new_and_as_large_as_its_description() -> None:
    """Thirty NTREX-128 documents that no other entity gold set holds, 852 names."""
    from benchmarks.entities_fr import article_of

    corpus("ntrex-news-fr-en")
    path = GOLD / "fr-heldout4.json"
    heldout = documents(path)
    others = {name for other in GOLD.glob("*.json") if other != path for name in documents(other)}
    assert len(heldout) == 30
    assert not set(heldout) & others
    counts: Counter[str] = Counter()
    for name, entries in heldout.items():
        counts.update(label for _, _, label in gold_spans(article_of(path, name).text, entries))
    assert counts == FRENCH_HELDOUT4


def test_one_option_scores_the_fourth_french_held_out_set_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m benchmarks.entities_fr --held-out-4``: a recogniser that finds nothing
    finds none of the 852 names, and no other set is read."""
    import benchmarks.entities_fr as bench

    corpus("ntrex-news-fr-en")
    read: list[object] = []

    class Silent:
        def recognize(self, article: object) -> list:
            read.append(article)
            return []

    from reader.entities import model_process

    monkeypatch.setattr(model_process, "entities", model_process.entities)
    monkeypatch.setattr(bench, "pipelines", lambda: {"silent": Silent()})
    monkeypatch.setattr(bench, "articles_per_second", lambda pipeline, files: 0.0)
    monkeypatch.setattr(bench, "save", lambda name, data: None)
    monkeypatch.setattr("sys.argv", ["entities_fr", "--held-out-4"])
    bench.main()
    printed = capsys.readouterr().out
    assert len(read) == 30
    assert "French names, held-out 4 " in printed
    assert "development" not in printed
    assert "French names, held-out 3 " not in printed
    assert "| ALL (852) | 0.00 / 0.00 / 0.00 (0.00) |" in printed


def test_one_option_scores_the_third_french_held_out_set_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m benchmarks.entities_fr --held-out-3``: a recogniser that finds nothing
    finds none of the 475 names, and no other set is read."""
    import benchmarks.entities_fr as bench

    corpus("ntrex-news-fr-en")
    read: list[object] = []

    class Silent:
        def recognize(self, article: object) -> list:
            read.append(article)
            return []

    from reader.entities import model_process

    monkeypatch.setattr(model_process, "entities", model_process.entities)
    monkeypatch.setattr(bench, "pipelines", lambda: {"silent": Silent()})
    monkeypatch.setattr(bench, "articles_per_second", lambda pipeline, files: 0.0)
    monkeypatch.setattr(bench, "save", lambda name, data: None)
    monkeypatch.setattr("sys.argv", ["entities_fr", "--held-out-3"])
    bench.main()
    printed = capsys.readouterr().out
    assert len(read) == 20
    assert "French names, held-out 3 " in printed
    assert "development" not in printed
    assert "French names, held-out 2 " not in printed
    assert "| ALL (475) | 0.00 / 0.00 / 0.00 (0.00) |" in printed


def test_one_option_scores_the_second_french_held_out_set_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m benchmarks.entities_fr --held-out-2``: a recogniser that finds nothing
    finds none of the 412 names, and no other set is read."""
    import benchmarks.entities_fr as bench

    corpus("ntrex-news-fr-en")
    read: list[object] = []

    class Silent:
        def recognize(self, article: object) -> list:
            read.append(article)
            return []

    from reader.entities import model_process

    # main() runs the model in its own process; the test puts the original back after
    monkeypatch.setattr(model_process, "entities", model_process.entities)
    monkeypatch.setattr(bench, "pipelines", lambda: {"silent": Silent()})
    monkeypatch.setattr(bench, "articles_per_second", lambda pipeline, files: 0.0)
    monkeypatch.setattr(bench, "save", lambda name, data: None)
    monkeypatch.setattr("sys.argv", ["entities_fr", "--held-out-2"])
    bench.main()
    printed = capsys.readouterr().out
    assert len(read) == 20
    assert "French names, held-out 2 " in printed
    assert "development" not in printed
    assert "French names, held-out (" not in printed
    assert "| ALL (412) | 0.00 / 0.00 / 0.00 (0.00) |" in printed


def test_the_french_held_out_sets_are_scored_only_when_asked_for(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m benchmarks.entities_fr`` (and ``--errors``), run again and again while
    the rules are written, scores the development sets only; ``--held-out`` adds the three
    held-out sets."""
    import benchmarks.entities_fr as bench

    corpus("ntrex-news-fr-en")
    corpus("fr-wikinews-keyphrase-100")
    scored: list[str] = []

    class Silent:
        def recognize(self, article: object) -> list:
            return []

    from reader.entities import model_process

    monkeypatch.setattr(model_process, "entities", model_process.entities)
    monkeypatch.setattr(bench, "pipelines", lambda: {"silent": Silent()})
    monkeypatch.setattr(bench, "articles_per_second", lambda pipeline, files: 0.0)
    monkeypatch.setattr(bench, "save", lambda name, data: scored.extend(data))
    for argv, held_out in (([], False), (["--errors"], False), (["--held-out"], True)):
        scored.clear()
        monkeypatch.setattr("sys.argv", ["entities_fr", *argv])
        bench.main()
        capsys.readouterr()
        assert ("held-out" in scored and "held-out 2" in scored) is held_out, argv
        assert ("held-out 3" in scored) is held_out, argv
        assert any(name.startswith("development") or "dev" in name for name in scored), argv
