"""The function-word vote that spares langdetect on plain French and English articles,
and leaves every other Latin-script language to it."""

from __future__ import annotations

import pytest

from reader.ingest import language
from reader.ingest.language import detect_language

ENGLISH = (
    "The government said on Tuesday that it would not raise the tax on fuel this year, "
    "after a report from the committee found that prices were already higher than they "
    "have been for a decade. Ministers, who will meet the unions next week, have been "
    "told that the cost of the plan was too high for the budget and that the savings "
    "from the reform of their pensions would come later than was promised."
)
FRENCH = (
    "Le gouvernement a annoncé mardi qu'il ne relèverait pas la taxe sur les carburants "
    "cette année, après un rapport qui montre que les prix sont déjà plus élevés que "
    "pendant toute la décennie. Les ministres, qui rencontreront les syndicats la semaine "
    "prochaine, ont été avertis que le coût du plan était trop lourd pour le budget et "
    "que les économies de la réforme des retraites viendraient plus tard que prévu."
)
OTHERS = {
    "es": (
        "El gobierno anunció el martes que no subirá el impuesto sobre los carburantes "
        "este año, después de un informe que muestra que los precios ya son más altos que "
        "en toda la década. Los ministros, que se reunirán con los sindicatos la próxima "
        "semana, han sido advertidos de que el coste del plan era demasiado alto para el "
        "presupuesto y que el ahorro de la reforma de las pensiones llegaría más tarde."
    ),
    "it": (
        "Il governo ha annunciato martedì che non aumenterà la tassa sui carburanti "
        "quest'anno, dopo un rapporto che mostra che i prezzi sono già più alti che in "
        "tutto il decennio. I ministri, che incontreranno i sindacati la prossima "
        "settimana, sono stati avvertiti che il costo del piano era troppo alto per il "
        "bilancio e che i risparmi della riforma delle pensioni arriverebbero più tardi."
    ),
    "ca": (
        "El govern va anunciar dimarts que no apujarà l'impost sobre els carburants "
        "aquest any, després d'un informe que mostra que els preus ja són més alts que en "
        "tota la dècada. Els ministres, que es reuniran amb els sindicats la setmana "
        "vinent, han estat advertits que el cost del pla era massa alt per al pressupost "
        "i que els estalvis de la reforma de les pensions arribarien més tard."
    ),
    "nl": (
        "De regering heeft dinsdag aangekondigd dat zij de belasting op brandstof dit jaar "
        "niet zal verhogen, na een rapport waaruit blijkt dat de prijzen al hoger zijn dan "
        "in het hele decennium. De ministers, die volgende week met de vakbonden "
        "vergaderen, is verteld dat de kosten van het plan te hoog waren voor de begroting "
        "en dat de besparingen van de hervorming van de pensioenen later zouden komen."
    ),
}


def test_plain_english_and_french_are_decided_by_their_function_words(monkeypatch) -> None:
    def refuse(text: str) -> list[tuple[str, float]]:
        raise AssertionError("langdetect was asked")

    monkeypatch.setattr(language, "_detector_langs", refuse)
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH) == "fr"


@pytest.mark.parametrize("lang", sorted(OTHERS))
def test_neighbouring_languages_are_left_to_langdetect(lang: str) -> None:
    assert language._marker_vote(OTHERS[lang]) is None
    assert detect_language(OTHERS[lang]) == lang


def test_a_short_text_is_left_to_langdetect() -> None:
    assert language._marker_vote("The plan was dropped, the minister said.") is None
