"""Faults a careless or unlucky user meets at the command line, on real articles: data
that would be silently wrong (an annotation id shared by two articles, a tag renamed
onto its own child), files that are not files, a damaged index folder, hostile
annotation files, bad settings and bad arguments. Each is refused with one clear line,
or handled, never a traceback and never a wrong result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import corpus
from tests.e2e.test_cli import as_json, reader

pytestmark = pytest.mark.e2e


def _bbc_library(data: Path, *names: str) -> dict[str, str]:
    """A library holding BBC tech articles ``names``; title → id."""
    folder = corpus("en-bbc-news-2225", "bbc", "tech")
    reader(data, "import", *(str(folder / name) for name in names))
    listed = as_json(data, "list")["articles"]
    wanted = {(folder / n).read_text(encoding="latin-1").split("\n", 1)[0].strip() for n in names}
    return {a["title"]: a["id"] for a in listed if a["title"] in wanted}


def test_an_annotation_id_used_on_another_article_is_not_moved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first, second = _bbc_library(data, "001.txt", "002.txt").values()
    mine = as_json(data, "annotate", first, "--quote", "the", "--note", "on the first")
    out = tmp_path / "notes.jsonld"
    reader(data, "export", "--format", "jsonld", "--article", first, "-o", str(out))
    collection = json.loads(out.read_text())
    item = collection["first"]["items"][0]
    # the same id, on the second article: another file, another library's numbering
    text = as_json(data, "show", second)["text"]
    word = next(w for w in text.split() if len(w) > 7 and w.isalpha())
    at = text.index(word)
    item["modified"] = "2099-01-01T00:00:00Z"  # newer than the one here: it wins a merge
    item["target"]["source"]["id"] = f"reader://article/{second}"
    item["target"]["source"]["schema:name"] = as_json(data, "show", second)["title"]
    item["target"]["selector"] = [
        {"type": "TextQuoteSelector", "exact": word, "prefix": text[at - 20 : at], "suffix": ""},
        {"type": "TextPositionSelector", "start": at, "end": at + len(word)},
    ]
    out.write_text(json.dumps(collection))
    report = as_json(data, "import-annotations", str(out))
    kept = as_json(data, "annotations")["annotations"]
    on_first = [a for a in kept if a["article"] == first]
    on_second = [a for a in kept if a["article"] == second]
    assert on_first == [mine]  # untouched: same id, words, offsets and note
    assert len(on_second) == 1 and on_second[0]["id"] != mine["id"]
    assert text[on_second[0]["start"] : on_second[0]["end"]] == word == on_second[0]["exact"]
    assert (report["anchored"], report["new_ids"]) == (1, 1)
    again = as_json(data, "import-annotations", str(out))  # merged with the new id now
    assert (again["anchored"], again["new_ids"]) == (1, 0)
    assert sorted(a["id"] for a in as_json(data, "annotations")["annotations"]) == sorted(
        [mine["id"], on_second[0]["id"]]
    )
    plain = reader(data, "import-annotations", str(out)).stdout
    assert "got a new id" not in plain


def test_renaming_a_tag_onto_its_existing_child_merges_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = list(_bbc_library(data, "001.txt", "002.txt", "003.txt").values())
    for article, quote, tag in (
        (ids[0], "the", "Economy"),
        (ids[1], "the", "Economy"),
        (ids[1], "and", "economy/Asia"),
        (ids[2], "the", "Economy/Asia/China"),
        (ids[2], "and", "Economy/Europe"),
    ):
        reader(data, "annotate", article, "--quote", quote, "--tag", tag)
    tags = {t["name"]: t for t in as_json(data, "tag", "rename", "economy", "Economy/Asia")["tags"]}
    # economy's passages join economy/asia's (which keeps its spelling); economy/asia
    # and its own children stay where they are; economy's other children move under it
    assert set(tags) == {"economy/Asia", "Economy/Asia/China", "Economy/Asia/Europe"}
    assert (tags["economy/Asia"]["passages"], tags["economy/Asia"]["articles"]) == (3, 2)
    assert tags["Economy/Asia/China"]["passages"] == 1
    listed = as_json(data, "annotations", "--tag", "economy/asia")["annotations"]
    assert len(listed) == 5 and all(len(a["tags"]) == 1 for a in listed)


def test_files_that_are_not_files_are_reported_not_read(tmp_path: Path) -> None:
    """A named pipe called ``x.txt`` blocked the import forever; a ``.txt`` link to
    /dev/zero read until memory ran out. Both are refused before they are opened; the
    real articles beside them are imported."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "news"
    folder.mkdir()
    bbc = corpus("en-bbc-news-2225", "bbc", "tech")
    for name in ("001.txt", "002.txt"):
        (folder / name).write_bytes((bbc / name).read_bytes())
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "link.txt").symlink_to(bbc / "003.txt")  # a link to a file is a file
    command = [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data")]
    env = {k: v for k, v in os.environ.items() if k != "READER_DATA_DIR"}
    done = subprocess.run(
        [*command, "import", "--json", str(folder), str(folder / "pipe.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,  # before: never ended
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    reasons = {Path(f["path"]).name: f["reason"] for f in report["files"] if f["reason"]}
    assert report["imported"] == 3
    assert reasons == {
        "pipe.txt": "not a regular file: a named pipe",
        "zero.txt": "not a regular file: a device",
    }


def test_an_annotation_file_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "notes.jsonld"
    os.mkfifo(pipe)
    done = reader(tmp_path / "data", "import-annotations", str(pipe), check=False)
    assert done.returncode == 1 and "not a regular file: a named pipe" in done.stderr


@pytest.mark.parametrize("damage", ["dangling", "loop", "file"])
def test_an_index_that_is_a_broken_link_is_rebuilt(tmp_path: Path, damage: str) -> None:
    data = tmp_path / "data"
    expected = as_json(data, "search", "Huawei")["results"]
    index = data / "index"
    import shutil

    shutil.rmtree(index)
    target = {"dangling": tmp_path / "gone", "loop": index, "file": tmp_path / "a-file"}[damage]
    (tmp_path / "a-file").write_text("not an index")
    index.symlink_to(target)
    for _ in range(2):  # rebuilt once, then used
        done = reader(data, "search", "Huawei", "--json", check=False)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        assert json.loads(done.stdout)["results"] == expected
    assert index.is_dir() and not index.is_symlink()
    assert (tmp_path / "a-file").read_text() == "not an index"


def _exported(data: Path, tmp_path: Path) -> str:
    """The JSON-LD export of three highlights on the bundled articles."""
    for hit in as_json(data, "search", "Huawei")["results"]:
        reader(data, "annotate", hit["id"], "--quote", "Huawei", "--note", "n")
    out = tmp_path / "notes.jsonld"
    reader(data, "export", "--format", "jsonld", "--all", "-o", str(out))
    return out.read_text()


def test_hostile_annotation_files_are_refused_naming_the_place(tmp_path: Path) -> None:
    data, other = tmp_path / "data", tmp_path / "other"
    text = _exported(data, tmp_path)
    items = json.loads(text)["first"]["items"]
    second = items[1]["target"]["selector"][1]["start"]
    deep_id = "[" * 200 + "]" * 200
    cases = {
        # an overflowing number: float('inf') once read
        "overflow": (
            text.replace(f'"start": {second}', '"start": 1e999', 1),
            "annotation 2",
        ),
        # a file nested past what the JSON reader can follow (RecursionError)
        "deep": ('{"type": "AnnotationCollection", "first": ' + "[" * 100_000, "nested"),
        # an annotation whose id nests 200 lists: read, yet no annotation of any kind
        "deep item": (
            text.replace(f'"id": "urn:uuid:{items[2]["id"][9:]}"', f'"id": {deep_id}', 1),
            "annotation 3",
        ),
    }
    for name, (hostile, where) in cases.items():
        path = tmp_path / f"{name}.jsonld"
        path.write_text(hostile)
        done = reader(other, "import-annotations", str(path), check=False)
        assert done.returncode == 1, (name, done.stdout)
        assert "Traceback" not in done.stderr, (name, done.stderr)
        assert where in done.stderr and done.stderr.count("\n") == 1, (name, done.stderr)
    assert as_json(other, "annotations")["annotations"] == []  # nothing half-imported
    (tmp_path / "good.jsonld").write_text(text)
    assert as_json(other, "import-annotations", str(tmp_path / "good.jsonld"))["anchored"] == 3


def test_a_bad_setting_is_refused_and_a_stored_one_tolerated(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    for setting, message in (
        ("libretranslate.url=not a url", "libretranslate.url must be a web address"),
        ("deepl.url=ftp://example.org", "deepl.url must be a web address"),
        ("libretranslate.url", "give KEY=VALUE"),
        ("command.template=tr 'a-z A-Z", "command.template cannot be read as a command"),
    ):
        done = reader(data, "translators", "--set", setting, check=False)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert message in done.stderr and done.stderr.count("\n") == 1, done.stderr
    listed = {t["name"]: t for t in as_json(data, "translators")["translators"]}
    assert not listed["libretranslate"]["available"]
    # a value an earlier version saved without checking it
    db = sqlite3.connect(data / "library.sqlite3")
    db.execute("INSERT INTO settings VALUES ('libretranslate.url', 'not a url')")
    db.commit()
    db.close()
    done = reader(data, "translators", check=False)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "libretranslate" in done.stdout and "not a web address" in done.stdout
    article = as_json(data, "list")["articles"][0]["id"]
    done = reader(
        data, "translate", article, "--to", "en", "--provider", "libretranslate", check=False
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "not a web address" in done.stderr
    reader(data, "translators", "--set", "libretranslate.url=http://127.0.0.1:9/")  # a fix


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--data-dir", "", "list"), 2, "--data-dir: empty"),
        (("search", "Huawei", "--limit", "-1"), 2, "--limit: -1 is not a whole number from 1"),
        (("annotate", "ARTICLE", "--quote", "Huawei", "--color", "mauve"), 2, "--color"),
        (("annotate", "ARTICLE", "--quote", "Huawei", "--tag", "///"), 1, "a tag needs a name"),
        (("entities", "--all", "--type", "BOGUS"), 2, "--type: invalid choice: 'BOGUS'"),
        (("annotate", "ARTICLE", "--quote", " "), 1, "--quote needs the words to highlight"),
        (("gloss", ""), 1, "give a word to look up"),
        (("glossary", "import", "/no/such/glossary.csv"), 1, "cannot read /no/such/glossary"),
        (("glossary", "import", "FOLDER"), 1, "not a regular file: a folder"),
        (("glossary", "add", "", "chip"), 1, "reader: the term is empty: glossary add needs"),
        (("glossary", "remove", " "), 1, "reader: the term is empty: glossary remove needs"),
        (("glossary", "export", ""), 1, "reader: the file name is empty: glossary export"),
        (("glossary", "add"), 1, "reader: glossary add needs a TERM (reader glossary add"),
    ],
    ids=[
        "empty data dir",
        "negative limit",
        "unknown colour",
        "empty tag",
        "unknown type",
        "empty quote",
        "empty word",
        "missing glossary",
        "glossary folder",
        "empty glossary term",
        "blank glossary term to remove",
        "empty glossary file",
        "no glossary term",
    ],
)
def test_wrong_arguments_are_refused_with_a_reason(
    tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    if "ARTICLE" in args:
        article = as_json(data, "search", "Huawei")["results"][0]["id"]
        args = tuple(article if a == "ARTICLE" else a for a in args)
    args = tuple(str(tmp_path) if a == "FOLDER" else a for a in args)
    home = tmp_path / "home"  # where the default library would be made
    env = {k: v for k, v in os.environ.items() if k != "READER_DATA_DIR"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"))
    prefix = [] if args[0] == "--data-dir" else ["--data-dir", str(data)]
    done = subprocess.run(
        [sys.executable, "-m", "reader", *prefix, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == code, (done.stdout, done.stderr)
    assert message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not home.exists()  # the default library was not touched
    if data.exists():
        assert as_json(data, "annotations")["annotations"] == []


def _full_device(tmp_path: Path) -> Path:
    """A device that refuses every write: /dev/full, or, as root (who could replace
    /dev/full itself by mistake), a node of the same device in ``tmp_path``."""
    import os
    import stat

    if os.geteuid() != 0:
        return Path("/dev/full")
    node = tmp_path / "full"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    return node


def test_export_and_backup_paths_that_are_not_plain_files(tmp_path: Path) -> None:
    import os
    import stat
    import threading

    data = tmp_path / "data"
    article = as_json(data, "search", "Huawei")["results"][0]["id"]
    reader(data, "annotate", article, "--quote", "Huawei", "--note", "n")
    export = ("export", "--format", "md", "--all")
    full = _full_device(tmp_path)
    done = reader(data, *export, "-o", str(full), "--force", check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "no space left" in done.stderr.lower() and done.stderr.count("\n") == 1
    assert stat.S_ISCHR(full.stat().st_mode)  # still the device
    # a link: the file it names is written, the link stays
    real, link = tmp_path / "notes-real.md", tmp_path / "notes.md"
    real.write_text("old")
    link.symlink_to(real)
    reader(data, *export, "-o", str(link), "--force")
    assert link.is_symlink() and "Huawei" in real.read_text()
    # a named pipe with a reader gets the export; without one, a message, not a hang
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    received: list[bytes] = []
    listener = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    listener.start()
    reader(data, *export, "-o", str(pipe), "--force")
    listener.join(timeout=30)
    assert b"Huawei" in received[0] and stat.S_ISFIFO(pipe.stat().st_mode)
    done = reader(data, *export, "-o", str(pipe), "--force", check=False)
    assert done.returncode == 1 and "nothing reads" in done.stderr, done.stderr
    existing = tmp_path / "a-file"
    existing.write_text("mine")
    for args in (
        (*export, "-o", "/proc/no-such-folder/notes.md"),
        (*export, "--split", "-o", str(existing)),
        ("backup", "--to", "/proc/notes.sqlite3"),
    ):
        done = reader(data, *args, check=False)
        assert done.returncode == 1 and "Traceback" not in done.stderr, (args, done.stderr)
        assert done.stderr.count("\n") == 1, (args, done.stderr)
    assert existing.read_text() == "mine"


def test_a_stray_nul_is_dropped_and_a_binary_file_refused(tmp_path: Path) -> None:
    """A few NUL bytes in an article (one in its first 8 KB) are dropped; a file full of
    them is refused as binary."""
    article = corpus("en-bbc-news-2225", "bbc", "tech") / "401.txt"  # 14 KB
    raw = article.read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "stray.txt").write_bytes(raw[:200] + b"\x00" + raw[200:] + b"\x00")
    (folder / "binary.txt").write_bytes(b"".join(i.to_bytes(4, "little") for i in range(3000)))
    data = tmp_path / "data"
    done = reader(data, "import", str(folder), "--json", check=False)
    assert "Traceback" not in done.stderr
    outcomes = {Path(o["path"]).name: o for o in json.loads(done.stdout)["files"]}
    assert outcomes["stray.txt"]["status"] == "imported", outcomes["stray.txt"]
    assert "binary" in outcomes["binary.txt"]["reason"]
    title = raw.decode("latin-1").split("\n", 1)[0].strip()
    found = next(a for a in as_json(data, "list")["articles"] if a["title"] == title)
    text = as_json(data, "show", found["id"])["text"]
    assert "\x00" not in text and raw[150:250].replace(b"\n", b"").decode("latin-1")[
        :40
    ] in text.replace("\n", "")


def test_a_leading_wildcard_gets_a_hint_and_a_cap(tmp_path: Path) -> None:
    """``*a*`` matches nearly every word of the library (6.6 s on 2,133 articles): it is
    searched with at most MAX_EXPANSION of the words it matches, the most common, and
    the line under the count says so."""
    from reader.search.query import MAX_EXPANSION, make_parser, parse
    from reader.services import Library

    data = tmp_path / "data"
    folder = corpus("en-bbc-news-2225", "bbc", "tech")
    reader(data, "import", *(str(p) for p in sorted(folder.glob("*.txt"))[:60]))
    done = reader(data, "search", "*a*", "--json")
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["total"] > 0
    hint = done.stderr.strip()
    assert "*a*" in hint and str(MAX_EXPANSION) in hint and len(hint.splitlines()) == 1
    assert reader(data, "search", "Microsoft").stderr == ""
    with Library.open(data) as library:
        library.search("Microsoft")
        made = parse(make_parser(library.index.schema), "*a*")
        with library.index._index.searcher() as searcher:
            for leaf in made.leaves():
                terms = list(leaf.expanded_terms(searcher.reader()))
                assert len(terms) <= MAX_EXPANSION, leaf
