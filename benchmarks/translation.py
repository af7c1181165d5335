"""Translation benchmark (run: ``.venv/bin/python -m benchmarks.translation``).

For every Apertium route installed here (the direct pair, and each pivot language), on a
fixed slice of NTREX (the first ``--lines`` lines, French ↔ English, professional
translations of the same news): chrF and BLEU (sacreBLEU, corpus level), seconds per
paragraph, and the share of unknown words (tokens Apertium marks with ``*`` when not run
with ``-u``). There is no Spanish reference here, so fr→es and en→es get speed, unknown
words and names but no score.

Names: the entity layer's names of each NTREX line and of each seed paragraph
(``resources/corpus``), and the share of them written the same in the translation with
the app's name keeping off and on ("before → after"): the names the app keeps
(:func:`reader.translate.names.kept`), every PER/ORG/PRODUCT recognised, and those the
professional translator left as written. Also, per scored route, chrF with the names kept
in HTML markup instead of placeholders, and with every PER/ORG/PRODUCT kept (why the app
keeps fewer: the statistical model calls "Assemblée" an organisation).

The route ranking is written to ``reader/translate/route_table.py`` (the app's choice)
and the figures to ``benchmarks/results/translation.json``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import time
from collections.abc import Sequence
from typing import Any

from benchmarks.common import CORPORA, ROOT, save
from reader.translate import names
from reader.translate.apertium import ApertiumTranslator, _modes
from reader.translate.base import Route
from reader.translate.routes import candidates

NTREX = CORPORA / "ntrex-news-fr-en" / "NTREX-128"
TEXTS = {"fr": NTREX / "newstest2019-ref.fra.txt", "en": NTREX / "newstest2019-src.eng.txt"}
PAIRS = (("fr", "en"), ("en", "fr"), ("fr", "es"), ("en", "es"))
TABLE = ROOT / "reader" / "translate" / "route_table.py"
_WORD = re.compile(r"\S+")


def ntrex(lang: str, lines: int) -> list[str]:
    return TEXTS[lang].read_text(encoding="utf-8").splitlines()[:lines]


def _apertium(mode: str, texts: Sequence[str], flags: Sequence[str]) -> list[str]:
    """One call for all lines (one per line, ``-f line``); the same as the app's calls
    apart from the separator, which ``-f line`` keeps exactly."""
    done = subprocess.run(
        ["apertium", *flags, "-f", "line", mode],
        input="\n".join(texts) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    out = done.stdout.split("\n")[: len(texts)]
    return out + [""] * (len(texts) - len(out))


def _steps(path: Route) -> list[str]:
    hops = (
        [(path.source, path.via), (path.via, path.target)]
        if path.via
        else [(path.source, path.target)]
    )
    return [_modes()[(str(a), str(b))] for a, b in hops]


def unknown_share(path: Route, texts: list[str]) -> float:
    """Share of output words Apertium marks unknown along the route (``*``)."""
    for mode in _steps(path):
        texts = [t.replace("*", "") for t in texts]
        texts = _apertium(mode, texts, ())
    words = [w for t in texts for w in _WORD.findall(t)]
    return sum(w.startswith("*") for w in words) / max(1, len(words))


def markup(path: Route, texts: list[str], keep: list[list[str]]) -> list[str]:
    """The names kept in HTML tags instead of placeholders (the other way measured)."""
    masked = [names.mask(t, k, how="markup") for t, k in zip(texts, keep, strict=True)]
    out = [m.text for m in masked]
    for mode in _steps(path):
        out = _run_html(mode, out)
    return [names.restore(o, m, how="markup") or o for o, m in zip(out, masked, strict=True)]


def _run_html(mode: str, texts: list[str]) -> list[str]:
    done = subprocess.run(
        ["apertium", "-u", "-f", "html-noent", mode],
        input="<p>" + "</p>\n<p>".join(texts) + "</p>",
        capture_output=True,
        text=True,
        check=True,
    )
    parts = re.findall(r"<p>(.*?)</p>", done.stdout, flags=re.S)
    return [p.strip() for p in parts] if len(parts) == len(texts) else [""] * len(texts)


Names = dict[str, list[list[str]]]


def name_sets(found: list[list[Any]], lang: str, refs: list[str] | None) -> Names:
    """Per text, the names scored: ``proper`` (those the app keeps as written,
    :func:`reader.translate.names.kept`), ``all`` (every PER/ORG/PRODUCT recognised, the
    statistical model's "Assemblée" and "Commission" included) and, with a reference,
    ``reference`` (the recognised PER/ORG/PRODUCT the professional translator left as
    written)."""
    sets: Names = {
        "proper": [[m.text for m in ms if names.kept(m, lang)] for ms in found],
        "all": [[m.text for m in ms if m.label in names.KEPT_LABELS] for ms in found],
    }
    if refs is not None:
        sets["reference"] = [
            [n for n in wanted if names.survived(n, ref, [n])[0]]
            for wanted, ref in zip(sets["all"], refs, strict=True)
        ]
    return sets


def recognised(texts: list[str], lang: str) -> list[list[Any]]:
    """The entity layer's mentions in each text, as the app recognises them."""
    from reader.entities.base import Block
    from reader.entities.pipeline import EntityPipeline

    pipeline = EntityPipeline.default()
    return [pipeline.recognize_text(t, [Block(0, len(t), lang)], lang) for t in texts]


def seed_paragraphs() -> tuple[list[str], list[list[Any]]]:
    """The French seeds' paragraphs as the app translates them, with their mentions."""
    from benchmarks.entities import load_article
    from reader.entities.pipeline import EntityPipeline
    from reader.services.translations import translatable

    pipeline = EntityPipeline.default()
    texts: list[str] = []
    found: list[list[Any]] = []
    for path in sorted((ROOT / "resources" / "corpus").glob("*.txt")):
        article = load_article(path)
        if article.lang != "fr":
            continue
        mentions = pipeline.recognize(article)
        for start, end, text in translatable(article):
            texts.append(text)
            found.append([m for m in mentions if start <= m.start and m.end <= end])
    return texts, found


def names_kept(sources: list[str], outputs: list[str], scored: list[list[str]]) -> float:
    got = total = 0
    for source, out, wanted in zip(sources, outputs, scored, strict=True):
        a, b = names.survived(source, out, wanted)
        got, total = got + a, total + b
    return 100 * got / max(1, total)


def measure_route(
    path: Route, texts: list[str], refs: list[str] | None, sets: Names
) -> dict[str, Any]:
    import sacrebleu

    translator = ApertiumTranslator()
    start = time.perf_counter()
    plain = translator.translate(texts, path.source, path.target, path=path)
    seconds = (time.perf_counter() - start) / len(texts)
    kept = translator.translate(texts, path.source, path.target, keep=sets["proper"], path=path)
    row: dict[str, Any] = {
        "route": path.describe(),
        "via": path.via or "",
        "s_per_paragraph": seconds,
        "unknown": unknown_share(path, texts),
        "names": {
            key: [names_kept(texts, plain, wanted), names_kept(texts, kept, wanted)]
            for key, wanted in sets.items()
        },
        "names_counted": {key: sum(map(len, wanted)) for key, wanted in sets.items()},
    }
    if refs is not None:
        row["chrf"] = [sacrebleu.corpus_chrf(o, [refs]).score for o in (plain, kept)]
        row["bleu"] = [sacrebleu.corpus_bleu(o, [refs]).score for o in (plain, kept)]
        every = translator.translate(texts, path.source, path.target, keep=sets["all"], path=path)
        row["chrf_keeping_all"] = sacrebleu.corpus_chrf(every, [refs]).score
        row["chrf_markup"] = sacrebleu.corpus_chrf(
            markup(path, texts, sets["proper"]), [refs]
        ).score
    return row


def write_table(ranked: dict[str, list[str]]) -> None:
    """The ranking as a Python module, written as ``ruff format`` writes it."""

    def vias(names: list[str]) -> str:
        inner = ", ".join(f'"{v}"' for v in names)
        return f"({inner},)" if len(names) == 1 else f"({inner})"

    body = "".join(f'    "{pair}": {vias(v)},\n' for pair, v in sorted(ranked.items()))
    TABLE.write_text(
        '"""Apertium routes ranked by chrF, best first ("" is the direct pair); written by\n'
        '``python -m benchmarks.translation`` (do not edit by hand)."""\n\n'
        f"RANKED: dict[str, tuple[str, ...]] = {{\n{body}}}\n",
        encoding="utf-8",
    )


def _pct(pair: list[float]) -> str:
    return f"{pair[0]:.1f} → {pair[1]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=300, help="NTREX lines (from the first)")
    parser.add_argument("--no-table", action="store_true", help="leave route_table.py alone")
    args = parser.parse_args()

    pairs = set(_modes())
    results: dict[str, Any] = {"lines": args.lines, "pairs": {}, "seeds": {}}
    ranked: dict[str, list[str]] = {}
    found = {lang: recognised(ntrex(lang, args.lines), lang) for lang in TEXTS}
    rows = []
    for source, target in PAIRS:
        texts = ntrex(source, args.lines)
        refs = ntrex(target, args.lines) if target in TEXTS else None
        sets = name_sets(found[source], source, refs)
        measured = [measure_route(p, texts, refs, sets) for p in candidates(pairs, source, target)]
        if refs is not None and measured:
            measured.sort(key=lambda r: -r["chrf"][1])
            ranked[f"{source}-{target}"] = [r["via"] for r in measured]
        results["pairs"][f"{source}-{target}"] = measured
        for r in measured:
            rows.append(
                (
                    r["route"],
                    _pct(r["chrf"]) if "chrf" in r else "—",
                    _pct(r["bleu"]) if "bleu" in r else "—",
                    f"{1000 * r['s_per_paragraph']:.0f} ms",
                    f"{100 * r['unknown']:.1f} %",
                    _pct(r["names"]["proper"]),
                    _pct(r["names"]["all"]),
                    _pct(r["names"]["reference"]) if "reference" in r["names"] else "—",
                )
            )
    seeds, seed_found = seed_paragraphs()
    sets = name_sets(seed_found, "fr", None)
    translator = ApertiumTranslator()
    for target in ("en", "es"):
        path = translator.route("fr", target)
        if path is not None:
            plain = translator.translate(seeds, "fr", target)
            kept = translator.translate(seeds, "fr", target, keep=sets["proper"])
            results["seeds"][f"fr-{target}"] = {
                "route": path.describe(),
                "names": {
                    key: [names_kept(seeds, plain, w), names_kept(seeds, kept, w)]
                    for key, w in sets.items()
                },
                "names_counted": {key: sum(map(len, w)) for key, w in sets.items()},
            }
    save("translation", results)
    if not args.no_table:
        write_table(ranked)
    print(f"NTREX, first {args.lines} lines; before → after keeping names")
    header = (
        "route",
        "chrF",
        "BLEU",
        "per paragraph",
        "unknown",
        "names kept",
        "all PER/ORG/PRODUCT",
        "left by the reference",
    )
    print(table8(rows, header))
    for measured in results["pairs"].values():
        for r in measured:
            if "chrf_markup" in r:
                print(
                    f"{r['route']}: chrF keeping names with placeholders {r['chrf'][1]:.1f}, "
                    f"in markup {r['chrf_markup']:.1f}, keeping every PER/ORG/PRODUCT "
                    f"{r['chrf_keeping_all']:.1f}"
                )
    for pair, seed in results["seeds"].items():
        counted = seed["names_counted"]
        print(
            f"Seeds {pair} ({seed['route']}): names kept {_pct(seed['names']['proper'])} % "
            f"of {counted['proper']}; all PER/ORG/PRODUCT {_pct(seed['names']['all'])} % "
            f"of {counted['all']}"
        )
    print("\nRanking written to", TABLE.relative_to(ROOT), ranked)


def table8(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows]
    ]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    main()
