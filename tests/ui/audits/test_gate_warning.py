"""A gate milestone whose checklist is not cleared warns in the Gantt, in the table and beside its diamond."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from planner.core.quality.entities import CheckResult
from planner.core.quality.registers import CHECKLIST_ITEMS
from planner.core.records.edits import set_record_field
from planner.ui.gantt.table.columns import column_index
from planner.ui.gantt.table.gate_indicator import GATE
from planner.ui.gantt.table.task_model import IndicatorsRole

from ..helpers import close_and_reload, table_of
from .gate_project import LAUNCH, gate_project_file

INDICATORS = column_index("indicators")


@pytest.fixture
def project_file(tmp_path):
    return gate_project_file(tmp_path)


def gate_signs(window, task_id=LAUNCH):
    index = table_of(window).proxy_index(task_id, INDICATORS)
    return [s for s in index.data(IndicatorsRole) if s.kind == GATE], index


def chart_marks(window, qtbot):
    chart = window.page("gantt").chart
    chart.scroll_to_task(LAUNCH)
    chart.viewport().repaint()
    return [m.task_id for m in chart.gates.marks(chart.frame)]


def test_the_gate_shows_its_checklist_counts_in_the_indicators_and_chart(window, qtbot):
    [sign], index = gate_signs(window)
    assert sign.strong  # an item failed: red
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Gate not cleared: Security audit: 1 failed, 1 open" in tip
    assert gate_signs(window, 4)[0] == []  # Build has no checklist
    assert chart_marks(window, qtbot) == [LAUNCH]
    window.page("gantt").grab().save("/tmp/audits-gantt-gate.png")


def test_double_click_on_the_warning_asks_for_the_checklist(window, qtbot):
    table = table_of(window)
    index = table.proxy_index(LAUNCH, INDICATORS)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    with qtbot.waitSignal(table.checklist_requested) as asked:  # and not Task Information, as on other rows
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert asked.args == [1]
    table.setCurrentIndex(index)
    table.setFocus()
    with qtbot.waitSignal(table.checklist_requested) as entered:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert entered.args == [1]
    assert window.current_tab().key == "quality"  # the Checklists page, C1 current
    page = window.page("quality").tabs.currentWidget()
    assert page.master.current_id() == 1 and page.details[0].proxy.rowCount() == 3


def test_a_pm_passes_the_gate_and_the_warning_is_gone_after_a_reopen(window, qtbot):
    session = window.session
    for item_id, evidence in ((2, "https://wiki/pentest-retest.pdf"), (3, "https://wiki/crypto-design")):
        session.attempt(
            lambda p, i=item_id, e=evidence: set_record_field(p, CHECKLIST_ITEMS, i, "evidence", e), pytest.fail
        )
        assert len(gate_signs(window)[0]) == 1
        session.attempt(lambda p, i=item_id: set_record_field(p, CHECKLIST_ITEMS, i, "result", "pass"), pytest.fail)
    assert gate_signs(window)[0] == []
    assert chart_marks(window, qtbot) == []
    path = session.document.path
    project = close_and_reload(window)
    assert {i.result for i in project.checklist_items.values()} == {CheckResult.PASS}
    assert project.checklist_items[2].checked is not None and project.checklist_items[2].evidence.endswith(".pdf")
    assert window.open_path(path)
    assert gate_signs(window)[0] == []
    assert chart_marks(window, qtbot) == []


def test_open_items_alone_warn_in_amber_and_undo_brings_the_warning_back(window, qtbot):
    session = window.session
    session.attempt(lambda p: set_record_field(p, CHECKLIST_ITEMS, 2, "result", "n.a."), pytest.fail)
    [sign], _ = gate_signs(window)
    assert not sign.strong
    session.attempt(lambda p: set_record_field(p, CHECKLIST_ITEMS, 3, "result", "pass"), pytest.fail)
    assert gate_signs(window)[0] == []
    session.undo_stack.undo()
    assert len(gate_signs(window)[0]) == 1


def test_double_click_on_the_warning_beside_the_diamond_opens_the_checklist(window, qtbot):
    chart = window.page("gantt").chart
    assert chart_marks(window, qtbot) == [LAUNCH]
    [mark] = chart.gates.marks(chart.frame)
    centre = QPoint(round(mark.rect.x + mark.rect.w / 2), round(mark.rect.center_y))
    with qtbot.waitSignal(chart.checklistRequested) as asked:
        qtbot.mouseDClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert asked.args == [1]
    assert window.current_tab().key == "quality"
