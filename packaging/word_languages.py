"""Write ``resources/word_languages.txt.gz``: the words English and French both write,
each marked with the language that uses it far more (reader.translate.usage).

From wordfreq's word lists (``wordfreq`` 3.1.1, a test requirement; its lists CC BY-SA
4.0, from subtitles, news, books, Wikipedia and the web): a word in both languages'
lists goes to the one where it is at least MARGIN higher on the Zipf scale (log10 of
its uses per billion words); a word used alike in both (``pain``, ``chat``) is not
written, nor one in a single list. About 58,000 words, 0.2 MB compressed, read in a few
milliseconds — where wordfreq itself would hold both full lists in memory (about 80 MB)
in every process that searches.

Run after a change to the margin or to wordfreq's version:
``.venv/bin/python packaging/word_languages.py``;
``tests/unit/translate/test_usage.py`` checks that the shipped file is what this writes.
"""

from __future__ import annotations

import gzip
import math
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reader.translate.usage import LANGS, MARGIN  # noqa: E402

OUT = ROOT / "resources" / "word_languages.txt.gz"


def _zipf(frequency: float) -> float:
    # wordfreq's zipf_frequency: log10 of the uses per billion words, two decimals
    return round(math.log10(frequency * 1e9), 2)


def table() -> bytes:
    """The file's bytes: a header line, then ``lang<TAB>word`` in word order."""
    import wordfreq

    lists = {lang: wordfreq.get_frequency_dict(lang) for lang in LANGS}
    first, second = (lists[lang] for lang in LANGS)
    lines = []
    # words with a letter: not the numbers the lists hold too ("0,0")
    for word in sorted(w for w in set(first) & set(second) if any(c.isalpha() for c in w)):
        zipf = {lang: _zipf(lists[lang][word]) for lang in LANGS}
        ranked = sorted(LANGS, key=lambda lang: -zipf[lang])
        if zipf[ranked[0]] - zipf[ranked[1]] >= MARGIN - 1e-9:
            lines.append(f"{ranked[0]}\t{word}")
    header = f"# wordfreq {version('wordfreq')}"
    header += f" (word lists CC BY-SA 4.0), margin {MARGIN}"
    text = "\n".join([header, *lines]) + "\n"
    # mtime 0: the same bytes every run, so the test can compare them
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    OUT.write_bytes(table())
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
