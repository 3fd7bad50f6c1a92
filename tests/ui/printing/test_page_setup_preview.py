"""The page setup dialog's preview is a picture of page 1, not a block of colour."""

from __future__ import annotations

from planner.core.model.page_setup import PageSetup
from planner.exchange.demo import demo_project
from planner.ui.printing.layout import PrintLayout
from planner.ui.printing.plan import scheduled
from planner.ui.printing.thumbnail import first_page


def test_the_preview_shows_a_white_page_with_the_plan_on_it(qapp) -> None:
    layout = PrintLayout(scheduled(demo_project()), PageSetup())
    image = first_page(layout, 300).toImage()
    assert image.width() == 300 and 200 <= image.height() <= 215  # A4 landscape's proportions
    colours = [image.pixelColor(x, y) for x in range(0, 300, 3) for y in range(0, image.height(), 3)]
    white = sum(c.lightness() > 245 for c in colours) / len(colours)
    inked = sum(c.lightness() < 200 for c in colours) / len(colours)
    assert white > 0.5, "the paper is white"
    assert 0.03 < inked < 0.4, "text and bars are drawn on it"
