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


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        ('"stock de puces', "a quotation mark is not closed"),
        ("Huawei AND", "AND needs a word on each side (Huawei AND Nvidia)"),
        ("OR OR", "OR needs a word on each side"),
        ("Nvidia NOT", "NOT needs a word after it"),
        ("(((", 'a "(" is not closed by a ")"'),
        ("Huawei)", 'a ")" has no "(" before it'),
        # a dash standing alone between words is punctuation (a pasted headline)
        ("Nvidia - Huawei", ""),
        ("Nvidia - Huawei OR Baidu", '"-" goes right before a word, without a space (-Huawei)'),
        ("title: Baidu", "title: needs a word right after it, without a space (title:Baidu)"),
        ("Huawai~9", "at most 2 typos are looked for (Huawai~2)"),
        ('"puces de stock"~5', ""),
        ("x" * 5000, "only its first 2000 characters are searched"),
        ("*", ""),
        ("~", ""),
        ("a~/2", ""),
    ],
)
def test_odd_queries_run_with_a_readable_hint(library, query: str, hint: str) -> None:
    results = library.search(query)
    assert hint in results.hint and bool(results.hint) == bool(hint)


def test_a_query_of_operators_only_finds_nothing_and_says_why(library) -> None:
    results = library.search("NOT NOT NOT")
    assert results.total == 0 and not results.hits
    assert results.hint == "NOT needs a word after it (Nvidia NOT Huawei)"
    # "NOT" alone is no word: not "notamment", "notes"
    assert library.search("NOT").total == 0


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("Huawei OR", "Huawei"), ("Huawei AND", "Huawei"), ("Huawei NOT", "Huawei"),
     ("OR Baidu", "Baidu"), ("Tencent OR Baidu AND", "Tencent OR Baidu")],
)  # fmt: skip
def test_an_operator_typed_before_its_word_keeps_the_results_of_the_words_before(
    library, typed: str, meant: str
) -> None:
    """Typing ``Huawei OR Nvidia``, the results of *Huawei* stay while ``OR`` waits for
    its word (they went blank), with the hint of what is missing."""
    assert found(library, meant)
    assert found(library, typed) == found(library, meant)
    assert "needs a word" in library.search(typed).hint


def test_a_query_that_only_excludes_says_to_add_a_word(library) -> None:
    for typed in ("-Huawei", "-Huawei -Nvidia", "NOT Huawei"):
        results = library.search(typed)
        assert results.total == 0
        assert results.hint == (
            "-Huawei only leaves articles out: add a word to search for (Huawei -Huawei)"
        )
    assert found(library, "Tencent -Huawei") and not library.search("Tencent -Huawei").hint


def test_fuzzy_queries_look_for_two_typos_at_most(library) -> None:
    from reader.search.query import make_parser, parse
    from reader.search.schema import build_schema

    parser = make_parser(build_schema())
    for text in ("abcdefghijklmnop~5", "Huawai~9", "Huawai~2", "a~9/5"):
        leaves = [q for q in parse(parser, text).leaves() if hasattr(q, "maxdist")]
        assert leaves and all(q.maxdist == 2 for q in leaves), text
        assert all(1 <= q.prefixlength <= len(q.text) for q in leaves), text
    assert found(library, "Huawai~9") == found(library, "Huawai~2") == {"002", "003", "004"}


def test_unknown_field_gets_a_hint(library) -> None:
    with pytest.raises(QuerySyntaxError, match="title:"):
        library.search("auteur:Lau")


def test_limit_keeps_total(library) -> None:
    results = library.search("Tencent", limit=2)
    assert len(results.hits) == 2 and results.total == 4


def test_a_time_is_text_not_a_field_name(library, tmp_path) -> None:
    note = tmp_path / "horaire.txt"
    note.write_text("Conférence de presse\n\nTencent parlera à 12:30 au siège.\n", "utf-8")
    library.import_paths([note])
    assert [h.title for h in library.search("12:30").hits] == ["Conférence de presse"]
    with pytest.raises(QuerySyntaxError, match="unknown field auteur:"):
        library.search("auteur:Lau")
