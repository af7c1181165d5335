"""What users type finds the right bundled articles, with marked snippets."""

from __future__ import annotations

import pytest

from reader.core.errors import QuerySyntaxError

SEED = {
    "000": "Alors que les tensions sino-américaines",
    "001": "Stratégies de Tencent et Baidu",
    "002": "Tencent a révélé qu'il avait suffisamment",
    "003": "Ainsi, malgré l’interdiction américaine",
    "004": "La Chine réduit son retard en IA",
}


def found(library, query: str, limit: int = 20) -> set[str]:
    results = library.search(query, limit=limit)
    return {
        key for hit in results.hits for key, start in SEED.items() if hit.title.startswith(start)
    }


def test_huawei_finds_exactly_the_three_seeds_that_mention_it(library) -> None:
    results = library.search("Huawei")
    assert found(library, "Huawei") == {"002", "003", "004"}
    assert results.total == 3
    for hit in results.hits:
        assert "<mark>Huawei</mark>" in hit.snippet
        assert hit.first_hit is not None
        text = library.article(hit.id).text
        assert text[hit.first_hit[0] : hit.first_hit[1]] == "Huawei"


def test_accents_are_folded(library) -> None:
    assert found(library, "etats-unis") == {"001", "002", "004"}
    assert found(library, "États-Unis") == found(library, "etats-unis")
    assert found(library, "pekin") == {"002", "004"}


def test_stemming_finds_plurals(library) -> None:
    assert {"000", "001"} <= found(library, "restriction")
    assert found(library, "restriction") == found(library, "restrictions")


def test_elided_forms_are_found(library) -> None:
    assert found(library, "IA") == {"000", "001", "002", "003", "004"}
    hits = library.search("IA").hits
    assert any("<mark>l’IA</mark>" in h.snippet or "<mark>l'IA</mark>" in h.snippet for h in hits)


def test_phrase(library) -> None:
    assert found(library, '"stock de puces"') == {"000", "002"}
    assert found(library, '"puces de stock"') == set()


def test_source_field_and_facets(library) -> None:
    assert found(library, "source:register") == {"000"}
    assert found(library, 'source:"The Register"') == {"000"}
    facets = library.search("Tencent").facets
    assert facets["source"] == {"The Register": 1, "WCCFTech": 1}
    assert facets["lang"] == {"fr": 4}


def test_boolean_minus_and_fields(library) -> None:
    assert found(library, "Nvidia -Huawei") == found(library, "Nvidia NOT Huawei")
    assert "003" not in found(library, "Nvidia -Huawei")
    assert found(library, "Baidu OR Alibaba") == found(library, "Baidu") | found(library, "Alibaba")
    assert found(library, "title:Baidu") == {"001"}
    assert found(library, "lang:fr") == set(SEED)
    assert found(library, "lang:en") == set()


def test_wildcard_and_fuzzy(library) -> None:
    assert "004" in found(library, "Hugg*")
    assert found(library, "Huawai~") == {"002", "003", "004"}


def test_title_ranks_first(library) -> None:
    hits = library.search("Baidu").hits
    assert hits[0].title.startswith(SEED["001"])


def test_furniture_is_not_searched(library) -> None:
    assert found(library, "Shutterstock") == set()
    assert found(library, "Cryptopolitan") == set()


def test_tag_and_entity_fields_parse(library) -> None:
    assert library.search("tag:export-controls entity:Huawei").total == 0


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "OR OR", "(((", "*", "~", "-", "x" * 5000])
def test_odd_queries_never_crash(library, query: str) -> None:
    library.search(query)


def test_unknown_field_gets_a_hint(library) -> None:
    with pytest.raises(QuerySyntaxError, match="title:"):
        library.search("auteur:Lau")


def test_limit_keeps_total(library) -> None:
    results = library.search("Tencent", limit=2)
    assert len(results.hits) == 2 and results.total == 4
