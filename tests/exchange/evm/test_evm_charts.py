"""The earned-value charts as plain figures (no Qt): what the workbook and reports draw."""

from __future__ import annotations

from planner.charts.evm_charts import burn_rate, cash_flow, s_curve
from planner.core.evm.curves import burn_rate as burn_of
from planner.core.evm.curves import curves, monthly_cash_flow
from planner.core.evm.earned_value import EarnedValue
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import STATUS, baselined_with_progress, planned_project


def test_the_charts_draw_the_worked_example_to_png(tmp_path):
    value = EarnedValue(schedule(baselined_with_progress()), STATUS)
    for name, figure in (
        ("s_curve", s_curve(curves(value))),
        ("cash_flow", cash_flow(monthly_cash_flow(value))),
        ("burn", burn_rate(burn_of(value))),
    ):
        target = tmp_path / f"{name}.png"
        figure.savefig(target)
        assert target.stat().st_size > 5_000
    assert s_curve(curves(value)).axes[0].get_title(loc="left") == "Earned value S-curve"


def test_without_a_baseline_each_chart_says_what_to_do():
    value = EarnedValue(schedule(planned_project()), STATUS)
    figure = s_curve(curves(value))
    assert "save one (Project > Set Baseline)" in figure.axes[0].texts[0].get_text()
    assert cash_flow(monthly_cash_flow(value)).axes[0].texts
    assert burn_rate(burn_of(value)).axes[0].texts
