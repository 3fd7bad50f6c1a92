"""The five trend charts read off the snapshots: an empty state below two, lines with two and thirty."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from planner.charts.trend_charts import CHARTS, trend_figure
from planner.core.trends.entities import Snapshot, SnapshotMilestone
from planner.core.trends.series import EMPTY_TEXT, trend_series
from planner.exchange.demo import demo_project
from tests.core.trends.plans import build_plan

FIRST = datetime(2027, 1, 4, 17, 0)


def with_snapshots(count: int):
    """A plan with `count` weekly snapshots: SPI falling, Go-live slipping a day a week."""
    project = build_plan()
    for n in range(1, count + 1):
        day = FIRST + timedelta(weeks=n - 1)
        project.snapshots[n] = Snapshot(
            n, day, day, percent_complete=3.0 * n, forecast_finish=day + timedelta(days=90 + n),
            spi=1.0 - 0.01 * n, cpi=0.97, work_done_minutes=600 * n, work_total_minutes=60 * 600,
            risk_score=40 + n, risk_emv=1000.0 * n, open_defects={"critical": n % 3, "minor": 2},
            work_planned_minutes=700 * n,
        )  # fmt: skip
        project.snapshot_milestones[n] = SnapshotMilestone(n, n, 2, "Go-live", FIRST + timedelta(days=60 + n))
    return trend_series(project)


def texts(figure) -> list[str]:
    return [t.get_text() for axes in figure.axes for t in axes.texts]


def lines_of(figure) -> list[str]:
    return [line.get_label() for axes in figure.axes for line in axes.get_lines()]


@pytest.mark.parametrize("name", CHARTS)
def test_fewer_than_two_snapshots_say_how_to_get_a_trend(name):
    for count in (0, 1):
        assert EMPTY_TEXT in texts(trend_figure(name, with_snapshots(count)))


@pytest.mark.parametrize("count", [2, 30])
def test_each_chart_draws_its_lines_with_two_and_thirty_snapshots(count):
    series = with_snapshots(count)
    assert {"SPI", "CPI"} <= set(lines_of(trend_figure("indices", series)))
    assert lines_of(trend_figure("milestones", series)).count("Go-live") == 1
    assert {"Work done", "Total work", "Planned work done (baseline)"} <= set(lines_of(trend_figure("burnup", series)))
    assert {"Total score", "EMV"} <= set(lines_of(trend_figure("risks", series)))
    defects = trend_figure("defects", series)
    assert [t.get_text() for t in defects.axes[0].get_legend().get_texts()] == [
        "Critical", "Major", "Minor", "Trivial"
    ]  # fmt: skip
    for name in CHARTS:  # every chart draws to pixels without an error
        trend_figure(name, series).canvas.draw()


def test_the_spi_chart_shows_the_bands_and_the_one_line():
    figure = trend_figure("indices", with_snapshots(3))
    axes = figure.axes[0]
    edges = sorted({round(y, 2) for patch in axes.patches for y in (patch.get_y(), patch.get_y() + patch.get_height())})
    assert {0.95, 0.9} <= set(edges)  # the dashboard rule: amber below 0.95, red below 0.90
    assert any(list(line.get_ydata()) == [1.0, 1.0] for line in axes.get_lines())


def test_the_mta_line_follows_the_forecasts_and_has_the_diagonal():
    axes = trend_figure("milestones", with_snapshots(3)).axes[0]
    (go_live,) = [line for line in axes.get_lines() if line.get_label() == "Go-live"]
    assert len(go_live.get_xdata()) == 3
    diagonal = axes.get_lines()[0]
    assert list(diagonal.get_xdata()) == list(diagonal.get_ydata())


def test_a_project_without_baseline_or_risks_says_so_instead_of_drawing_nothing():
    project = build_plan()
    for n in (1, 2):
        project.snapshots[n] = Snapshot(n, FIRST + timedelta(weeks=n), FIRST, 0.0, FIRST)
    series = trend_series(project)
    assert any("baseline" in t for t in texts(trend_figure("indices", series)))
    assert any("No risks" in t for t in texts(trend_figure("risks", series)))
    assert any("No milestones" in t for t in texts(trend_figure("milestones", series)))


def test_the_demo_has_a_line_in_every_trend():
    series = trend_series(demo_project())
    assert [s.status_date.day for s in series.snapshots] == [4, 18, 1, 15]
    assert len(series.milestones) == 11 and all(len(m.points) == 4 for m in series.milestones)
    for name in CHARTS:
        assert EMPTY_TEXT not in texts(trend_figure(name, series))


def test_the_mta_of_a_plan_with_many_milestones_draws_the_next_twelve():
    project = build_plan()
    project.snapshots = {n: Snapshot(n, FIRST + timedelta(weeks=n), FIRST, 0.0, FIRST) for n in (1, 2)}
    for n in range(1, 41):  # 40 milestones, the first ten reached
        for shot in (1, 2):
            row = 2 * n + shot
            forecast = FIRST + timedelta(days=n)
            project.snapshot_milestones[row] = SnapshotMilestone(row, shot, 100 + n, f"M{n}", forecast, done=n <= 10)
    axes = trend_figure("milestones", trend_series(project)).axes[0]
    drawn = [line.get_label() for line in axes.get_lines()][1:]  # after the diagonal
    assert drawn == [f"M{n}" for n in range(11, 23)]
    assert axes.get_title().endswith("the next 12 of 40 milestones")
