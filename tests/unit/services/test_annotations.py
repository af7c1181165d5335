"""Annotations and tags through the library: made, found, re-anchored on re-import,
renamed and merged — nothing lost."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.errors import NotFound
from reader.services import Library

TEXT = (
    "Un titre de dépêche\n\n"
    "Tencent a constitué un stock de puces. Martin Lau l'a confirmé.\n\n"
    "Huawei prépare la suite avec Ascend.\n"
)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, "utf-8")
    return folder


def test_annotate_find_and_search(data_dir: Path, news: Path) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([news])
        article = next(a for a in library.articles() if a.title == "Un titre de dépêche")
        made = library.annotate(
            article.id,
            "stock de puces",
            color="red",
            note="Chiffre **à vérifier**",
            tags=["Export-Controls/US", "puces"],
        )
        assert (made.exact, made.color, made.status) == ("stock de puces", "red", "anchored")
        assert library.article(article.id).text[made.start : made.end] == "stock de puces"
        assert made.prefix.endswith("Tencent a constitué un ")
        assert [a.id for a in library.annotations(article.id)] == [made.id]
        assert [a.id for a in library.annotations(tag="export-controls")] == [made.id]
        assert library.search("tag:export-controls/us").total == 1
        assert library.search("note:vérifier").total == 1
        assert library.search("vérifier").total == 1  # notes are searched by default
        with pytest.raises(NotFound):
            library.annotate(article.id, "absent de l'article")


def test_tags_are_case_insensitive_keep_spelling_rename_and_merge(
    data_dir: Path, news: Path
) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([news])
        article_id = next(a.id for a in library.articles() if a.title == "Un titre de dépêche")
        library.annotate(article_id, "Tencent", tags=["Chine"])
        library.annotate(article_id, "Huawei", tags=["chine", "Entreprises"])
        tags = {t.name: t for t in library.tags()}
        assert set(tags) == {"Chine", "Entreprises"}
        assert tags["Chine"].passages == 2 and tags["Chine"].articles == 1
        library.rename_tag("CHINE", "Pays/Chine")
        assert {t.name for t in library.tags()} == {"Pays/Chine", "Entreprises"}
        library.rename_tag("Entreprises", "pays/chine")  # onto an existing tag: a merge
        merged = {t.name: t for t in library.tags()}
        assert set(merged) == {"Pays/Chine"} and merged["Pays/Chine"].passages == 2
        assert library.search("tag:pays").total == 1
        library.delete_tag("pays/chine")
        assert library.tags() == []
        assert all(a.tags == () for a in library.annotations(article_id))


def test_a_tag_typed_loosely_is_named_not_answered_with_nothing(data_dir: Path, news: Path) -> None:
    """`reader export --tag economie` or `reader annotations --tag …` for a tag that
    does not exist: the library says so and names the tag it was likely typed for."""
    with Library.open(data_dir) as library:
        library.import_paths([news])
        article_id = next(a.id for a in library.articles() if a.title == "Un titre de dépêche")
        library.annotate(article_id, "Tencent", tags=["Économie / Puces", "Chine"])
        assert len(library.annotations(tag="ÉCONOMIE / PUCES")) == 1  # the tag's own key
        assert len(library.annotations(tag="économie / puces")) == 1
        with pytest.raises(NotFound, match="no tag “economie”; did you mean “Économie/Puces”"):
            library.annotations(tag="economie")
        with pytest.raises(NotFound, match="did you mean “Économie/Puces”"):
            library.annotations(tag="economie/puces")
        with pytest.raises(NotFound, match="the tags are “Chine”, “Économie/Puces”"):
            library.annotations(tag="Japon")
        with pytest.raises(NotFound, match="did you mean “Chine”"):
            library.delete_tag("chiné")
        with pytest.raises(NotFound, match="did you mean “Chine”"):
            library.rename_tag("CHINÉ", "Asie/Chine")
        assert {t.name for t in library.tags()} == {"Chine", "Économie/Puces"}
        # renamed and deleted as it was typed when the passage was tagged
        library.rename_tag("Économie / Puces", "Économie / Semi-conducteurs")
        assert {t.name for t in library.tags()} == {"Chine", "Économie/Semi-conducteurs"}
        library.delete_tag("économie / semi-conducteurs")
        assert {t.name for t in library.tags()} == {"Chine"}


def test_a_sub_tag_typed_with_spaces_around_the_slash_is_under_its_parent(
    data_dir: Path, news: Path
) -> None:
    """``Pays / Chine`` typed in the tag box is the sub-tag ``Pays/Chine``: the tag
    ``Pays`` holds it, beside ``pays/Japon`` typed tight, and renaming onto ``Asie / Chine``
    moves it under ``Asie``. Kept as typed, it was a tag of its own, found under no parent."""
    with Library.open(data_dir) as library:
        library.import_paths([news])
        article_id = next(a.id for a in library.articles() if a.title == "Un titre de dépêche")
        library.annotate(article_id, "Tencent", tags=[" Pays  /  Chine ", "Tech / IA"])
        library.annotate(article_id, "Huawei", tags=["pays/Japon"])
        assert {t.name for t in library.tags()} == {"Pays/Chine", "Tech/IA", "pays/Japon"}
        assert {a.exact for a in library.annotations(tag="pays")} == {"Tencent", "Huawei"}
        assert [a.exact for a in library.annotations(tag="Pays / Chine")] == ["Tencent"]
        library.rename_tag("Pays/Chine", "Asie / Chine")
        assert [a.exact for a in library.annotations(tag="asie")] == ["Tencent"]
        library.set_article_tags(article_id, ["Dossiers / Semi-conducteurs"])
        assert library.search("tag:dossiers").total == 1
        # tagged in the window as typed, then undone: the tags go, no conflict copy is made
        before = next(a for a in library.annotations(article_id) if a.exact == "Huawei")
        after = replace(before, tags=("pays/Japon", "Chine / puces"))
        library.save_annotation(after, before)
        library.save_annotation(before, after)
        undone = [a for a in library.annotations(article_id) if a.exact == "Huawei"]
        assert [a.tags for a in undone] == [("pays/Japon",)]


def test_reimport_keeps_moves_and_orphans_annotations(data_dir: Path, news: Path) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([news])
        article_id = next(a.id for a in library.articles() if a.title == "Un titre de dépêche")
        kept = library.annotate(article_id, "Un titre de dépêche", note="titre")
        typo = library.annotate(article_id, "Martin Lau l'a confirmé", note="citation")
        gone = library.annotate(article_id, "Huawei prépare la suite", note="à suivre")
        edited = TEXT.replace("Martin Lau l'a confirmé", "Martin Lau l'a bien confirmé")
        edited = edited.replace("Huawei prépare la suite avec Ascend.", "Autre chose.")
        edited = edited.replace(
            "Un titre de dépêche\n\n", "Un titre de dépêche\n\nUn chapô ajouté.\n\n"
        )
        (news / "a.txt").write_text(edited, "utf-8")
        report = library.import_paths([news])
        assert [o.status.value for o in report.outcomes] == ["updated"]
        assert report.annotations == {"anchored": 1, "moved": 1, "orphaned": 1}
        text = library.article(article_id).text
        now = {a.id: a for a in library.annotations(article_id)}
        assert len(now) == 3  # nothing disappears
        assert now[kept.id].status == "anchored"
        assert now[typo.id].status == "moved"
        assert "Martin Lau" in text[now[typo.id].start : now[typo.id].end]
        assert now[gone.id].status == "orphaned" and now[gone.id].note == "à suivre"


def test_annotations_left_behind_their_text_are_reanchored_at_open(
    data_dir: Path, news: Path
) -> None:
    """A library where a new version was committed without its annotations (what a kill
    did to earlier releases) is put right the next time it is opened."""
    from reader.ingest.files import parse_file

    with Library.open(data_dir) as library:
        library.import_paths([news])
        article_id = library.articles()[0].id
        made = library.annotate(article_id, "Huawei prépare")
        (news / "a.txt").write_text(TEXT.replace("\n\n", "\n\nUn chapô ajouté.\n\n", 1), "utf-8")
        parsed = parse_file(news / "a.txt")
        assert not isinstance(parsed, str)
        library.store.save(parsed)  # the version alone, as before a kill
        behind = library.annotations(article_id)[0]
        assert behind.version == 1 and library.article(article_id).version == 2
    with Library.open(data_dir) as library:
        now = library.annotations(article_id)[0]
        text = library.article(article_id).text
        assert now.id == made.id and now.version == 2 and now.status == "moved"
        assert text[now.start : now.end] == "Huawei prépare"


def test_tags_kept_with_spaces_by_an_earlier_version_are_tidied_when_opened(
    data_dir: Path, news: Path
) -> None:
    """A library whose tag ``Pays / Chine`` was kept as typed (as versions before did),
    then tagged ``Pays/Chine`` again: opened, it lists one tag, under ``Pays``, holding
    both passages."""
    with Library.open(data_dir) as library:
        library.import_paths([news])
        article_id = next(a.id for a in library.articles() if a.title == "Un titre de dépêche")
        library.annotate(article_id, "Tencent", tags=["Ancien"])
        # as an earlier version kept it: the name as typed, spaces and all
        library.engines.writer.run(
            lambda: library.annotation_store.rename_tag("Ancien", "Pays / Chine")
        )
        library.annotate(article_id, "Huawei", tags=["Pays/Chine"])
        assert {t.name for t in library.tags()} == {"Pays / Chine", "Pays/Chine"}
    with Library.open(data_dir) as library:
        tags = {t.name: t for t in library.tags()}
        assert set(tags) == {"Pays/Chine"} and tags["Pays/Chine"].passages == 2
        assert len(library.annotations(tag="pays")) == 2
        assert library.search("tag:pays").total == 1
