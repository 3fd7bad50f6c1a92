"""The application icon, read from the planner.resources package (so it works from a wheel and a bundle).

The PNGs are rendered from resources/icons/planner.svg by packaging/make_icons.py;
loading PNGs rather than the SVG keeps the icon independent of Qt's SVG plugin.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _icons_folder():
    return files("planner.resources").joinpath("icons")


def icon_pixmap(size: int) -> QPixmap:
    """The icon rendered at `size` px (one of ICON_SIZES), or a null pixmap if it is missing."""
    pixmap = QPixmap()
    resource = _icons_folder().joinpath(f"planner-{size}.png")
    if resource.is_file():
        pixmap.loadFromData(resource.read_bytes(), "PNG")
    return pixmap


def app_icon() -> QIcon:
    """Planner's icon at every size it was drawn at; Qt picks the nearest for each use."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = icon_pixmap(size)
        if not pixmap.isNull():
            icon.addPixmap(pixmap)
    return icon
