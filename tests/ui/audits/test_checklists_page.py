"""The Checklists page on the real window: progress, coloured results, templates, evidence links, passing a gate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from planner.core.quality.entities import CheckResult
from planner.ui.audits import evidence_links
from planner.ui.audits.checklists_page import ChecklistsPage
from planner.ui.audits.template_dialog import TemplateDialog
from planner.ui.gantt.table.columns import column_index
from planner.ui.gantt.table.gate_indicator import GATE
from planner.ui.gantt.table.task_model import IndicatorsRole

from ..helpers import close_and_reload, table_of
from ..registers.helpers import cell, type_cell
from .gate_project import LAUNCH, gate_project_file


@pytest.fixture
def project_file(tmp_path):
    return gate_project_file(tmp_path)


def checklists_page(window) -> ChecklistsPage:
    tab = window.page("quality")
    window.tabs.setCurrentWidget(tab)
    page = tab.page(ChecklistsPage)
    tab.tabs.setCurrentWidget(page)
    return page


def gate_warned(window) -> bool:
    index = table_of(window).proxy_index(LAUNCH, column_index("indicators"))
    return any(sign.kind == GATE for sign in index.data(IndicatorsRole))


def test_checklists_show_progress_and_items_their_results_coloured(window):
    page = checklists_page(window)
    assert cell(page.checklists, 1, "progress") == "1/3 passed, 1 failed"
    items = page.items
    assert [items.proxy.index(r, 0).data() for r in range(items.proxy.rowCount())] == ["CI1", "CI2", "CI3"]
    result = items.model.column_of("result")
    tints = {
        record_id: items.table.proxy_index(record_id, result).data(Qt.ItemDataRole.BackgroundRole).name()
        for record_id in (1, 2, 3)
    }
    assert tints == {1: "#c8e6c9", 2: "#ffcdd2", 3: "#e6e6e6"}
    page.grab().save("/tmp/audits-checklists-page.png")


def test_a_pm_passes_the_gate_on_the_page_and_it_stays_passed_after_a_reopen(window, qtbot):
    assert gate_warned(window)
    page = checklists_page(window)
    items = page.items
    type_cell(qtbot, items, 2, "evidence", "https://wiki/pentest-retest.pdf")
    type_cell(qtbot, items, 2, "result", "pass")
    assert cell(page.checklists, 1, "progress") == "2/3 passed"
    assert gate_warned(window)  # A.8.24 is still open
    type_cell(qtbot, items, 3, "result", "pass")
    assert cell(page.checklists, 1, "progress") == "3/3 passed"
    assert cell(items, 3, "checked") == "2027-01-08"  # dated by the status date
    assert not gate_warned(window)
    path = window.session.document.path
    project = close_and_reload(window)
    assert {i.result for i in project.checklist_items.values()} == {CheckResult.PASS}
    assert project.checklist_items[2].evidence == "https://wiki/pentest-retest.pdf"
    assert window.open_path(path)
    assert not gate_warned(window)


def test_a_result_that_is_no_result_is_refused_beside_the_cell(window, qtbot):
    page = checklists_page(window)
    type_cell(qtbot, page.items, 3, "result", "maybe")
    assert window.session.project.checklist_items[3].result is CheckResult.OPEN
    assert "result 'maybe' is not one of open, pass, fail, n.a." in window.statusBar().currentMessage()


def test_insert_adds_an_item_at_the_end_of_the_current_checklist(window, qtbot):
    page = checklists_page(window)
    page.items.table.setFocus()
    new_id = page.items.insert_record()
    QApplication.focusWidget().clearFocus()
    item = window.session.project.checklist_items[new_id]
    assert (item.checklist_id, item.position) == (1, 4)


def test_a_checklist_from_a_template_on_a_gate_in_one_undoable_step(window, qtbot):
    page = checklists_page(window)
    project = window.session.project
    dialog = TemplateDialog(project, page_templates(), LAUNCH, window)
    dialog.template.setCurrentIndex(next(i for i, t in enumerate(dialog.templates) if t.key == "gdpr"))
    assert dialog.gate.currentText() == "5 Launch" and dialog.title.text() == "GDPR compliance"
    QTimer.singleShot(0, dialog.accept)
    new_id = page.checklists.new_from_template(dialog)
    assert project.checklists[new_id].task_id == LAUNCH
    assert cell(page.checklists, new_id, "progress") == "0/7 passed"
    assert page.checklists.current_id() == new_id and page.items.proxy.rowCount() == 7
    window.session.undo_stack.undo()
    assert new_id not in project.checklists and len(project.checklist_items) == 3


def page_templates():
    from planner.exchange.checklist_templates import shipped_templates

    return shipped_templates()


def test_evidence_opens_on_double_click_and_ctrl_click_not_edits(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(evidence_links, "open_link", lambda url: opened.append(url.toString()) or True)
    page = checklists_page(window)
    items = page.items
    type_cell(qtbot, items, 1, "evidence", "https://wiki/access-matrix")
    table = items.table
    rect = table.visualRect(table.proxy_index(1, items.model.column_of("evidence")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["https://wiki/access-matrix"] * 2
    assert table.state() != table.State.EditingState
    assert evidence_links.evidence_url("~/audit/report.pdf").isLocalFile()
