"""The printout's fonts and colours: fixed, light, whatever the screen's theme.

Lengths are logical pixels (1/96 inch). A font is set in points on the device it is
painted on: the painter is scaled from logical pixels to the device's dots, so the
size given to Qt is divided by that scale (`Fonts.font`), and every size set here is
recorded in `Fonts.used` so a test can prove nothing is printed under 7 pt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPalette

from planner.ui.gantt.chart.colors import ChartColors

TITLE_PT = 12.0
FOOTER_PT = 7.5
LOGICAL_DPI = 96.0


def print_colors() -> ChartColors:
    """The chart's colours for white paper, whatever the desktop theme."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f3f5f8"),
        (QPalette.ColorRole.Text, "#1d1d1f"),
        (QPalette.ColorRole.Highlight, "#3874d8"),
        (QPalette.ColorRole.Button, "#eceff3"),
        (QPalette.ColorRole.ButtonText, "#1d1d1f"),
    ):
        palette.setColor(role, QColor(color))
    return ChartColors.from_palette(palette)


def reference_device() -> QImage:
    """A 96-dpi image: text measured on it is in logical pixels."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    dots_per_metre = round(LOGICAL_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


@dataclass
class Fonts:
    """Fonts for one device; `used` keeps every point size handed out."""

    device: QPaintDevice
    family: str = ""
    used: set[float] = field(default_factory=set)

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family) if self.family else QFont()
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setPointSizeF(points * LOGICAL_DPI / self.device.logicalDpiY())
        font.setBold(bold)
        for feature in ("liga", "clig"):  # "off", not the ligature "ﬀ": the PDF's text stays searchable
            font.setFeature(QFont.Tag(feature), 0)
        self.used.add(round(points, 2))
        return font

    def metrics(self, points: float, bold: bool = False) -> QFontMetricsF:
        """Metrics in logical pixels (those of the font as painted, before the painter's scale)."""
        return QFontMetricsF(self.font(points, bold), self.device)
