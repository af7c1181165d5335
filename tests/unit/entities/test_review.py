"""The French model's proposals read again with the words around them
(:mod:`reader.entities.review`), the cues for ministries and makers, and the merge of a
model's name with a known one — on sentences as French news writes them, the model's
answers given (the mistakes the development gold showed it making)."""

from __future__ import annotations

from reader.entities.base import Block, Candidate, Label
from reader.entities.cues import CueRecognizer
from reader.entities.gazetteer import Gazetteer, GazetteerRecognizer, parse_entries
from reader.entities.pipeline import EntityPipeline


class Model:
    """The statistical recogniser's place in the pipeline, answering what it is told:
    (surface, label, occurrence) triples."""

    name, version, priority = "spacy", "1", 50

    def __init__(self, *found: tuple[str, str] | tuple[str, str, int]) -> None:
        self.found = found

    def recognize(self, text, blocks, lang):
        out = []
        for surface, label, *which in self.found:
            start = -1
            for _ in range((which or [0])[0] + 1):
                start = text.index(surface, start + 1)
            out.append(Candidate(start, start + len(surface), Label(label), self.name))
        return out


def seen(text: str, *recognizers, lang: str = "fr") -> set[tuple[str, str]]:
    pipeline = EntityPipeline(list(recognizers), Gazetteer.bundled())
    mentions = pipeline.recognize_text(text, [Block(0, len(text), lang)], lang)
    return {(m.text, m.label) for m in mentions}


def test_peoples_and_nationalities_are_not_places() -> None:
    text = (
        "Au Mali, les Touareg et les Peul manifestent. Le Camerounais chante, "
        "l’Américain parle, 145 000 Philippins sont partis et Deux Britanniques restent."
    )
    model = Model(
        ("Mali", "LOC"),
        ("Touareg", "LOC"),
        ("Peul", "LOC"),
        ("Camerounais", "LOC"),
        ("Américain", "LOC"),
        ("Philippins", "LOC"),
        ("Britanniques", "LOC"),
    )
    assert seen(text, model) == {("Mali", "LOC")}


def test_a_place_with_an_article_stays_a_place() -> None:
    text = "Les Hauts-de-Seine, les Alpes, le Liban et la Kabylie votent."
    model = Model(("Hauts-de-Seine", "LOC"), ("Alpes", "LOC"), ("Liban", "LOC"), ("Kabylie", "LOC"))
    assert seen(text, model) == {
        ("Hauts-de-Seine", "LOC"),
        ("Alpes", "LOC"),  # a plural place the gazetteer names
        ("Liban", "LOC"),
        ("Kabylie", "LOC"),
    }


def test_a_title_is_not_part_of_the_name() -> None:
    text = "Le constat amer est du Professeur Nobutaka Miura, à Tokyo."
    model = Model(("Professeur Nobutaka Miura", "MISC"), ("Tokyo", "LOC"))
    assert ("Nobutaka Miura", "PER") in seen(text, model)


def test_an_institution_is_typed_by_its_first_word() -> None:
    text = "Professeur à l'Université Bordeaux II, il élit un Congrès national général."
    model = Model(("Université Bordeaux II", "LOC"), ("Congrès national général", "MISC"))
    assert seen(text, model) == {
        ("Université Bordeaux II", "ORG"),
        ("Congrès national général", "ORG"),
    }


def test_a_makers_code_is_a_product_even_after_the_maker_was_named() -> None:
    text = (
        "Le constructeur Airbus est mis en cause : l'avion, un Airbus A330, a décroché. "
        "La Nintendo 3DS XL arrive."
    )
    model = Model(("Airbus A330", "MISC"), ("Nintendo 3DS", "MISC"))
    found = seen(text, model, CueRecognizer(), GazetteerRecognizer())
    assert {("Airbus", "ORG"), ("Airbus A330", "PRODUCT"), ("Nintendo 3DS", "PRODUCT")} <= found
    assert ("Nintendo", "ORG") not in found


def test_a_heading_word_written_in_lower_case_elsewhere_is_no_name() -> None:
    # the seed's heading "Autonomie stratégique face aux restrictions américaines"
    text = (
        "Autonomie stratégique face aux restrictions\n\n"
        "Tencent revendique une autonomie dans ses modèles. Justice Moreau témoigne."
    )
    model = Model(("Autonomie", "ORG"), ("Justice Moreau", "PER"))
    assert seen(text, model) == {("Justice Moreau", "PER")}


def test_an_other_name_needs_guillemets() -> None:
    text = "Les informations du Flight Director ; la comédie « Les Bâtisseurs » est jouée."
    model = Model(("Flight Director", "MISC"), ("Les Bâtisseurs", "MISC"))
    assert seen(text, model) == {("Les Bâtisseurs", "MISC")}


def test_an_acronym_spelt_out_takes_the_names_type_everywhere() -> None:
    text = (
        "Pour l'ALN (Armée de Libération Nationale), c'est la victoire. "
        "Le Front de libération de l’Azawad (FLA) répond ; l'ALN et le FLA se taisent."
    )
    model = Model(
        ("Armée de Libération Nationale", "ORG"), ("Front de libération de l’Azawad", "ORG")
    )
    assert {("ALN", "ORG"), ("FLA", "ORG")} <= seen(text, model)
    mentions = EntityPipeline([model], Gazetteer.bundled()).recognize_text(
        text, [Block(0, len(text), "fr")], "fr"
    )
    assert [m.text for m in mentions if m.text in ("ALN", "FLA")] == ["ALN", "FLA", "ALN", "FLA"]


def test_english_text_is_left_to_the_english_rules() -> None:
    text = "The Americans said the Professor Smith spoke."
    model = Model(("Americans", "LOC"), ("Professor Smith", "PER"))
    assert seen(text, model, lang="en") == {("Americans", "LOC"), ("Professor Smith", "PER")}


def test_a_ministry_by_its_full_name() -> None:
    text = (
        "D'après le ministère de l'Intérieur, puis le ministère de la Culture et de la "
        "Communication, le ministère a répondu."
    )
    found = CueRecognizer().recognize(text, [Block(0, len(text), "fr")], "fr")
    assert [(text[c.start : c.end], c.label.value) for c in found] == [
        ("ministère de l'Intérieur", "ORG"),
        ("ministère de la Culture et de la Communication", "ORG"),
    ]


def test_a_person_named_like_a_place_stays_a_person() -> None:
    text = "Le programme de François Hollande, élu en Hollande ? Non : à Paris."
    model = Model(("François Hollande", "PER"))
    found = seen(text, model, GazetteerRecognizer())
    assert ("François Hollande", "PER") in found
    assert ("Hollande", "LOC") in found  # the country, alone, is still one
    assert ("Paris", "LOC") in found


def test_a_known_place_extended_with_de_keeps_the_longer_name() -> None:
    text = "Deux typhons ont frappé l'Asie de l'Est cette semaine."
    model = Model(("Asie de l'Est", "LOC"))
    assert seen(text, model, GazetteerRecognizer()) == {("Asie de l'Est", "LOC")}


def test_a_capitalised_name_is_matched_only_with_its_capitals() -> None:
    gazetteer = Gazetteer(parse_entries({"entities": [{"name": "Le Monde", "type": "ORG"}]}))
    text = "Le monde entier lit Le Monde."
    found = GazetteerRecognizer(gazetteer).recognize(text, [Block(0, len(text), "fr")], "fr")
    assert [(c.start, text[c.start : c.end]) for c in found] == [(20, "Le Monde")]


def test_an_edition_of_a_known_event_is_its_name() -> None:
    text = (
        "Jeux Olympiques de 2012 : les Jeux olympiques de Londres ouvrent ; "
        "le Vendée Globe 2012-2013 part."
    )
    found = seen(text, GazetteerRecognizer())
    assert {
        ("Jeux Olympiques de 2012", "MISC"),
        ("Jeux olympiques de Londres", "MISC"),
        ("Vendée Globe 2012-2013", "MISC"),
    } <= found
    assert ("Londres", "LOC") not in found


def test_a_name_glued_to_another_by_a_hyphen_is_another_name() -> None:
    text = "Le crash du Rio-Paris ; un vol Paris-Tokyo ; une manifestation anti-Chine à Paris."
    found = GazetteerRecognizer().recognize(text, [Block(0, len(text), "fr")], "fr")
    assert [(c.start, text[c.start : c.end]) for c in found] == [
        (text.index("Chine"), "Chine"),
        (text.rindex("Paris"), "Paris"),
    ]
    english = "A US-China deal, a Canada-based firm."  # English keeps its names
    found = GazetteerRecognizer().recognize(english, [Block(0, len(english), "en")], "en")
    assert [english[c.start : c.end] for c in found] == ["US", "China", "Canada"]


def test_an_acronym_of_common_words_and_a_rubric_are_no_names() -> None:
    text = (
        "Cinéma : le film sort\n\n"
        "Il souffrait d'accidents vasculaires cérébraux (AVC). Les cinémas sont pleins ; "
        "l'AVC l'a emporté, dit la Fédération nationale (FN)."
    )
    model = Model(
        ("Cinéma", "ORG"), ("AVC", "ORG"), ("AVC", "ORG", 1), ("Fédération nationale", "ORG")
    )
    assert seen(text, model) == {("Fédération nationale", "ORG"), ("FN", "ORG")}
