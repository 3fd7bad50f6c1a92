"""The cost-by-account chart: a plain function of the costs returning a Figure (no Qt)."""

from __future__ import annotations

import pytest

from planner.charts.cost_by_account import account_bars, cost_by_account_figure
from planner.core.cost import project_costs
from planner.core.schedule.engine import schedule
from tests.core.cost.example import costed_project


@pytest.fixture
def costs():
    project = costed_project()
    return project_costs(project, schedule(project))


def test_the_bars_are_each_accounts_actual_and_remaining_largest_first(costs):
    assert account_bars(costs) == [
        ("(no account)", 10000.0, 0.0, 6300.0),
        ("Labour", 0.0, 1225.0, 1125.0),
        ("Licences", 0.0, 1200.0, 0.0),
        ("Travel", 0.0, 250.0, 300.0),
    ]


def test_the_figure_draws_them_with_the_currency_and_no_exchange_rates(costs):
    figure = cost_by_account_figure(costs)
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Travel", "Licences", "Labour", "(no account)"]
    assert axes.get_xlabel() == "EUR (one currency, no exchange rates)"
    widths = sorted(round(p.get_width()) for p in axes.patches)
    assert widths == [0, 0, 250, 300, 1125, 1200, 1225, 6300]
