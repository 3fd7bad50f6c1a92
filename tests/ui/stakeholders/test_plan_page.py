"""The Communication plan page in the real window: what is late is red, what is due soon amber, Mark done."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from planner.ui.stakeholders.colours import DUE_SOON_FILL, OVERDUE_FILL

from ..helpers import close_and_reload
from ..registers.helpers import register, shown_ids
from .conftest import plan_day


def plan_page(window):
    return register(window, "stakeholders", "communications")


def fill_of(page, record_id: int, key: str = "what"):
    return page.table.proxy_index(record_id, page.model.column_of(key)).data(Qt.ItemDataRole.BackgroundRole)


def test_overdue_lines_are_red_and_those_due_this_week_amber(window):
    page = plan_page(window)
    assert fill_of(page, 1) == QColor(OVERDUE_FILL) and fill_of(page, 1, "next_due") == QColor(OVERDUE_FILL)
    assert fill_of(page, 2) == QColor(DUE_SOON_FILL)
    assert fill_of(page, 3) is None
    assert page.summary.text() == f"As of {plan_day().isoformat()}: 1 overdue, 1 due within 7 days"
    page.choose_filter("Overdue")
    assert shown_ids(page) == [1]


def test_mark_done_dates_the_line_and_moves_it_on_in_one_undo_step(qtbot, window):
    page = plan_page(window)
    day = plan_day()
    assert page.table.select_record(1)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    line = window.session.project.communications[1]
    assert line.last_done == day and line.next_due == day + timedelta(days=4)  # due 3 days ago, weekly
    assert fill_of(page, 1) == QColor(DUE_SOON_FILL)  # due again within the week
    assert page.summary.text().endswith("0 overdue, 2 due within 7 days")
    assert window.session.undo_stack.undoText() == "Mark K1 done"
    window.session.undo_stack.undo()
    assert window.session.project.communications[1].last_done is None and fill_of(page, 1) == QColor(OVERDUE_FILL)
    window.session.undo_stack.redo()
    reopened = close_and_reload(window).communications[1]
    assert (reopened.last_done, reopened.next_due) == (day, day + timedelta(days=4))


def test_mark_done_from_the_context_menu_takes_every_selected_line(qtbot, window):
    page = plan_page(window)
    action = page.table.context_actions[0]
    assert action.text() == "&Mark Done"
    page.table.selectAll()
    action.trigger()
    project = window.session.project
    assert all(line.last_done == plan_day() for line in project.communications.values())
    assert window.session.undo_stack.undoText() == "Mark 3 communications done"
    window.session.undo_stack.undo()
    assert all(line.last_done is None for line in window.session.project.communications.values())


def test_the_dashboards_reveal_opens_the_plan_on_the_overdue_line(window):
    page = plan_page(window)
    page.choose_filter("Due within 7 days")
    window.tabs.setCurrentIndex(0)
    assert window.reveal("communications", 1)
    tab = window.page("stakeholders")
    assert window.tabs.currentWidget() is tab and tab.tabs.currentWidget() is page
    assert page.table.current_id() == 1 and page.show_combo.currentText() == "All communications"
