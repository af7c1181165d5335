"""The user's glossary, used by the translation (Apertium really run), the word gloss and
the entity layer; unknown words; the cache keyed by route; the translation memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.glossary import GlossaryEntry, occurrences, plural
from reader.core.translation import sentences
from reader.services.glossary import GlossaryError
from reader.translate import names
from reader.translate.apertium import ApertiumTranslator
from reader.translate.base import Route

needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None, reason="apertium is not installed"
)


@pytest.fixture(autouse=True)
def _no_statistical_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names from the gazetteer, the rules and the patterns: loading spaCy's model took
    most of these tests' time, and what they check does not depend on it."""
    from reader.entities import pipeline

    def default(cls, extra_entries=()):
        return cls([r for r in pipeline.discover(extra_entries) if r.name != "spacy"])

    monkeypatch.setattr(pipeline.EntityPipeline, "default", classmethod(default))


SEED = Path(__file__).resolve().parents[3] / "resources" / "corpus" / "000_cbc18e093533efd0.txt"


@pytest.fixture
def short(library, tmp_path: Path) -> str:
    """A short article made of paragraphs of the first seed (translating a whole seed
    several times took most of these tests' time): its id."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    wanted = [
        "Tencent et les puces",
        next(t for t in lines if t.startswith("Les restrictions américaines")),
        next(t for t in lines if t.startswith("Selon Martin Lau")),
        "Vers une IA « Made in China »",
    ]
    path = tmp_path / "tencent.txt"
    path.write_text("\n\n".join(wanted) + "\n", encoding="utf-8")
    return str(library.import_paths([path]).outcomes[0].article_id)


def test_terms_match_as_people_write_them() -> None:
    puce = GlossaryEntry("fr", "en", "puce", "microchip")
    made = GlossaryEntry("fr", "en", "Made in China", keep=True)
    text = "Puces et puce ; des micropuces. Le label Made  in China, pas made in china."
    found = [(o.written, o.rendering) for o in occurrences(text, [puce, made])]
    assert found == [
        ("Puces", "Microchips"),
        ("puce", "microchip"),
        ("Made  in China", "Made  in China"),
    ]
    assert [plural(w, "en") for w in ("chip", "box", "foundry", "day")] == [
        "chips",
        "boxes",
        "foundries",
        "days",
    ]
    assert plural("semi-conducteur", "fr") == "semi-conducteurs"
    assert plural("Chip", "de") == "Chip"  # no regular suffix: left as the entry says


def test_glossary_entries_are_checked_and_one_per_term(library) -> None:
    first = library.add_glossary_entry(GlossaryEntry("fra", "EN", "  puce ", "chip"))
    assert (first.source, first.target, first.term) == ("fr", "en", "puce")
    again = library.add_glossary_entry(GlossaryEntry("fr", "en", "Puce", "microchip", note="UE"))
    assert again.id == first.id and library.glossary("fr", "en") == [again]
    with pytest.raises(GlossaryError, match="needs a translation"):
        library.add_glossary_entry(GlossaryEntry("fr", "en", "fonderie"))
    with pytest.raises(GlossaryError, match="two languages"):
        library.add_glossary_entry(GlossaryEntry("fr", "fr", "puce", "puce"))
    library.delete_glossary_entries([again.id])
    assert library.glossary() == []


def test_the_glossary_travels_as_csv(library) -> None:
    library.save_glossary_entries(
        [
            GlossaryEntry("fr", "en", "puce", "chip", note="pas « flea »"),
            GlossaryEntry("fr", "en", "Made in China", keep=True),
            GlossaryEntry("fr", "es", "semi-conducteur", "semiconductor; chip"),
        ]
    )
    exported = library.export_glossary()
    assert exported.splitlines()[0] == "source,target,term,translation,keep,note"
    before = library.glossary()
    library.delete_glossary_entries([e.id for e in before])
    assert library.import_glossary(exported) == 3
    assert [(e.term, e.translation, e.keep, e.note) for e in library.glossary()] == [
        (e.term, e.translation, e.keep, e.note) for e in before
    ]
    # a spreadsheet's export: semicolons, no languages, no header
    assert library.import_glossary("fonderie;foundry;\n\ngravure;process node;", "fr", "en") == 2
    assert {e.term for e in library.glossary("fr", "en")} >= {"fonderie", "gravure"}
    # a bad line: nothing of the file is kept, and the message says where
    with pytest.raises(GlossaryError, match="line 3"):
        library.import_glossary("term,translation\nwafer,wafer\nlithographie,\n", "fr", "en")
    assert "wafer" not in {e.term for e in library.glossary()}


@needs_apertium
def test_a_glossary_entry_changes_the_translation_and_the_gloss(library, short) -> None:
    before = library.translate(short, "en")
    index = next(p.index for p in before.paragraphs if " puces " in p.source)
    assert "microchip" not in before.paragraphs[index].translation
    library.add_glossary_entry(GlossaryEntry("fr", "en", "puce", "microchip"))
    after = library.translate(short, "en")
    changed = after.paragraphs[index]
    assert "microchips" in changed.translation and not changed.cached
    # paragraphs without the term still come from the cache
    assert all(p.cached for p in after.paragraphs if "puce" not in p.source.lower())
    used, glosses = library.gloss("puces", "fr", "en")
    assert used == "en"
    assert (glosses[0].origin, glosses[0].senses) == ("glossary", ("microchip",))
    assert any(g.origin == "freedict" for g in glosses[1:]) or len(glosses) == 1


@needs_apertium
def test_names_of_the_glossary_are_kept_and_alias_entities(library, short) -> None:
    library.add_glossary_entry(GlossaryEntry("fr", "es", "Made in China", keep=True))
    kept = library.translate(short, "es")
    held = [p for p in kept.paragraphs if "Made in China" in p.source]
    assert held and all("Made in China" in p.translation for p in held)
    assert not any("Tiñió" in p.translation for p in kept.paragraphs)
    # the entity layer reads the glossary's names as aliases
    person = next(m for m in library.entities(short) if m.label == "PER")
    library.add_glossary_entry(GlossaryEntry("fr", "es", person.text, "Don " + person.text))
    library.add_glossary_entry(GlossaryEntry("fr", "en", person.text, "Mr " + person.text))
    assert library.glossary_names("fr")[-1] == (person.text, "Mr " + person.text)
    mentions = library.entities(short)  # the entity layer consults the glossary
    named = [m for m in mentions if m.text == person.text]
    assert named and {m.canonical for m in named} == {"Mr " + person.text}
    others = [m for m in mentions if m.text != person.text]
    assert others and all(m.canonical != "Mr " + person.text for m in others)


@needs_apertium
def test_unknown_words_are_returned_and_no_capital_follows_a_protected_name() -> None:
    hook = ApertiumTranslator()
    texts = ["Tencent a révélé ses résultats.", "Les puces inovadoras de Huawei sont chères."]
    path = Route("fr", "en", "es")
    plain = hook.translate_marked(texts, "fr", "en", path=path)
    kept = hook.translate_marked(texts, "fr", "en", keep=[["Tencent"], ["Huawei"]], path=path)
    assert plain[0].text.startswith("Tencent Has revealed")  # what Apertium does by itself
    assert kept[0].text.startswith("Tencent has revealed")
    # a word left untranslated is said, not left marked in the text; a name is no gap
    assert [m.unknown for m in kept] == [(), ("inovadoras",)]
    assert "*" not in kept[1].text and "inovadoras" in kept[1].text


def test_names_and_terms_go_through_placeholders_with_their_renderings() -> None:
    masked = names.mask("Tencent achète des puces.", {"Tencent": "Tencent", "puces": "chips"})
    assert "Tencent" not in masked.text and "puces" not in masked.text
    (tencent, _), (chips, _) = masked.slots
    out = f"*{tencent} Buys *{chips}."
    assert names.restore(out, masked) == "Tencent buys chips."


def test_sentences_cut_alike_in_both_languages() -> None:
    assert sentences("M. Ma l'a dit. « Non », a répondu J. Smith ! Fin") == [
        "M. Ma l'a dit.",
        "« Non », a répondu J. Smith !",
        "Fin",
    ]


@needs_apertium
def test_the_cache_is_keyed_by_route(library, short, monkeypatch: pytest.MonkeyPatch) -> None:
    through_spanish = library.translate(short, "en")
    assert through_spanish.route == "fr→es→en"
    monkeypatch.setattr(ApertiumTranslator, "route", lambda self, s, t: Route("fr", "en", via="ca"))
    through_catalan = library.translate(short, "en")
    assert through_catalan.route == "fr→ca→en"
    assert not any(p.cached for p in through_catalan.paragraphs)
    assert library.translate(short, "en").paragraphs[1].cached


@needs_apertium
def test_a_corrected_sentence_is_offered_in_another_article(library, short, tmp_path: Path) -> None:
    first = library.translate(short, "en")
    paragraph = next(p for p in first.paragraphs if len(sentences(p.source)) >= 2 and
                     len(sentences(p.source)) == len(sentences(p.translation)))  # fmt: skip
    said, machine = sentences(paragraph.source)[0], sentences(paragraph.translation)[0]
    corrected = "A sentence as the reader would write it."
    text = paragraph.translation.replace(machine, corrected, 1)
    library.edit_translation(short, "en", "apertium", paragraph.index, text)
    # a syndicated copy: the same sentence in a paragraph of its own words
    copy = tmp_path / "reprise.txt"
    copy.write_text(
        "Une reprise de la dépêche\n\nUn autre journal a repris le texte ce matin. "
        + said
        + "\n\n"
        + " ".join(reversed(sentences(paragraph.source)))
        + "\n",
        encoding="utf-8",
    )
    other = library.import_paths([copy]).outcomes[0].article_id
    result = library.translate(other, "en")
    offered = [(p.index, o) for p in result.paragraphs for o in p.offers]
    assert {o.corrected for _, o in offered} == {corrected}
    assert {o.article_id for _, o in offered} == {short}
    assert len(offered) == 2 and all(said in result.paragraphs[i].source for i, _ in offered)
    # the same sentences in another order: every one was translated before, so the
    # paragraph comes from the cache, sentence by sentence, with nothing sent
    reordered = result.paragraphs[offered[1][0]]
    assert reordered.cached and not reordered.edited
    index, offer = offered[0]
    now = result.paragraphs[index].translation
    library.accept_offer(other, "en", "apertium", index, now, offer)
    accepted = library.translate(other, "en").paragraphs[index]
    assert corrected in accepted.translation and accepted.edited and not accepted.offers


def test_the_glossary_from_the_command_line(data_dir: Path, tmp_path: Path, capsys) -> None:
    from reader.cli import main

    def reader(*args: str) -> int:
        return main(["--data-dir", str(data_dir), *args])

    assert reader("glossary", "add", "puce", "chip", "--note", "pas « flea »") == 0
    assert reader("glossary", "add", "Made in China", "--keep", "--to", "es") == 0
    assert reader("glossary", "add", "lithographie") != 0  # no translation, not a name
    assert "needs a translation" in capsys.readouterr().err
    out = tmp_path / "glossaire.csv"
    assert reader("glossary", "export", str(out)) == 0
    assert reader("glossary", "remove", "Puce") == 0
    capsys.readouterr()
    assert reader("glossary", "--json") == 0
    listed = capsys.readouterr().out
    assert "puce" not in listed and "Made in China" in listed
    assert reader("glossary", "import", str(out)) == 0
    capsys.readouterr()
    assert reader("gloss", "puces", "--to", "en") == 0
    assert capsys.readouterr().out.splitlines()[:2] == ["puce  (your glossary)", "  1. chip"]


@needs_apertium
@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("pourraient", "pouvoir"),  # not *pourrir*, which shares its stem
        ("était", "être"),  # no entry of its own
        ("sont", "être"),
        ("s'est", "être"),  # then *est*, the east
        ("présentaient", "présenter"),  # not *présentation*
        ("vient", "venir"),
        ("puces", "puce"),
        ("économie", "économie"),
    ],
)
def test_a_word_read_is_looked_up_as_the_form_of_its_verb_or_noun(
    library, word: str, first: str
) -> None:
    """Right-click → Look Up on a word of a French article: the dictionary's entry of
    the verb (or noun) the word is a form of, as the analyser reads it."""
    if not shutil.which("lt-proc"):
        pytest.skip("the Apertium analysers are not installed")
    used, glosses = library.gloss(word, "fr", "en")
    assert used == "en" and glosses, word
    assert glosses[0].headword == first, [g.headword for g in glosses]
    if word in ("s'est", "est"):
        assert [g.headword for g in glosses][:2] == ["être", "est"]
