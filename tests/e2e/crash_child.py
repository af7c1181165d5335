"""A burst of annotation edits, run as a separate process by ``test_crash.py`` and killed
with SIGKILL at a random moment. After each committed change it prints one JSON line
(the annotation as saved), so the test knows exactly what must survive the kill."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace

from reader.services import Library

WORDS = ("Tencent", "IA", "GPU", "Huawei", "Nvidia", "puces", "Chine", "modèles")


def main(data_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    library = Library.open(data_dir)
    library.seed_if_empty()
    articles = [a.id for a in library.articles()]
    mine: list[str] = []
    n = 0
    while True:
        n += 1
        if mine and rng.random() < 0.4:  # edit one of ours: note, colour and tags change
            target = next(a for a in library.annotations() if a.id == rng.choice(mine))
            saved = library.save_annotation(
                replace(
                    target,
                    note=f"modifiée {n} — {seed}",
                    color=rng.choice(["green", "blue", "red"]),
                    tags=(f"lot/{seed}", f"n{n}"),
                )
            )
        else:
            article = rng.choice(articles)
            text = library.article(article).text
            word = rng.choice([w for w in WORDS if w in text] or [text.split()[0]])
            saved = library.annotate(article, word, note=f"note {n} — {seed}", tags=[f"lot/{seed}"])
            mine.append(saved.id)
        line = {"id": saved.id, "note": saved.note, "color": saved.color, "tags": saved.tags}
        print(json.dumps(line, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
