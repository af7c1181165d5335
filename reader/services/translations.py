"""Translating a library's articles (:class:`Translation`): hooks, the cache, the user's
corrections and imported translations, paragraph by paragraph. The cache is written
through the library's writer; a translation itself (seconds, or a server's time-out)
runs on the caller's thread, never on the writer."""

from __future__ import annotations

import logging
import shlex
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.glossary import GlossaryEntry, Occurrence, fingerprint, occurrences
from reader.core.model import TranslationResult, TranslatorInfo
from reader.core.secrets import SECRET_NAMES, Secrets
from reader.core.text import content_hash
from reader.core.translation import MarkedParagraph, Offer
from reader.services import memory
from reader.store.translations import CachedText
from reader.translate.base import (
    TranslationError,
    Translator,
    check_address,
    normalize_lang,
    route,
)
from reader.translate.freedict import Gloss, by_lemma, without_elision
from reader.translate.manual import split_blocks
from reader.translate.names import kept
from reader.translate.registry import discover

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.services.catalog import Catalog
    from reader.services.engines import Engines
    from reader.services.entities import Recognition
    from reader.services.glossary import Glossary
    from reader.store.interface import Store, Translations

log = logging.getLogger(__name__)
SETTINGS = ("libretranslate.url", "deepl.url", "command.template", "freedict.dirs")
PARAGRAPH_KINDS = {"title", "lead", "heading", "paragraph", "quote", "attribution"}
Progress = Callable[[int, int, str], None]


def translatable(article: Article) -> list[tuple[int, int, str]]:
    """The article's paragraphs to translate: (start, end, text), furniture left out."""
    return [
        (s.start, s.end, article.text[s.start : s.end])
        for s in article.blocks()
        if s.kind.value in PARAGRAPH_KINDS
    ]


class Translation:
    """The translation hooks, their settings and the cache of what they made."""

    def __init__(
        self, engines: Engines, glossary: Glossary, recognition: Recognition, catalog: Catalog
    ) -> None:
        self.engines = engines
        self.glossary = glossary
        self.recognition = recognition
        self.catalog = catalog

    @property
    def store(self) -> Store:
        return self.engines.store

    @property
    def secrets(self) -> Secrets:
        return self.engines.secrets

    def _cache(self) -> Translations:
        """The translation cache of this thread's connection, through the backend (a
        team's PostgreSQL library has its own)."""
        return self.engines.translation_cache()

    def _write(self, fn: Callable[[Translations], None]) -> None:
        """A write to the cache, on the writer (with the writer's connection)."""
        self.engines.writer.run(lambda: fn(self._cache()))

    def translator_settings(self) -> dict[str, str]:
        """The hooks' settings, API keys included (read from the keyring, never the database)."""
        self._move_plain_secrets()
        values = {key: value for key in SETTINGS if (value := self.store.setting(key) or "")}
        values.update({name: value for name in SECRET_NAMES if (value := self.secrets.get(name))})
        return values

    def set_translator_setting(self, key: str, value: str) -> bool:
        """Keep one setting, checked first (an address that is not one was saved and
        broke every later listing of the hooks); False when an API key could only be
        kept for this session (there is no system keyring)."""
        if key in SECRET_NAMES:
            return self.secrets.set(key, value)
        if key not in SETTINGS:
            known = ", ".join(sorted((*SETTINGS, *SECRET_NAMES)))
            raise TranslationError(f"unknown translator setting {key!r} (one of {known})")
        value = value.strip()
        if value and key.endswith(".url"):
            value = check_address(key, value)
        elif value and key == "command.template":
            try:
                shlex.split(value)
            except ValueError as exc:
                raise TranslationError(f"{key} cannot be read as a command ({exc})") from exc
        self.engines.writer.run(lambda: self.engines.store.set_setting(key, value))
        return True

    def _move_plain_secrets(self) -> None:
        """Earlier versions kept the LibreTranslate key in the settings table; move it out."""
        moved = []
        for name in SECRET_NAMES:
            plain = self.store.setting(name)
            if plain is not None:
                if plain:
                    self.secrets.set(name, plain)
                moved.append(name)

        def forget() -> None:
            for name in moved:
                self.engines.store.delete_setting(name)

        if moved:
            self.engines.writer.run(forget)

    def _translators(self) -> tuple[dict[str, Translator], dict[str, str]]:
        return discover(self.translator_settings())

    def translators(self) -> list[TranslatorInfo]:
        """Every hook, whether it can work now, and the language pairs it offers."""
        found, errors = self._translators()
        infos = []
        for name, translator in sorted(found.items()):
            available, error = translator.available(), None
            pairs: tuple[tuple[str, str], ...] = ()
            if available:
                try:
                    pairs = tuple(sorted(translator.pairs()))
                except TranslationError as exc:
                    available, error = False, str(exc)
                except Exception as exc:  # a hook's bug: that hook is out, the list goes on
                    log.exception("the translation hook %r failed", name)
                    available, error = False, f"{type(exc).__name__}: {exc}"
            infos.append(
                TranslatorInfo(
                    name,
                    translator.remote,
                    available,
                    pairs,
                    error,
                    destination=str(getattr(translator, "destination", "")),
                    words_only=bool(getattr(translator, "words_only", False)),
                )
            )
        infos.extend(TranslatorInfo(n, False, False, (), e) for n, e in sorted(errors.items()))
        return infos

    def translate(
        self,
        ref: str,
        target: str,
        provider: str | None = None,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> TranslationResult:
        """The article paragraph by paragraph; cached paragraphs are not sent again."""
        result = self._translate(ref, target, provider, progress, should_stop, cached_only=False)
        if result is None:  # only a cache lookup stops short
            raise TranslationError("the translation stopped before it was done")
        return result

    def cached_translation(
        self, ref: str, target: str, provider: str | None = None
    ) -> TranslationResult | None:
        """The translation as the cache holds it, or None when a paragraph is missing: the
        window shows it at once when the reader picks another target, and sends nothing."""
        return self._translate(ref, target, provider, None, lambda: False, cached_only=True)

    def _translate(
        self,
        ref: str,
        target: str,
        provider: str | None,
        progress: Progress | None,
        should_stop: Callable[[], bool],
        cached_only: bool,
    ) -> TranslationResult | None:
        article = self.catalog.article(ref)
        source = normalize_lang(article.lang or "")
        target = normalize_lang(target)
        if not source:
            raise TranslationError("the article's language is unknown; it cannot be translated")
        if source == target:  # a round trip through another language is no translation
            if cached_only:
                return None
            raise TranslationError(
                f"the article is already in {source}; choose another language to translate into"
            )
        name, translator, via, key = self._hook(provider, source, target)
        filled: list[int] = []  # paragraphs put together from sentences translated before
        cache = self._cache()
        paragraphs = translatable(article)
        texts = [text for _, _, text in paragraphs]
        hashes = [content_hash(text) for text in texts]
        # the glossary goes to the hooks that can protect what it says (a name, a term)
        entries = (
            self.glossary.glossary(source, target)
            if getattr(translator, "keeps_names", False)
            else []
        )
        found_terms = [occurrences(t, entries) if entries else [] for t in texts]
        prints = [fingerprint([o.entry for o in found]) for found in found_terms]
        known = memory.cached_paragraphs(
            cache, (name, key, source, target), texts, hashes, prints, entries, filled
        )
        missing = [i for i, hit in enumerate(known) if hit is None]
        if missing and cached_only:
            return None
        if missing:
            if not translator.available():
                raise TranslationError(f"the {name} hook is not set up (see the preferences)")
            if progress:
                progress(len(paragraphs) - len(missing), len(paragraphs), "")
            made = self._send(
                translator, ref, (source, target), [paragraphs[i] for i in missing],
                [found_terms[i] for i in missing], entries, should_stop,
            )  # fmt: skip
            if len(made) != len(missing) and not should_stop():
                raise TranslationError(
                    f"the {name} hook returned {len(made)} paragraphs for {len(missing)}"
                )
            made = [replace(c, glossary=prints[i]) for i, c in zip(missing, made, strict=False)]
            rows = [(hashes[i], c) for i, c in zip(missing, made, strict=False)]
            for i, c in zip(missing, made, strict=False):
                rows.extend(memory.sentence_rows(texts[i], c, entries))
                known[i] = c
            self._write(lambda cache: cache.put_many(name, via, source, target, rows))
            if progress:
                progress(len(paragraphs), len(paragraphs), "")
        if filled:  # the next time, the paragraph itself answers
            whole = [(hashes[i], hit) for i in filled if (hit := known[i]) is not None]
            self._write(lambda cache: cache.put_many(name, via, source, target, whole))
        offered = memory.offers(
            cache,
            (source, target),
            [
                (t, hit.text if hit and not hit.edited else "")
                for t, hit in zip(texts, known, strict=True)
            ],
        )
        result = _marked(paragraphs, known, set(missing), offered)
        return TranslationResult(name, source, target, result, via)

    def _hook(
        self, provider: str | None, source: str, target: str
    ) -> tuple[str, Translator, str, str | None]:
        """The hook to use, its name, the route it takes (``fr→ca→en``, or "") and the
        cache's key for that route.

        The route is named even when the direct pair is used or the cache answers: the
        reader sees how the text was made, and so how far to trust it; the cache is
        keyed by it (None: the hook is not available to say; any route's text)."""
        found, _ = self._translators()
        name = provider or self._default_provider(found, source, target)
        translator = found.get(name)
        if translator is None:
            raise TranslationError(f"no translation hook named {name!r}; see `reader translators`")
        describe = getattr(translator, "route", None)
        path = describe(source, target) if callable(describe) and translator.available() else None
        via = path.describe() if path is not None else ""
        key: str | None = via if path is not None or not callable(describe) else None
        return name, translator, via, key

    def _send(
        self,
        translator: Translator,
        ref: str,
        languages: tuple[str, str],
        paragraphs: list[tuple[int, int, str]],
        terms: list[list[Occurrence]],
        entries: list[GlossaryEntry],
        should_stop: Callable[[], bool],
    ) -> list[CachedText]:
        """Paragraphs through the hook, with the names of each and the glossary's terms
        protected as the hook can (placeholders, or DeepL's glossary), and the words the
        hook did not know when it says which."""
        source, target = languages
        todo = [text for _, _, text in paragraphs]
        options: dict[str, object] = {}
        if getattr(translator, "keeps_names", False):
            by_api = getattr(translator, "glossary_api", False)
            keep: list[dict[str, str]] = []
            for names, found in zip(self._names(ref, source, paragraphs), terms, strict=True):
                wanted = {n: n for n in names}
                wanted.update({o.written: o.rendering for o in found if o.entry.keep or not by_api})
                keep.append(wanted)
            options["keep"] = keep
            if by_api:
                options["glossary"] = [(e.term, e.translation) for e in entries if not e.keep]
        marked = getattr(translator, "translate_marked", None)
        if callable(marked):
            out = marked(todo, source, target, should_stop, **options)
            return [CachedText(m.text, False, tuple(m.unknown)) for m in out]
        texts = translator.translate(todo, source, target, should_stop, **options)
        return [CachedText(text, False) for text in texts]

    def _names(
        self, ref: str, lang: str, paragraphs: list[tuple[int, int, str]]
    ) -> list[list[str]]:
        """The names the entity layer recognised in each paragraph that a translation
        must leave as written (:func:`reader.translate.names.kept`)."""
        try:
            mentions = self.recognition.entities(ref)
        except Exception:  # names are a refinement: the translation goes on without them
            log.exception("the entities of %s could not be recognised for translation", ref)
            return [[] for _ in paragraphs]
        return [
            [m.text for m in mentions if start <= m.start and m.end <= end and kept(m, lang)]
            for start, end, _ in paragraphs
        ]

    @staticmethod
    def _default_provider(found: dict[str, Translator], source: str, target: str) -> str:
        """The first hook that can do the pair: local ones before remote ones."""
        order = sorted(found, key=lambda n: (found[n].remote, n != "apertium", n))
        for name in order:
            translator = found[name]
            if (
                name == "manual"
                or getattr(translator, "words_only", False)
                or not translator.available()
            ):
                continue
            try:
                pairs = translator.pairs()
            except TranslationError:
                continue
            if not pairs or route(pairs, source, target) is not None:
                return name
        raise TranslationError(
            f"no translation hook can translate {source}→{target} here; see `reader translators`"
        )

    def edit_translation(
        self, ref: str, target: str, provider: str, index: int, text: str, previous: str = ""
    ) -> None:
        """Keep the user's correction of one translated paragraph (marked as edited); the
        sentences it changes from ``previous`` (the text it corrects, by default the
        cached one) go to the translation memory, offered wherever they appear again."""
        article = self.catalog.article(ref)
        paragraphs = translatable(article)
        if not 0 <= index < len(paragraphs):
            raise TranslationError(f"the article has no paragraph {index}")
        source, target = normalize_lang(article.lang or ""), normalize_lang(target)
        cache = self._cache()
        original = paragraphs[index][2]
        if not previous:
            hit = cache.get(provider, None, source, target, content_hash(original))
            previous = hit.text if hit is not None else ""
        changed = memory.corrections(original, previous, text.strip(), ref) if previous else []

        def write(cache: Translations) -> None:
            row = (content_hash(original), CachedText(text.strip(), True))
            cache.put_many(provider, "", source, target, [row])
            if changed:
                cache.remember(source, target, changed)

        self._write(write)

    def accept_offer(
        self, ref: str, target: str, provider: str, index: int, translation: str, offer: Offer
    ) -> str:
        """Put a correction the translation memory offered into paragraph ``index``, whose
        translation is ``translation``; returns the paragraph's new text."""
        text = memory.applied(translation, offer)
        if text != translation:
            self.edit_translation(ref, target, provider, index, text, previous=translation)
        return text

    def import_translation(self, ref: str, target: str, text: str) -> int:
        """A translation file (one paragraph per block) aligned to the article's paragraphs,
        kept as the manual translation; returns how many paragraphs it filled."""
        article = self.catalog.article(ref)
        paragraphs = translatable(article)
        blocks = split_blocks(text)
        if not blocks:
            raise TranslationError("the translation file has no text")
        rows = [
            (content_hash(p[2]), CachedText(block, True))
            for p, block in zip(paragraphs, blocks, strict=False)
        ]
        source = normalize_lang(article.lang or "")
        self._write(
            lambda cache: cache.put_many("manual", "", source, normalize_lang(target), rows)
        )
        return len(rows)

    def gloss(self, word: str, source: str, target: str) -> tuple[str, list[Gloss]]:
        """Entries for one word: ``(the target language used, entries)``, the user's
        glossary first ("puce — chip (your glossary); flea (FreeDict)"). The first
        dictionary hook with the pair answers; without one, a dictionary from the same
        source into another language (English first) does."""
        source, target = normalize_lang(source), normalize_lang(target)
        mine = [
            Gloss(e.term, "", "", (e.rendering,), origin="glossary", note=e.note)
            for e in self.glossary.glossary_for(word, source, target)
        ]
        found, _ = self._translators()
        choices: list[tuple[int, str, str, Callable[[str, str, str], list[Gloss]]]] = []
        for name, hook in sorted(found.items()):
            lookup = getattr(hook, "lookup", None)
            if lookup is None or not hook.available():
                continue
            for a, b in hook.pairs():
                if a == source:
                    choices.append((0 if b == target else 1 if b == "en" else 2, b, name, lookup))
        if not choices:
            if mine:
                return target, mine
            raise TranslationError(
                f"no dictionary from {source} is installed (for French–English: "
                "the Debian package dict-freedict-fra-eng)"
            )
        _, used, _, lookup = min(choices, key=lambda c: c[:3])
        bare = without_elision(word)  # the analyser reads "est", not "s'est"
        try:
            readings = self.engines.lemmatizer.readings([bare], source).get(bare, ())
        except (OSError, TranslationError):
            readings = ()  # no analyser for the language: the dictionary as it is
        return used, mine + by_lemma(word, lambda w: list(lookup(w, source, used)), readings)


def _marked(
    paragraphs: Sequence[tuple[int, int, str]],
    known: Sequence[CachedText | None],
    sent: set[int],
    offered: Sequence[tuple[Offer, ...]],
) -> tuple[MarkedParagraph, ...]:
    """The paragraphs as the reading view shows them: each translation, whether it was
    cached (not ``sent`` now) or edited, its unknown words and the memory's offers."""
    return tuple(
        MarkedParagraph(
            index=i,
            source=text,
            translation=hit.text if hit else "",
            cached=i not in sent,
            edited=bool(hit and hit.edited),
            start=start,
            end=end,
            unknown=hit.unknown if hit else (),
            offers=offered[i],
        )
        for i, ((start, end, text), hit) in enumerate(zip(paragraphs, known, strict=True))
    )
