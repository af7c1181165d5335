"""The first frames of a start: the article read last is painted with its entity
underlines, the Entities panel's counts and its highlights in the frame that first shows
its text — on a restart from the cached entities, on a first start from the bundled
articles' shipped ones — and no recogniser runs for it."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCharFormat

from reader import APP_NAME
from reader.entities import model_process
from reader.entities.pipeline import EntityPipeline
from reader.services import Library
from reader.services.library import BUNDLE_SEEDED
from reader.services.reading import Reading
from reader.ui import snapshot
from reader.ui.app import application, build_window, present

TITLE = "Tencent a révélé"
FIRST_TITLE = "Ainsi, malgré l’interdiction"  # the bundled articles' first by title
QUOTE = "Tencent"
NO_UNDERLINE = QTextCharFormat.UnderlineStyle.NoUnderline


@dataclass
class Frame:
    title: str
    underlines: int
    counts: dict[str, str]
    highlights: int  # the other marks: highlights (no search, no find here)


class Frames(QObject):
    """What each paint of the reader's text shows."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.seen: list[Frame] = []
        window.article_view.browser.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        view = self.window.article_view
        if event.type() == QEvent.Type.Paint and view.article is not None:
            selections = view.browser.extraSelections()
            underlined = [s.format.underlineStyle() != NO_UNDERLINE for s in selections]
            counts = {k: b.text() for k, b in self.window.entities_panel.toggles.items()}
            self.seen.append(
                Frame(view.article.title, sum(underlined), counts, underlined.count(False))
            )
        return False


@pytest.fixture
def no_recognition(monkeypatch):
    """Records any recognition: the model asked, the recognisers run on a text."""
    ran: list[str] = []

    def model(name, texts, fixed=None):
        ran.append(f"model {name}")
        return None

    original = EntityPipeline.run

    def run(self, article):
        ran.append(f"pipeline {article.title[:30]}")
        return original(self, article)

    monkeypatch.setattr(model_process, "entities", model)
    monkeypatch.setattr(EntityPipeline, "run", run)
    return ran


def start(qtbot, data_dir):
    application()
    library = Library.open(data_dir)
    window = build_window(library)
    qtbot.addWidget(window)
    frames = Frames(window)
    present(window)
    return library, window, frames


def stop(window, library) -> None:
    window.ctx.tasks.wait()
    window.close()
    window.ctx.tasks.wait()
    library.close()


def settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.started and window.current is not None, timeout=60000)
    qtbot.waitUntil(lambda: window.ctx.tasks.pending() == 0, timeout=60000)


def first_frame_with_text(frames: Frames, title: str) -> Frame:
    return next(f for f in frames.seen if f.title.startswith(title))


def test_a_first_start_underlines_the_bundled_article_in_its_first_frame(
    qtbot, data_dir, no_recognition
) -> None:
    library, window, frames = start(qtbot, data_dir)
    settled(qtbot, window)
    first = frames.seen[0]  # the first frame with a bundled article's text
    assert first.underlines > 10
    assert any(not text.endswith(" 0") for text in first.counts.values())
    assert not window.entities_panel.pending
    assert no_recognition == []  # shipped with the app: nothing recognised, no model
    stop(window, library)


def test_a_first_start_paints_the_bundled_article_before_importing_it(
    qtbot, data_dir, no_recognition
) -> None:
    application()
    library = Library.open(data_dir)
    window = build_window(library)
    qtbot.addWidget(window)
    frames = Frames(window)
    present(window)
    # painted from the app's own snapshot: the import has not started yet
    assert library.count() == 0 and not window.started
    shown = window.article_view.article
    assert shown is not None and shown.title.startswith(FIRST_TITLE)
    assert shown.title in window.windowTitle()
    underlined = len(window.article_view.entities())
    assert underlined > 10
    settled(qtbot, window)
    # the import done, the window opened that same article and read it: nothing moved
    assert window.current.id == shown.id
    assert window.library_pane.current_id() == shown.id
    assert {f.title for f in frames.seen} == {shown.title}
    assert frames.seen[-1].underlines == frames.seen[0].underlines == underlined
    assert no_recognition == []
    stop(window, library)


def test_an_empty_library_seeded_before_takes_the_bundled_article_back(qtbot, data_dir) -> None:
    """A library whose bundled articles were imported once is not seeded again: the
    bundled article painted at its start goes once the (empty) list says so."""
    with Library.open(data_dir) as library:
        library.store.set_setting(BUNDLE_SEEDED, "1")
    library, window, _ = start(qtbot, data_dir)
    assert window.article_view.article.title.startswith(FIRST_TITLE)
    qtbot.waitUntil(lambda: window.started and window.article_view.article is None, timeout=60000)
    assert window.windowTitle() == APP_NAME
    assert all(b.text().endswith(" 0") for b in window.entities_panel.toggles.values())
    stop(window, library)


def test_a_restart_paints_cached_entities_and_highlights_with_the_text(
    qtbot, data_dir, no_recognition
) -> None:
    # a first session: the user reads an article, highlights a word, closes the window
    library, window, _ = start(qtbot, data_dir)
    settled(qtbot, window)
    article_id = next(a.id for a in library.articles() if a.title.startswith(TITLE))
    library.annotate(article_id, QUOTE, color="green")
    window.open_article(article_id)
    qtbot.waitUntil(lambda: len(window.article_view.annotations()) == 1, timeout=20000)
    settled(qtbot, window)
    shown = len(window.article_view.entities())
    legend = {k: b.text() for k, b in window.entities_panel.toggles.items()}
    stop(window, library)
    assert (data_dir / snapshot.FILE).is_file()

    # the restart: the article's first frame has everything; nothing is recognised
    library, window, frames = start(qtbot, data_dir)
    qtbot.waitUntil(lambda: bool(frames.seen), timeout=20000)
    first = frames.seen[0]  # painted from the snapshot, before the start-up work
    assert first.title.startswith(TITLE)
    assert first.underlines == shown > 20
    assert first.counts == legend
    assert first.highlights == 1
    settled(qtbot, window)
    assert window.current.id == article_id
    last = frames.seen[-1]  # the library's reading replaced it, the same
    assert (last.underlines, last.counts, last.highlights) == (shown, legend, 1)
    assert no_recognition == []
    stop(window, library)

    # without a snapshot (lost, or of another article), the reading paints them together
    (data_dir / snapshot.FILE).unlink()
    library, window, frames = start(qtbot, data_dir)
    settled(qtbot, window)
    first = first_frame_with_text(frames, TITLE)
    assert (first.underlines, first.counts, first.highlights) == (shown, legend, 1)
    assert not any(f.underlines == 0 for f in frames.seen)  # never the text alone
    assert no_recognition == []
    stop(window, library)


def test_a_damaged_snapshot_is_ignored(qtbot, data_dir) -> None:
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        article_id = next(a.id for a in library.articles() if a.title.startswith(TITLE))
    (data_dir / snapshot.FILE).write_text(
        f'{{"format": 1, "article": {{"id": "{article_id}"', "utf-8"
    )
    (data_dir / "window.ini").write_text(f"[General]\nlast_article={article_id}\n", "utf-8")
    library, window, frames = start(qtbot, data_dir)
    settled(qtbot, window)  # the start goes on: the article is read from the library
    assert window.current.id == article_id
    assert first_frame_with_text(frames, TITLE).underlines > 20
    stop(window, library)


def test_a_snapshot_of_an_article_no_longer_there_is_taken_back(qtbot, data_dir) -> None:
    """A library put back from an older backup may lack the article read last."""
    with Library.open(data_dir) as library:
        library.seed_if_empty()
        real = library.article(next(a.id for a in library.articles() if a.title.startswith(TITLE)))
    gone = replace(real, id="0123456789abcdef", title="Un article disparu")
    snapshot.save(data_dir, Reading(gone, [], []))
    (data_dir / "window.ini").write_text(f"[General]\nlast_article={gone.id}\n", "utf-8")
    library, window, frames = start(qtbot, data_dir)
    qtbot.waitUntil(lambda: bool(frames.seen), timeout=20000)
    assert frames.seen[0].title == gone.title  # painted before the library said otherwise
    qtbot.waitUntil(lambda: window.started and window.ctx.tasks.pending() == 0, timeout=60000)
    # as a start with nothing read before, whichever of the list and the read ends first:
    # the list's first article opened, the gone one's title and entities taken back
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    assert window.current.id == window.library_pane.model.ids()[0]
    assert window.article_view.article.title != gone.title
    assert gone.title not in window.windowTitle()
    assert window.ctx.settings.get("last_article") != gone.id  # not tried again at next start
    stop(window, library)
