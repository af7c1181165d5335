"""How news in English and in French writes the same things: a small lexicon of general
news vocabulary that the installed dictionaries do not give as newspapers write it.

FreeDict's French–English dictionaries and Apertium's route are general: ``déclare`` is
*declares*, ``bilan`` a *balance sheet*, ``travailliste`` unknown, ``Tory`` unknown,
``said`` *dit*. A news report says *says*, *death toll*, *Labour*, *MP*, *chief
executive*. The pairs below are the words any news text uses for reporting, politics,
the economy, courts and crime, disasters and war, sport, culture and science, and the
adjectives of the countries news writes about most, written from the two languages (not
taken from any corpus the app is measured on). A second batch, at the end, is everyday
news words (the weather, computers and the internet, schools, health, the arts) that a
list of about 240 written by hand showed the dictionaries miss or give in another sense
(*temps* for ``weather``, *fresh* for ``frais``, *post* for ``courrier``); some of that
list was prompted by what the hand-made cross-language development set missed. Each
line is a French word or expression (its dictionary form) and the English words news
writes for it, the commonest first; the reverse direction is read from the same lines.

The query expansion (reader.services.expansion) searches a word's senses from here after
the translation route's and the dictionary's, and only a few of them; like every
alternative they weigh less than the words typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reader.translate.base import normalize_lang

# French | English, the commonest English first
_LINES = """
déclarer | said, says
affirmer | said, claimed
annoncer | announced, said
indiquer | said
estimer | said, believes
ajouter | added
expliquer | explained, said
assurer | insisted, said
souligner | stressed, said
démentir | denied
dénoncer | condemned, criticised
critiquer | criticised, criticized
avertir | warned
mettre en garde | warned
exhorter | urged
réclamer | called for, demanded
promettre | pledged, promised
s'engager | pledged, vowed
reconnaître | admitted, acknowledged
porte-parole | spokesman, spokeswoman
communiqué | statement
conférence de presse | news conference, press conference
entretien | interview
travailliste | Labour
parti travailliste | Labour, Labour Party
conservateur | Tory, Conservative
parti conservateur | Tories, Conservatives
libéral-démocrate | Lib Dem, Liberal Democrat
député | MP, lawmaker
députée | MP, lawmaker
parlementaire | lawmaker, MP
élu | elected, lawmaker
premier ministre | prime minister, PM
chancelier | chancellor
ministre des finances | finance minister, chancellor
chef de l'état | head of state, president
chef de l'opposition | opposition leader
dirigeant | leader
scrutin | vote, ballot, poll
élection législative | general election
élections législatives | general election
législatives | general election
sondage | poll, survey
électeur | voter
électorat | voters, electorate
circonscription | constituency
taux de participation | turnout
campagne électorale | campaign, election campaign
projet de loi | bill
proposition de loi | bill
loi | law, bill
amendement | amendment
chambre des communes | House of Commons, Commons
chambre des lords | House of Lords, Lords
parlement | parliament
sénat | Senate
remaniement | reshuffle
démission | resignation
démissionner | resign, quit
limoger | sacked, fired
limogeage | sacking, dismissal
nommer | appointed, named
nomination | appointment
manifestant | protesters, demonstrators
manifestation | protest, rally
grève | strike, walkout
gréviste | strikers
syndicat | union, trade union
pourparlers | talks
négociation | talks, negotiations
sommet | summit
accord | deal, agreement
traité | treaty
diplomate | diplomat
ambassadeur | ambassador
ambassade | embassy
maire | mayor
conseil municipal | council
ministère de l'intérieur | Home Office, interior ministry
ministre de l'intérieur | Home Secretary, interior minister
ministre des affaires étrangères | foreign secretary, foreign minister
ministre de la défense | defence secretary, defence minister
ministre de la santé | health secretary, health minister
ministre de l'éducation | education secretary, education minister
ministre de la justice | justice secretary, justice minister
chancelier de l'échiquier | Chancellor
conseiller municipal | councillor
élu local | councillor
primaire | primary, primaries
investiture | nomination, inauguration
destitution | impeachment
mandat | mandate
bénéfice | profit, profits
bénéfice net | net profit
chiffre d'affaires | sales, revenue, turnover
recette | revenue, takings
perte | loss, losses
résultats | results, earnings
croissance | growth
hausse | rise, increase
baisse | fall, drop
augmenter | rose, increased
reculer | fell, dropped
chômage | unemployment, jobless
chômeur | unemployed, jobless
emploi | jobs
licenciement | job cuts, layoffs, redundancies
suppression d'emplois | job cuts
salarié | staff, employees, workers
employé | staff, employees
entreprise | company, firm
société | company, firm
groupe | group, firm
filiale | subsidiary, unit
actionnaire | shareholders, investors
bourse | stock market, shares
cours de bourse | share price
taux d'intérêt | interest rates
banque centrale | central bank
prix | price, prices, prize
dette | debt
déficit | deficit
impôt | tax, taxes
taxe | tax, duty
dépenses publiques | public spending
dépense | spending
investissement | investment
investisseur | investors
rachat | takeover, buyout
racheter | bought, takeover
fusion | merger
offre publique d'achat | takeover bid
consommateur | consumers
vente | sales
exportation | exports
importation | imports
pétrole | oil
baril | barrel
brut | crude
monnaie | currency
devise | currency
milliard | billion, bn
PDG | chief executive, boss
président-directeur général | chief executive, boss
directeur général | chief executive, managing director
patronat | employers, employers' organisation
économiste | economist, analysts
analyste | analysts
marché | market
prévision | forecast
trimestre | quarter
annuel | annual, yearly
récession | recession
PIB | GDP
produit intérieur brut | GDP, gross domestic product
taux de chômage | unemployment rate, jobless rate
pouvoir d'achat | spending power
distributeur | retailer
détaillant | retailer
grande distribution | retailers, supermarkets
constructeur | maker, manufacturer
constructeur automobile | carmaker
compagnie aérienne | airline
opérateur | operator
retraite | pension, retirement
régulateur | regulator, watchdog
autorité de la concurrence | competition watchdog
amende | fine
faillite | bankruptcy, collapse
procès | trial
tribunal | court
cour d'appel | appeal court, court of appeal
juge | judge
avocat | lawyer
accusé | accused, charged
inculper | charged
condamner | sentenced, convicted
condamnation | conviction, sentence
prison | jail, prison
emprisonnement | imprisonment, jail
enquête | inquiry, investigation, probe
plaider coupable | pleaded guilty
acquitter | cleared, acquitted
peine de prison | jail term, prison sentence
mandat d'arrêt | arrest warrant
enquêteur | investigators
arrêter | arrested
interpeller | arrested, detained
garde à vue | custody, detained
meurtre | murder
tuer | killed
victime | victims
blessé | injured, wounded
mort | dead, death
décès | death, deaths
bilan | death toll, toll
nombre de morts | death toll
nombre de victimes | death toll
séisme | earthquake, quake
tremblement de terre | earthquake, quake
inondation | flooding, floods
ouragan | hurricane
tempête | storm
incendie | fire, blaze
feu de forêt | wildfire
explosion | blast, explosion
attentat | attack, bombing
attentat-suicide | suicide bombing
kamikaze | suicide bomber
terroriste | terrorist, militant
secours | rescue, emergency services
sauveteur | rescuers, rescue workers
pompier | firefighters
évacuer | evacuated
réfugié | refugees
catastrophe | disaster
glissement de terrain | landslide
sécheresse | drought
canicule | heatwave
vague de chaleur | heatwave
écrasement | crash
naufrage | sinking, shipwreck
otage | hostage
enlèvement | kidnapping, abduction
guerre | war
armée | army, military
militaire | military, soldier
soldat | soldiers, troops
troupes | troops
frappe | strike, air strike
frappe aérienne | air strike
bombardement | bombing, shelling
rebelle | rebels, insurgents
insurgé | insurgents
cessez-le-feu | ceasefire
championnat | championship, league
coupe | cup
finale | final
demi-finale | semi-final
quart de finale | quarter-final
victoire | win, victory
défaite | defeat, loss
remporter | won, win
battre | beat
vaincre | beat, defeated
match nul | draw
entraîneur | coach, manager
sélectionneur | manager, coach
joueur | player, players
équipe | team
buteur | scorer
tournoi | tournament
ligue des champions | Champions League
gardien de but | goalkeeper, keeper
attaquant | striker
défenseur | defender
milieu de terrain | midfielder
carton rouge | red card
arbitre | referee
déclarer forfait | pulled out, withdrew
coupe du monde | World Cup
jeux olympiques | Olympics, Olympic Games
médaille d'or | gold medal
tournoi des six nations | Six Nations
ordinateur | computer
logiciel | software
téléphone portable | mobile phone
courriel | email, e-mail
site web | website
pirate informatique | hacker
piratage | hacking
données | data
fuite de données | data breach
vie privée | privacy
réseaux sociaux | social media
intelligence artificielle | artificial intelligence, AI
haut débit | broadband
navigateur | browser
moteur de recherche | search engine
télécharger | download
jeu vidéo | video game
internaute | web users, internet users
réalisateur | director, film-maker
acteur | actor
actrice | actress
chanteur | singer
chanteuse | singer
récompense | award
cérémonie | ceremony
téléspectateur | viewers
chaîne | channel, network
émission | programme
chercheur | researchers, scientists
scientifique | scientists
étude | study, research
hôpital | hospital
médecin | doctor
maladie | disease, illness
épidémie | outbreak, epidemic
vaccin | vaccine
habitant | residents, inhabitants
sans-abri | homeless
retraité | pensioners
adolescent | teenager
immigré | immigrants
demandeur d'asile | asylum seeker
britannique | British, UK
américain | US, American
européen | European, EU
chinois | Chinese, China
allemand | German, Germany
anglais | English, England
écossais | Scottish, Scotland
gallois | Welsh, Wales
irlandais | Irish, Ireland
russe | Russian, Russia
japonais | Japanese, Japan
indien | Indian, India
israélien | Israeli, Israel
palestinien | Palestinian
iranien | Iranian, Iran
irakien | Iraqi, Iraq
sud-africain | South African, South Africa
nord-coréen | North Korean, North Korea
sud-coréen | South Korean, South Korea
météo | weather
prévisions météo | weather forecast
alerte | warning, alert
vigilance | alert, warning
avis de tempête | storm warning
vague de froid | cold snap
chutes de neige | snowfall
incendie de forêt | wildfire, forest fire
sortie | release, launch
version | version, release
mise à jour | update
courrier indésirable | spam, junk mail
pourriel | spam
virus informatique | computer virus
réseau social | social network
baladeur | MP3 player, music player
correctif | patch, fix
faille | flaw, vulnerability
frais | fees, costs
portable | mobile, mobile phone
vol | theft
frais de scolarité | tuition fees
action | share
actions | shares
licenciements | layoffs, job cuts
plan social | job cuts, redundancies
ralentissement | slowdown
prix à la consommation | consumer prices
flambée | surge, soaring
envolée | surge
fraude fiscale | tax evasion, tax fraud
évasion fiscale | tax avoidance, tax evasion
fraudeur | fraudster, evader
salaire minimum | minimum wage
retraites | pensions
raffineur | refiner
pétrolier | oil, oil company, tanker
carburant | fuel
mis en examen | charged
inculpé | charged
harcèlement | harassment
harcèlement sexuel | sexual harassment
viol | rape
cambriolage | burglary
attentat suicide | suicide bombing
bousculade | stampede, crush
immolation | self-immolation
grévistes | strikers
émeute | riot
demandeurs d'asile | asylum seekers
militaires | soldiers, troops
rebelles | rebels
insurgés | insurgents
blessés | injured, wounded
randonneur | hiker
médecins | doctors
pénurie | shortage
OGM | GMO, GM
tabagisme | smoking
interdiction de fumer | smoking ban
IVG | abortion
mariage homosexuel | gay marriage, same-sex marriage
enseignant | teacher
enseignants | teachers
élève | pupil, student
baccalauréat | baccalaureate, exams
bac | exams, baccalaureate
examen | exam
antisémite | antisemitic, anti-Semitic
daltonien | colour-blind, color-blind
voile | sailing
course au large | ocean race, sailing race
régate | regatta
contrôle antidopage | drugs test
sprinteur | sprinter
marathonien | marathon runner
tableau | painting
tableaux | paintings
impressionniste | impressionist
chef-d'œuvre | masterpiece
comédien | actor
comédienne | actress
long métrage | feature film
comédie musicale | musical
prix littéraire | literary prize, book prize
entrées | admissions, ticket sales
canonisation | canonization, canonisation
canoniser | canonize, canonise
nécrologie | obituary
funérailles | funeral
"""


def _key(word: str) -> str:
    return " ".join(word.replace("’", "'").lower().split())


@cache
def _table() -> dict[tuple[str, str], dict[str, tuple[str, ...]]]:
    """``{(source, target): {word: senses}}``, both directions, read once."""
    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for line in _LINES.strip().splitlines():
        french, _, english = line.partition("|")
        french = french.strip()
        senses = [s.strip() for s in english.split(",") if s.strip()]
        forward.setdefault(_key(french), []).extend(senses)
        for sense in senses:
            backward.setdefault(_key(sense), []).append(french)
    return {
        ("fr", "en"): {k: tuple(dict.fromkeys(v)) for k, v in forward.items()},
        ("en", "fr"): {k: tuple(dict.fromkeys(v)) for k, v in backward.items()},
    }


def news_senses(word: str, lemmas: Iterable[str], source: str, target: str) -> tuple[str, ...]:
    """How news in ``target`` writes ``word`` (or, failing it, one of its dictionary
    forms ``lemmas``): ``déclare`` (``déclarer``) → *said*, *says*; ``Labour`` →
    *travailliste*; none for a word the lexicon does not hold."""
    table = _table().get((normalize_lang(source), normalize_lang(target)), {})
    for form in (word, *lemmas):
        if found := table.get(_key(form)):
            return found
    return ()
