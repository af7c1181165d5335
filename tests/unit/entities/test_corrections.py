"""The user's corrections win, persist, and survive re-recognition."""

from __future__ import annotations

from reader.core.model import EntityCorrection, EntityMention
from reader.entities.corrections import apply_corrections

TEXT = "Tencent et Kunlun Tech ; Lau parle, Yuanbao aussi."
RAW = [
    EntityMention(0, 7, "Tencent", "LOC", "Tencent", "spacy"),
    EntityMention(25, 28, "Lau", "PER", "Lau", "spacy"),
    EntityMention(36, 43, "Yuanbao", "PRODUCT", "Yuanbao", "gazetteer"),
]


def test_each_kind_of_correction() -> None:
    fixes = [
        EntityCorrection("retype", canonical="Tencent", label="ORG", id=1),
        EntityCorrection("alias", canonical="Lau", target="Martin Lau", id=2),
        EntityCorrection("remove", surface="Yuanbao", id=3),
        EntityCorrection("add", surface="Kunlun Tech", label="ORG", canonical="Kunlun Tech", id=4),
    ]
    out = [(m.text, m.label, m.canonical) for m in apply_corrections(RAW, TEXT, fixes, "a1")]
    assert out == [
        ("Tencent", "ORG", "Tencent"),
        ("Kunlun Tech", "ORG", "Kunlun Tech"),
        ("Lau", "PER", "Martin Lau"),
    ]


def test_article_scoped_corrections_stay_in_their_article() -> None:
    fix = [EntityCorrection("remove", article_id="other", surface="Tencent", id=1)]
    assert apply_corrections(RAW, TEXT, fix, "a1") == RAW
    assert "Tencent" not in {m.text for m in apply_corrections(RAW, TEXT, fix, "other")}


def test_corrections_persist_and_survive_re_recognition(library) -> None:
    from reader.services import Library

    article_id = next(a.id for a in library.articles() if a.title.startswith("Tencent a révélé"))
    library.correct_entity(
        EntityCorrection(
            "add", surface="Chain of Thought", label="MISC", canonical="Chain-of-thought reasoning"
        )
    )
    library.correct_entity(EntityCorrection("retype", canonical="Evelyn Cheng", label="ORG"))
    library.correct_entity(EntityCorrection("remove", article_id=article_id, surface="avril"))

    def check(lib: Library) -> None:
        found = {(m.text, m.label, m.canonical) for m in lib.entities(article_id)}
        assert ("Chain of Thought", "MISC", "Chain-of-thought reasoning") in found
        assert ("Evelyn Cheng", "ORG", "Evelyn Cheng") in found
        assert not any(text == "avril" for text, _, _ in found)

    check(library)
    # a restart
    root = library.paths.root
    library.close()
    again = Library.open(root)
    check(again)
    # a re-recognition: the cache is dropped and rebuilt
    with again.store.transaction() as db:
        db.execute("DELETE FROM entity_runs")
        db.execute("DELETE FROM entities")
    assert again.recognize_pending() == 5
    check(again)
    # search sees the corrected names
    assert again.search('entity:"Chain-of-thought reasoning"').total == 1
    orgs = {e.canonical for e in again.entity_summaries("ORG")}
    assert "Evelyn Cheng" in orgs
    again.close()
