"""The chart's colours, derived from the platform palette so light and dark themes both read well.

Selection, text and lines come from the palette itself; the few hues a Gantt chart
needs (task blue, critical red, deadline green, today orange) are picked per theme
because a fixed colour that reads on white often glares or vanishes on near-black.

Grid, shading and arrows are tints of the text colour, but pre-blended over the
base into opaque colours: Qt's raster engine blends a translucent full-height line
ten times slower than it draws an opaque one, and a frame has a hundred of them.
Only short horizontal bands (alternate rows, selection) stay translucent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class ChartColors:
    base: QColor
    alternate: QColor
    text: QColor
    grid: QColor
    grid_strong: QColor
    nonworking: QColor
    selection: QColor
    task: QColor
    task_edge: QColor
    progress: QColor
    critical: QColor
    critical_edge: QColor
    critical_progress: QColor
    summary: QColor
    milestone: QColor
    late: QColor
    deadline: QColor
    arrow: QColor
    today: QColor
    status: QColor
    header: QColor
    header_text: QColor
    ghost: QColor
    manual: QColor = field(default_factory=lambda: QColor("#1f9e96"))  # manually scheduled: teal (MS Project)
    manual_edge: QColor = field(default_factory=lambda: QColor("#136b65"))

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColors:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        task = QColor("#6f9fe8") if dark else QColor("#4a7fd4")
        critical = QColor("#ef6a6a") if dark else QColor("#d43d3d")
        return cls(
            base=base,
            alternate=_overlay(base, palette.color(QPalette.ColorRole.AlternateBase)),
            text=text,
            grid=_over(text, 0.10, base),
            grid_strong=_over(text, 0.22, base),
            nonworking=_over(text, 0.07 if dark else 0.055, base),
            selection=_alpha(palette.color(QPalette.ColorRole.Highlight), 0.28),
            task=task,
            task_edge=task.darker(140) if not dark else task.lighter(125),
            progress=task.darker(165) if not dark else QColor("#2f5fae"),
            critical=critical,
            critical_edge=critical.darker(140) if not dark else critical.lighter(125),
            critical_progress=critical.darker(165) if not dark else QColor("#a83232"),
            summary=_over(text, 0.85, base),
            milestone=_over(text, 0.9, base),
            late=QColor("#ff5252") if dark else QColor("#c62828"),
            deadline=QColor("#4cc26a") if dark else QColor("#1f8f3a"),
            arrow=_over(text, 0.62, base),
            today=QColor("#ffa24c") if dark else QColor("#e07000"),
            status=QColor("#c78cff") if dark else QColor("#7b3fc4"),
            header=palette.color(QPalette.ColorRole.Button),
            header_text=palette.color(QPalette.ColorRole.ButtonText),
            ghost=_alpha(text, 0.35),
            manual=QColor("#4cc7bd") if dark else QColor("#1f9e96"),
            manual_edge=QColor("#8ae0d8") if dark else QColor("#136b65"),
        )


def _alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


def _over(color: QColor, alpha: float, base: QColor) -> QColor:
    """The opaque colour `color` at `alpha` makes over `base`."""
    return QColor.fromRgbF(*(alpha * c + (1 - alpha) * b for c, b in zip(_rgb(color), _rgb(base), strict=True)))


def _overlay(base: QColor, target: QColor) -> QColor:
    """A translucent black or white that turns `base` into about `target` (the alternate row colour)."""
    lighter = target.lightnessF() > base.lightnessF()
    if lighter:
        alpha = (target.lightnessF() - base.lightnessF()) / max(1e-6, 1 - base.lightnessF())
    else:
        alpha = (base.lightnessF() - target.lightnessF()) / max(1e-6, base.lightnessF())
    return _alpha(QColor("white" if lighter else "black"), min(1.0, max(0.0, alpha)))


def _rgb(color: QColor) -> tuple[float, float, float]:
    return color.redF(), color.greenF(), color.blueF()
