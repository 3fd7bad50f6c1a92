"""The Defects page: the workflow typed in the log, its filters, severity colours, the open figures and the
charts following each edit, and all of it back after a reopen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from planner.charts.quality_charts import SEVERITY_COLOURS
from planner.core.quality.entities import DefectStatus, Severity
from planner.ui.quality.defects_page import DefectsPage

from ..helpers import close_and_reload
from ..registers.helpers import cell, register, shown_ids, type_cell


def defects_page(window) -> DefectsPage:
    page = register(window, "quality", "defects")
    assert isinstance(page, DefectsPage)
    return page


def test_typing_fixed_dates_it_and_reopening_clears_it_with_a_note(qtbot, window):
    page = defects_page(window)
    day = max(date.today(), date(2027, 1, 6)).isoformat()  # today, but never before D1 was found
    type_cell(qtbot, page, 1, "status", "fixed")
    assert cell(page, 1, "fixed") == day
    type_cell(qtbot, page, 1, "status", "reop")
    assert cell(page, 1, "status") == "reopened" and cell(page, 1, "fixed") == ""
    window.session.undo_stack.undo()  # one undo step per cell: back to fixed, with its date
    assert cell(page, 1, "status") == "fixed" and cell(page, 1, "fixed") == day
    window.session.undo_stack.redo()
    defect = close_and_reload(window).defects[1]
    assert defect.status is DefectStatus.REOPENED and defect.fixed is None
    assert defect.notes == f"Reopened {day}; was fixed, fixed {day}"


def test_a_refused_step_is_explained_beside_the_cell_and_changes_nothing(qtbot, window):
    page = defects_page(window)
    notes = []
    page.table.message.connect(lambda text, error: notes.append((text, error)))
    type_cell(qtbot, page, 2, "status", "verified")
    assert notes and notes[-1] == ("a defect is verified once it is fixed; D2 is new: set it to fixed first", True)
    assert window.session.project.defects[2].status is DefectStatus.NEW


def test_the_workflow_filters(qtbot, window):
    page = defects_page(window)
    names = [page.show_combo.itemText(i) for i in range(page.show_combo.count())]
    assert names[:4] == ["All defects", "Open", "Critical and major open", "Fixed, awaiting close"]
    page.choose_filter("Critical and major open")
    assert shown_ids(page) == [1, 3]
    type_cell(qtbot, page, 3, "status", "closed")
    assert shown_ids(page) == [1]  # the filter follows the edit
    page.choose_filter("Closed")
    assert shown_ids(page) == [3] and page.count.text() == "1 of 3 shown"
    page.choose_filter("Change requests")
    assert shown_ids(page) == []


def _fill(page, record_id: int) -> QColor:
    index = page.table.proxy_index(record_id, page.model.column_of("severity"))
    option = QStyleOptionViewItem()
    page.table.itemDelegateForColumn(index.column()).initStyleOption(option, index)
    return option.backgroundBrush.color()


def test_an_open_defects_severity_cell_is_filled_in_its_colour_and_a_closed_ones_is_not(qtbot, window):
    page = defects_page(window)
    assert _fill(page, 3) == QColor(SEVERITY_COLOURS[Severity.CRITICAL])
    assert _fill(page, 1) == QColor(SEVERITY_COLOURS[Severity.MAJOR])
    type_cell(qtbot, page, 3, "closed", date.today().isoformat())  # a closed date closes it
    assert window.session.project.defects[3].status is DefectStatus.CLOSED
    assert _fill(page, 3) != QColor(SEVERITY_COLOURS[Severity.CRITICAL])


def test_the_severity_cell_still_edits_and_enter_moves_down(qtbot, window):
    page = defects_page(window)
    type_cell(qtbot, page, 2, "severity", "maj")
    assert window.session.project.defects[2].severity is Severity.MAJOR
    assert page.table.current_id() == 3


def test_the_header_counts_the_open_defects_by_severity_and_follows_edits(qtbot, window):
    page = defects_page(window)
    text = page.summary.text()
    assert "Open defects: 3" in text and "1 critical" in text and "1 major" in text and "1 trivial" in text
    type_cell(qtbot, page, 3, "status", "fixed")
    text = page.summary.text()
    assert "Open defects: 2" in text and "0 critical" in text and "1 fixed, awaiting close" in text


def test_the_chart_pane_switches_and_redraws_after_an_edit(qtbot, window):
    page = defects_page(window)
    qtbot.waitUntil(lambda: page.charts.canvas is not None)
    figure = page.charts.canvas.figure
    assert figure.axes[0].get_title() == "Open vs closed defects"
    page.charts.choice.setCurrentIndex(1)
    assert figure.axes[0].get_title() == "Ageing of open defects"
    bars = sum(p.get_height() for p in figure.axes[0].patches)
    type_cell(qtbot, page, 3, "status", "closed")
    assert sum(p.get_height() for p in page.charts.canvas.figure.axes[0].patches) == bars - 1


def test_insert_adds_a_defect_found_today_and_it_is_there_after_a_reopen(qtbot, window):
    page = defects_page(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Invoice PDF is blank")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert cell(page, 4, "found") == date.today().isoformat()
    defect = close_and_reload(window).defects[4]
    assert (defect.title, defect.found, defect.status) == ("Invoice PDF is blank", date.today(), DefectStatus.NEW)
