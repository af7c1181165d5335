"""Another process writes to the library the window has open — ``reader import`` beside
it, then ``reader annotate`` on the article being read — and the window shows each, found
in the library's change journal: the new article in the list and in the search shown,
the note in the open article, without the reader's place moving."""

from __future__ import annotations

from tests.e2e.test_cli import reader

ARTICLE = """Le marché aux épices de Zanzibar rouvre ses étals

Stone Town, Zanzibar — Après deux années de travaux, le marché Darajani rouvre ses étals
de girofle, de cannelle et de cardamome. « Nous revenons chez nous », dit Aïsha Mwinyi,
qui y vend du clou de girofle depuis vingt ans.

Les marchands espèrent le retour des visiteurs venus d'Ōsaka, de Lisbonne et de Mombasa.
"""


def test_what_another_process_writes_shows_in_the_window(window, data_dir, qtbot, tmp_path):
    before = window.current
    assert before is not None
    bar = window.article_view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=60000)
    bar.setValue(bar.maximum() // 2)  # the reader is half-way down the article
    place = bar.value()
    assert place > 0
    window.search_field.setText("girofle Zanzibar")  # no article has it yet
    qtbot.waitUntil(lambda: window.search_panel.results is not None, timeout=60000)
    assert window.search_panel.model.rowCount() == 0

    source = tmp_path / "zanzibar.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    reader(data_dir, "import", str(source))

    def titles() -> list[str]:
        model = window.search_panel.model
        return [hit.title for row in range(model.rowCount()) if (hit := model.hit(row))]

    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 6, timeout=60000)
    qtbot.waitUntil(
        lambda: titles() == ["Le marché aux épices de Zanzibar rouvre ses étals"], timeout=60000
    )
    # the article read stays open, where it was
    assert window.current is not None and window.current.id == before.id
    assert bar.value() == place

    quote = before.text[before.text.index(" ") + 1 :].split()[0]
    reader(data_dir, "annotate", before.id, "--quote", quote, "--note", "Vu à Zanzibar — «Ōsaka»")

    def notes() -> list[str]:
        return [a.note for a in window.annotations.annotations]

    qtbot.waitUntil(lambda: "Vu à Zanzibar — «Ōsaka»" in notes(), timeout=60000)
    assert window.current is not None and window.current.id == before.id
    assert bar.value() == place
