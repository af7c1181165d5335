"""The search box as a person uses it: natural queries with function words, a query one
article lacks a word of, a typo and its one-click fix, the words searched besides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def _search(qtbot, window, text: str) -> None:
    field, panel = window.search_field, window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=30000):
        field.selectAll()
        qtbot.keyClicks(field, text)


def _titles(window) -> list[str]:
    panel = window.search_panel
    return [panel.model.hit(row).title for row in range(panel.model.rowCount())]


def test_la_chine_typed_lists_every_seed(qtbot, window) -> None:
    _search(qtbot, window, "la Chine")
    assert window.search_panel.model.rowCount() == 5
    assert "5 articles match" in window.search_panel.status.text()


def test_a_word_one_article_lacks_says_so_and_lists_those_with_most(qtbot, window) -> None:
    _search(qtbot, window, "Tencent et Baidu")
    panel = window.search_panel
    titles = _titles(window)
    assert titles[0].startswith("Stratégies de Tencent et Baidu")
    assert len(titles) == 4  # the two with both names, then the two with Tencent only
    assert panel.notice.isVisible()
    assert "have all of: Tencent, Baidu" in panel.notice.text()


def test_a_typo_is_corrected_and_said(qtbot, window) -> None:
    _search(qtbot, window, "Tencnet")
    panel = window.search_panel
    assert panel.model.rowCount() == 4
    assert "showing results for “Tencent”" in panel.notice.text()


def test_a_typo_beside_a_word_no_article_has_is_offered_not_forced(qtbot, window) -> None:
    _search(qtbot, window, "Tencnet Baidu")
    panel = window.search_panel
    assert "showing results for “Tencent Baidu”" in panel.notice.text()
    assert _titles(window)[0].startswith("Stratégies de Tencent et Baidu")
    # articles have Baidu, but none has every word even once the typo is fixed
    _search(qtbot, window, "Tencnet licornes Baidu")
    assert "Did you mean" in panel.notice.text()
    with qtbot.waitSignal(panel.searched, timeout=30000):
        panel.notice.linkActivated.emit("suggest")  # what a click on the link sends
    assert window.search_field.text() == "Tencent licornes Baidu"


def test_other_names_are_chips_that_take_themselves_off(qtbot, window) -> None:
    _search(qtbot, window, "China")
    panel = window.search_panel
    chips = [c for c in panel.also.findChildren(QToolButton) if c.text().startswith("Chine")]
    assert panel.also.isVisible() and chips
    with qtbot.waitSignal(panel.searched, timeout=30000):
        qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert "Chine" in panel.excluded
    qtbot.waitUntil(
        lambda: not [c for c in panel.also.findChildren(QToolButton) if c.text() == "Chine ×"],
        timeout=5000,
    )


def test_the_cross_language_box_turns_it_off_and_is_remembered(qtbot, window) -> None:
    panel = window.search_panel
    _search(qtbot, window, "China")
    assert panel.results is not None and panel.results.alternatives
    qtbot.mouseClick(panel.cross, Qt.MouseButton.LeftButton)
    assert not panel.cross.isChecked()
    # waited for by what it shows: a search of the shown query run again as the library
    # changes (the seeds' entities saved on a loaded machine) may come first
    qtbot.waitUntil(
        lambda: panel.results is not None and panel.results.alternatives == (), timeout=30000
    )
    assert not panel.also.isVisible()
    window.ctx.tasks.wait()
    assert window.ctx.library.cross_language is False


def test_a_pasted_paragraph_is_not_quoted_whole_above_the_results(qtbot, window) -> None:
    """A paragraph pasted into the box, its last name mistyped: the notice quotes the
    words from the one corrected, a line or so, not the paragraph twice over (it pushed
    the results half a screen down), and the corrected word is in it."""
    from tests.ui.test_user_session import type_text

    field, panel = window.search_field, window.search_panel
    pasted = " ".join(["les restrictions américaines sur les semi-conducteurs"] * 5) + " Tencnet"
    field.setFocus()
    with qtbot.waitSignal(panel.searched, timeout=30000):
        type_text(field, pasted)
    notice = panel.notice.text()
    assert "showing results for “… Tencent”" in notice, notice
    assert len(notice) < 200, notice


def test_a_pasted_sentence_shows_its_first_chips_then_the_others_on_demand(qtbot, window) -> None:
    """An English sentence pasted over the French seeds is searched with a dozen French
    words (dit, assez, puces, entraîner, modèles, malgré…): eight chips and "4 more…",
    which shows the others; a new query starts folded again."""
    from reader.ui.search.view import SHOWN_CHIPS

    panel = window.search_panel
    sentence = (
        "Tencent says it has enough high-end chips to train new models despite the "
        "American export ban on China"
    )
    _search(qtbot, window, sentence)
    searched = [a for _, alts in panel.results.alternatives for a in alts]
    assert len(searched) > SHOWN_CHIPS + 1, searched

    def chips() -> list[str]:  # those in the row (the ones taken out go later)
        layout = panel.also_layout
        found = [layout.itemAt(i).widget() for i in range(layout.count())]
        return [c.text().removesuffix(" ×") for c in found if c.objectName() == "alternativeChip"]

    assert chips() == searched[:SHOWN_CHIPS]
    more = panel.also.findChild(QToolButton, "moreAlternatives")
    assert more is not None and more.text() == f"{len(searched) - SHOWN_CHIPS} more…"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chips() == searched, timeout=5000)
    layout = panel.also_layout
    assert "moreAlternatives" not in {
        layout.itemAt(i).widget().objectName() for i in range(layout.count())
    }
    _search(qtbot, window, sentence + " and Baidu")
    assert len(chips()) == SHOWN_CHIPS


def test_a_word_of_english_is_not_offered_as_a_french_misspelling(qtbot, window) -> None:
    """Over the French seeds, *American* is in no article: it was offered as
    "Americain" (one letter away from the seeds' *américain*), a word no one writes;
    it is an English word, found through its translation."""
    panel = window.search_panel
    sentence = (
        "Tencent says it has enough high-end chips to train new models despite the "
        "American export ban"
    )
    _search(qtbot, window, sentence)
    assert panel.results is not None and panel.results.suggestion == ""
    assert "Americain" not in panel.notice.text()
    assert panel.results.total  # the seeds on the ban, by its translation
    _search(qtbot, window, "Tencnet")  # a misspelling is still corrected
    assert panel.results.suggestion == "Tencent"
