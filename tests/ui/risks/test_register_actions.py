"""The Risk tab's commands: import a register, create a response task, Risk Information, the trend page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.risks.risk_model import RiskModel
from planner.ui.risks.trend_page import TrendPage

from ..helpers import close_and_reload


def plugin(window):
    return next(p for p in window.plugins if p.key == "risks")


def test_the_risk_model_passes_the_model_tester(qtmodeltester, session):
    qtmodeltester.check(RiskModel(session))


def test_importing_a_bad_register_reports_every_row_and_adds_nothing(risk_window, tmp_path):
    sheet = tmp_path / "register.csv"
    sheet.write_text("Title,Probability,Impact\nGood,30%,3\nToo likely,120%,3\nOff scale,30%,9\n", encoding="utf-8")
    actions = plugin(risk_window).risk_actions
    assert not actions.import_from(sheet)
    box = actions.last_message
    assert box.isVisible() and "2 problems in the register; nothing was imported" in box.text()
    assert box.informativeText() == "row 3: probability 120% is over 100%\nrow 4: impact 9 is outside the scale 1 to 5"
    box.close()
    assert len(risk_window.session.project.risks) == 3


def test_importing_a_good_register_is_one_undo_step(risk_window, tmp_path):
    sheet = tmp_path / "register.csv"
    sheet.write_text("Title,Probability,Owner\nCloud cost overrun,45%,BB\nScope creep,60%,AL\n", encoding="utf-8")
    assert plugin(risk_window).risk_actions.import_from(sheet)
    assert risk_window.session.undo_stack.undoText() == "Import 2 risks"
    titles = [r.title for r in close_and_reload(risk_window).risks.values()]
    assert titles[-2:] == ["Cloud cost overrun", "Scope creep"]


def test_a_response_task_joins_the_plan_linked_to_the_risk(risk_window):
    page = risk_window.page("risks").register
    assert page.table.select_risk(1)
    plugin(risk_window).risk_actions.response.trigger()
    project = risk_window.session.project
    new = max(project.tasks)
    assert project.tasks[new].name == "Mitigate: Vendor API late"
    assert "Mitigate: Vendor API late" in page.detail.toPlainText()  # under "Response tasks"
    gantt = risk_window.page("gantt").table
    assert gantt.proxy_index(new).isValid()
    assert any(t.task_id == new and t.response for t in close_and_reload(risk_window).risk_tasks.values())


def test_risk_information_edits_the_long_fields_as_one_step(qtbot, risk_window, monkeypatch):
    from planner.ui.risks import risk_info

    def fill_and_accept(dialog):
        dialog.fields["cause"].setPlainText("The partner builds for three clients at once")
        dialog.fields["response_plan"].setPlainText("Mock the API from its contract")
        dialog.accept()
        return 1

    monkeypatch.setattr(risk_info.RiskInfoDialog, "exec", fill_and_accept)
    page = risk_window.page("risks").register
    page.table.select_risk(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert risk_window.session.undo_stack.undoText() == "Edit risk"
    assert "Because The partner builds for three clients at once" in page.detail.toPlainText()
    risk = close_and_reload(risk_window).risks[1]
    assert risk.response_plan == "Mock the API from its contract"


def test_risk_information_refuses_an_empty_title_and_stays_open(risk_window, qapp):
    from planner.ui.risks.risk_info import RiskInfoDialog

    dialog = RiskInfoDialog(risk_window.session, 1, risk_window)
    dialog.title.setText("  ")
    dialog.accept()
    assert dialog.problem.text() == "a risk needs a title" and dialog.result() == 0
    dialog.close()
    assert risk_window.session.project.risks[1].title == "Vendor API late"


def test_the_trend_page_lists_the_overdue_review_and_draws_the_trend(qtbot, risk_window):
    risk_page = risk_window.page("risks")
    trend = risk_page.page(TrendPage)
    risk_page.tabs.setCurrentWidget(trend)
    rows = trend.reviews.texts()
    assert rows and rows[0][2] == "R1 Vendor API late" and rows[0][0].startswith("overdue")
    assert trend.canvas.figure.axes[0].lines  # the exposure line is drawn
    trend.reviews.chosen.emit(1)
    assert risk_page.tabs.currentWidget() is risk_page.register
    assert risk_page.register.table.current_risk_id() == 1
    assert QApplication.focusWidget() is risk_page.register.table


def test_the_status_bar_says_the_open_risks_overdue_reviews_and_reserve(risk_window):
    text = plugin(risk_window).summary.text()
    assert "3 open risks" in text and "1 review overdue" in text
    assert "Contingency reserve 22,000 EUR" in text  # 0.6 x 40,000 + 0.2 x 10,000 - 0.5 x 8,000


def test_the_simulation_is_a_page_of_the_risk_tab(risk_window):
    from planner.ui.risks.pages import SimulationRiskPage

    risk_page = risk_window.page("risks")
    titles = [risk_page.tabs.tabText(i).replace("&", "") for i in range(risk_page.tabs.count())]
    assert titles == ["Register", "Trend and Reviews", "Simulation"]
    page = risk_page.page(SimulationRiskPage)
    assert page.simulation.runner is risk_window.jobs


def test_the_reserve_goes_to_the_budget_contingency_line(risk_window):
    plugin(risk_window).risk_actions.contingency.trigger()
    lines = list(close_and_reload(risk_window).budget_lines.values())
    assert [(line.kind.value, line.amount) for line in lines] == [("contingency", 22_000)]


def test_risk_scales_reword_a_level_and_refuse_limits_that_do_not_rise(risk_window):
    from planner.ui.risks.scales_dialog import RiskScalesDialog

    dialog = RiskScalesDialog(risk_window.session, risk_window)
    cost_3 = 5 * 2 + 2  # probability and schedule above it, five levels each
    assert dialog.table.item(cost_3, 2).text() == "25k to 50k" and dialog.table.item(cost_3, 3).text() == "50,000"
    dialog.table.item(cost_3, 2).setText("20k to 60k")
    dialog.table.item(cost_3, 3).setText("60k")
    dialog.table.item(1, 3).setText("5%")  # probability level 2 below level 1's 10%
    dialog.accept()
    assert dialog.problem.text() == "probability limits must rise from level 1 to level 4"
    dialog.table.item(1, 3).setText("30%")
    dialog.accept()
    assert dialog.result() == 1
    (row,) = close_and_reload(risk_window).risk_scales.values()
    assert (row.dimension.value, row.level, row.label, row.limit) == ("cost", 3, "20k to 60k", 60_000)
