"""The resource graph: load per period against max units, the excess in red."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from planner.charts.resource_graph import OVER_COLOR, graph_data, resource_graph
from planner.core.resources.periods import Granularity
from tests.core.resources.build import Plan


def _overbooked() -> tuple[Plan, int]:
    plan = Plan()
    ana = plan.person("Ana")
    plan.assign(plan.task("Build", "2027-01-04", days=5), ana)
    plan.assign(plan.task("Review", "2027-01-07", days=2), ana)  # Thu, Fri: 200%
    return plan, ana


def test_the_numbers_are_the_load_per_day_and_which_days_are_over() -> None:
    plan, ana = _overbooked()
    data = graph_data(plan.usage(), ana, date(2027, 1, 4), date(2027, 1, 10), Granularity.DAY)
    assert data.labels[0] == "Mon 04 Jan" and len(data.labels) == 7
    assert list(data.load) == pytest.approx([1, 1, 1, 2, 2, 0, 0])
    assert list(data.over) == [False, False, False, True, True, False, False]


def test_the_figure_draws_the_excess_in_red_above_max_units(tmp_path) -> None:
    plan, ana = _overbooked()
    figure = resource_graph(plan.usage(), ana, date(2027, 1, 4), date(2027, 1, 10), Granularity.DAY)
    (axes,) = figure.axes
    red = [p for p in axes.patches if np.allclose(p.get_facecolor()[:3], _rgb(OVER_COLOR))]
    assert [round(p.get_height(), 3) for p in red] == [0, 0, 0, 1, 1, 0, 0]
    assert any(line.get_ydata()[0] == 1.0 for line in axes.lines)  # the max units line
    figure.savefig(tmp_path / "graph.png")
    assert (tmp_path / "graph.png").stat().st_size > 5000


def _rgb(hex_color: str) -> tuple[float, float, float]:
    return tuple(int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
