"""A development set for search ranking, made by rule from data the corpora carry, so that
ranking choices can be tried on it and never on the hand-judged evaluation set
(``benchmarks/relevance/queries.jsonl``, which is only ever measured).

- **Wikinews keyphrases**: the readers' keyphrases of each article (the corpus's ``ref``
  file); a keyphrase is a query, and the articles listing it are relevant (grade 2).
  Every other one is typed without its accents, as people often do.
- **BBC titles** (known item): an article's title as a query, typed in lower case; that
  article is relevant. Titles are full of function words (``the``, ``of``, ``to``).

Run ``python -m benchmarks.relevance_dev`` to write ``benchmarks/results/dev.jsonl``,
then ``python -m benchmarks.relevance --queries benchmarks/results/dev.jsonl``.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict

from benchmarks.common import CORPORA, RESULTS

WIKINEWS = CORPORA / "fr-wikinews-keyphrase-100"
BBC = CORPORA / "en-bbc-news-2225" / "bbc"
CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
PER_ARTICLE = 2  # keyphrases taken from each Wikinews article
TITLES = range(1, 61, 3)  # BBC articles 001, 004, … of each category


def _bare(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def queries() -> list[dict[str, object]]:
    by_phrase: dict[str, set[str]] = defaultdict(set)
    order: list[tuple[str, str]] = []
    for line in (WIKINEWS / "ref").read_text(encoding="utf-8").splitlines():
        name, _, phrases = line.partition("\t")
        listed = [p.strip() for p in phrases.split(";") if p.strip()]
        for phrase in listed:
            by_phrase[phrase].add(f"wikinews/{name}")
        # the longest keyphrases say most about the article
        order.extend((name, p) for p in sorted(listed, key=lambda p: (-len(p), p))[:PER_ARTICLE])
    out: list[dict[str, object]] = []
    for n, (_name, phrase) in enumerate(order):
        typed = _bare(phrase) if n % 2 else phrase
        out.append(
            {
                "id": f"d{len(out) + 1:03d}",
                "kind": "keyphrase-unaccented" if typed != phrase else "keyphrase",
                "query": typed,
                "judgments": dict.fromkeys(sorted(by_phrase[phrase]), 2),
            }
        )
    for category in CATEGORIES:
        for number in TITLES:
            path = BBC / category / f"{number:03d}.txt"
            title = path.read_text(encoding="utf-8").splitlines()[0].strip()
            out.append(
                {
                    "id": f"d{len(out) + 1:03d}",
                    "kind": "title",
                    "query": title.lower(),
                    "judgments": {f"bbc/{category}/{number:03d}.txt": 2},
                }
            )
    return out


def main() -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "dev.jsonl"
    made = queries()
    with path.open("w", encoding="utf-8") as out:
        for item in made:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(made)} queries written to {path}")


if __name__ == "__main__":
    main()
