"""The command hook: any program that reads text on its standard input and writes the
translation on its standard output (``trans -b :{target}``, a local script, an LLM command
line). ``{source}`` and ``{target}`` in the command are replaced by the language codes.
Each paragraph is sent on its own, so no separator can be mangled."""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Sequence

from reader.translate.base import Settings, ShouldStop, TranslationError, normalize_lang

TIMEOUT_S = 60


class CommandTranslator:
    name = "command"
    remote = False  # the program may be; the user chose it

    def __init__(self, settings: Settings | None = None) -> None:
        self.template = (settings or {}).get("command.template", "").strip()

    def available(self) -> bool:
        return bool(self.template)

    def pairs(self) -> set[tuple[str, str]]:
        return set()  # any pair: the program decides

    def translate(
        self,
        paragraphs: Sequence[str],
        source: str,
        target: str,
        should_stop: ShouldStop = lambda: False,
    ) -> list[str]:
        if not self.template:
            raise TranslationError("no translation command is set in the preferences")
        command = self.template.replace("{source}", shlex.quote(normalize_lang(source)))
        command = command.replace("{target}", shlex.quote(normalize_lang(target)))
        results = []
        for paragraph in paragraphs:
            if should_stop():
                break
            try:
                done = subprocess.run(
                    command,
                    shell=True,
                    input=paragraph,
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT_S,
                )
            except subprocess.TimeoutExpired as exc:
                raise TranslationError(
                    f"the translation command took longer than {TIMEOUT_S} s"
                ) from exc
            if done.returncode != 0:
                message = done.stderr.strip()[:200]
                raise TranslationError(
                    f"the translation command failed ({done.returncode}): {message}"
                )
            results.append(done.stdout.strip())
        return results
