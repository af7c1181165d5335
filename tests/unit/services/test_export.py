"""Exports as their users' other tools read them — Obsidian's Markdown, a printable page,
Readwise's CSV, W3C JSON-LD that validates against the W3C test schemas — and a round
trip through JSON-LD that loses nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from reader.core.errors import NotFound
from reader.export.base import ExportError, ExportOptions, safe_filename
from reader.services import Library
from reader.services.exports import ExportScope
from tests.conftest import corpus

NASTY = "Combien ? **Chiffre** à vérifier </blockquote><script>alert(1)</script> & co"


@pytest.fixture
def notes(library, seed_titles):
    """Three annotations on two seeds: colours, notes (one hostile), nested tags."""
    tencent = next(v for k, v in seed_titles.items() if k.startswith("Stratégies"))
    other = next(v for k, v in seed_titles.items() if k.startswith("La Chine"))
    a = library.annotate(
        tencent,
        "stock important de processeurs graphiques",
        color="green",
        note=NASTY,
        tags=["gpu", "stock/chiffres"],
    )
    b = library.annotate(tencent, "Martin Lau", color="purple", note='=HYPERLINK("x")')
    c = library.annotate(other, library.article(other).text.split("\n")[2][:40], tags=["2024"])
    library.set_color_meaning("green", "Chiffre clé")
    return {"tencent": tencent, "other": other, "annotations": (a, b, c)}


def _front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    head = text[4 : text.index("\n---\n", 4)]
    return yaml.safe_load(head)


def test_markdown_follows_obsidian_conventions(library, notes, tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    library.export("md", ExportScope(articles=(notes["tencent"],)), out)
    text = out.read_text("utf-8")
    meta = _front_matter(text)
    assert meta["title"] == "Stratégies de Tencent et Baidu face aux défis IA"
    assert meta["language"] == "fr" and meta["app"] == "io.github.liseuse.Liseuse"
    assert meta["tags"] == ["gpu", "stock/chiffres"]
    assert "Tencent" in meta["organisations"] and "Martin Lau" in meta["people"]
    # each highlight: a blockquote, its colour's meaning, tags, a valid block id, a deep link
    a = notes["annotations"][0]
    assert "> stock important de processeurs graphiques" in text
    line = next(x for x in text.splitlines() if x.startswith("> — *Chiffre clé*"))
    assert line.endswith(f"^anno-{a.id}")
    assert re.fullmatch(r"\^anno-[A-Za-z0-9-]+", line.split()[-1])
    assert "#gpu #stock/chiffres" in line
    assert f"(reader://article/{notes['tencent']}#anno={a.id})" in text
    # the hostile note stays text when rendered
    rendered = MarkdownIt("commonmark").render(text)
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert "<strong>Chiffre</strong>" in rendered
    assert rendered.count("<blockquote>") == 2


def test_a_markdown_note_keeps_its_structure_in_the_markdown_export(
    library, seed_titles, tmp_path: Path
) -> None:
    """A note written in the note editor (paragraphs, a list, emphasis, a link) comes out
    as Markdown that renders as written, and the deep link after it stays its own line."""
    tencent = next(v for k, v in seed_titles.items() if k.startswith("Stratégies"))
    note = (
        "Une note longue.\n\n- **Baidu** : stratégie *logicielle*\n- Tencent : stock de puces"
        "\n\nVoir [l'article](https://example.org/a)."
    )
    library.annotate(tencent, "Dou Shen", note=note)
    out = tmp_path / "notes.md"
    library.export("md", ExportScope(articles=(tencent,)), out)
    text = out.read_text("utf-8")
    assert note in text
    rendered = MarkdownIt("commonmark").render(text)
    assert "<li><strong>Baidu</strong> : stratégie <em>logicielle</em></li>" in rendered
    assert '<a href="https://example.org/a">l\'article</a>' in rendered
    link = next(x for x in rendered.splitlines() if "Open in Liseuse" in x)
    assert link.startswith('<p><a href="reader://article/')  # not inside the list


def test_markdown_full_text_marks_highlights(library, notes) -> None:
    document = library.export_document(
        ExportScope(articles=(notes["tencent"],)), ExportOptions(full_text=True)
    )
    from reader.export.markdown import MarkdownExporter

    text = MarkdownExporter().render(document).decode()
    assert "==stock important de processeurs graphiques==" in text
    assert "==Martin Lau==" in text


def test_split_writes_one_file_per_article_with_safe_names(library, notes, tmp_path) -> None:
    files = library.export(
        "md", ExportScope(everything=True), tmp_path / "vault", options=ExportOptions(split=True)
    )
    assert len(files) == 2 and all(f.parent == tmp_path / "vault" for f in files)
    assert all(_front_matter(f.read_text("utf-8"))["article_id"] for f in files)
    assert safe_filename("a/b: c*?<>|\x00 .", "md") == "a b c.md"
    assert safe_filename("../..", "md") == "article.md"


def test_html_is_standalone_and_escapes_notes(library, notes, tmp_path) -> None:
    out = tmp_path / "notes.html"
    library.export("html", ExportScope(everything=True), out)
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "&lt;/blockquote&gt;&lt;script&gt;" in page
    assert '<mark class="c-green">stock important de processeurs graphiques</mark>' in page
    assert "http://" not in page.replace("http://www.w3.org", "") and "src=" not in page
    assert "Chiffre clé" in page and "#stock/chiffres" in page


def test_a_line_break_typed_in_a_note_is_kept_in_the_html_and_the_pdf(
    library, notes, tmp_path
) -> None:
    """ "« bien que » ?\nÀ revoir" typed on two lines stays on two lines (CommonMark joins
    them): in the HTML export, and so in the PDF and the Annotations panel, which render
    notes as it does; a blank line still makes a paragraph."""
    from dataclasses import replace

    from reader.export.html import note_html

    (first, *_rest) = notes["annotations"]
    library.save_annotation(replace(first, note="« bien que » ?\nÀ revoir\n\nPlus tard."))
    out = tmp_path / "notes.html"
    library.export("html", ExportScope(articles=(notes["tencent"],)), out)
    page = out.read_text("utf-8")
    assert "« bien que » ?<br />\nÀ revoir" in page
    assert note_html("un\ndeux\n\ntrois") == "<p>un<br />\ndeux</p>\n<p>trois</p>\n"


def test_csv_has_readwise_columns_and_no_formulas(library, notes, tmp_path) -> None:
    out = tmp_path / "notes.csv"
    library.export("csv", ExportScope(everything=True), out)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert list(rows[0]) == [
        "Highlight",
        "Title",
        "Author",
        "URL",
        "Note",
        "Location",
        "Date",
        "Tags",
        "Color",
    ]
    assert len(rows) == 3
    lau = next(r for r in rows if r["Highlight"] == "Martin Lau")
    assert lau["Note"] == '\'=HYPERLINK("x")'  # neutralised
    assert lau["URL"].startswith("reader://article/") and lau["Color"] == "purple"
    dt.datetime.strptime(lau["Date"], "%Y-%m-%d %H:%M:%S")
    assert int(lau["Location"]) == library.article(notes["tencent"]).text.index("Martin Lau")


def test_exports_never_overwrite_without_force(library, notes, tmp_path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "notes.txt"
    out.write_text("mine", "utf-8")
    with pytest.raises(ExportError, match="exists"):
        library.export("txt", ExportScope(everything=True), out)
    assert out.read_text("utf-8") == "mine"
    library.export("txt", ExportScope(everything=True), out, force=True)
    assert "“Martin Lau”" in out.read_text("utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["notes.txt"]  # no temporary left
    with pytest.raises(NotFound, match="no tag “absent”; the tags are"):
        library.export("txt", ExportScope(tag="absent"), tmp_path / "x.txt")
    with pytest.raises(ExportError, match="nothing to export"):
        library.export("txt", ExportScope(query="zzzqqq"), tmp_path / "x.txt")


def test_scopes_tag_and_query(library, notes) -> None:
    by_tag = library.export_document(ExportScope(tag="stock"))
    assert by_tag.total == 1 and by_tag.articles[0].article.id == notes["tencent"]
    by_query = library.export_document(ExportScope(query="Lau"))
    assert [i.article.id for i in by_query.articles] == [notes["tencent"]]
    assert library.export_document(ExportScope(everything=True)).total == 3


# -- W3C JSON-LD ------------------------------------------------------------------------------


def _w3c() -> Path:
    return corpus("w3c-web-annotation", "web-annotation-tests")


def _validator(schema_file: Path):
    from jsonschema import Draft4Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    base = "https://w3c.test/schemas/"  # one folder for the definitions and the assertions
    definitions = next(
        p / "definitions" for p in schema_file.parents if (p / "definitions").is_dir()
    )
    resources = []
    for path in definitions.glob("*.json"):
        contents = json.loads(path.read_text("utf-8"))
        contents["id"] = base + path.name
        resources.append((base + path.name, Resource(contents=contents, specification=DRAFT4)))
    registry = Registry().with_resources(resources)
    schema = json.loads(schema_file.read_text("utf-8"))
    schema["id"] = base + schema_file.name
    if "$ref" in schema:  # draft 4 ignores "id" beside "$ref": move the ref one level down
        schema["allOf"] = [*schema.get("allOf", []), {"$ref": schema.pop("$ref")}]
    return Draft4Validator(schema, registry=registry), schema.get("expectedResult", "valid")


def _assertions(test_file: Path) -> list[Path]:
    data = json.loads(test_file.read_text("utf-8"))
    out = []
    for item in data["assertions"]:
        for name in item if isinstance(item, list) else [item]:
            if isinstance(name, str):
                out.append(test_file.parents[1] / name)
    return out


def test_jsonld_validates_against_the_w3c_schemas(library, notes, tmp_path) -> None:
    root = _w3c()
    out = tmp_path / "notes.jsonld"
    library.export("jsonld", ExportScope(everything=True), out)
    collection = json.loads(out.read_text("utf-8"))
    items = collection["first"]["items"]
    assert collection["type"] == "AnnotationCollection" and collection["total"] == len(items) == 3
    checked = 0
    for test_file, documents in (
        (root / "collections" / "collectionMusts.test", [collection]),
        (
            root / "annotations" / "annotationMusts.test",
            [{"@context": collection["@context"], **item} for item in items],
        ),
    ):
        for assertion in _assertions(test_file):
            validator, expected = _validator(assertion)
            for document in documents:
                valid = validator.is_valid(document)
                assert valid == (expected == "valid"), (assertion.name, document.get("id"))
                checked += 1
    assert checked > 100
    note = next(i for i in items if i["motivation"] == "commenting" and "gpu" in json.dumps(i))
    bodies = note["body"]
    assert {"type": "TextualBody", "value": "gpu", "purpose": "tagging"} in bodies
    comment = next(b for b in bodies if b.get("purpose") == "commenting")
    assert comment["value"] == NASTY and comment["format"] == "text/markdown"
    selectors = {s["type"]: s for s in note["target"]["selector"]}
    text = library.article(notes["tencent"]).text
    position = selectors["TextPositionSelector"]
    assert text[position["start"] : position["end"]] == selectors["TextQuoteSelector"]["exact"]
    assert note["target"]["styleClass"] == "liseuse-green"
    assert ".liseuse-green" in note["stylesheet"]["value"]
    for stamp in (note["created"], note["modified"], collection["created"]):
        assert stamp.endswith("Z") and dt.datetime.fromisoformat(stamp)


def test_round_trip_into_an_empty_library_loses_nothing(
    library, notes, tmp_path: Path, data_dir: Path
) -> None:
    out = tmp_path / "backup.jsonld"
    library.export("jsonld", ExportScope(everything=True), out)
    before = {a.id: a for a in library.annotations()}
    with Library.open(tmp_path / "other") as fresh:
        fresh.seed_if_empty()
        report = fresh.import_annotations(out.read_bytes())
        assert (report.anchored, report.moved, report.orphaned, report.no_article) == (3, 0, 0, 0)
        after = {a.id: a for a in fresh.annotations()}
        assert set(after) == set(before)
        for key, a in before.items():
            b = after[key]
            assert (b.article_id, b.start, b.end, b.exact) == (
                a.article_id,
                a.start,
                a.end,
                a.exact,
            )
            assert (b.color, b.note, b.tags) == (a.color, a.note, a.tags)
        again = fresh.import_annotations(out.read_bytes())
        assert again.imported == 0 and again.unchanged == 3
        assert len(fresh.annotations()) == 3
        assert fresh.search("tag:gpu").total == 1  # the index knows the imported tags


def test_import_finds_articles_by_title_then_quote_and_reports_orphans(
    library, notes, tmp_path: Path
) -> None:
    out = tmp_path / "backup.jsonld"
    library.export("jsonld", ExportScope(everything=True), out)
    data = json.loads(out.read_text("utf-8"))
    items = data["first"]["items"]
    items[0]["target"]["source"]["id"] = "http://example.org/elsewhere"  # found by title
    items[1]["target"]["source"] = "http://example.org/unknown"  # found by its quote
    items[2]["target"]["selector"][0]["exact"] = "un passage qui n'existe nulle part"
    items[2]["target"]["selector"][0]["prefix"] = ""
    items[2]["target"]["selector"][0]["suffix"] = ""
    for item in items:
        item["id"] = item["id"].replace("urn:uuid:", "http://example.org/anno/")
    with Library.open(tmp_path / "other") as fresh:
        fresh.seed_if_empty()
        report = fresh.import_annotations(json.dumps(data))
    assert report.imported == 3 and report.orphaned == 1 and report.no_article == 0


def test_import_of_the_w3c_examples_reports_without_failing(library) -> None:
    root = corpus("w3c-web-annotation", "web-annotation-spec")
    sample = root / "admin" / "annotation" / "2016" / "examples" / "json" / "collection1.json"
    report = library.import_annotations(sample.read_bytes())
    assert report.imported == 0 and report.no_article >= 2 and report.skipped > 30
    with pytest.raises(ExportError, match="not a JSON-LD file"):
        library.import_annotations(b"{not json")


def test_import_is_all_or_nothing_on_a_crash(library, notes, tmp_path, monkeypatch) -> None:
    """A failure in the middle leaves the database as it was before the import began."""
    out = tmp_path / "backup.jsonld"
    library.export("jsonld", ExportScope(everything=True), out)
    fresh = Library.open(tmp_path / "other")
    fresh.seed_if_empty()
    calls = {"n": 0}
    original = fresh.annotation_store.__class__.save

    def failing(self, annotation):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return original(self, annotation)

    monkeypatch.setattr(fresh.annotation_store.__class__, "save", failing)
    with pytest.raises(OSError):
        fresh.import_annotations(out.read_bytes())
    monkeypatch.undo()
    with sqlite3.connect(tmp_path / "other" / "library.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    fresh.close()


def test_notes_on_an_article_the_library_lacks_are_reported_never_put_on_another(
    library, tmp_path: Path
) -> None:
    """Notes exported from a Wikinews article, imported into a library of the seeds only:
    a note on one word the seeds write too (*génération*) is not put on a seed; each is
    reported without a matching article."""
    library.seed_if_empty()
    report = library.import_paths([corpus("fr-wikinews-keyphrase-100", "documents", "45037.html")])
    fukushima = next(o.article_id for o in report.outcomes if o.article_id)
    text = library.article(fukushima).text
    word = library.annotate(fukushima, "génération", note="Le mot du jour", tags=["vocabulaire"])
    sentence = library.annotate(fukushima, text[text.index("génération") - 60 :][:70].strip())
    out = tmp_path / "fukushima.jsonld"
    library.export("jsonld", ExportScope(articles=(fukushima,)), out)
    with Library.open(tmp_path / "seeds-only") as fresh:
        fresh.seed_if_empty()
        assert any("génération" in fresh.article(s.id).text for s in fresh.articles())
        imported = fresh.import_annotations(out.read_bytes())
        assert imported.no_article == 2 and imported.imported == 0
        assert fresh.annotations() == []
    # into a library that has the article, both are put back in place
    with Library.open(tmp_path / "with-it") as other:
        other.seed_if_empty()
        other.import_paths([corpus("fr-wikinews-keyphrase-100", "documents", "45037.html")])
        back = other.import_annotations(out.read_bytes())
        assert back.anchored == 2 and back.no_article == 0
        assert {a.exact for a in other.annotations()} == {word.exact, sentence.exact}
