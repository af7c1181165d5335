"""Shared passages ("Also in…"): what a reader of a syndicated story sees — the paragraph
another outlet copied is linked to ours with the words it changed, an edit does not break
the link, a duplicate BBC story is found and grouped, a highlight can be copied over."""

from __future__ import annotations

from pathlib import Path

from reader.core.passages import SharedPassage
from reader.services.passages import SharedPassages
from tests.conftest import SEEDS, corpus

SEED = "000_cbc18e093533efd0.txt"
QUOTE = "Selon Martin Lau, président de Tencent"
# Another outlet's rewrite of the seed: a new title, paragraphs in another order, words
# changed ("assez important" → "considérable", "précédemment" → "auparavant"), one
# sentence typed without its accents, two sentences of its own added.
REWRITE = "\n\n".join(
    [
        "Tencent assure avoir assez de puces pour ses modèles",
        "Tencent ne se contente pas de s'appuyer sur ses stocks existants. L'entreprise "
        "explore également des méthodes d'entraînement de modèles plus efficaces, "
        "nécessitant moins de ressources. Martin Lau a souligne que Tencent s'eloigne du "
        "concept de « loi d'echelle » privilegie par les entreprises americaines, qui exige "
        "une expansion continue des clusters d'entrainement.",
        "Selon Martin Lau, président de Tencent, l'entreprise dispose d'un « stock de puces "
        "considérable que nous avons acquis auparavant ». Cette réserve stratégique "
        "permettrait à Tencent de continuer à entraîner ses modèles d'IA « pour plusieurs "
        "générations à venir », même en cas de durcissement des restrictions américaines. "
        "Un analyste de Shenzhen y voit un signal adressé aux investisseurs. Le titre a "
        "peu réagi à la Bourse de Hong Kong.",
    ]
)


def _passage(passages: list[SharedPassage], text: str, needle: str) -> SharedPassage:
    at = text.index(needle)
    return next(p for p in passages if p.start <= at < p.end)


def _import(library, path: Path) -> str:
    report = library.import_paths([path])
    article_id = report.outcomes[0].article_id
    assert article_id, report.outcomes[0]
    return article_id


def _seed_id(library) -> str:
    return next(a.id for a in library.articles() if a.title.startswith("Alors que les tensions"))


def test_the_seeds_alone_share_no_passage_word_for_word(library) -> None:
    """The five outlets paraphrase the same earnings call (benchmarks/gold/passages): no
    paragraph of one is another's copy, so no seed shows a mark."""
    passages = SharedPassages(library)
    assert passages.find_shared_passages() == 5
    assert all(passages.also_in(a.id) == [] for a in library.articles())
    assert passages.story_groups() == []
    assert passages.find_shared_passages() == 0  # each version is read once


def test_a_rewritten_copy_is_found_with_the_words_it_changed(library, tmp_path: Path) -> None:
    path = tmp_path / "reprise.txt"
    path.write_text(REWRITE, encoding="utf-8")
    copy_id = _import(library, path)
    passages = SharedPassages(library)
    passages.find_shared_passages()
    seed = library.article(_seed_id(library))
    found = passages.also_in(seed.id)
    assert len(found) == 2  # the two copied paragraphs, not the others
    stock = _passage(found, seed.text, QUOTE)
    assert stock.articles == 1
    (copy,) = stock.copies
    assert copy.article_id == copy_id
    assert copy.title == "Tencent assure avoir assez de puces pour ses modèles"
    theirs = [copy.text[s - copy.start : e - copy.start] for s, e in copy.other_changed]
    ours = [seed.text[s:e] for s, e in copy.changed]
    assert "considérable" in theirs and "auparavant" in theirs
    assert "assez important" in ours and "précédemment" in ours
    # the sentence the copy added is outside what the two share
    assert (
        "Shenzhen"
        not in copy.text[copy.other_shared[0] - copy.start : copy.other_shared[1] - copy.start]
    )
    # typed without accents, the scaling-law sentence still matches; links go both ways
    back = passages.also_in(copy_id)
    assert {p.copies[0].article_id for p in back} == {seed.id}
    # both its paragraphs are the seed's: one story, not a background sentence
    assert not any(p.background for p in found + back)
    (group,) = passages.story_groups()
    assert {m.id for m in group.members} == {seed.id, copy_id}


def test_an_edit_of_the_paragraph_keeps_the_link(library, tmp_path: Path) -> None:
    path = tmp_path / "reprise.txt"
    path.write_text(REWRITE, encoding="utf-8")
    copy_id = _import(library, path)
    passages = SharedPassages(library)
    passages.find_shared_passages()
    edited = REWRITE.replace("durcissement", "renforcement").replace("Cette réserve", "Ce stock")
    path.write_text(edited, encoding="utf-8")
    assert _import(library, path) == copy_id  # a new version of the same article
    assert passages.find_shared_passages() == 1
    seed = library.article(_seed_id(library))
    (copy,) = _passage(passages.also_in(seed.id), seed.text, QUOTE).copies
    theirs = [copy.text[s - copy.start : e - copy.start] for s, e in copy.other_changed]
    assert "renforcement" in theirs
    assert library.article(copy_id).version == 2


def test_a_highlight_is_copied_onto_the_other_copy(library, tmp_path: Path) -> None:
    path = tmp_path / "reprise.txt"
    path.write_text(REWRITE, encoding="utf-8")
    copy_id = _import(library, path)
    passages = SharedPassages(library)
    passages.find_shared_passages()
    seed = library.article(_seed_id(library))
    words = "pour plusieurs générations à venir"
    mine = library.annotate(seed.id, words, color="green", note="à vérifier", tags=["puces"])
    stock = _passage(passages.also_in(seed.id), seed.text, QUOTE)
    copied = passages.copy_annotation(mine, stock, stock.copies[0])
    assert copied.article_id == copy_id
    assert copied.exact == words
    assert (copied.color, copied.note, copied.tags) == ("green", "à vérifier", ("puces",))
    # a highlight over words the copy changed lands on the copy's own words
    changed = library.annotate(seed.id, "stock de puces assez important")
    moved = passages.copy_annotation(changed, stock, stock.copies[0])
    assert moved.exact == "stock de puces considérable"


def test_a_duplicate_bbc_story_is_found_and_grouped(data_dir: Path) -> None:
    """``politics/175`` and ``politics/349`` are one story filed twice (sentences
    rewritten); ``sport/226`` and ``sport/232`` are two reports of one event that differ
    but for two background sentences: only that paragraph is linked, as a passage another
    story repeats (marked more quietly), and the two are not grouped."""
    from reader.services import Library

    bbc = corpus("en-bbc-news-2225", "bbc")
    names = ("politics/175.txt", "politics/349.txt", "sport/226.txt", "sport/232.txt")
    with Library.open(data_dir) as library:
        ids = {name: _import(library, bbc / name) for name in names}
        passages = SharedPassages(library)
        passages.find_shared_passages()
        brown = passages.also_in(ids["politics/175.txt"])
        assert {c.article_id for p in brown for c in p.copies} == {ids["politics/349.txt"]}
        assert len(brown) >= 3
        assert not any(p.background for p in brown)
        wolves = library.article(ids["sport/232.txt"])
        (hoddle,) = passages.also_in(wolves.id)
        assert wolves.text[hoddle.start : hoddle.end].startswith(
            "Hoddle began his managerial career"
        )
        assert hoddle.background and not hoddle.copies[0].same_story
        groups = passages.story_groups()
        members = [{m.id for m in g.members} for g in groups]
        assert members == [{ids["politics/175.txt"], ids["politics/349.txt"]}]
        pair = tuple(sorted((ids["politics/175.txt"], ids["politics/349.txt"])))
        assert passages.same_story_pairs() == [pair]


def test_the_seed_file_is_the_one_the_rewrite_copies() -> None:
    text = (SEEDS / SEED).read_text(encoding="utf-8")
    assert QUOTE in text and "stock de puces assez important" in text


def test_the_keys_are_those_datasketch_gives_so_stored_keys_stay_valid() -> None:
    """A whole article's sketches are computed at once; each must be the MinHash that
    datasketch computes for the sentence, or the keys stored by an earlier version would
    no longer meet the new ones (their copies would go unseen)."""
    from datasketch import MinHash

    from reader.passages.units import NUM_PERM, SCHEME, SEED, shingles, sketches

    sentences = [
        "Le Premier ministre a annoncé mardi une réforme des retraites très contestée.",
        "Tencent's quarterly revenue rose 8% to 167.1 billion yuan, beating forecasts.",
        "Tout court",
        "",
    ]
    sets = [shingles(s) for s in sentences]
    got = sketches(sets)
    for row, shingle_set in zip(got, sets, strict=True):
        sketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        sketch.update_batch([s.encode() for s in shingle_set])
        assert list(row) == list(sketch.hashvalues)
