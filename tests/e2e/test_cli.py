"""The ``reader`` command driven as a subprocess, as a user or a script would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import corpus

pytestmark = pytest.mark.e2e


def reader(data_dir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("READER_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


def as_json(data_dir: Path, *args: str):
    return json.loads(reader(data_dir, *args, "--json").stdout)


def test_list_shows_the_bundled_corpus_on_first_run(tmp_path: Path) -> None:
    listing = as_json(tmp_path, "list")
    assert len(listing["articles"]) == 5
    first = listing["articles"][0]
    assert set(first) == {"id", "title", "source", "lang", "date", "paragraphs"}
    assert {a["lang"] for a in listing["articles"]} == {"fr"}
    assert "Stratégies de Tencent et Baidu face aux défis IA" in {
        a["title"] for a in listing["articles"]
    }


def test_search_huawei_returns_the_three_seeds(tmp_path: Path) -> None:
    found = as_json(tmp_path, "search", "Huawei")
    assert found["total"] == 3
    assert len(found["results"]) == 3
    for hit in found["results"]:
        assert set(hit) == {"id", "title", "source", "lang", "score", "snippet"}
        assert "<mark>Huawei</mark>" in hit["snippet"]
    scores = [h["score"] for h in found["results"]]
    assert scores == sorted(scores, reverse=True)
    assert found["facets"]["lang"] == {"fr": 3}


def test_plain_search_output_marks_hits(tmp_path: Path) -> None:
    out = reader(tmp_path, "search", '"stock de puces"').stdout
    assert "[stock de puces]" in out
    assert "2 articles match" in out


def test_show_offsets_point_into_the_text(tmp_path: Path) -> None:
    article_id = as_json(tmp_path, "search", "source:register")["results"][0]["id"]
    shown = as_json(tmp_path, "show", article_id[:8])
    assert shown["id"] == article_id and shown["source"] == "The Register"
    text = shown["text"]
    kinds = {p["kind"] for p in shown["paragraphs"]}
    assert {"lead", "paragraph", "credit", "heading", "source"} <= kinds
    for p in shown["paragraphs"]:
        assert text[p["start"] : p["end"]].strip() == text[p["start"] : p["end"]]
    last = shown["paragraphs"][-1]
    assert text[last["start"] : last["end"]] == "Source : The Register"


def test_import_wikinews_folder_and_search_it(tmp_path: Path) -> None:
    folder = corpus("fr-wikinews-keyphrase-100", "documents")
    report = as_json(tmp_path, "import", str(folder))
    assert report["imported"] == 100 and report["failed"] == 0
    titles = {a["title"] for a in as_json(tmp_path, "list")["articles"]}
    assert "États-Unis : Lancement réussi pour Space X Dragon" in titles
    assert len(titles) == 105
    again = as_json(tmp_path, "import", str(folder))
    assert again["unchanged"] == 100
    found = as_json(tmp_path, "search", "title:Dragon")
    assert found["results"][0]["title"] == "États-Unis : Lancement réussi pour Space X Dragon"


def test_search_takes_words_to_exclude_and_names_typed_as_one(tmp_path: Path) -> None:
    """``reader search tencent -huawei`` as typed in a shell, without ``--``: the
    dash is the query's exclusion, not an option the command does not know; an
    unknown ``--option`` is still refused. Over the seeds and five BBC articles,
    ``AT&T`` finds the three that name the firm (business/162, 188, 202: grep)."""
    source = corpus("en-bbc-news-2225", "bbc", "business")
    folder = tmp_path / "bbc"
    folder.mkdir()
    for name in ("162", "188", "202", "074", "112"):
        shutil.copy(source / f"{name}.txt", folder / f"{name}.txt")
    reader(tmp_path / "lib", "import", str(folder))
    every = {h["id"] for h in as_json(tmp_path / "lib", "search", "Tencent")["results"]}
    huawei = {h["id"] for h in as_json(tmp_path / "lib", "search", "Huawei")["results"]}
    left = as_json(tmp_path / "lib", "search", "Tencent", "-Huawei")
    assert {h["id"] for h in left["results"]} == every - huawei and every - huawei
    # a word after the one excluded, and a field, are the query's too
    chips = {h["id"] for h in as_json(tmp_path / "lib", "search", "puces")["results"]}
    after = as_json(tmp_path / "lib", "search", "Tencent", "-Huawei", "puces", "lang:fr")
    assert {h["id"] for h in after["results"]} == (every - huawei) & chips
    refused = reader(tmp_path / "lib", "search", "Tencent", "--bogus", check=False)
    assert refused.returncode == 2 and "--bogus" in refused.stderr
    firms = as_json(tmp_path / "lib", "search", "AT&T")
    assert {h["title"] for h in firms["results"]} == {
        "Verizon 'seals takeover of MCI'",
        "Qwest may spark MCI bidding war",
        "MCI shareholder sues to stop bid",
    }


def test_import_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    from tests.unit.services.test_batch_import import BROKEN, GOOD, mixed_batch

    news = mixed_batch(tmp_path / "news")
    done = reader(tmp_path / "data", "import", str(news))
    for name, reason in BROKEN.items():
        assert f"failed     {news / name}: {reason}" in done.stdout
    assert f"{len(GOOD)} imported" in done.stdout and f"{len(BROKEN)} failed" in done.stdout
    assert "Traceback" not in done.stderr
    gone = (str(tmp_path / "gone.txt"), str(tmp_path / "nwes"))  # a folder's name mistyped
    again = as_json(tmp_path / "data", "import", str(news), *gone)
    reasons = {Path(f["path"]).name: f["reason"] for f in again["files"] if f["status"] == "failed"}
    assert reasons.keys() == {*BROKEN, "gone.txt", "nwes"}
    assert reasons["gone.txt"] == reasons["nwes"] == "file not found"
    assert again["unchanged"] == len(GOOD)
    for word in GOOD.values():
        assert as_json(tmp_path / "data", "search", word)["total"] == 1


def test_import_of_a_folder_names_the_files_of_other_kinds_it_left_out(tmp_path: Path) -> None:
    """A folder of real articles with a PDF, a picture and a hidden file beside them: the
    articles are imported, and one line names the two files it did not read; a folder
    holding only such files is an error, not a silent "0 imported"."""
    source = corpus("en-bbc-news-2225", "bbc", "tech")
    news = tmp_path / "news"
    news.mkdir()
    for name in ("001.txt", "002.txt"):
        shutil.copy(source / name, news / name)
    (news / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (news / "chart.PNG").write_bytes(b"\x89PNG")
    (news / ".DS_Store").write_bytes(b"\0")
    done = reader(tmp_path / "data", "import", str(news))
    assert "2 imported" in done.stdout
    assert (
        "left out 2 files of other kinds (only text, Markdown and HTML files are read): "
        f"{news / 'chart.PNG'}, {news / 'report.pdf'}"
    ) in done.stdout
    assert ".DS_Store" not in done.stdout
    report = as_json(tmp_path / "data", "import", str(news))
    assert report["unchanged"] == 2 and report["left_out"] == [
        str(news / "chart.PNG"),
        str(news / "report.pdf"),
    ]
    for name in ("001.txt", "002.txt"):
        (news / name).unlink()
    nothing = reader(tmp_path / "data", "import", str(news), check=False)
    assert nothing.returncode == 1 and "left out 2 files" in nothing.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    none = reader(tmp_path / "data", "import", str(empty), check=False)
    assert none.returncode == 1 and "nothing to import" in none.stderr


def test_deleted_index_is_rebuilt_on_search(tmp_path: Path) -> None:
    before = as_json(tmp_path, "search", "Huawei")
    shutil.rmtree(tmp_path / "index")
    assert as_json(tmp_path, "search", "Huawei")["results"] == before["results"]
    assert as_json(tmp_path, "reindex") == {"indexed": 5}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "nope"), "no article with id"),
        (("search", "auteur:Lau"), "unknown field"),
    ],
)
def test_user_errors_are_one_line_without_traceback(tmp_path: Path, args, message) -> None:
    done = reader(tmp_path, *args, check=False)
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr


def test_newer_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    reader(tmp_path, "list")
    db = sqlite3.connect(tmp_path / "library.sqlite3")
    db.execute("PRAGMA user_version = 999")
    db.commit()
    db.close()
    done = reader(tmp_path, "list", check=False)
    assert done.returncode == 1 and "newer version" in done.stderr


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.startswith("Liseuse ")


def test_entities_of_an_article_and_of_the_library(tmp_path: Path) -> None:
    article_id = as_json(tmp_path, "search", "Hunyuan-T1")["results"][0]["id"]
    mentions = as_json(tmp_path, "entities", article_id)["mentions"]
    text = as_json(tmp_path, "show", article_id)["text"]
    for m in mentions:
        assert set(m) == {"start", "end", "text", "label", "canonical", "source"}
        assert text[m["start"] : m["end"]] == m["text"]
    pairs = {(m["text"], m["label"], m["canonical"]) for m in mentions}
    assert ("16 milliards de dollars", "MONEY", "16 milliards de dollars") in pairs
    assert ("Pékin", "LOC", "Beijing") in pairs
    assert ("NVIDIA", "ORG", "Nvidia") in pairs
    orgs = as_json(tmp_path, "entities", "--all", "--type", "ORG")["entities"]
    assert {e["label"] for e in orgs} == {"ORG"}
    tencent = next(e for e in orgs if e["canonical"] == "Tencent")
    assert tencent["articles"] == 4
    assert as_json(tmp_path, "search", "entity:Huawei")["total"] == 3


def test_annotate_list_and_tags_from_the_command_line(tmp_path: Path) -> None:
    article_id = as_json(tmp_path, "search", "source:register")["results"][0]["id"]
    made = as_json(
        tmp_path,
        "annotate",
        article_id[:8],
        "--quote",
        "Tencent",
        "--occurrence",
        "2",
        "--color",
        "green",
        "--note",
        "deuxième mention",
        "--tag",
        "Entreprises/Chine",
    )
    assert set(made) == {
        "id",
        "article",
        "start",
        "end",
        "exact",
        "prefix",
        "suffix",
        "color",
        "note",
        "tags",
        "status",
    }
    text = as_json(tmp_path, "show", article_id)["text"]
    first = text.index("Tencent")
    assert made["start"] == text.index("Tencent", first + 1)
    assert text[made["start"] : made["end"]] == "Tencent"
    listed = as_json(tmp_path, "annotations", "--tag", "entreprises")["annotations"]
    assert [a["id"] for a in listed] == [made["id"]]
    tags = as_json(tmp_path, "tags")["tags"]
    assert tags == [{"name": "Entreprises/Chine", "passages": 1, "articles": 1}]
    reader(tmp_path, "tag", "rename", "Entreprises/Chine", "Sociétés")
    assert [t["name"] for t in as_json(tmp_path, "tags")["tags"]] == ["Sociétés"]
    missing = reader(tmp_path, "annotate", article_id, "--quote", "absent", check=False)
    assert missing.returncode == 1 and "not in the article" in missing.stderr
    # a note of several lines stands under its highlight, every line indented alike
    note = "**À vérifier**\n\n- le chiffre\n- la date"
    reader(tmp_path, "annotate", article_id, "--quote", "Tencent", "--note", note)
    listing = reader(tmp_path, "annotations", article_id).stdout.splitlines()
    under = listing[listing.index(next(s for s in listing if "**À vérifier**" in s)) :][:4]
    indent = " " * 10
    assert under == [f"{indent}**À vérifier**", "", f"{indent}- le chiffre", f"{indent}- la date"]


def test_annotate_finds_a_quote_typed_plainly_or_pasted_with_other_line_breaks(
    tmp_path: Path,
) -> None:
    """A reader types the passage without its accents and with a plain apostrophe, or
    pastes it from a page that broke its lines elsewhere: the article's own words are
    highlighted, not refused as "not in the article"."""
    article = corpus("fr-wikinews-keyphrase-100", "documents", "43971.html")
    [imported] = as_json(tmp_path, "import", str(article))["files"]
    written = "la première mission d’un transporteur spatial privé"
    for typed in (
        "la premiere mission d'un transporteur spatial prive",
        "  la première mission\nd’un   transporteur spatial privé ",
        written,
    ):
        made = as_json(tmp_path, "annotate", imported["id"], "--quote", typed)
        assert made["exact"] == written, typed
    text = as_json(tmp_path, "show", imported["id"])["text"]
    assert text[made["start"] : made["end"]] == written
    listed = as_json(tmp_path, "annotations", imported["id"])["annotations"]
    assert [a["exact"] for a in listed] == [written] * 3
    missing = reader(tmp_path, "annotate", imported["id"], "--quote", "lune", check=False)
    assert missing.returncode == 1 and "not in the article" in missing.stderr
    # the page hides soft hyphens in "pre-mier" and "lan-ceur": nobody sees or types them
    hidden = as_json(tmp_path, "annotate", imported["id"], "--quote", "premier étage du lanceur")
    assert hidden["exact"] == "pre\u00admier étage du lan\u00adceur"


def test_translate_and_translators_from_the_command_line(tmp_path: Path) -> None:
    listed = as_json(tmp_path, "translators")["translators"]
    names = {t["name"]: t for t in listed}
    assert {"apertium", "libretranslate", "command", "manual"} <= set(names)
    assert names["libretranslate"]["remote"] and not names["libretranslate"]["available"]
    reader(tmp_path, "translators", "--set", "command.template=tr a-z A-Z")
    article_id = as_json(tmp_path, "search", "source:register")["results"][0]["id"]
    done = as_json(tmp_path, "translate", article_id, "--to", "xx", "--provider", "command")
    assert set(done) == {"provider", "source", "target", "route", "paragraphs"}
    first = done["paragraphs"][0]
    assert set(first) == {"index", "source", "translation", "cached", "edited"}
    assert first["translation"] == first["source"].translate(
        str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    )
    again = as_json(tmp_path, "translate", article_id, "--to", "xx", "--provider", "command")
    assert all(p["cached"] for p in again["paragraphs"])
    bad = reader(tmp_path, "translate", article_id, "--to", "de", "--provider", "nope", check=False)
    assert bad.returncode == 1 and "no translation hook named" in bad.stderr
    # into the article's own language: refused, not a round trip through Spanish
    same = reader(tmp_path, "translate", article_id, "--to", "fr", check=False)
    assert same.returncode == 1 and "already in fr" in same.stderr, same.stderr
    assert same.stdout == ""


def test_translate_says_which_route_it_took(tmp_path: Path) -> None:
    if shutil.which("apertium") is None:
        pytest.skip("apertium is not installed")
    from reader.translate.apertium import ApertiumTranslator

    best = ApertiumTranslator().route("fr", "en")
    assert best is not None
    article_id = as_json(tmp_path, "search", "Hugging Face")["results"][0]["id"]
    done = reader(tmp_path, "translate", article_id, "--to", "en")
    assert done.stdout.splitlines()[0] == f"apertium: fr → en (route {best.describe()})"
    translated = [line for line in done.stdout.splitlines() if line.startswith("  → ")]
    assert any("Hugging Face" in line for line in translated)
    spanish = reader(tmp_path, "translate", article_id, "--to", "es")
    assert spanish.stdout.splitlines()[0] == "apertium: fr → es (route fr→es)"


def test_export_then_import_annotations_into_another_library(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    hits = as_json(first, "search", "Huawei")["results"]
    for hit in hits:
        reader(first, "annotate", hit["id"], "--quote", "Huawei", "--tag", "huawei", "--note", "N")
    out = tmp_path / "notes.jsonld"
    done = reader(first, "export", "--format", "jsonld", "--all", "-o", str(out))
    assert done.stdout.strip() == str(out) and "3 annotations exported" in done.stderr
    refused = reader(first, "export", "--format", "jsonld", "--all", "-o", str(out), check=False)
    assert refused.returncode == 1 and "exists" in refused.stderr
    report = as_json(second, "import-annotations", str(out))
    assert (report["anchored"], report["no_article"]) == (3, 0)
    assert as_json(second, "import-annotations", str(out))["unchanged"] == 3
    markdown = reader(second, "export", "--tag", "huawei").stdout
    assert markdown.count("#huawei ^anno-") == 3


def test_gloss_a_word(tmp_path: Path) -> None:
    from reader.translate.freedict import FreeDictGlossary

    if ("fr", "en") not in FreeDictGlossary({}).pairs():
        if os.environ.get("CI"):
            pytest.fail("dict-freedict-fra-eng is missing in CI")
        pytest.skip("dict-freedict-fra-eng is not installed")
    entry = as_json(tmp_path, "gloss", "puces")
    assert entry["target"] == "en" and entry["entries"][0]["headword"] == "puce"
    assert "flea" in entry["entries"][0]["senses"]
    # typed without its accents, as people type on a keyboard without them
    for typed, headword, sense in (
        ("economie", "économie", "economy"),
        ("ENERGIE", "énergie", "energy"),
        ("l'economie", "économie", "economy"),
        ("etats", "état", "state"),
    ):
        entry = as_json(tmp_path, "gloss", typed)
        assert entry["entries"][0]["headword"] == headword, typed
        assert any(sense in s for s in entry["entries"][0]["senses"]), typed
    # a word spelled with its accents is never answered by another accented spelling
    assert [e["headword"] for e in as_json(tmp_path, "gloss", "pâte")["entries"]] == ["pâte"]
    # an inflected word written with its accents gets its own words, not their
    # look-alikes with other accents (pêches: pêche and pêcher, not péché)
    heads = [e["headword"] for e in as_json(tmp_path, "gloss", "pêches")["entries"]]
    assert "pêche" in heads and all("é" not in h for h in heads)
