"""Editing with the mouse on the chart: each drag or menu pick is one edit, in the project and in the file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from planner.core.model.entities import ConstraintType, LinkType
from planner.store.projectfile import ProjectFile

from .test_gantt_view import DAY, ZOOM, Chart, open_chart

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def chart(tmp_path: Path, qtbot) -> Iterator[Chart]:
    yield from open_chart(tmp_path, qtbot)


def drag(qtbot, chart: Chart, start: QPoint, end: QPoint, steps: int = 4) -> None:
    """Press, move in a few steps (as a hand does), release."""
    viewport = chart.view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * step / steps)
    qtbot.mouseRelease(viewport, LEFT, pos=end)


def reopened(chart: Chart):
    with ProjectFile.open(chart.path, writable=False) as file:
        return file.load()


def messages(chart: Chart) -> list[str]:
    said: list[str] = []
    chart.view.message.connect(said.append)
    return said


# -- move ------------------------------------------------------------------------------
def test_dragging_a_bar_sets_start_no_earlier_than_the_dropped_day(chart: Chart, qtbot) -> None:
    said = messages(chart)
    start = chart.center(4)  # Build starts Thu 7 Jan
    drag(qtbot, chart, start, start + QPoint(round(4 * ZOOM), 0))  # to Mon 11 Jan
    task = chart.session.project.tasks[4]
    assert (task.constraint_type, task.constraint_date) == (ConstraintType.SNET, datetime(2027, 1, 11, 8))
    assert chart.session.schedule.dates(4).start == datetime(2027, 1, 11, 8)
    saved = reopened(chart).tasks[4]
    assert (saved.constraint_type, saved.constraint_date) == (ConstraintType.SNET, datetime(2027, 1, 11, 8))
    assert any("Start No Earlier Than" in text for text in said)


def test_a_drag_is_one_undo_step_and_undo_restores_the_file(chart: Chart, qtbot) -> None:
    start = chart.center(4)
    drag(qtbot, chart, start, start + QPoint(round(2 * ZOOM), 0), steps=10)
    assert chart.session.undo_stack.count() == 1
    chart.session.undo_stack.undo()
    assert chart.session.project.tasks[4].constraint_type == ConstraintType.ASAP
    assert reopened(chart).tasks[4].constraint_type == ConstraintType.ASAP
    assert chart.session.schedule.dates(4).start == datetime(2027, 1, 7, 8)


def test_the_ghost_follows_the_mouse_and_nothing_changes_until_release(chart: Chart, qtbot) -> None:
    start = chart.center(4)
    viewport = chart.view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(40, 0))
    qtbot.mouseMove(viewport, start + QPoint(80, 0))
    preview = chart.view.interaction.preview
    assert preview is not None and preview.ghost is not None
    assert preview.ghost.rect.x == pytest.approx(chart.frame().shapes[4].rect.x + 80, abs=2)
    assert chart.session.undo_stack.count() == 0
    qtbot.mouseRelease(viewport, LEFT, pos=start + QPoint(80, 0))
    assert chart.session.undo_stack.count() == 1


def test_escape_cancels_a_drag(chart: Chart, qtbot) -> None:
    start = chart.center(4)
    viewport = chart.view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(60, 0))
    qtbot.keyClick(chart.view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, LEFT, pos=start + QPoint(60, 0))
    assert chart.session.undo_stack.count() == 0


def test_a_click_without_moving_edits_nothing(chart: Chart, qtbot) -> None:
    qtbot.mouseClick(chart.view.viewport(), LEFT, pos=chart.center(4))
    assert chart.session.undo_stack.count() == 0


# -- resize and progress ------------------------------------------------------------------
def test_dragging_the_right_end_changes_the_duration(chart: Chart, qtbot) -> None:
    rect = chart.frame().shapes[2].rect  # Spec: 2d, Mon 08:00 - Tue 17:00
    start = QPoint(round(rect.right) - 1, round(rect.center_y))
    drag(qtbot, chart, start, start + QPoint(round(2 * ZOOM), 0))  # to the end of Thursday
    assert chart.session.project.tasks[2].duration.minutes == 4 * DAY
    assert reopened(chart).tasks[2].duration.minutes == 4 * DAY
    assert chart.session.undo_stack.count() == 1


def test_dragging_from_the_left_edge_sets_percent_complete(chart: Chart, qtbot) -> None:
    rect = chart.frame().shapes[2].rect  # Spec: Mon 08:00 - Tue 17:00; its middle is the end of Monday's work
    start = QPoint(round(rect.x) + 2, round(rect.center_y))
    drag(qtbot, chart, start, QPoint(round(rect.x + rect.w / 2), round(rect.center_y)))
    task = chart.session.project.tasks[2]
    assert task.percent_complete == pytest.approx(50, abs=3)
    assert task.actual_start == datetime(2027, 1, 4, 8)
    assert reopened(chart).tasks[2].percent_complete == task.percent_complete


def test_the_progress_end_can_be_dragged_back(chart: Chart, qtbot) -> None:
    """Progress is counted in working time: Monday noon is 4 of Spec's 16 working hours."""
    chart.view.interaction.task_actions().set_percent(2, 50)
    shape = chart.frame().shapes[2]
    assert shape.progress.right == pytest.approx(chart.view.scale.x_of(datetime(2027, 1, 4, 17)), abs=1)
    start = QPoint(round(shape.progress.right), round(shape.rect.center_y))
    drag(qtbot, chart, start, QPoint(round(chart.view.scale.x_of(datetime(2027, 1, 4, 12))), start.y()))
    assert chart.session.project.tasks[2].percent_complete == pytest.approx(25, abs=2)


# -- links ---------------------------------------------------------------------------------
def test_dragging_from_one_bar_down_to_another_links_them_finish_to_start(chart: Chart, qtbot) -> None:
    start, end = chart.center(2), chart.center(5)
    drag(qtbot, chart, start, end)
    links = [(k.predecessor_id, k.successor_id, k.type) for k in chart.session.project.links.values()]
    assert (2, 5, LinkType.FS) in links
    assert (2, 5, LinkType.FS) in [(k.predecessor_id, k.successor_id, k.type) for k in reopened(chart).links.values()]
    assert chart.session.undo_stack.count() == 1


def test_a_refused_link_is_reported_and_changes_nothing(chart: Chart, qtbot) -> None:
    said = messages(chart)
    drag(qtbot, chart, chart.center(2), chart.center(1))  # Spec onto its own summary
    assert chart.session.undo_stack.count() == 0
    assert len(chart.session.project.links) == 4
    assert any("summary" in text for text in said)


def test_link_to_from_the_menu_links_to_the_next_task_clicked(chart: Chart, qtbot) -> None:
    chart.view.interaction.task_actions().link_to(2)
    qtbot.mouseClick(chart.view.viewport(), LEFT, pos=chart.center(6))
    assert any(k.predecessor_id == 2 and k.successor_id == 6 for k in chart.session.project.links.values())


# -- menu actions ----------------------------------------------------------------------------
def test_menu_percent_and_remove_constraint(chart: Chart, qtbot) -> None:
    actions = chart.view.interaction.task_actions()
    actions.set_percent(4, 75)
    assert chart.session.project.tasks[4].percent_complete == 75
    start = chart.center(4)
    drag(qtbot, chart, start, start + QPoint(round(ZOOM), 0))
    assert chart.session.project.tasks[4].constraint_type == ConstraintType.SNET
    actions.remove_constraint(4)
    assert chart.session.project.tasks[4].constraint_type == ConstraintType.ASAP
    assert reopened(chart).tasks[4].constraint_type == ConstraintType.ASAP


def test_double_click_and_task_information_ask_for_the_task(chart: Chart, qtbot) -> None:
    with qtbot.waitSignal(chart.view.taskActivated) as signal:
        qtbot.mouseDClick(chart.view.viewport(), LEFT, pos=chart.center(5))
    assert signal.args == [5]
    with qtbot.waitSignal(chart.view.taskActivated) as signal:
        chart.view.interaction.task_actions().info(3)
    assert signal.args == [3]


def test_a_move_held_back_by_a_link_says_what_holds_it(chart: Chart, qtbot) -> None:
    said = messages(chart)
    start = chart.center(4)  # Build follows Review (Wed 6); drop it on Mon 4
    drag(qtbot, chart, start, start - QPoint(round(3 * ZOOM), 0))
    task = chart.session.project.tasks[4]
    assert task.constraint_date == datetime(2027, 1, 4, 8)
    assert chart.session.schedule.dates(4).start == datetime(2027, 1, 7, 8)
    assert "driven by the link from task 3 'Review' (FS)" in said[-1]
