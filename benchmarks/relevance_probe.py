"""Probes made by rule for the kinds of query where the development set shows no
weakness but the judged set trails a baseline: French typed without accents, and quoted
phrases. Ranking choices for those kinds are tried here, never on the hand-judged
evaluation set.

- **accented / unaccented**: every other Wikinews keyphrase that has an accent, typed as
  listed and again without its accents (every third one also in capitals, as
  ``METEO``); the articles listing the keyphrase are relevant (2). The two kinds hold
  the same keyphrases, so their gap is what missing accents cost.
- **phrase**: every other Wikinews keyphrase of two words or more in quotation marks
  (the articles listing it: 2), and, in the title of BBC articles 001, 004, … of each
  category, the first two words standing together that are neither function words nor
  numbers, in quotation marks: that article 2, every other article of the library whose
  text holds the same two words together 1 (read in the texts, case and accents aside).

- **phrase-cut / words-cut**: in every third article of the library (seeds, Wikinews,
  BBC, in key order), three words standing together in the first sentence of its text,
  from its fourth word on — the first run that starts and ends with a content word and
  holds no number — in quotation marks, and again without them (function words and all,
  as a reader copies words from a text): that article 2, every other article whose text
  holds the same three words together 1.

- **phrase-swapped, -dropped, -elided, -unaccented, -number, -hyphen, -names,
  -function**: quoted phrases typed otherwise than the text writes them (a function
  word swapped or left out, an elision typed apart, no accents, another number, a
  space for a hyphen) and names and function words as written, each part by its own
  rule: ``benchmarks.relevance_typed``.

Headlines typed with their function words were tried as a third probe (each Wikinews
title after its ``Pays :`` heading, lower case, no accents, that article relevant): the
app and FTS5 both score 1.000 on them, so they tell nothing and are left out.

Run ``python -m benchmarks.relevance_probe`` to write ``benchmarks/results/probe.jsonl``,
then ``python -m benchmarks.relevance --queries benchmarks/results/probe.jsonl``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from itertools import pairwise

from benchmarks.common import CORPORA, RESULTS
from benchmarks.relevance_corpus import library_keys, load_docs
from benchmarks.relevance_typed import typed_phrases

WIKINEWS_REF = CORPORA / "fr-wikinews-keyphrase-100" / "ref"
_WORD = re.compile(r"[^\W_][\w'’-]*")
EVERY = 2  # every other keyphrase of a kind: the probe runs in a few minutes
CUT_EVERY = 3  # every third article of the library gives a run of words cut from its text


def bare(text: str) -> str:
    """``text`` without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _folded(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(bare(text).replace("’", "'")))


def _keyphrases() -> dict[str, set[str]]:
    """Each Wikinews keyphrase and the articles that list it."""
    listed: dict[str, set[str]] = defaultdict(set)
    for line in WIKINEWS_REF.read_text(encoding="utf-8").splitlines():
        name, _, phrases = line.partition("\t")
        for phrase in (p.strip() for p in phrases.split(";")):
            if phrase:
                listed[phrase].add(f"wikinews/{name}")
    return listed


def queries() -> list[dict[str, object]]:
    from reader.search.analysis import is_stop_word

    out: list[dict[str, object]] = []

    def add(kind: str, query: str, judgments: dict[str, int]) -> None:
        out.append(
            {
                "id": f"p{len(out) + 1:03d}",
                "kind": kind,
                "query": query,
                "judgments": dict(sorted(judgments.items())),
            }
        )

    listed = _keyphrases()
    accented = sorted(p for p in listed if bare(p) != p)[::EVERY]
    for n, phrase in enumerate(accented):
        judged = dict.fromkeys(listed[phrase], 2)
        add("accented", phrase, judged)
        add("unaccented", bare(phrase).upper() if n % 3 == 2 else bare(phrase), judged)
    for phrase in sorted(p for p in listed if len(p.split()) > 1)[::EVERY]:
        add("phrase", f'"{phrase}"', dict.fromkeys(listed[phrase], 2))
    docs = load_docs(library_keys())
    texts = {d.key: f" {_folded(d.title + ' ' + d.body)} " for d in docs}
    for doc in docs:
        if doc.key.startswith("bbc/") and int(doc.key[-7:-4]) % 3 == 1:
            words = _WORD.findall(doc.title)
            for first, second in pairwise(words):
                if not any(is_stop_word(w) or w[0].isdigit() for w in (first, second)):
                    together = f" {_folded(first + ' ' + second)} "
                    judged = {k: 1 for k, text in texts.items() if together in text}
                    judged[doc.key] = 2
                    add("phrase", f'"{first.lower()} {second.lower()}"', judged)
                    break
    for doc in docs[::CUT_EVERY]:
        run = _cut(doc.body)
        if run:
            together = f" {_folded(run)} "
            judged = {k: 1 for k, text in texts.items() if together in text}
            judged[doc.key] = 2
            add("phrase-cut", f'"{run.lower()}"', judged)
            add("words-cut", run.lower(), judged)
    for kind, typed, judged in typed_phrases(docs, texts, _folded):
        add(kind, typed, judged)
    return out


def _cut(body: str) -> str:
    """Three words standing together in the first sentence of ``body``, from its fourth
    word on: the first run that starts and ends with a content word and holds no
    number ("" when there is none)."""
    from reader.search.analysis import is_stop_word

    sentence = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    words = _WORD.findall(sentence)
    for i in range(3, len(words) - 2):
        run = words[i : i + 3]
        if (
            not is_stop_word(run[0])
            and not is_stop_word(run[-1])
            and not any(c.isdigit() for w in run for c in w)
            and all(len(w) > 1 for w in run)
        ):
            return " ".join(run)
    return ""


def main() -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "probe.jsonl"
    made = queries()
    with path.open("w", encoding="utf-8") as out:
        for item in made:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = defaultdict(int)
    for item in made:
        kinds[str(item["kind"])] += 1
    print(f"{len(made)} queries written to {path}: {dict(kinds)}")


if __name__ == "__main__":
    main()
