"""Queries as people type them: function words, words one article lacks, missing
accents, the other language, typos — over the seeds and real BBC and Wikinews articles.

Each expectation was read off the articles themselves (grep and reading), not off the
search's output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.search import IndexDoc, SearchIndex
from tests.conftest import corpus
from tests.unit.search.test_search import SEED

# BBC business articles 041–090 and politics 001–050: the ones that say "Bank of England", and
# the ones that name both Blair and Brown (found with grep, checked by reading)
BANK_OF_ENGLAND = {"business/057", "business/061", "business/085", "business/086"}
BBC_SLICE = [("business", n) for n in range(41, 91)] + [("politics", n) for n in range(1, 51)]
needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None, reason="Apertium (the README's apertium packages) is missing"
)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory):
    """The seeds, 100 BBC articles and ten Wikinews articles in one library."""
    from reader.services import Library

    bbc = corpus("en-bbc-news-2225", "bbc")
    wikinews = corpus("fr-wikinews-keyphrase-100", "documents")
    lib = Library.open(tmp_path_factory.mktemp("typed") / "data")
    lib.seed_if_empty()
    files = [bbc / cat / f"{n:03d}.txt" for cat, n in BBC_SLICE]
    files += sorted(wikinews.glob("*.html"))[:10]
    report = lib.import_paths(files)
    assert not report.failed
    ids = {}
    for article in lib.articles():
        for cat, n in BBC_SLICE:
            path = bbc / cat / f"{n:03d}.txt"
            if article.title == path.read_text(encoding="utf-8").splitlines()[0].strip():
                ids[article.id] = f"{cat}/{n:03d}"
        for key, start in SEED.items():
            if article.title.startswith(start):
                ids[article.id] = key
    lib.keys = ids  # article id → "001" / "business/057"
    yield lib
    lib.close()


def keys(lib, query: str, limit: int = 50, **options) -> list[str]:
    results = lib.search(query, limit=limit, **options)
    return [lib.keys.get(hit.id, hit.id) for hit in results.hits]


def bbc_with(*words: str) -> set[str]:
    bbc = corpus("en-bbc-news-2225", "bbc")
    found = set()
    for cat, n in BBC_SLICE:
        text = (bbc / cat / f"{n:03d}.txt").read_text(encoding="utf-8")
        if all(w in text for w in words):
            found.add(f"{cat}/{n:03d}")
    return found


# -- function words never exclude ----------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "without"),
    [("la Chine", "Chine"), ("la chine", "chine"), ("de la Chine", "Chine")],
)
def test_a_french_function_word_changes_nothing(big, query: str, without: str) -> None:
    assert set(keys(big, query)) == set(keys(big, without))
    assert {"000", "001", "002", "003", "004"} <= set(keys(big, query))


def test_stock_de_puces_unquoted_finds_the_articles_with_the_phrase_first(big) -> None:
    found = keys(big, "stock de puces")
    assert set(found[:2]) == {"000", "002"}  # the two that say "stock de puces"
    assert {"001", "003", "004"} <= set(found)  # the others speak of puces


def test_a_quoted_phrase_keeps_its_function_word_in_place(big) -> None:
    assert set(keys(big, '"stock de puces"')) == {"000", "002"}
    assert keys(big, '"puces de stock"') == []


def test_tencent_et_baidu_lists_both_first_then_those_with_one(big) -> None:
    results = big.search("Tencent et Baidu", limit=50)
    found = [big.keys.get(h.id) for h in results.hits]
    assert set(found[:2]) == {"001", "003"}  # the two seeds naming both
    assert results.strict_total == 2
    assert results.relaxed == ("Tencent", "Baidu")
    assert {"000", "002"} <= set(found[2:])  # Tencent alone


def test_bank_of_england_finds_the_articles_that_name_it(big) -> None:
    found = keys(big, "Bank of England")
    assert set(found) >= BANK_OF_ENGLAND
    assert set(found[: len(BANK_OF_ENGLAND)]) == BANK_OF_ENGLAND
    assert found == keys(big, "bank of england")


def test_the_economy_is_economy(big) -> None:
    assert set(keys(big, "the economy")) == set(keys(big, "economy"))
    assert len(keys(big, "the economy")) >= 5


def test_blair_and_brown_lists_articles_with_both_first(big) -> None:
    both = bbc_with("Blair", "Brown")
    assert both
    results = big.search("Blair and Brown", limit=50)
    found = [big.keys.get(h.id) for h in results.hits]
    assert set(found[: len(both)]) == both
    assert results.strict_total == len(both)


def test_function_words_stay_optional_with_notes_and_tags_present(big) -> None:
    seed = next(i for i, k in big.keys.items() if k == "004")
    anno = big.annotate(seed, "Chine", note="de la Chine et des puces", tags=("la",))
    try:
        assert {"000", "001", "002", "003", "004"} <= set(keys(big, "la Chine"))
        assert set(keys(big, "the economy")) == set(keys(big, "economy"))
    finally:
        big.delete_annotation(anno.id)


def test_only_function_words_still_search(big) -> None:
    big.search("de la", limit=5)  # no error; what it finds is the note and fallback fields
    assert big.search("the", limit=5).total >= 0


# -- all words first, then most --------------------------------------------------------------


def test_one_absent_word_does_not_empty_the_page(big) -> None:
    results = big.search("Tencent Baidu licornes", limit=20)
    found = [big.keys.get(h.id) for h in results.hits]
    assert results.strict_total == 0
    assert set(found[:2]) == {"001", "003"}  # two of three words
    assert results.relaxed == ("Tencent", "Baidu", "licornes")
    # pasted with its punctuation, the notice names the words without it
    pasted = big.search("Tencent, Baidu, licornes…", limit=20)
    assert pasted.relaxed == ("Tencent", "Baidu", "licornes")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # headlines copied with their quotation marks: 'more' and 'all' are function words
        ("SA unveils 'more for all' budget", "business/055"),
        ("'Errors' doomed first Dome sale", "politics/006"),
        ("Hewitt decries ‘career sexism’", "politics/003"),
        ("Blair backs « pre-election budget »", "politics/021"),
    ],
)
def test_quotation_marks_around_words_are_punctuation(big, query: str, expected: str) -> None:
    results = big.search(query, limit=5)
    assert [big.keys.get(h.id) for h in results.hits][:1] == [expected]
    assert not results.corrected and not results.suggestion


def test_typed_operators_stay_strict(big) -> None:
    assert keys(big, "Tencent AND licornes") == []
    assert keys(big, "+Tencent +licornes") == []
    assert set(keys(big, "Tencent -Baidu")) == {"000", "002"}
    assert big.search("Tencent AND licornes").relaxed == ()


def test_a_facet_filter_is_never_relaxed(big) -> None:
    found = keys(big, "(Tencent licornes) lang:en")
    assert found == []  # no English article names Tencent


def test_totals_and_facets_describe_what_is_listed(big) -> None:
    results = big.search("Tencent Baidu licornes", limit=100)
    assert results.total == len(results.hits)
    assert sum(results.facets["lang"].values()) == results.total


# -- accents and inflection, both ways ----------------------------------------------------------


@pytest.mark.parametrize("query", ["stratégie", "Stratégies", "STRATEGIES", "strategie"])
def test_accents_and_inflection_meet(big, query: str) -> None:
    assert keys(big, query)[0] == "001"
    assert set(keys(big, query)) == set(keys(big, "strategie"))


def test_a_word_typed_without_accents_finds_its_accented_form(big) -> None:
    # sécurité stems to "secur", securite to "securit": both are indexed
    own = {"cross_language": False}  # "sécurité" alone has a translation to add
    assert set(keys(big, "securite", **own)) == set(keys(big, "sécurité", **own))
    assert keys(big, "securite", **own)
    assert set(keys(big, "etats unis")) >= {"001", "002", "004"}


def test_elided_forms(big) -> None:
    assert {"000", "001", "002", "003", "004"} <= set(keys(big, "l'IA"))
    assert set(keys(big, "d'Alibaba")) == set(keys(big, "Alibaba"))


# -- the other language --------------------------------------------------------------------------


@needs_apertium
def test_english_words_find_french_articles(big) -> None:
    results = big.search("chips export", limit=20)
    alternatives = dict(results.alternatives)
    assert "puces" in [a.lower() for a in alternatives.get("chips", ())]
    found = [big.keys.get(h.id) for h in results.hits]
    assert {"000", "002"} <= set(found)
    marked = " ".join(h.snippet for h in results.hits)
    assert "<mark>puces</mark>" in marked or "<mark>puce</mark>" in marked


@needs_apertium
def test_french_words_find_english_articles_after_the_french_ones(big) -> None:
    results = big.search("chômage", limit=50)
    assert "unemployment" in [a.lower() for a in dict(results.alternatives).get("chômage", ())]
    found = [big.keys.get(h.id, "") for h in results.hits]
    english = bbc_with("unemployment")
    assert english & set(found)


def test_a_rare_sense_is_not_searched_beside_a_common_one(tmp_path: Path) -> None:
    """A dictionary's odd sense ("seism") is dropped when the library knows a far more
    common one for the same word ("earthquake"); the common one finds its articles."""
    index = SearchIndex(tmp_path / "index")
    texts = [f"An earthquake struck region {n} on Monday." for n in range(30)]
    texts.append("Scientists measured the seism with new tools.")
    texts.append("Un séisme a frappé la côte.")
    docs = [IndexDoc(str(n), 1, "en", f"Report {n}", text) for n, text in enumerate(texts)]
    docs[-1] = IndexDoc(str(len(texts) - 1), 1, "fr", "Dépêche", texts[-1])
    index.rebuild(docs)
    found = index.search("séisme", alternatives={"séisme": ("seism", "earthquake")}, limit=40)
    assert dict(found.alternatives) == {"séisme": ("earthquake",)}
    # the articles with the word as typed (its stem) first, then the 30 with the other
    assert {m.id for m in found.matches[:2]} == {"30", "31"}
    assert {m.id for m in found.matches[2:]} == {str(n) for n in range(30)}


@needs_apertium
def test_the_dictionary_adds_the_common_sense_the_route_lacks(big) -> None:
    # Apertium says "seism"; the French-English dictionary says "earthquake"
    alternatives = big.alternatives("séisme", ())
    assert "earthquake" in [a.lower() for a in alternatives.get("séisme", ())]


@needs_apertium
def test_an_expression_translated_word_for_word_is_not_searched_as_a_phrase(big) -> None:
    # "tax of unemployment" (the route's words for "taux de chômage") is no article's
    # phrase: "rate" and "unemployment" are searched anyway, and so is how news writes
    # the expression; "peine de mort", in its own order, is a real expression and is kept
    rate = big.alternatives("taux de chômage", ())
    assert "tax of unemployment" not in rate.get("taux de chômage", ())
    assert "unemployment rate" in rate.get("taux de chômage", ())
    assert "rate" in rate.get("taux", ()) and "unemployment" in rate.get("chômage", ())
    death = big.alternatives("death penalty", ())
    assert "peine de mort" in [a.lower() for a in death.get("death penalty", ())]


@needs_apertium
def test_a_query_in_one_language_is_not_also_read_in_the_other(big) -> None:
    # "sale" is also French ("dirty"): in an English headline it is the English word
    english = big.alternatives("Errors doomed first Dome sale", ())
    assert "vente" in english.get("sale", ())
    assert not {"dirty", "soiled"} & set(english.get("sale", ()))
    # alone, the word may be either: both readings are searched
    alone = big.alternatives("sale", ())
    assert "vente" in alone.get("sale", ()) and "dirty" in alone.get("sale", ())


@needs_apertium
def test_a_word_both_languages_write_is_read_in_the_one_that_uses_it_far_more(big) -> None:
    # "fine" is an English word far more than a French one (*thin*): it is not translated
    # from French, whose senses (*end*, *lively*) listed 93 English articles for 14
    fine = big.alternatives("fine", ())
    assert not {"end", "ending", "lively"} & set(fine.get("fine", ()))
    assert "amende" in fine.get("fine", ())
    bbc = corpus("en-bbc-news-2225", "bbc")
    listed = [k for k in keys(big, "fine") if "/" in k]
    assert listed
    for key in listed:
        assert "fine" in (bbc / f"{key}.txt").read_text(encoding="utf-8").lower(), key
    # "rates" is English (*taux*), not the French *ratés* (*missed*)
    assert not {"miss", "lose"} & set(big.alternatives("rates", ()).get("rates", ()))
    # "pays" is French far more than English: still translated into the English articles
    assert "country" in big.alternatives("pays", ()).get("pays", ())


def test_a_snippet_does_not_say_the_headline_again(big) -> None:
    # a BBC file's first line is its headline, which the result row shows as its title
    hits = [h for h in big.search("Brown", limit=50).hits if "/" in big.keys.get(h.id, "")]
    titled = [h for h in hits if "Brown" in h.title]
    assert len(titled) >= 2
    for hit in hits:
        shown = hit.snippet.replace("<mark>", "").replace("</mark>", "")
        assert not shown.startswith(hit.title), hit.title
    # the words of the headline are still marked where the article goes on to say them
    assert all("<mark>Brown" in h.snippet for h in titled)


def test_entity_aliases_cross_languages(big) -> None:
    results = big.search("China", limit=50)
    assert "Chine" in dict(results.alternatives).get("China", ())
    assert {"000", "001", "002", "003", "004"} <= set(big.keys.get(h.id) for h in results.hits)


def test_the_setting_turns_cross_language_search_off(big) -> None:
    big.set_cross_language(False)
    try:
        assert big.search("China", limit=50).alternatives == ()
    finally:
        big.set_cross_language(True)
    assert big.search("China", limit=50, cross_language=False).alternatives == ()


def test_a_removed_alternative_is_not_searched(big) -> None:
    results = big.search("China", limit=50, exclude=("Chine",))
    assert "Chine" not in dict(results.alternatives).get("China", ())


def test_words_typed_in_the_query_language_rank_first(big) -> None:
    found = keys(big, "Chine")
    assert found[:5] and set(found[:5]) == {"000", "001", "002", "003", "004"}


# -- did you mean ---------------------------------------------------------------------------------


def test_a_typo_is_corrected_when_nothing_matches(big) -> None:
    results = big.search("Tencnet", limit=10)
    assert results.corrected and results.suggestion == "Tencent"
    assert {"000", "001", "002", "003"} <= {big.keys.get(h.id) for h in results.hits}


def test_an_english_typo(big) -> None:
    results = big.search("goverment", limit=10)
    assert results.suggestion == "government"
    assert results.hits


def test_no_suggestion_for_words_that_exist(big) -> None:
    assert big.search("Huawei").suggestion == ""


@pytest.mark.parametrize(
    "query",
    ["é", "la", "l'", "de la de", "x" * 300, "Tencent " * 50, '"la"', "title:la Chine", "-"],
)
def test_odd_input_never_fails(big, query: str) -> None:
    big.search(query, limit=5)


def test_the_window_and_the_cli_read_the_same_notes(big) -> None:
    from reader.cli.search import search_notes

    notes = search_notes(big.search("Tencent et Baidu", limit=20))
    assert "Only 2 articles have all of: Tencent, Baidu; those with most follow." in notes


def _small_index(tmp_path, texts: list[tuple[str, str]]):
    from reader.search import IndexDoc, SearchIndex

    index = SearchIndex(tmp_path / "index")
    docs = [IndexDoc(str(n), 1, lang, f"Article {n}", text) for n, (lang, text) in enumerate(texts)]
    index.rebuild(docs)
    return index


def test_a_noun_that_is_also_a_form_of_avoir_is_searched(tmp_path) -> None:
    index = _small_index(
        tmp_path,
        [("fr", "Les avions de ligne restent au sol cet été."), ("fr", "Nous avions dit non.")],
    )
    assert {m.id for m in index.search("avions").matches} == {"0", "1"}
    assert {m.id for m in index.search("été").matches} == {"0"}
    assert {m.id for m in index.search("les États-Unis", limit=5).matches} == set()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("vidéo", {"0"}),
        ("vidéos", {"0"}),
        ("videos", {"0"}),
        ("euro", {"1"}),
        ("Euros", {"1"}),
        ("ami", {"2"}),
        ("menu", {"2"}),
        ("Nintendo", {"3"}),
        ("cas", {"4"}),  # three letters: not "ça"
    ],
)
def test_a_french_plural_in_s_meets_its_singular(tmp_path, query: str, expected: set) -> None:
    index = _small_index(
        tmp_path,
        [
            ("fr", "Les vidéos de la manifestation circulent."),
            ("fr", "Une amende de 300 millions d'euros."),
            ("fr", "Des amis ont choisi les menus du soir."),
            ("fr", "Les Nintendos se vendent bien."),
            ("fr", "Dans ce cas, rien ne change."),
            ("fr", "Ça ne change rien."),
        ],
    )
    assert {m.id for m in index.search(query).matches} == expected


def test_words_run_together_are_split_when_nothing_matches(tmp_path) -> None:
    index = _small_index(tmp_path, [("en", "A heat wave hit the city."), ("en", "Cold.")])
    found = index.search("heatwave")
    assert found.corrected and found.suggestion == "heat wave"
    assert [m.id for m in found.matches] == ["0"]


def test_a_word_found_only_by_the_other_languages_news_words_gets_its_spelling(tmp_path) -> None:
    from reader.search.plan import LesserSense

    index = _small_index(
        tmp_path,
        [
            ("en", "A heat wave hit the city."),
            ("en", "The heat wave is over."),
            ("fr", "La canicule frappe Paris."),
        ],
    )
    # the French article is listed, and the English spelling offered one click away
    found = index.search("heatwave", alternatives={"heatwave": (LesserSense("canicule"),)})
    assert [m.id for m in found.matches] == ["2"]
    assert found.suggestion == "heat wave" and not found.corrected
    # a translation proper answers the word as typed: nothing to offer
    found = index.search("heatwave", alternatives={"heatwave": ("canicule",)})
    assert [m.id for m in found.matches] == ["2"] and not found.suggestion


def test_a_pasted_paragraph_searches_its_first_words(tmp_path) -> None:
    words = " ".join(f"mot{n}" for n in range(400))
    index = _small_index(tmp_path, [("fr", "mot0 mot1 mot2 et le reste"), ("fr", "autre")])
    assert [m.id for m in index.search(words).matches] == ["0"]
    assert [m.id for m in index.search("Huawei " * 1000 + "mot1").matches] == ["0"]


def test_a_sentence_pasted_with_brackets_finds_its_article(big) -> None:
    """Brackets in a pasted sentence are punctuation, not a formula that makes every word
    required (a paste with "(MPC)" found nothing when one of its words was missing)."""
    pasted = (
        "Improving the quality of national statistics is the best way of making sure "
        "the Monetary Policy Committee (MPC) makes the right decisions"
    )
    assert keys(big, pasted)[:1] == ["business/057"]
    # a formula keeps its brackets: both names, strictly, and without the other
    strict = keys(big, "(Blair AND Brown) -Howard")
    assert strict and all("Howard" not in big.article(a).text for a in _ids(big, strict))


def _ids(lib, wanted: list[str]) -> list[str]:
    back = {key: article_id for article_id, key in lib.keys.items()}
    return [back.get(k, k) for k in wanted]


def test_a_word_cut_off_at_a_pastes_end_is_not_respelt(tmp_path) -> None:
    """A paste that ends in the first letter of a word ("… rose p") lists what its other
    words find, with no "Did you mean: sales rose pc?" (it was offered, and searched);
    a real typo still is."""
    index = _small_index(
        tmp_path, [("en", "Sales of the pc rose as buyers came back."), ("en", "Nothing here.")]
    )
    cut = index.search("sales rose p")
    assert [m.id for m in cut.matches] == ["0"]
    assert cut.suggestion == "" and not cut.corrected
    assert index.search("sales rose buyrs").suggestion == "sales rose buyers"


def test_a_signed_number_in_a_paste_is_a_number(tmp_path) -> None:
    """``(-0.5%)`` in a pasted sentence raised a syntax error, and ``-0.5%`` without the
    brackets hid the article that says it: a number's sign is not an operator."""
    index = _small_index(
        tmp_path,
        [("en", "GDP fell (-0.5%) in the third quarter, the figures show."), ("en", "Other.")],
    )
    for pasted in ("GDP fell (-0.5%) in the third quarter", "GDP fell -0.5% in the third quarter"):
        assert [m.id for m in index.search(pasted).matches] == ["0"], pasted
    assert [m.id for m in index.search("GDP -quarter").matches] == []  # a word's sign stays
