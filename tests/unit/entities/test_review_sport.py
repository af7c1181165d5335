"""French sports and events news as a reader sees it: a town standing for its club is an
organisation where the article is about a match, and a place everywhere else; a
competition, a treaty's place and a product named by its kind get their types. The
model's answers are given (as the French model gives them); what is shown is asserted."""

from __future__ import annotations

from reader.entities.cues import CueRecognizer
from reader.entities.gazetteer import Gazetteer, GazetteerRecognizer
from tests.unit.entities.test_review import Model, seen

MATCH = (
    "Ligue 1 : Lyon a battu Marseille 2-1\n\n"
    "L’Olympique lyonnais s’est imposé face à Marseille dimanche soir, à Lyon. "
    "L’entraîneur de Lyon s’est félicité de la victoire ; Marseille reste quatrième du "
    "championnat. Monaco recevra Nantes samedi, et Lille se déplacera à Bordeaux."
)


def test_towns_standing_for_their_clubs_are_organisations_in_a_match_report() -> None:
    model = Model(
        ("Lyon", "LOC"),
        ("Marseille", "LOC"),
        ("Olympique lyonnais", "ORG"),
        ("Marseille", "LOC", 1),
        ("Lyon", "LOC", 1),
        ("Lyon", "LOC", 2),
        ("Marseille", "LOC", 2),
        ("Monaco", "LOC"),
        ("Nantes", "LOC"),
        ("Lille", "LOC"),
        ("Bordeaux", "LOC"),
    )
    pipeline_view = _mentions(MATCH, model)
    lyon = [label for surface, label in pipeline_view if surface == "Lyon"]
    assert lyon == ["ORG", "LOC", "ORG"]  # the club, the town it played in, the club
    assert [label for surface, label in pipeline_view if surface == "Marseille"] == ["ORG"] * 3
    assert ("Olympique lyonnais", "ORG") in pipeline_view
    assert ("Monaco", "ORG") in pipeline_view and ("Nantes", "ORG") in pipeline_view
    assert ("Lille", "ORG") in pipeline_view
    assert ("Bordeaux", "LOC") in pipeline_view  # where Lille goes to play
    assert ("Ligue 1", "MISC") in pipeline_view  # a competition, not a body


def test_a_score_between_two_towns_and_a_role_in_a_team_name_clubs() -> None:
    text = (
        "Ayr 38 - 17 Melrose : un match intense du championnat. Les joueurs d’Ayr ont "
        "mené 17-5 pour Ayr à la pause, l’arrière du Melrose a reçu un carton jaune."
    )
    model = Model(("Ayr", "LOC"), ("Melrose", "PER"), ("Ayr", "PER", 2), ("Melrose", "PER", 1))
    shown = _mentions(text, model)
    assert set(shown) == {("Ayr", "ORG"), ("Melrose", "ORG")}
    assert len(shown) == 5


def test_a_country_stays_a_place_as_a_national_team_and_towns_stay_places_elsewhere() -> None:
    national = "La France a battu la Croatie 4-2 en finale de la Coupe du monde 2018 à Moscou."
    model = Model(("France", "LOC"), ("Croatie 4-2", "LOC"), ("Moscou", "LOC"))
    assert seen(national, model, _gazetteer()) == {
        ("France", "LOC"),
        ("Croatie", "LOC"),  # the score is not part of the name
        ("Coupe du monde 2018", "MISC"),
        ("Moscou", "LOC"),
    }
    war = (
        "L’armée a lancé une offensive contre Alep ; les rebelles se sont repliés face à "
        "Damas, qui a repris la ville. Le Premier ministre s’est rendu à Lyon."
    )
    model = Model(("Alep", "LOC"), ("Damas", "LOC"), ("Lyon", "LOC"))
    assert seen(war, model) == {("Alep", "LOC"), ("Damas", "LOC"), ("Lyon", "LOC")}
    tennis = "Nadal a battu Federer en finale 6-4, 6-3 ; le joueur s’est incliné face à Nadal."
    model = Model(("Nadal", "PER"), ("Federer", "PER"), ("Nadal", "PER", 1))
    assert seen(tennis, model) == {("Nadal", "PER"), ("Federer", "PER")}


def test_events_treaties_and_products_named_by_their_kind() -> None:
    text = (
        "Le Brexit divise. Le traité de Lisbonne et les plans dits de Chequers sont en "
        "débat ; la Coupe du Monde de football aura lieu au Qatar. Le détecteur ATLAS du "
        "CERN a redémarré et le réacteur EPR de Flamanville a pris du retard. "
        "Plus d’un millier d’Indonésiens ont fui ; le National Hurricane Center prévient."
    )
    model = Model(
        ("Brexit", "ORG"),
        ("Chequers", "PER"),
        ("Qatar", "LOC"),
        ("ATLAS", "ORG"),
        ("Flamanville", "LOC"),
        ("Indonésiens", "LOC"),
        ("National Hurricane Center", "LOC"),
    )
    shown = seen(text, model, CueRecognizer(), _gazetteer())
    assert shown == {
        ("Brexit", "MISC"),
        ("Lisbonne", "MISC"),
        ("Chequers", "MISC"),
        ("Coupe du Monde de football", "MISC"),
        ("Qatar", "LOC"),
        ("ATLAS", "PRODUCT"),
        ("CERN", "ORG"),
        ("EPR", "PRODUCT"),
        ("Flamanville", "LOC"),
        ("National Hurricane Center", "ORG"),
    }


def _gazetteer() -> GazetteerRecognizer:
    return GazetteerRecognizer(Gazetteer.bundled())


def _mentions(text: str, model: Model) -> list[tuple[str, str]]:
    from reader.entities.base import Block
    from reader.entities.pipeline import EntityPipeline

    pipeline = EntityPipeline([model, _gazetteer()], Gazetteer.bundled())
    found = pipeline.recognize_text(text, [Block(0, len(text), "fr")], "fr")
    return [(m.text, m.label) for m in found if m.label not in ("DATE",)]


def test_programmes_and_storms_named_by_their_kind_are_other_names() -> None:
    text = (
        "Peter Jones, la star du programme télévisé Dragon’s Den, lance une marque ; la "
        "star de Dragon’s Den investit. Un deuxième typhon, Damrey, a touché la Chine. "
        "Les deux satellites du programme Galileo rejoignent le système Galileo."
    )
    model = Model(
        ("Peter Jones", "PER"),
        ("Den", "PER"),
        ("Den", "LOC", 1),
        ("Damrey", "PER"),
        ("Chine", "LOC"),
        ("Galileo", "MISC"),
    )
    assert seen(text, model, CueRecognizer(), _gazetteer()) == {
        ("Peter Jones", "PER"),
        ("Dragon’s Den", "MISC"),
        ("Damrey", "MISC"),
        ("Chine", "LOC"),
        ("Galileo", "PRODUCT"),  # a system, as the article says; not a programme's name
    }


def test_a_town_in_its_own_life_stays_a_place_in_sports_news() -> None:
    middle = (
        "Au milieu de Lyon, les supporters du club ont célébré le titre du championnat. "
        "Le match a eu lieu hier ; le joueur vedette a marqué à la mi-temps."
    )
    assert seen(middle, Model(("Lyon", "LOC"))) == {("Lyon", "LOC")}
    hosts = (
        "Marseille accueille 40 000 supporters anglais avant le match contre la Russie, "
        "un match du championnat d’Europe ; les joueurs arrivent au stade. Marseille a "
        "fermé ses bars à la mi-temps."
    )
    model = Model(("Marseille", "LOC"), ("Russie", "LOC"), ("Marseille", "LOC", 1))
    assert seen(hosts, model) == {("Marseille", "LOC"), ("Russie", "LOC")}
    mayor = (
        "Le club a joué contre Lens, au stade Bollaert : le match s’est fini à la "
        "mi-temps. Lens perd des habitants depuis vingt ans, a rappelé le maire."
    )
    model = Model(("Lens", "LOC"), ("Bollaert", "LOC"), ("Lens", "LOC", 1))
    shown = _mentions(mayor, model)
    assert [label for surface, label in shown if surface == "Lens"] == ["ORG", "LOC"]


def test_a_building_ending_with_center_or_office_stays_a_place() -> None:
    text = (
        "Le président a reçu au Oval Office les secours du World Trade Center et du "
        "Rockefeller Center ; le Foreign Office et le National Hurricane Center préviennent."
    )
    model = Model(
        ("Oval Office", "LOC"),
        ("World Trade Center", "LOC"),
        ("Rockefeller Center", "LOC"),
        ("Foreign Office", "LOC"),
        ("National Hurricane Center", "LOC"),
    )
    assert seen(text, model) == {
        ("Oval Office", "LOC"),
        ("World Trade Center", "LOC"),
        ("Rockefeller Center", "LOC"),
        ("Foreign Office", "ORG"),
        ("National Hurricane Center", "ORG"),
    }
