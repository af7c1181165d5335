"""Wrong English organisations that are no longer shown, and the right ones still shown:
a title alone, a known name a model took whole with its channel, branch or weekly
edition, an event named after its sponsor, a name the article once writes beside the kind
of thing it is, a country that says where the next word's thing is. Sentences of BBC
articles of ``benchmarks/gold/bbc-en-dev4.json`` (a development set) and of articles no
gold set holds (none from the held-out sets), first through the rules alone, then
through the whole pipeline when both English models are installed."""

from __future__ import annotations

import pytest

from reader.entities import english, english_spans
from reader.entities.base import Block, Label
from reader.entities.pipeline import EntityPipeline, discover
from reader.entities.statistical import SpacyRecognizer
from tests.conftest import corpus

PER, ORG, LOC = Label.PER, Label.ORG, Label.LOC

BAND = (
    "Franz Ferdinand's art school lesson\n\n"
    "Scottish rock band Franz Ferdinand, who shot to prominence in 2004, have won two Brit "
    "Awards. Franz Ferdinand had a question they asked themselves every time they wrote a song."
)


def at(text: str, surface: str, label: Label, nth: int = 0) -> english.Found:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), label)


def never_a_place(surface: str) -> bool:
    return False


def test_a_name_once_written_beside_its_kind_keeps_that_type_through_the_article() -> None:
    # both models call the band a person where nothing says what it is
    small = [at(BAND, "Franz Ferdinand", PER, n) for n in range(3)]
    agreed, _ = english.vote(small, small, never_a_place, BAND)
    assert {(BAND[s:e], label) for s, e, label in agreed} == {("Franz Ferdinand", ORG)}
    assert len(agreed) == 3
    # a person's own spokesman says nothing of what the person is
    text = "Mr Blair's spokesman set out the view. Tony Blair does not believe it."
    small = [at(text, "Blair", PER), at(text, "Tony Blair", PER)]
    agreed, _ = english.vote(small, small, never_a_place, text)
    assert at(text, "Tony Blair", PER) in agreed


def test_a_broadcasters_channel_a_firms_branch_and_a_weekly_belong_to_the_name() -> None:
    text = (
        "Estelle Morris told BBC News 24 there was a problem. According to eBay UK there are "
        "150 robots. The Sunday Telegraph said the LSE's plan was evidence."
    )
    for surface, whole in (("BBC News", "BBC News 24"), ("eBay", "eBay UK")):
        start = text.index(surface)
        assert text[slice(*english.extended(text, start, start + len(surface)))] == whole
    start = text.index("Telegraph")
    assert text[slice(*english.extended(text, start, start + 9))] == "Sunday Telegraph"
    start = text.index("LSE")  # nothing of a channel, a branch or a day beside it
    assert english.extended(text, start, start + 3) == (start, start + 3)


def test_a_country_before_the_thing_it_places_is_no_firms_branch() -> None:
    text = (
        "The fourth-quarter losses at General Motors Europe totalled $345m. But the Pentagon "
        'told BBC News US policy "condemns and prohibits" torture. The Microsoft US antitrust '
        "case went on. Amnesty International UK also questioned the decisions."
    )
    for firm, whole in (
        ("General Motors", "General Motors Europe"),
        ("Microsoft", "Microsoft"),
        ("Amnesty International", "Amnesty International UK"),
    ):
        start = text.index(firm)
        assert text[slice(*english.extended(text, start, start + len(firm)))] == whole


def test_a_title_alone_or_a_trailing_dash_is_no_part_of_a_name() -> None:
    assert english.title_only("Cardinal") and not english.title_only("Cardinal O'Connor")
    assert english.untailed("Vladimir Putin -") == 2
    assert english.untitled("Cardinal Cormac Murphy O'Connor") == len("Cardinal ")


@pytest.fixture(scope="module")
def pipeline() -> EntityPipeline:
    recognizer = SpacyRecognizer()
    if not recognizer.available_for("en") or "en" not in recognizer.confirm:
        pytest.skip("the English models are not installed (see the README's Named entities)")
    return EntityPipeline(discover())


def shown(pipeline: EntityPipeline, text: str) -> set[tuple[str, str]]:
    return {
        (m.text, m.label) for m in pipeline.recognize_text(text, [Block(0, len(text), "en")], "en")
    }


def test_a_title_alone_is_no_organisation_and_the_party_still_is(pipeline) -> None:
    text = (
        "The Catholic church has a well-known position on this issue and it was one of many "
        "issues the Cardinal mentioned. His words came as Cardinal Cormac Murphy O'Connor, "
        "the Archbishop of Westminster, backed Mr Howard's stance and distanced himself from "
        "Labour."
    )
    names = shown(pipeline, text)
    assert not {name for name, _ in names if name.startswith("Cardinal")}
    assert ("Labour", "ORG") in names


def test_channels_and_weeklies_are_shown_whole(pipeline) -> None:
    text = (
        "And 87% of the 1,000 adults quizzed by ICM for BBC News 24 said politicians did "
        "not deliver what they promised. The London Stock Exchange (LSE) is planning to "
        "announce a preferred takeover by the end of the month, newspaper reports claim. "
        "The Sunday Telegraph said the LSE's plan was further evidence it wants to retain "
        "tight control over its destiny."
    )
    names = shown(pipeline, text)
    assert {("BBC News 24", "ORG"), ("Sunday Telegraph", "ORG")} <= names
    assert not {("BBC News", "ORG"), ("Telegraph", "ORG")} & names
    assert {("London Stock Exchange", "ORG"), ("LSE", "ORG")} <= names


def test_an_event_named_after_its_sponsor_is_no_organisation(pipeline) -> None:
    text = (
        "The 25-year-old Spaniard joins a top field for the ABN AMRO World Tennis Tournament "
        "in Rotterdam this week as he looks to add to just two wins in 2005."
    )
    names = shown(pipeline, text)
    assert ("ABN AMRO World Tennis Tournament", "MISC") in names
    assert not {name for name, label in names if label == "ORG"}
    assert ("Rotterdam", "LOC") in names


def test_a_bookmaker_named_like_a_person_is_an_organisation_throughout(pipeline) -> None:
    text = (
        "Bets off after Big Brother 'leak'\n\n"
        "A bookmaker has stopped taking bets on Celebrity Big Brother after claiming "
        '"sensitive information" about the Channel 4 show had been leaked.\n\n'
        "William Hill made the move after four people tried to place bets on Friday's "
        'surprise double eviction. "This is highly unlikely to have been an inspired guess," '
        "William Hill spokesman Rupert Adams said."
    )
    names = shown(pipeline, text)
    assert ("William Hill", "ORG") in names and ("William Hill", "PER") not in names
    assert {("Rupert Adams", "PER"), ("Channel 4", "ORG")} <= names


def test_a_firms_national_branch_is_one_organisation_and_the_country_alone_a_place(
    pipeline,
) -> None:
    text = (
        "Data collected by eBay suggests that some smart shoppers are getting round the "
        "shortages of hot presents by buying them direct through the auction site. According "
        "to eBay UK there are now more than 150 Robosapiens remote control robots for sale "
        "via the site. Almost half of the UK population now shop online."
    )
    found = pipeline.recognize_text(text, [Block(0, len(text), "en")], "en")
    names = [(m.text, m.label) for m in found]
    assert sorted(names) == [("UK", "LOC"), ("eBay", "ORG"), ("eBay UK", "ORG")]


def test_a_country_before_the_thing_it_places_is_shown_as_a_place(pipeline) -> None:
    # politics/065, an article no gold set holds
    text = (
        "Amnesty International UK also questioned whether the decisions had been based on "
        '"torture evidence" obtained at Guantanamo Bay. The men\'s solicitor, Louise '
        "Christian, has raised questions about whether the evidence was gathered through "
        'torture. But the Pentagon told BBC News US policy "condemns and prohibits" torture '
        "and said there was no evidence that any British detainee was tortured."
    )
    names = shown(pipeline, text)
    assert ("BBC News US", "ORG") not in names
    assert {("BBC News", "ORG"), ("US", "LOC"), ("Amnesty International UK", "ORG")} <= names


def test_a_bracket_a_clause_a_nationality_and_an_article_are_no_part_of_a_firm() -> None:
    assert english_spans.unbracketed("Court of Arbitration for Sport (CAS") == len(" (CAS")
    assert english_spans.unbracketed("Transport for London") == 0
    assert english_spans.across_clauses("Southampton when Arsenal")
    assert not english_spans.across_clauses("Bank of England")
    assert english_spans.nationality("German") and english_spans.nationality("Australian")
    assert not english_spans.nationality("Conservative") and not english_spans.nationality("Labour")


def test_initials_in_brackets_are_a_name_of_their_own(pipeline) -> None:
    # sport/035, an article no gold set holds
    text = (
        "Collins banned in landmark case\n\n"
        "Sprinter Michelle Collins has received an eight-year ban for doping offences after a "
        "hearing at the North American Court of Arbitration for Sport (CAS).\n\n"
        "The US Anti-Doping Agency (USADA) decided to press charges against Collins in the "
        "summer. The sprinter has consistently protested her innocence but the CAS has upheld "
        "USADA's findings."
    )
    names = shown(pipeline, text)
    assert not {name for name, _ in names if "(" in name or name.startswith("The ")}
    assert {
        ("North American Court of Arbitration for Sport", "ORG"),
        ("CAS", "ORG"),
        ("USADA", "ORG"),
    } <= names


def test_a_nationality_and_two_clauses_are_no_organisation(pipeline) -> None:
    # business/279 and sport/178, articles no gold set holds
    text = (
        "German bidder in talks with LSE\n\n"
        'Deutsche Boerse bosses have held "constructive, professional and friendly" talks with '
        "the London Stock Exchange (LSE), its chief has said.\n\n"
        "Werner Seifert met LSE chief executive Clara Furse amid rumours the German group may "
        "raise its bid to £1.5bn ($2.9bn) from its initial £1.3bn offer.\n\n"
        "Ashley Cole has refused to blame Robin van Persie for leaving Arsenal with no "
        "fully-fit strikers for the FA Cup fifth round replay at Sheffield United. Van Persie "
        "is suspended alongside Dennis Bergkamp and Jose Antonio Reyes after being sent off at "
        "Southampton when Arsenal had a numerical advantage."
    )
    names = shown(pipeline, text)
    assert ("German", "ORG") not in names
    assert not {name for name, _ in names if " when " in name}
    assert {("LSE", "ORG"), ("London Stock Exchange", "ORG"), ("Arsenal", "ORG")} <= names


def test_an_institution_at_a_sentences_start_is_shown_without_its_article(pipeline) -> None:
    # entertainment/371, an article no gold set holds
    text = (
        "Oscar-winner Andrea Arnold has been congratulated by the UK Film Council, the "
        "organisation which partly funded her project.\n\n"
        '"The UK Film Council spends millions of pounds of lottery investment on short '
        'filmmaking in Britain every year," said chief executive officer John Woodward.'
    )
    names = shown(pipeline, text)
    assert ("The UK Film Council", "ORG") not in names
    assert ("UK Film Council", "ORG") in names


def test_a_work_after_its_kind_and_an_event_before_its_kind_are_no_organisations(
    pipeline,
) -> None:
    # entertainment/169, entertainment/109, sport/484 and tech/193, articles no gold set holds
    text = (
        "The 71-year-old former star of US TV drama Baretta has denied murder. Maroon 5's "
        "album Songs About Jane has moved up to number seven despite being released 47 weeks "
        "ago. Olympic champion Justine Henin-Hardenne will return to action in January's "
        "Sydney International tournament. The Consumer Electronics Show (CES) featured the "
        "pick of 2005's products."
    )
    names = shown(pipeline, text)
    organisations = {name for name, label in names if label == "ORG"}
    assert not organisations & {"Baretta", "Sydney International", "Consumer Electronics Show"}
    assert ("Jane", "PER") not in names
    assert {("Baretta", "MISC"), ("Songs About Jane", "MISC"), ("US", "LOC")} <= names


def test_a_people_named_by_its_nationality_is_no_organisation(pipeline) -> None:
    # politics/105, an article no gold set holds
    text = (
        "Figures showed that, for 2003/2004, Asians were 1.9 times more likely to be stopped "
        "and searched, compared with 1.7 times more likely in the previous year. Separate "
        "figures on police searches in England and Wales carried out under the Terrorism Act "
        "2000 showed that ethnic minorities were more likely to be targeted."
    )
    names = shown(pipeline, text)
    assert ("Asians", "ORG") not in names
    assert {("England", "LOC"), ("Wales", "LOC")} <= names


def test_a_nationality_through_a_whole_article_is_no_organisation(pipeline) -> None:
    """business/050, an article no gold set holds, read whole as the app reads it: *Swiss
    food and drink giant Nestle*, then *Swiss francs* three times."""
    from benchmarks.entities import load_article

    article = load_article(corpus("en-bbc-news-2225", "bbc", "business") / "050.txt")
    names = {(m.text, m.label) for m in pipeline.run(article)}
    assert ("Swiss", "ORG") not in names
    assert ("Nestle", "ORG") in names


def test_a_person_after_a_noun_that_names_firms_too_stays_a_person(pipeline) -> None:
    # politics/258 and entertainment/257, articles no gold set holds
    text = (
        "The dressing down appears to have done the trick, with Mr Brown joining his alleged "
        "rival Alan Milburn - who the prime minister put in charge of election planning in Mr "
        "Brown's stead - and Deputy Prime Minister John Prescott at an election poster launch. "
        "Proposals to open a museum dedicated to Jimi Hendrix are flailing because of a row "
        'over the home of his late father. "The mayor is going to go down as the mayor who '
        "destroyed Jimi Hendrix's house,\" said Ray Rae Marshall of the James Marshall Hendrix "
        "Foundation."
    )
    names = shown(pipeline, text)
    assert not {("Alan Milburn", "ORG"), ("Jimi Hendrix", "ORG")} & names
    assert {("Alan Milburn", "PER"), ("Jimi Hendrix", "PER")} <= names
    assert ("James Marshall Hendrix Foundation", "ORG") in names


def test_a_show_a_treaty_and_a_technology_are_no_organisations(pipeline) -> None:
    # entertainment/219, business/296 and tech/265, articles no gold set holds
    text = (
        "The 75-year-old presented long-running show American Bandstand from 1956-87 and has "
        "since hosted game shows and produced award ceremonies. The World Trade Organisation "
        "(WTO) is to end its Multi-Fibre Agreement (MFA) on midnight of 31 December. Figures "
        "from industry monitor, the Mobile Data Association (MDA), show the number of phones "
        "with GPRS and MMS technology has doubled since last year."
    )
    names = shown(pipeline, text)
    organisations = {name for name, label in names if label == "ORG"}
    assert not organisations & {"American Bandstand", "Multi-Fibre Agreement", "GPRS", "MMS"}
    assert ("American Bandstand", "MISC") in names
    assert {"World Trade Organisation", "WTO", "Mobile Data Association"} <= organisations
