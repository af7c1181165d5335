"""Imported HTML never makes the app fetch anything: a page naming a loopback server in
every way a page can (images, srcset, style sheets, @import, fonts, frames, preload
links, a refresh, a base URL…) is imported, read, annotated with notes that name it too,
translated side by side and exported to HTML and PDF, and the server sees no request.
Qt's own text documents load no file either: a protocol-relative path is a network
share on Windows."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reader.services.exports import ExportScope
from tests.ui.test_window import open_title
from tests.unit.translate.loopback import Recorder, serve

TITLE = "Les puces de Biren sous embargo"


def hostile_page(url: str, local_image: Path) -> str:
    host = url.removeprefix("http:")
    return f"""<!DOCTYPE html><html><head><title>{TITLE}</title>
<base href="{url}/base/"><link rel="stylesheet" href="{url}/style.css">
<link rel="preload" href="{url}/font.woff2" as="font"><link rel="prefetch" href="{url}/next">
<link rel="dns-prefetch" href="{url}/dns"><link rel="preconnect" href="{url}/connect">
<link rel="icon" href="{url}/favicon.ico"><meta http-equiv="refresh" content="0;url={url}/go">
<style>@import url("{url}/import.css");
@font-face {{ font-family: X; src: url({url}/font.ttf); }} body {{ background: url({url}/bg) }}
</style><script src="{url}/script.js"></script><script>fetch("{url}/fetch")</script>
</head><body background="{url}/body.png"><h1>{TITLE}</h1>
<p style="background-image: url({url}/inline.png)">Le fabricant chinois Biren a présenté
mardi sa nouvelle puce graphique, malgré les restrictions américaines.</p>
<img src="{url}/photo.jpg" srcset="{url}/photo-2x.jpg 2x"><img src="{host}/share.png">
<img src="{local_image.as_uri()}"><img src="{local_image}">
<picture><source srcset="{url}/photo.webp"><img src="{url}/photo2.jpg"></picture>
<iframe src="{url}/frame"></iframe><object data="{url}/object"></object>
<embed src="{url}/embed"><video src="{url}/video.mp4" poster="{url}/poster.jpg"></video>
<audio src="{url}/audio.mp3"></audio><svg><image href="{url}/svg.png"/></svg>
<input type="image" src="{url}/input.png"><form action="{url}/form"></form>
<p>Les ingénieurs de la société travaillent depuis deux ans sur ce projet.
<a href="{url}/link">Lire la suite</a>.</p></body></html>"""


@pytest.fixture
def recorder():
    Recorder.requests = []
    with serve(Recorder) as url:
        yield url
    assert Recorder.requests == []  # nothing came in after the test's own check either


@pytest.fixture
def local_image(tmp_path: Path) -> Path:
    """A picture on this machine that no rich text of the app may read."""
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "private.png"
    image.save(str(path))
    return path


def test_imported_html_fetches_nothing_read_translated_or_exported(
    qtbot, window, recorder: str, local_image: Path, tmp_path: Path
) -> None:
    page = tmp_path / "puces.html"
    page.write_text(hostile_page(recorder, local_image), "utf-8")
    library = window.ctx.library
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        assert window.importer.start([page])
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 6, timeout=20000)
    article = next(a for a in library.articles() if a.title == TITLE)
    host = recorder.removeprefix("http:")
    library.annotate(
        article.id,
        "nouvelle puce graphique",
        note=f"![plan]({recorder}/note.png) <img src='{recorder}/raw.png'> "
        f"![partage]({host}/note-share.png) ![local]({local_image})",
    )
    open_title(qtbot, window, TITLE)
    shown = window.article_view.browser.toPlainText()
    assert "Biren a présenté mardi" in shown and "Lire la suite" in shown
    assert "fetch" not in shown and "@import" not in shown
    panel = window.annotations.panel
    window.annotations.reload()  # the note was added behind the window's back
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
    window.annotations_dock.show()
    # translated side by side by an offline hook
    library.set_translator_setting("command.template", "tr a-z A-Z")
    reading = window.reading
    reading.load_hooks()
    qtbot.waitUntil(lambda: reading.bar.hook.findData("command") >= 0, timeout=20000)
    reading.bar.hook.setCurrentIndex(reading.bar.hook.findData("command"))
    reading.set_mode("side")
    qtbot.waitUntil(lambda: reading.result is not None, timeout=60000)
    assert "BIREN A PRÉSENTÉ" in reading.translation.toPlainText().replace("é", "É")
    window.grab()  # paints every visible view: reader, translation, notes, entities
    panel.list.viewport().grab()
    html = tmp_path / "notes.html"
    pdf = tmp_path / "notes.pdf"
    library.export("html", ExportScope(articles=(article.id,)), html)
    library.export("pdf", ExportScope(articles=(article.id,)), pdf)
    exported = html.read_text("utf-8")
    assert not re.search(r"<[a-z][^>]*\s(src|srcset|data|poster)=", exported)  # no element loads
    assert f'<a href="{recorder}/note.png">plan</a>' in exported  # the note's image is a link
    assert b"/Subtype /Image" not in pdf.read_bytes()  # the local picture was not read
    assert Recorder.requests == []
    # the server does see a request when one is made: the check above can fail
    urllib.request.urlopen(f"{recorder}/control", timeout=10).close()
    assert Recorder.requests == ["GET /control"]
    Recorder.requests.clear()


def test_the_app_text_views_read_no_image_by_themselves(window, local_image: Path) -> None:
    """Whatever HTML reaches the reader, the translation column or a result list (search
    snippets, rendered notes), Qt gets a blank image for every picture it names: no file
    is read, no share is opened."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui.roles import Role
    from reader.ui.search.delegate import ResultDelegate

    names = [local_image.as_uri(), str(local_image), "//127.0.0.1:9/share.png"]
    markup = "".join(f'<img src="{name}">' for name in names)
    model = QStandardItemModel()
    item = QStandardItem("titre")
    item.setData(markup, Role.SNIPPET_HTML)
    model.appendRow(item)
    listed = ResultDelegate()._document(QStyleOptionViewItem(), model.index(0, 0), 300)
    for view in (window.article_view.browser, window.reading.translation):
        view.setHtml(markup)
    documents = [
        window.article_view.browser.document(),
        window.reading.translation.document(),
        listed,
    ]
    for document in documents:
        document.size()  # lays the images out
        for name in names:
            loaded = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
            assert isinstance(loaded, QImage) and loaded.width() == 1, (document, name)


def _as_shown(text: str) -> str:
    """What a tooltip or a message box shows for ``text`` (Qt guesses rich text)."""
    from PySide6.QtGui import Qt

    document = QTextDocument()
    if Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_notes_and_messages_show_markup_as_written(qtbot, window, local_image: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from reader.core.errors import ReaderError

    library = window.ctx.library
    article = next(a for a in library.articles() if a.title.startswith("Stratégies"))
    note = f'<img src="{local_image}"> <b>pas en gras</b> & co'
    library.annotate(article.id, "Dou Shen", note=note)
    window.annotation_browser_action.trigger()
    browser = window.annotation_browser
    qtbot.waitUntil(lambda: browser.table.rowCount() == 1, timeout=20000)
    tips = [browser.table.item(0, column).toolTip() for column in range(5)]
    assert note in [_as_shown(tip) for tip in tips]
    browser.close()
    message = f"the server said: <img src='{local_image}'><b>no</b>"
    window.ctx.errors.report(ReaderError(message))
    box = window.findChild(QMessageBox, "errorMessage")
    assert _as_shown(box.text()) == message
    box.close()
