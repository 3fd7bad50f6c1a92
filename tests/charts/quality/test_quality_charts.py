"""The defect charts: found and closed climb week by week with the open gap shaded; ageing stacks by severity."""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.colors import to_rgb

from planner.charts.quality_charts import SEVERITY_COLOURS, ageing_figure, open_closed_figure
from planner.core.quality.entities import Severity
from planner.core.quality.metrics import DefectCounts

POINTS = [
    DefectCounts(date(2027, 3, 7), 3, 1, 2),
    DefectCounts(date(2027, 3, 14), 5, 2, 3),
    DefectCounts(date(2027, 3, 17), 6, 4, 2),
]


def test_open_vs_closed_steps_the_cumulative_counts_and_marks_the_status_date(tmp_path):
    figure = open_closed_figure(POINTS, status=date(2027, 3, 17))
    (axes,) = figure.axes
    labels = [line.get_label() for line in axes.lines]
    assert labels[:2] == ["Found", "Closed (fixed or closed)"] and labels[2].startswith("Status date 17 Mar")
    assert list(axes.lines[0].get_ydata()) == [0, 3, 5, 6] and list(axes.lines[1].get_ydata()) == [0, 1, 2, 4]
    assert any(t.get_text() == "2 open" for t in axes.texts)
    figure.savefig(tmp_path / "open.png")
    assert (tmp_path / "open.png").stat().st_size > 5000


def test_no_defects_says_so_instead_of_an_empty_frame():
    figure = open_closed_figure([])
    assert [t.get_text() for t in figure.axes[0].texts] == ["No defects found yet"]


def test_ageing_stacks_each_bucket_by_severity_in_its_colour():
    zero = dict.fromkeys(Severity, 0)
    buckets = {"0-7": {**zero, Severity.CRITICAL: 1, Severity.MINOR: 2}, "8-30": dict(zero),
               "31-90": {**zero, Severity.MAJOR: 3}, ">90": dict(zero)}  # fmt: skip
    figure = ageing_figure(buckets)
    (axes,) = figure.axes
    red = [p for p in axes.patches if np.allclose(p.get_facecolor()[:3], to_rgb(SEVERITY_COLOURS[Severity.CRITICAL]))]
    assert [p.get_height() for p in red] == [1, 0, 0, 0]
    minor = [p for p in axes.patches if np.allclose(p.get_facecolor()[:3], to_rgb(SEVERITY_COLOURS[Severity.MINOR]))]
    assert minor[0].get_y() == 1  # stacked on the critical one
    assert [t.get_text() for t in axes.get_xticklabels()] == ["0-7 days", "8-30 days", "31-90 days", ">90 days"]


def test_ageing_without_open_items_says_so():
    figure = ageing_figure({"0-7": dict.fromkeys(Severity, 0)})
    assert [t.get_text() for t in figure.axes[0].texts] == ["No open defects"]
