"""Translation from the command line: ``reader translate`` (an article, paragraph by
paragraph), ``reader translators`` (the hooks; ``--set`` configures one) and ``reader
gloss`` (a word in an installed dictionary).

One topic, one module: these three are the only commands that reach the translation
hooks and dictionaries (through the library).
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import Command, emit, open_library
from reader.core.errors import ReaderError


def cmd_translate(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        result = library.translate(args.id, args.to, provider=args.provider)
    if args.json:
        emit(
            {
                "provider": result.provider,
                "source": result.source,
                "target": result.target,
                "route": result.route,
                "paragraphs": [
                    {
                        "index": p.index,
                        "source": p.source,
                        "translation": p.translation,
                        "cached": p.cached,
                        "edited": p.edited,
                    }
                    for p in result.paragraphs
                ],
            }
        )
        return 0
    via = f" (route {result.route})" if result.route else ""
    print(f"{result.provider}: {result.source} → {result.target}{via}")
    for p in result.paragraphs:
        print()
        print(p.source)
        print(f"  → {p.translation}")
    return 0


def cmd_translators(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        for item in args.set or []:
            key, equals, value = item.partition("=")
            if not equals:
                raise ReaderError(f"--set {item}: give KEY=VALUE (an empty VALUE clears it)")
            if not library.set_translator_setting(key.strip(), value):
                print(
                    f"reader: there is no system keyring to keep {key.strip()}; "
                    "set it in the environment instead (DEEPL_AUTH_KEY, LIBRETRANSLATE_API_KEY)",
                    file=sys.stderr,
                )
                return 1
        infos = library.translators()
    if args.json:
        emit(
            {
                "translators": [
                    {
                        "name": t.name,
                        "remote": t.remote,
                        "available": t.available,
                        "pairs": [list(p) for p in t.pairs],
                        "error": t.error,
                        "destination": t.destination,
                        "words_only": t.words_only,
                    }
                    for t in infos
                ]
            }
        )
        return 0
    for t in infos:
        state = "ready" if t.available else "not set up"
        where = "remote" if t.remote else "local"
        pairs = ", ".join(f"{a}→{b}" for a, b in t.pairs)
        pairs = pairs or ("any pair it is given" if t.available else "—")
        pairs += "  (single words)" if t.words_only else ""
        pairs += f"  (sends text to {t.destination})" if t.remote and t.destination else ""
        print(
            f"{t.name:<15} {state:<11} {where:<7} {pairs}" + (f"  ({t.error})" if t.error else "")
        )
    return 0


def cmd_gloss(args: argparse.Namespace) -> int:
    if not args.word.strip():
        raise ReaderError("give a word to look up (reader gloss puces)")
    with open_library(args) as library:
        target, glosses = library.gloss(args.word, args.source, args.to)
    if args.json:
        emit(
            {
                "word": args.word,
                "source": args.source,
                "target": target,
                "entries": [
                    {
                        "headword": g.headword,
                        "pronunciation": g.pronunciation,
                        "grammar": g.grammar,
                        "senses": list(g.senses),
                        "origin": g.origin,
                    }
                    for g in glosses
                ],
            }
        )
        return 0
    if not glosses:
        print(f"{args.word}: not in the {args.source}→{target} dictionary")
        return 1
    if target != args.to:
        print(f"(no {args.source}→{args.to} dictionary; {args.source}→{target} instead)")
    for g in glosses:
        extra = " ".join(
            x
            for x in (
                f"/{g.pronunciation}/" if g.pronunciation else "",
                g.grammar,
                "(your glossary)" if g.origin == "glossary" else "",
            )
            if x
        )
        print(f"{g.headword}  {extra}".rstrip())
        for number, sense in enumerate(g.senses, start=1):
            print(f"  {number}. {sense}")
    return 0


def add_commands(command: Command) -> None:
    p = command("translate", cmd_translate, "translate an article, paragraph by paragraph")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", required=True, metavar="LANG", help="target language (en, es, fr…)")
    p.add_argument("--provider", help="a translation hook (default: Apertium when it can)")
    p = command("translators", cmd_translators, "list the translation hooks; --set configures one")
    p.add_argument(
        "--set",
        action="append",
        metavar="KEY=VALUE",
        help="libretranslate.url, libretranslate.key, deepl.key, deepl.url, command.template "
        "or freedict.dirs (API keys go to the system keyring)",
    )
    p = command("gloss", cmd_gloss, "look a word up in an installed dictionary (FreeDict)")
    p.add_argument("word", metavar="WORD")
    p.add_argument("--from", dest="source", default="fr", metavar="LANG", help="default fr")
    p.add_argument("--to", default="en", metavar="LANG", help="default en")
