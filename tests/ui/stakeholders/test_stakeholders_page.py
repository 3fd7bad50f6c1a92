"""The Stakeholders page in the real window: the grid filters the register by a click and follows the table."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from planner.core.communication.grid import GapBand, Quadrant
from planner.ui.stakeholders.colours import GAP_FILLS

from ..helpers import close_and_reload
from ..registers.helpers import register, shown_ids, type_cell


def stakeholders_page(qtbot, window):
    page = register(window, "stakeholders", "stakeholders")
    qtbot.waitUntil(lambda: page.grid.canvas is not None)
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:
    """Wait for the grid's gathered redraw, then paint it (the figure then holds what is shown)."""
    qtbot.waitUntil(lambda: not page.grid.pending.isActive())
    page.grid.canvas.draw()


def ringed_names(page) -> list[str]:
    return [t.get_text() for t in page.grid.canvas.figure.axes[0].texts if t.get_fontweight() == "bold"]


def click_quadrant(qtbot, page, which: Quadrant) -> None:
    x, y = page.grid.point_of(which)
    qtbot.mouseClick(page.grid.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    settle(qtbot, page)


def test_a_click_in_a_quadrant_shows_only_its_stakeholders_and_a_second_click_all(qtbot, window):
    page = stakeholders_page(qtbot, window)
    assert shown_ids(page) == [1, 2, 3, 4]
    click_quadrant(qtbot, page, Quadrant.KEEP_SATISFIED)
    assert shown_ids(page) == [2]
    assert page.show_combo.currentText() == "Quadrant: keep satisfied"
    assert page.grid.chosen is Quadrant.KEEP_SATISFIED
    assert page.count.text() == "1 of 4 shown"
    click_quadrant(qtbot, page, Quadrant.KEEP_INFORMED)  # another quadrant: that one instead
    assert shown_ids(page) == [3]
    click_quadrant(qtbot, page, Quadrant.KEEP_INFORMED)  # the same again: everyone
    assert shown_ids(page) == [1, 2, 3, 4] and page.grid.chosen is None
    assert page.show_combo.currentText() == "All stakeholders"


def test_choosing_all_in_the_show_combo_clears_the_quadrant(qtbot, window):
    page = stakeholders_page(qtbot, window)
    click_quadrant(qtbot, page, Quadrant.MONITOR)
    assert shown_ids(page) == [4]
    page.show_combo.setCurrentIndex(0)
    assert shown_ids(page) == [1, 2, 3, 4] and page.grid.chosen is None
    page.choose_filter("Short of wanted engagement")
    assert shown_ids(page) == [1, 2]


def test_the_current_stakeholder_is_ringed_on_the_grid(qtbot, window):
    page = stakeholders_page(qtbot, window)
    assert page.table.select_record(3)
    settle(qtbot, page)
    assert page.grid.highlight == 3 and ringed_names(page) == ["Users"]
    page.table.setFocus()
    for _ in range(3):  # up through the rows: one redraw when the keys rest, on the row they rest on
        qtbot.keyClick(page.table, Qt.Key.Key_Up)
    settle(qtbot, page)
    assert page.table.current_id() == 1 and ringed_names(page) == ["Sponsor"]


def test_typing_power_moves_the_stakeholder_to_another_quadrant_and_it_survives_a_reopen(qtbot, window):
    page = stakeholders_page(qtbot, window)
    click_quadrant(qtbot, page, Quadrant.MANAGE_CLOSELY)
    assert shown_ids(page) == [1]
    type_cell(qtbot, page, 1, "interest", "2")
    assert shown_ids(page) == []  # now kept satisfied: out of the quadrant shown
    people = {s.id: s for s in page.grid.people}
    assert people[1].interest == 2
    assert close_and_reload(window).stakeholders[1].interest == 2


def test_engagement_cells_are_filled_by_the_gap(qtbot, window):
    page = stakeholders_page(qtbot, window)
    column = page.model.column_of("engagement")
    fills = {i: page.table.proxy_index(i, column).data(Qt.ItemDataRole.BackgroundRole) for i in (1, 2, 3)}
    assert fills == {
        1: QColor(GAP_FILLS[GapBand.ONE_SHORT]),
        2: QColor(GAP_FILLS[GapBand.FAR_SHORT]),
        3: QColor(GAP_FILLS[GapBand.ON_TARGET]),
    }
    assert page.table.proxy_index(1, page.model.column_of("name")).data(Qt.ItemDataRole.BackgroundRole) is None
    type_cell(qtbot, page, 2, "engagement", "sup")  # resistant -> supportive: on target
    assert page.table.proxy_index(2, column).data(Qt.ItemDataRole.BackgroundRole) == fills[3]


def test_the_page_looks_whole(qtbot, window):
    page = stakeholders_page(qtbot, window)
    assert page.grid.width() >= 320 and page.table.width() > page.grid.width()
    assert page.grid.canvas.isVisible() and page.grid.canvas.height() >= 300
    assert "contact" in page.table.hidden_columns()
    window.grab().save("/tmp/stakeholders-ui-test.png")


def test_the_dashboards_reveal_shows_a_stakeholder_hidden_by_a_quadrant(qtbot, window):
    page = stakeholders_page(qtbot, window)
    click_quadrant(qtbot, page, Quadrant.MONITOR)
    window.tabs.setCurrentIndex(0)  # the Gantt
    assert window.reveal("stakeholders", 1)
    assert window.tabs.currentWidget() is window.page("stakeholders")
    assert page.table.current_id() == 1 and page.show_combo.currentText() == "All stakeholders"
    assert page.grid.chosen is None and page.grid.highlight == 1
