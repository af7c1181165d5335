"""General French news read again after the model (:mod:`reader.entities.review`,
:mod:`reader.entities.consistency`, the cues): sentences as Wikinews writes them, the
model's answers given — the mistakes the second and third development golds showed it
making — and what a reader is shown in the end."""

from __future__ import annotations

from reader.entities.cues import CueRecognizer
from reader.entities.gazetteer import GazetteerRecognizer
from tests.unit.entities.test_review import Model, seen


def test_an_other_name_is_shown_when_it_reads_as_an_event_a_war_or_a_law() -> None:
    text = (
        "Depuis la fin de la Seconde Guerre mondiale, la Loi fondamentale encadre l'armée ; "
        "les projets PROTECT IP Act et Stop Online Piracy Act inquiètent. Le Flight Director "
        "a donné des informations erronées."
    )
    model = Model(
        ("Seconde Guerre mondiale", "MISC"),
        ("Loi fondamentale", "MISC"),
        ("PROTECT IP Act", "MISC"),
        ("Stop Online Piracy Act", "MISC"),
        ("Flight Director", "MISC"),
    )
    shown = seen(text, model)
    assert {
        ("Loi fondamentale", "MISC"),
        ("PROTECT IP Act", "MISC"),
        ("Stop Online Piracy Act", "MISC"),
    } <= shown
    assert ("Seconde Guerre mondiale", "MISC") in seen(text, model, GazetteerRecognizer())
    assert not {name for name, _ in shown} & {"Flight Director"}


def test_a_surname_alone_is_the_person_the_article_named_in_full() -> None:
    text = (
        "L'Équateur accorde l'asile au fondateur de WikiLeaks Julian Assange. Le Royaume-Uni "
        "voulait capturer Julian Assange ; on parle de remettre Assange aux États-Unis."
    )
    model = Model(
        ("WikiLeaks Julian Assange", "ORG"),
        ("Julian Assange", "PER", 1),
        ("Assange", "ORG", 2),
    )
    shown = seen(text, model, GazetteerRecognizer())
    assert {("WikiLeaks", "ORG"), ("Julian Assange", "PER"), ("Assange", "PER")} <= shown
    assert ("WikiLeaks Julian Assange", "ORG") not in shown
    assert ("Assange", "ORG") not in shown


def test_codes_centuries_species_and_opening_verbs_are_no_names() -> None:
    text = (
        "La note passe de A3 à Baa2 selon Moody’s. La peinture du XIXe siècle et du XXe. "
        "Le papillon Zizeeria maha mute.\n\nReconfigurer les sites\n\n"
        "La joueuse américaine a battu la Polonaise Agnieszka Radwanska."
    )
    model = Model(
        ("Baa2", "LOC"),
        ("XXe", "ORG"),
        ("Zizeeria maha", "PER"),
        ("Reconfigurer", "PER"),
        ("Polonaise", "LOC"),
        ("Agnieszka Radwanska", "PER"),
    )
    shown = seen(text, model, GazetteerRecognizer())
    assert shown == {("Moody’s", "ORG"), ("Agnieszka Radwanska", "PER")}


def test_a_body_named_by_its_kind_inside_a_sentence_is_an_organisation() -> None:
    text = "L'opposition demande la comparution du président au Congrès."
    assert seen(text, Model(("Congrès", "MISC"))) == {("Congrès", "ORG")}
    # the same word opening a sentence is left out (a heading, a common noun)
    assert seen("Congrès : la fin.", Model(("Congrès", "MISC"))) == set()


def test_a_cue_reads_through_an_adjective_but_not_through_a_verb() -> None:
    text = (
        "Selon le quotidien espagnol El Pais, le système européen Galileo sera prêt ; "
        "le parti dénonce Sarkozy. Le président Rafael Correa a parlé."
    )
    shown = seen(text, CueRecognizer(), GazetteerRecognizer())
    assert {("El Pais", "ORG"), ("Galileo", "PRODUCT"), ("Rafael Correa", "PER")} <= shown
    assert not any(name == "Sarkozy" for name, _ in shown)


def test_a_university_by_its_town_and_a_web_site_by_its_address() -> None:
    text = (
        "Selon une étude de l'université de Caen, publiée sur arXiv.org et repérée "
        "grâce au site Planethunters.org."
    )
    assert seen(text, CueRecognizer()) == {
        ("université de Caen", "ORG"),
        ("arXiv.org", "PRODUCT"),
        ("Planethunters.org", "PRODUCT"),
    }


def test_an_article_names_a_thing_the_same_way_throughout() -> None:
    text = (
        "Des œuvres de Pissarro, Sisley et Toulouse-Lautrec, prêtées par le Sterling & "
        "Francine Clark Art Institute. Près de Fukushima, les papillons mutent ; "
        "l'accident de Fukushima en est la cause."
    )
    model = Model(
        ("Pissarro", "PER"),
        ("Sisley", "PER"),
        ("Toulouse-Lautrec", "LOC"),
        ("Sterling", "PER"),
        ("Francine Clark Art Institute", "ORG"),
        ("Fukushima", "LOC"),
    )
    assert seen(text, model) == {
        ("Pissarro", "PER"),
        ("Sisley", "PER"),
        ("Toulouse-Lautrec", "PER"),
        ("Sterling & Francine Clark Art Institute", "ORG"),
        ("Fukushima", "LOC"),
    }
    assert len([m for m in _mentions(text, model) if m.text == "Fukushima"]) == 2


def _mentions(text, *recognizers):
    from reader.entities.base import Block
    from reader.entities.gazetteer import Gazetteer
    from reader.entities.pipeline import EntityPipeline

    pipeline = EntityPipeline(list(recognizers), Gazetteer.bundled())
    return pipeline.recognize_text(text, [Block(0, len(text), "fr")], "fr")


def test_a_person_named_like_a_firm_is_the_person() -> None:
    text = (
        "Le maire de New York, Michael Bloomberg, appelle à voter Obama, selon l'agence Bloomberg."
    )
    model = Model(("Michael Bloomberg", "PER"))
    shown = seen(text, model, GazetteerRecognizer())
    assert ("Michael Bloomberg", "PER") in shown
    assert ("Bloomberg", "ORG") in shown  # the agency, written alone
    assert len([n for n, _ in shown if n.endswith("Bloomberg")]) == 2
