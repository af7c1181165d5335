"""One-word searches of common English words: how many of the English articles listed
hold no form of the word — there through another reading of it (the French *fine*,
*end*) or another language's synonym. No judgments: an article that holds none of the
word's forms is counted as not answering it.

Run over the relevance benchmark's library (``python -m benchmarks.relevance --library
DIR`` builds it): ``.venv/bin/python -m benchmarks.relevance_homographs --library DIR``.
The words: the 300 most common of four letters or more in its 300 BBC articles, written
in lower case, function words aside.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import Stemmer

from benchmarks.relevance_corpus import BBC, BBC_CATEGORIES, BBC_PER_CATEGORY
from reader.search.analysis import is_stop_word
from reader.services import Library

WORDS = 300
_WORD = re.compile(r"\b[a-z]+\b")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", type=Path, required=True)
    args = parser.parse_args()
    stem = Stemmer.Stemmer("english").stemWord
    texts = {}
    for category in BBC_CATEGORIES:
        for n in range(1, BBC_PER_CATEGORY + 1):
            text = (BBC / category / f"{n:03d}.txt").read_text(encoding="utf-8")
            texts[text.splitlines()[0].strip()] = text
    counts = Counter(w for t in texts.values() for w in set(_WORD.findall(t)) if len(w) >= 4)
    words = [w for w, _ in counts.most_common() if not is_stop_word(w)][:WORDS]
    stems = {title: {stem(w) for w in _WORD.findall(t.lower())} for title, t in texts.items()}
    library = Library.open(args.library)
    listed = without = 0
    worst = []
    for word in words:
        found = library.search(word, limit=100)
        titles = [library.article(h.id).title for h in found.hits]
        english = [t for t in titles if t in stems]
        lacking = [t for t in english if stem(word) not in stems[t]]
        listed += len(english)
        without += len(lacking)
        if lacking:
            worst.append((len(lacking), word, dict(found.alternatives).get(word, ())))
    library.close()
    print(f"{len(words)} words; English articles listed {listed}, holding no form of the word")
    print(f"{without} ({without / max(listed, 1):.3f})")
    for n, word, alternatives in sorted(worst, reverse=True)[:20]:
        print(f"  {word}: {n} — also searched {', '.join(alternatives)}")


if __name__ == "__main__":
    main()
