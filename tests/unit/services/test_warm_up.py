"""Once the window has started it warms search up on a worker (Library.warm_search):
the translation routes of cross-language search are started and its dictionaries read
then, so that the first search does not wait for them (1.5 s for a first query of two
words at 50,000 articles). With cross-language search off nothing is started."""

from __future__ import annotations

import shutil

import pytest

needs_apertium = pytest.mark.skipif(
    shutil.which("lt-proc") is None or shutil.which("apertium") is None,
    reason="Apertium (the README's apertium packages) is missing",
)


@needs_apertium
def test_the_first_search_finds_the_translation_routes_running(library) -> None:
    library.set_cross_language(False)
    library.warm_search()
    assert library.engines._expander is None  # off: nothing started
    library.set_cross_language(True)
    library.warm_search()
    translator = library.engines.expander._translator
    running = {mode: p for mode, p in translator._pipelines.items() if p is not None}
    assert len(running) >= 2  # English to French and back
    found = library.search("chinese company")
    assert dict(found.alternatives)["company"]  # the query's words were translated …
    # … by the routes already running: the search started none
    assert {m: p for m, p in translator._pipelines.items() if p is not None} == running
