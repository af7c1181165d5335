"""An article the reader chooses while the window starts stays the one opened: the
library list loaded again meanwhile (an import's end, the seeds' entities) used to select
its first row when no article was shown yet, and that opening replaced the reader's."""

from __future__ import annotations

import time


def test_an_article_chosen_during_the_start_is_not_replaced_by_the_first_row(
    qtbot, data_dir, monkeypatch
) -> None:
    from reader.services import Library
    from reader.ui import mainwindow
    from reader.ui.app import application, build_window

    real = mainwindow.read

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.5)  # an opening on a loaded machine
        return real(*args, **kwargs)

    monkeypatch.setattr(mainwindow, "read", slow)
    application()
    library = Library.open(data_dir)
    win = build_window(library)
    qtbot.addWidget(win)
    win.show()
    win.start()
    pane = win.library_pane
    qtbot.waitUntil(lambda: pane.model.rowCount() == 5, timeout=20000)
    titles = [pane.model.data(pane.model.index(r, 0)) for r in range(5)]
    row = next(r for r, t in enumerate(titles) if t.startswith("Stratégies de Tencent"))
    assert row != 0
    pane.table.selectRow(row)  # chosen before any article is shown
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.reload()  # the list loaded again while it opens
    qtbot.waitUntil(
        lambda: win.current is not None and win.current.title.startswith("Stratégies"),
        timeout=20000,
    )
    win.ctx.tasks.wait()
    assert win.current.title.startswith("Stratégies de Tencent")
    assert pane.current_id() == win.current.id
    win.close()
    win.ctx.tasks.wait()
    library.close()
