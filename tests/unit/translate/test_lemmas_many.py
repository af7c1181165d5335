"""Thousands of words asked of the morphological analyser at once: the accented
spellings tried for a few long French words typed without accents. Written in one go
they filled the pipe while the analyser waited for its answers to be read, and the
search box never answered (``reeelection reeelections decouvertes epeeiste``)."""

from __future__ import annotations

import shutil
import threading

import pytest

from reader.services.expansion import _spellings
from reader.translate.lemmas import Lemmatizer

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None, reason="Apertium (the README's apertium packages) is missing"
)


@needs_apertium
def test_thousands_of_spellings_are_all_read() -> None:
    words = ["reeelection", "reeelections", "reelections", "epeeiste", "decouvertes", "generees"]
    asked = [s.capitalize() for w in words for s in _spellings(w)]
    # more than a pipe holds, and their answers more again
    assert sum(len(s) + 1 for s in asked) > 96_000
    lemmatizer = Lemmatizer()
    found: dict[str, tuple[str, ...]] = {}
    # run apart, so that a hang fails the test instead of stopping the suite
    worker = threading.Thread(target=lambda: found.update(lemmatizer.readings(asked, "fr")))
    worker.daemon = True
    worker.start()
    worker.join(timeout=300)
    assert not worker.is_alive(), "the analyser never answered"
    # the real words among the spellings are read, the rest are not words
    assert "Découvertes" in found and "Générées" in found
    assert "Decouvertes" not in found
    lemmatizer.close()
