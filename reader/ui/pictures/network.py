"""The entity map drawn: a graphics scene of the entities of a set of articles, each a
disc sized by its mentions and coloured by its type, joined by lines as thick as the
articles they share. Click an entity to search for it; hover it for its articles.

The positions come computed (:class:`reader.services.pictures.EntityMap`, laid out off
the GUI thread); the scene only places a few dozen items.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from reader.services.pictures import EntityMap, Node
from reader.services.pictures import radius as disc_radius
from reader.ui.theme import entity_color

SPREAD = 300.0  # pixels from the middle to the outermost centre, at most
MARGIN = 56.0  # pixels around the discs for their names
LONGEST = 24  # characters of a name shown under its disc (the tooltip has it whole)


class NodeItem(QGraphicsEllipseItem):
    """One entity: its disc; its name is a child item under it."""

    def __init__(self, node: Node, radius: float, network: Network) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.node = node
        self.network = network
        self.links: list[QGraphicsLineItem] = []
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self.toolTip():  # written when first wanted, not for every disc drawn
            self.setToolTip(self.network.describe(self.node))
        self.network.emphasise(self)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.network.emphasise(None)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.network.entity_chosen.emit(self.node.name)
            event.accept()
            return
        super().mousePressEvent(event)


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_labels(items: list[NodeItem]) -> None:
    """Put each name under its disc, else above, right or left of it, wherever it hides
    no other name nor the disc of a more widespread entity (placed first); a name with
    no free place is left out (a small map), its disc's tooltip still says it.

    Worked out on plain numbers, each item asked once for its place and size: a call
    into Qt waits for the interpreter's lock, which the pictures' own counting (or
    any other background reading) holds in turns, so hundreds of them in a loop
    stalled the window while a map appeared."""
    taken: list[Box] = []
    for item in items:
        pos = item.pos()
        x, y = pos.x(), pos.y()
        radius = item.rect().width() / 2
        disc = (x - radius, y - radius, x + radius, y + radius)
        taken.append(disc)
        label = next(c for c in item.childItems() if isinstance(c, QGraphicsSimpleTextItem))
        box = label.boundingRect()
        w, h = box.width(), box.height()
        spots = (
            (-w / 2, radius + 1),
            (-w / 2, -radius - h - 1),
            (radius + 3, -h / 2),
            (-radius - w - 3, -h / 2),
        )
        spot = None
        for dx, dy in spots:
            place = (x + dx, y + dy, x + dx + w, y + dy + h)
            if not any(_overlap(place, other) for other in taken if other is not disc):
                spot = (dx, dy)
                taken.append(place)
                break
        label.setVisible(spot is not None)
        if spot is not None:
            label.setPos(QPointF(*spot))


class Network(QGraphicsView):
    """The entity map's view; ``entity_chosen`` carries the name clicked."""

    entity_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(260, 200)
        self.map: EntityMap | None = None
        self.items_by_name: dict[str, NodeItem] = {}
        self.type_names: dict[str, str] = {}

    def show_map(self, entity_map: EntityMap | None) -> None:
        self.map = entity_map
        self._build()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed
            self._build()

    def _ink(self) -> QColor:
        return self.palette().color(self.foregroundRole())

    def _build(self) -> None:
        scene = self.scene()
        scene.clear()
        self.items_by_name = {}
        scene.setBackgroundBrush(self.palette().base())
        entity_map = self.map
        # drawn at the size of the view (names stay legible), re-drawn when it changes
        # (wider than high when the view is: the names are wider than high too)
        size = self.viewport().size()
        spread = max(100.0, min(SPREAD, size.height() / 2 - MARGIN / 2))
        across = max(spread, min(1.6 * spread, size.width() / 2 - 1.5 * MARGIN))
        if entity_map is None or not entity_map.nodes:
            scene.setSceneRect(QRectF(-spread, -spread, 2 * spread, 2 * spread))
            return
        ink = self._ink()
        dark = self.palette().base().color().lightness() < 128
        most = max(n.mentions for n in entity_map.nodes)
        heaviest = max((link.articles for link in entity_map.links), default=1)
        items: list[NodeItem] = []
        font = QFont(self.font())
        for node in entity_map.nodes:
            radius = max(4.0, disc_radius(node.mentions, most) * spread)
            item = NodeItem(node, radius, self)
            color = entity_color(node.label, dark)
            fill = QColor(color)
            fill.setAlphaF(0.78)
            item.setBrush(QBrush(fill))
            item.setPen(QPen(color.lighter(130) if dark else color.darker(130), 1.2))
            item.setPos(QPointF(node.x * across, node.y * spread))
            shown = node.name if len(node.name) <= LONGEST else node.name[: LONGEST - 1] + "…"
            label = QGraphicsSimpleTextItem(shown, item)
            label.setFont(font)
            label.setBrush(ink)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(item)
            items.append(item)
            self.items_by_name[node.name] = item
        _place_labels(items)
        places = [(node.x * across, node.y * spread) for node in entity_map.nodes]
        in_common: dict[int, str] = {}  # translated once per count, not once per line
        for link in entity_map.links:
            a, b = items[link.a], items[link.b]
            line = QGraphicsLineItem(*places[link.a], *places[link.b])
            color = QColor(ink)
            color.setAlphaF(0.12 + 0.35 * link.articles / heaviest)
            line.setPen(QPen(color, 0.8 + 4.2 * link.articles / heaviest))
            line.setZValue(1)
            if link.articles not in in_common:
                in_common[link.articles] = self.tr(
                    "%1 and %2: %n article(s) in common", "", link.articles
                )
            line.setToolTip(
                in_common[link.articles]
                .replace("%1", html.escape(a.node.name))
                .replace("%2", html.escape(b.node.name))
            )
            line.setData(0, line.pen())
            scene.addItem(line)
            a.links.append(line)
            b.links.append(line)
        bounds = scene.itemsBoundingRect().adjusted(-8, -8, 8, 8)
        scene.setSceneRect(bounds)
        self._fit()

    def describe(self, node: Node) -> str:
        """A node's tooltip: its name and type, its counts, a few of its articles."""
        kind = self.type_names.get(node.label, node.label)
        lines = [
            f"<b>{html.escape(node.name)}</b> — {html.escape(kind)}",
            self.tr("%n mention(s)", "", node.mentions)
            + " · "
            + self.tr("%n article(s)", "", node.articles),
        ]
        if node.titles:
            lines.append("")
            lines += [f"• {html.escape(title)}" for _, title in node.titles]
            if node.articles > len(node.titles):
                more = node.articles - len(node.titles)
                lines.append(self.tr("and %n more", "", more))
        lines.append("")
        lines.append(f"<i>{self.tr('Click to search for it')}</i>")
        return "<br>".join(lines)

    def emphasise(self, hovered: NodeItem | None) -> None:
        """Bring out the hovered entity's links and fade the rest."""
        for item in self.items_by_name.values():
            for line in item.links:
                pen = QPen(line.data(0))
                if hovered is not None:
                    color = pen.color()
                    if line in hovered.links:
                        color.setAlphaF(min(1.0, color.alphaF() * 2.4))
                    else:
                        color.setAlphaF(color.alphaF() * 0.35)
                    pen.setColor(color)
                line.setPen(pen)

    def _fit(self) -> None:
        """Centred; shrunk only when the names make it wider than the view."""
        rect = self.scene().sceneRect()
        self.resetTransform()
        view = QRectF(self.viewport().rect())
        if rect.width() > view.width() or rect.height() > view.height():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._build()

    def node_position(self, name: str) -> QPointF | None:
        """Where an entity is shown, in the view's coordinates (for tests)."""
        item = self.items_by_name.get(name)
        return None if item is None else QPointF(self.mapFromScene(item.scenePos()))

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        """Draw the whole map into ``target`` (an export's page)."""
        scene = self.scene()
        painter.fillRect(target, self.palette().base())
        scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
