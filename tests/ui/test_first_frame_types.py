"""What the first frame leaves for later (reader.ui.first_frame): the style's and the
icon's Python types, whose enums PySide6 makes with them, and the gazetteer, which the
Entities panel's counts and names do not need; and the elided status label, which draws
nothing, and asks nothing of the style, when it has nothing to say."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from reader.ui.label import ElidedLabel
from tests.conftest import ROOT

FIRST_TITLE = "Ainsi, malgré l’interdiction"  # the bundled article a first start opens


def test_a_first_start_paints_its_text_and_entities_without_the_style_icon_or_gazetteer(
    tmp_path,
) -> None:
    code = (
        "import sys\n"
        "import PySide6.QtGui as gui, PySide6.QtWidgets as widgets\n"
        "from reader.ui import first_frame\n"
        "app = first_frame.application(icon=False)\n"
        f"shell = first_frame.paint({str(tmp_path / 'library')!r})\n"
        "print(first_frame.wait_for_paint(shell))\n"
        "print(shell.stand_in.article_view.article.title)\n"
        "print('QStyle' in vars(widgets), 'QIcon' in vars(gui))\n"
        "first_frame.paint_entities(shell)\n"
        "panel = shell.stand_in.entities_panel\n"
        "print('|'.join(b.text() for b in panel.toggles.values()))\n"
        "print('reader.entities.gazetteer' in sys.modules)\n"
        "print(app.style().name())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    painted, title, types, counts, gazetteer, style = done.stdout.splitlines()
    assert painted == "True" and title.startswith(FIRST_TITLE)
    assert types == "False False"  # neither QStyle's type nor QIcon's made for the text
    assert "Organisations 20" in counts.split("|")  # the shipped article's entities
    assert gazetteer == "False"
    assert style == "fusion"  # the theme's style all the same, given at the start


def test_an_elided_label_draws_its_text_and_nothing_when_empty(qtbot) -> None:
    label = ElidedLabel("Traduction : Apertium, français → anglais")
    qtbot.addWidget(label)
    label.resize(320, 30)
    label.setAutoFillBackground(True)
    paper = label.palette().color(label.backgroundRole())

    def inked(widget: ElidedLabel) -> int:
        image = widget.grab().toImage()
        return sum(
            image.pixelColor(QPoint(x, y)) != QColor(paper)
            for x in range(0, image.width(), 2)
            for y in range(image.height())
        )

    assert inked(label) > 20
    label.setText("")
    assert inked(label) == 0
    label.setText("   ")
    assert inked(label) == 0
