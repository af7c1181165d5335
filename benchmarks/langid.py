"""L1: language detection on the langid samples (``../shared/corpora/langid-samples``).

Target: at least 99.5 % of article-sized texts labelled right, over the languages that
langdetect knows; no Chinese text labelled Korean or Japanese; Traditional Chinese labelled
Chinese. The baseline, measured in the same run, is plain langdetect (seeded, its default
settings): the statistics that the product's detector runs after its script rules.

Each sample (about 500 words) is cut at line ends into pieces of at most 600 characters,
what the product reads of an article; its single lines of 20 characters or more are scored
too (title-sized texts, no target). The Chinese sample is Traditional (Lu Xun, 中國小說史略);
when OpenCC is installed (the ``test`` extra) it is also converted to Simplified, and that
back to Traditional (``s2t``, the case of a Simplified source republished in Taiwan or Hong
Kong), so both forms are scored with characters the detector's tables did not choose.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import CORPORA, save
from reader.ingest.language import detect_language

SAMPLES = CORPORA / "langid-samples"
PIECE_CHARS = 600
LINE_CHARS = 20
TARGET = 0.995
# Sample codes that langdetect spells differently: its ``no`` profile is Bokmål.
ALIASES = {"nb": "no"}
# The answers also counted right, per sample file: fixed by hand from reading the text,
# never computed with the detector's own word lists (a benchmark that graded with them
# could not catch their errors). ``no.sult.txt`` is Hamsun's Sult (1890), labelled by its
# author's country but written in the Dano-Norwegian spelling of its time, before the
# reforms of 1907 and 1917: counted by hand, ``mig`` 16 times, ``af`` 11, ``efter`` 4, and
# ``meg``, ``av``, ``etter`` never — a reader today reads it as Danish spelling. The
# figures that count it right only as ``no`` are shown beside.
# Languages langdetect lacks whose script alone names them: scored apart, not in the target.
SCRIPT_ONLY = frozenset({"hy", "ka"})
#: per sample file, the answer also counted right (its spelling's language): see above
ALSO_RIGHT: dict[str, str] = {"no.sult.txt": "da"}


@dataclass(frozen=True)
class Unit:
    name: str
    expected: str
    text: str
    kind: str  # "piece" (article-sized), "line" (title-sized), "extra" (a SCRIPT_ONLY piece)


def langdetect_codes() -> frozenset[str]:
    """The codes langdetect can answer: the names of its profile files."""
    import langdetect

    return frozenset(p.name for p in (Path(langdetect.__file__).parent / "profiles").iterdir())


def plain_langdetect(text: str) -> str | None:
    """The baseline: langdetect as its README shows it, seeded so that runs agree."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return str(detect(text))
    except LangDetectException:
        return None


def statistics_only(text: str) -> str | None:
    """The product's detector before its script rules: langdetect over the first 600
    characters, 3 trials, refused under 3 words or a probability of 0.5."""
    from reader.ingest.language import _SAMPLE_CHARS, _WORD, MIN_ARTICLE_CHARS, _detector_langs

    sample = text[:_SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < 3 or len(sample.strip()) < MIN_ARTICLE_CHARS:
        return None
    langs = _detector_langs(sample)
    return langs[0][0] if langs and langs[0][1] >= 0.5 else None


def body(path: Path) -> list[str]:
    """The sample's lines without its four-line comment header, blank lines dropped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line.strip() for line in lines if line.strip()]


def pieces(lines: list[str]) -> list[str]:
    out: list[str] = []
    current = ""
    for line in lines:
        if current and len(current) + 1 + len(line) > PIECE_CHARS:
            out.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line[:PIECE_CHARS]
    if current:
        out.append(current)
    return out


def units_of(name: str, expected: str, lines: list[str]) -> list[Unit]:
    found = [Unit(name, expected, p, "piece") for p in pieces(lines)]
    found += [Unit(name, expected, line, "line") for line in lines if len(line) >= LINE_CHARS]
    return found


def chinese_variants(lines: list[str]) -> list[Unit]:
    """The Traditional sample made Simplified, and back to Traditional, by OpenCC."""
    try:
        import opencc
    except ImportError:
        print("opencc is not installed (the test extra): Simplified Chinese is not scored")
        return []
    simplified = [opencc.OpenCC("t2s").convert(line) for line in lines]
    traditional = [opencc.OpenCC("s2t").convert(line) for line in simplified]
    return units_of("zh (OpenCC t2s)", "zh-cn", simplified) + units_of(
        "zh (OpenCC t2s then s2t)", "zh-tw", traditional
    )


def collect() -> tuple[list[Unit], list[str]]:
    """The scored units, and the sample files left out (languages langdetect lacks)."""
    codes = langdetect_codes()
    units: list[Unit] = []
    skipped: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        code = path.name.split(".")[0]
        if code == "zh":
            lines = body(path)
            units += units_of(path.name, "zh-tw", lines) + chinese_variants(lines)
            continue
        code = ALIASES.get(code, code)
        if code in SCRIPT_ONLY:
            units += [Unit(path.name, code, p, "extra") for p in pieces(body(path))]
            continue
        if code not in codes:
            skipped.append(path.name)
            continue
        units += units_of(path.name, code, body(path))
    return units, skipped


def is_right(unit: Unit, answer: str | None) -> bool:
    return answer == unit.expected or (answer is not None and ALSO_RIGHT.get(unit.name) == answer)


def score(units: list[Unit], detect: Callable[[str], str | None]) -> dict[str, object]:
    answers = [detect(u.text) for u in units]
    result: dict[str, object] = {}
    for kind in ("piece", "line"):
        pairs = [(u, a) for u, a in zip(units, answers, strict=True) if u.kind == kind]
        right = sum(is_right(u, a) for u, a in pairs)
        wrong = [(u, a) for u, a in pairs if not is_right(u, a)]
        confusions = Counter(f"{u.expected}→{a or 'none'}" for u, a in wrong)
        result[kind] = {
            "n": len(pairs),
            "right": right,
            "accuracy": right / len(pairs),
            "right_as_labelled": sum(a == u.expected for u, a in pairs),
            "confusions": dict(confusions.most_common()),
            "wrong_by_sample": dict(Counter(u.name for u, _ in wrong).most_common()),
        }
    kept = [
        a == u.expected
        for u, a in zip(units, answers, strict=True)
        if u.kind == "piece" and u.name not in ALSO_RIGHT
    ]
    result["pieces_without_1890"] = (sum(kept), len(kept))
    extra = [(u, a) for u, a in zip(units, answers, strict=True) if u.kind == "extra"]
    result["script_only"] = (sum(a == u.expected for u, a in extra), len(extra))
    chinese = [(u, a) for u, a in zip(units, answers, strict=True) if u.expected.startswith("zh")]
    result["chinese_as_ko_or_ja"] = sum(a in ("ko", "ja") for _, a in chinese)
    result["traditional_as_chinese"] = (
        sum((a or "").startswith("zh") for u, a in chinese if u.expected == "zh-tw"),
        sum(u.expected == "zh-tw" for u, _ in chinese),
    )
    result["chinese_variant_right"] = (sum(a == u.expected for u, a in chinese), len(chinese))
    return result


def report(name: str, result: dict[str, object]) -> None:
    print(f"\n{name}")
    for kind, label in (("piece", "article-sized (≤ 600 chars)"), ("line", "title-sized lines")):
        r = result[kind]
        assert isinstance(r, dict)
        print(
            f"  {label}: {r['right']}/{r['n']} = {100 * r['accuracy']:.1f} % "
            f"({r['right_as_labelled']} counting Danish-spelled samples right only as labelled)"
        )
        shown = ", ".join(f"{k} ×{v}" for k, v in r["confusions"].items())
        print(f"    confusions: {shown or 'none'}")
        if kind == "piece":
            shown = ", ".join(f"{k} ×{v}" for k, v in r["wrong_by_sample"].items())
            print(f"    wrong, by sample: {shown or 'none'}")
    print(f"  Chinese labelled ko or ja: {result['chinese_as_ko_or_ja']}")
    right, total = result["traditional_as_chinese"]  # type: ignore[misc]
    print(f"  Traditional Chinese labelled zh-*: {right}/{total}")
    right, total = result["chinese_variant_right"]  # type: ignore[misc]
    print(f"  Chinese with the right form (zh-cn Simplified / zh-tw Traditional): {right}/{total}")
    right, total = result["script_only"]  # type: ignore[misc]
    print(f"  Armenian and Georgian pieces (hy, ka; not in langdetect): {right}/{total} right")
    right, total = result["pieces_without_1890"]  # type: ignore[misc]
    print(
        f"  article-sized, without {', '.join(sorted(ALSO_RIGHT)) or 'none'} (Danish spelling): "
        f"{right}/{total} = {100 * right / total:.1f} %"
    )


def main() -> int:
    units, skipped = collect()
    languages = sorted({u.expected for u in units if u.kind != "extra"})
    print(
        f"{len(languages)} langdetect languages, {len(units)} texts "
        f"({sum(u.kind == 'piece' for u in units)} article-sized); "
        f"{len(skipped)} samples in other languages langdetect lacks are left out"
    )
    baseline = score(units, plain_langdetect)
    before = score(units, statistics_only)
    product = score(units, detect_language)
    report("plain langdetect (baseline)", baseline)
    report("Liseuse before: langdetect's statistics alone, 3 trials over 600 characters", before)
    report("Liseuse (script rules, then langdetect)", product)
    piece = product["piece"]
    assert isinstance(piece, dict)
    met = piece["accuracy"] >= TARGET and product["chinese_as_ko_or_ja"] == 0
    verdict = "met" if met else "not met"
    print(f"\nL1 target (≥ {100 * TARGET:.1f} %, no Chinese as ko/ja): {verdict}")
    path = save(
        "langid", {"baseline": baseline, "before": before, "product": product, "skipped": skipped}
    )
    print(f"saved {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
