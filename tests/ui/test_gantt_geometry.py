"""Bar shapes and dependency arrows, computed without a widget (GanttProject's Canvas idea)."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

import pytest

from planner.core.model.entities import Calendar, Link, LinkType, Project, Task
from planner.core.model.wbs import Outline
from planner.core.schedule.worktime import WorkTime
from planner.ui.gantt.chart.arrows import route
from planner.ui.gantt.chart.geometry import BarData, BarShape, RowSlot, bar_shape
from planner.ui.gantt.chart.links import LinkIndex
from planner.ui.gantt.chart.shading import nonworking_spans
from planner.ui.gantt.chart.timescale import TimeScale

MONDAY = datetime(2027, 1, 4, 8)
SCALE = TimeScale(datetime(2027, 1, 4), 40.0)  # 40 px a day from Monday midnight
ROW = 20


def at(day: int, hour: int = 8) -> datetime:
    """January 2027, day `day`, at `hour`."""
    return datetime(2027, 1, day, hour)


def task_bar(task_id: int, start: datetime, finish: datetime, row: int, **extra) -> BarShape:
    return bar_shape(RowSlot(task_id, row * ROW, ROW), BarData(task_id, start, finish, **extra), SCALE)


# -- bars ---------------------------------------------------------------------------
def test_a_bar_spans_its_dates_centred_in_its_row() -> None:
    shape = task_bar(1, at(4), at(6, 17), 2)
    assert shape.kind == "task"
    assert shape.rect.x == pytest.approx(SCALE.x_of(at(4)))
    assert shape.rect.right == pytest.approx(SCALE.x_of(at(6, 17)))
    assert shape.rect.center_y == pytest.approx(2 * ROW + ROW / 2)
    assert 0 < shape.rect.h < ROW


def test_progress_fills_the_bar_up_to_the_complete_through_instant() -> None:
    shape = task_bar(1, at(4), at(6, 17), 0, complete_through=at(5, 8))
    assert shape.progress is not None
    assert shape.progress.x == shape.rect.x
    assert shape.progress.right == pytest.approx(SCALE.x_of(at(5, 8)))


def test_a_milestone_diamond_is_centred_on_its_date() -> None:
    shape = task_bar(5, at(8, 17), at(8, 17), 3, milestone=True)
    xs = [x for x, _ in shape.diamond]
    ys = [y for _, y in shape.diamond]
    assert shape.kind == "milestone"
    assert (min(xs) + max(xs)) / 2 == pytest.approx(SCALE.x_of(at(8, 17)))
    assert (min(ys) + max(ys)) / 2 == pytest.approx(3 * ROW + ROW / 2)
    assert shape.rect.x < SCALE.x_of(at(8, 17)) < shape.rect.right


def test_a_late_task_overruns_from_its_deadline_to_its_finish() -> None:
    shape = task_bar(1, at(4), at(8, 17), 0, deadline=at(6, 17), late_from=at(6, 17))
    assert shape.late
    assert shape.overrun is not None
    assert shape.overrun.x == pytest.approx(SCALE.x_of(at(6, 17)))
    assert shape.overrun.right == pytest.approx(shape.rect.right)
    deadline_xs = [x for x, _ in shape.deadline]
    assert (min(deadline_xs) + max(deadline_xs)) / 2 == pytest.approx(SCALE.x_of(at(6, 17)))


def test_a_task_on_time_has_no_overrun_but_shows_its_deadline() -> None:
    shape = task_bar(1, at(4), at(5, 17), 0, deadline=at(8, 17))
    assert not shape.late and shape.overrun is None
    assert shape.deadline and shape.label_x > max(x for x, _ in shape.deadline)


def test_a_summary_has_a_cap_hanging_at_each_end() -> None:
    shape = task_bar(1, at(4), at(8, 17), 0, summary=True)
    left, right = shape.caps
    assert shape.kind == "summary"
    assert min(x for x, _ in left) == pytest.approx(shape.rect.x)
    assert max(x for x, _ in right) == pytest.approx(shape.rect.right)
    assert max(y for _, y in left) > shape.rect.bottom


def test_labels_sit_right_of_the_bar() -> None:
    shape = task_bar(1, at(4), at(5, 17), 0)
    assert shape.label_x > shape.rect.right


# -- arrows ------------------------------------------------------------------------
def arrow(kind: LinkType, source: BarShape, target: BarShape):
    return route(1, kind, source, target)


def heading(points) -> tuple[float, float]:
    (x0, y0), (x1, y1) = points[-2], points[-1]
    return (x1 - x0, y1 - y0)


def test_fs_forward_drops_from_the_finish_onto_the_successor_start() -> None:
    a, b = task_bar(1, at(4), at(5, 17), 0), task_bar(2, at(7), at(8, 17), 2)
    points = arrow(LinkType.FS, a, b).points
    assert points[0] == a.finish_port
    tip_x, tip_y = points[-1]
    assert b.rect.x <= tip_x <= b.rect.x + 8 and tip_y == b.rect.y
    assert heading(points)[1] > 0  # pointing down onto the bar


def test_fs_backwards_detours_between_rows_and_enters_the_start_from_the_left() -> None:
    a, b = task_bar(1, at(4), at(6, 17), 0), task_bar(2, at(5), at(7, 17), 1)
    points = arrow(LinkType.FS, a, b).points
    assert points[0] == a.finish_port
    assert points[-1] == b.start_port
    assert heading(points)[0] > 0  # entering left to right
    horizontal_ys = {y0 for (x0, y0), (x1, y1) in pairwise(points) if y0 == y1}
    assert ROW in horizontal_ys  # the row boundary between the two bars
    assert_clear_of_bars(points, [a, b])


def test_ss_leaves_and_enters_the_starts() -> None:
    a, b = task_bar(1, at(4), at(6, 17), 0), task_bar(2, at(5), at(7, 17), 2)
    points = arrow(LinkType.SS, a, b).points
    assert points[0] == a.start_port and points[1][0] < a.rect.x
    assert points[-1] == b.start_port and heading(points)[0] > 0
    assert_clear_of_bars(points, [a, b])


def test_ff_leaves_and_enters_the_finishes() -> None:
    a, b = task_bar(1, at(4), at(6, 17), 0), task_bar(2, at(5), at(7, 17), 2)
    points = arrow(LinkType.FF, a, b).points
    assert points[0] == a.finish_port and points[1][0] > a.rect.right
    assert points[-1] == b.finish_port and heading(points)[0] < 0  # entering right to left
    assert_clear_of_bars(points, [a, b])


def test_sf_leaves_the_start_and_enters_the_finish() -> None:
    a, b = task_bar(1, at(5), at(6, 17), 0), task_bar(2, at(4), at(7, 17), 2)
    points = arrow(LinkType.SF, a, b).points
    assert points[0] == a.start_port and points[1][0] < a.rect.x
    assert points[-1] == b.finish_port and heading(points)[0] < 0
    assert_clear_of_bars(points, [a, b])


def test_links_upwards_route_through_the_gap_above_the_source() -> None:
    a, b = task_bar(1, at(5), at(7, 17), 3), task_bar(2, at(4), at(6, 17), 1)
    points = arrow(LinkType.FS, a, b).points
    assert points[-1] == b.start_port
    assert any(y == 3 * ROW for _, y in points)
    assert_clear_of_bars(points, [a, b])


def test_a_link_to_a_milestone_meets_its_diamond() -> None:
    a, m = task_bar(1, at(4), at(5, 17), 0), task_bar(2, at(8, 17), at(8, 17), 1, milestone=True)
    tip = arrow(LinkType.FS, a, m).points[-1]
    assert tip[1] == m.rect.y
    assert m.rect.x <= tip[0] <= m.rect.right


def test_the_arrowhead_points_at_the_tip() -> None:
    a, b = task_bar(1, at(4), at(6, 17), 0), task_bar(2, at(5), at(7, 17), 1)
    result = arrow(LinkType.FS, a, b)
    tip, wing1, wing2 = result.head
    assert tip == result.points[-1]
    assert wing1[0] < tip[0] and wing2[0] < tip[0]


def assert_clear_of_bars(points, shapes: list[BarShape]) -> None:
    """No segment runs through the inside of a bar (touching its end is how a link attaches)."""
    for (x0, y0), (x1, y1) in pairwise(points):
        for shape in shapes:
            r = shape.rect
            if y0 == y1 and r.y < y0 < r.bottom:
                assert max(x0, x1) <= r.x + 0.01 or min(x0, x1) >= r.right - 0.01, (x0, x1, y0, r)
            if x0 == x1 and r.x < x0 < r.right:
                assert max(y0, y1) <= r.y + 0.01 or min(y0, y1) >= r.bottom - 0.01, (y0, y1, x0, r)


# -- which links a frame draws -----------------------------------------------------
def chain_project(tasks: int) -> Project:
    project = Project(start=MONDAY)
    project.tasks = {i: Task(i, f"T{i}", position=i) for i in range(1, tasks + 1)}
    return project


def test_link_index_finds_touching_and_crossing_links_only() -> None:
    project = chain_project(300)
    project.links = {
        1: Link(1, 10, 11),  # touches the view (rows 100-110 hold tasks 101-111)
        2: Link(2, 95, 120),  # short, crosses the view
        3: Link(3, 2, 290, LinkType.SS),  # long, crosses the view
        4: Link(4, 3, 50),  # entirely above
        5: Link(5, 105, 200),  # touches
        6: Link(6, 150, 250),  # entirely below
    }
    index = LinkIndex(project, Outline.of(project))
    visible = list(range(101, 112))
    assert index.near(visible) == {2, 3, 5}
    assert index.near([10]) == {1, 3, 4}  # 3 and 4 cross row 10 on their way down
    assert index.near(visible, limit=1) == {5}  # too many crossing links: only the touching one


def test_link_index_ignores_links_to_tasks_that_are_gone() -> None:
    project = chain_project(10)
    project.links = {1: Link(1, 2, 99), 2: Link(2, 2, 3)}
    assert LinkIndex(project, Outline.of(project)).near([2]) == {2}


# -- shading -----------------------------------------------------------------------
def test_weekends_and_holidays_are_shaded_as_whole_days() -> None:
    from planner.core.model.entities import CalendarException

    calendar = WorkTime(Calendar(1, "Std", exceptions=[CalendarException(date(2027, 1, 6), date(2027, 1, 6))]))
    spans = nonworking_spans(calendar, datetime(2027, 1, 4), datetime(2027, 1, 11), hourly=False)
    assert spans == [
        (datetime(2027, 1, 6), datetime(2027, 1, 7)),
        (datetime(2027, 1, 9), datetime(2027, 1, 11)),  # Saturday and Sunday merged
    ]


def test_at_hour_zoom_nights_and_lunch_are_shaded() -> None:
    calendar = WorkTime(Calendar(1, "Std"))
    spans = nonworking_spans(calendar, datetime(2027, 1, 4), datetime(2027, 1, 4, 23), hourly=True)
    assert spans == [
        (datetime(2027, 1, 4, 0), datetime(2027, 1, 4, 8)),
        (datetime(2027, 1, 4, 12), datetime(2027, 1, 4, 13)),
        (datetime(2027, 1, 4, 17), datetime(2027, 1, 5, 0)),
    ]
