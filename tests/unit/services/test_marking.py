"""An entity: search marks the entity's mentions: the clauses read from the query, the
mentions they name, their place in the searchable body, and the snippet of the CLI."""

from __future__ import annotations

from reader.core.model import EntityMention
from reader.services.marking import (
    EntityClause,
    entity_clauses,
    mention_marks,
    merged,
    text_to_body,
)


def _mention(start: int, text: str, label: str, canonical: str) -> EntityMention:
    return EntityMention(start, start + len(text), text, label, canonical, "gazetteer")


def test_clauses_as_the_search_box_writes_them() -> None:
    assert entity_clauses("entity:Tencent") == [EntityClause(None, ("tencent",))]
    assert entity_clauses('puces org:"Tencent Holdings" person:Lau~1') == [
        EntityClause("ORG", ("tencent", "holdings")),
        EntityClause("PER", ("lau",)),
    ]
    assert entity_clauses("(entity:Pékin OR place:Shenzhen)") == [
        EntityClause(None, ("pekin",)),
        EntityClause("LOC", ("shenzhen",)),
    ]
    assert entity_clauses("entity:Tenc*") == [EntityClause(None, ("tenc",), prefix=True)]
    # excluded entities, other fields and plain words name nothing
    assert entity_clauses("Huawei -entity:Nvidia NOT entity:Baidu tag:ia source:x") == []
    assert entity_clauses("12:30 entity:") == []


def test_mentions_named_by_a_clause() -> None:
    mentions = [
        _mention(0, "Tencent", "ORG", "Tencent"),
        _mention(20, "Tencent Holdings", "ORG", "Tencent"),
        _mention(50, "Pékin", "LOC", "Beijing"),
        _mention(70, "Martin Lau", "PER", "Martin Lau"),
        _mention(90, "Tencent", "PRODUCT", "Tencent Cloud"),
    ]
    assert mention_marks(mentions, entity_clauses("entity:tencent")) == [
        (0, 7),
        (20, 36),
        (90, 97),
    ]
    assert mention_marks(mentions, entity_clauses("org:Tencent")) == [(0, 7), (20, 36)]
    # the canonical name or the words as written, accents and case aside
    assert mention_marks(mentions, entity_clauses("entity:Beijing entity:pekin")) == [(50, 55)]
    assert mention_marks(mentions, entity_clauses("person:Lau")) == [(70, 80)]
    assert mention_marks(mentions, entity_clauses("entity:Tenc*")) == [(0, 7), (20, 36), (90, 97)]
    assert mention_marks(mentions, entity_clauses('entity:"Lau Martin"')) == []


def test_spans_move_into_the_body_and_merge(library) -> None:
    article = next(library.article(a.id) for a in library.articles() if "Baidu" in a.title)
    body = "\n".join(
        article.text[b.start : b.end] for b in article.blocks() if not b.kind.is_furniture
    )
    start = article.text.index("Martin Lau")
    (moved,) = text_to_body(article, [(start, start + len("Martin Lau"))])
    assert body[moved[0] : moved[1]] == "Martin Lau"
    credit = next(b for b in article.blocks() if b.kind.is_furniture)
    assert text_to_body(article, [(credit.start, credit.start + 3)]) == []
    assert merged([(0, 7), (30, 34)], [(0, 16), (40, 41)]) == [(0, 16), (30, 34), (40, 41)]


def test_entity_search_marks_mentions_in_snippets_and_text(library) -> None:
    library.recognize_pending()
    results = library.search("entity:Tencent")
    assert results.hits
    for hit in results.hits:
        assert "<mark>" in hit.snippet and "Tencent" in hit.snippet, hit.snippet
        article = library.article(hit.id)
        marks = library.hit_offsets(hit.id, "entity:Tencent")
        assert marks and all("tencent" in article.text[s:e].lower() for s, e in marks)
        assert hit.first_hit == marks[0]
