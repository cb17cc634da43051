"""Light and dark palettes that follow the system, plus the reader's stylesheet."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from casebook import paths

READER_COLOURS = {
    "light": {"text": "#1d1f23", "muted": "#5b6270", "link": "#1a5fb4", "rule": "#d8dbe0",
              "banner": "#fff3cd"},
    "dark": {"text": "#e6e8eb", "muted": "#a6adbb", "link": "#8ab4f8", "rule": "#3a3f47",
             "banner": "#4a3b12"},
}


# what a message or a diff line means, legible (AA) on the window in each theme
MARK_COLOURS = {
    "light": {"error": "#b3261e", "added": "#1d7a33", "muted": "#6b6b6b"},
    "dark": {"error": "#f2b8b5", "added": "#8fd19e", "muted": "#a6adbb"},
}


def tint_links(rich_text: str, theme: str) -> str:
    """A label's links in the theme's link colour (a label keeps the colour of the palette
    it was first drawn with, so a theme switched later would leave them dark blue)."""
    colour = READER_COLOURS.get(theme, READER_COLOURS["light"])["link"]
    return rich_text.replace("<a href=", f"<a style='color:{colour}' href=")


def palette_theme() -> str:
    """The theme ("dark" or "light") of the palette the application paints with now,
    whether View > Theme or the system chose it."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def mark_colour(kind: str) -> str:
    """The colour of an error, an added line or a muted note in the theme in use."""
    return MARK_COLOURS[palette_theme()][kind]


def error_style() -> str:
    """A style sheet for a label that shows an error."""
    return f"color: {mark_colour('error')};"


def current_theme() -> str:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def _dark_palette() -> QPalette:
    pal = QPalette()
    base, window, text = QColor("#1f2125"), QColor("#26282c"), QColor("#e6e8eb")
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.Highlight, QColor("#3d6bb3")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9aa1ad")),
        (QPalette.ColorRole.Link, QColor("#8ab4f8")), (QPalette.ColorRole.Mid, QColor("#5a606b")),
        (QPalette.ColorRole.Light, QColor("#9aa1ad")),
        (QPalette.ColorRole.Midlight, QColor("#4a4f58")),
        (QPalette.ColorRole.Dark, QColor("#15171a")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
    ):
        pal.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b717c"))
    return pal


def apply_theme(app: QApplication, theme: str | None = None) -> str:
    """Fusion style with the system's light or dark scheme; returns the theme name."""
    app.setStyle("Fusion")
    theme = theme or current_theme()
    app.setStyleSheet("")  # a style sheet pins the palette it was applied with
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())
    qss = paths.resource("styles/app.qss")
    check = paths.resource("icons/check.svg").as_posix()
    app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@check@", check)
                      if qss.is_file() else "")
    return theme


def arrow_icon(direction: str, palette: QPalette, size: int = 16) -> QIcon:
    """A back ("left") or forward ("right") arrow in the palette's text colours, so that it
    shows in both themes (the style's own arrows are dark on dark)."""
    icon = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Active, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        for scale in (1, 2):
            pixmap = QPixmap(size * scale, size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(scale * size / 16, scale * size / 16)
            if direction == "right":
                painter.translate(16, 0)
                painter.scale(-1, 1)
            pen = QPen(palette.color(group, QPalette.ColorRole.ButtonText), 2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawLine(QPointF(3.5, 8), QPointF(12.5, 8))
            painter.drawPolyline([QPointF(7.5, 4), QPointF(3.5, 8), QPointF(7.5, 12)])
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            icon.addPixmap(pixmap, mode)
    return icon


def reader_css(theme: str) -> str:
    css = paths.resource("styles/reader.css").read_text(encoding="utf-8")
    for key, value in READER_COLOURS[theme].items():
        css = css.replace(f"@{key}@", value)
    return css
