"""The Gantt chart on a real document, beside a real tree: rows aligned, zoom, wheel, selection, painting.

Mouse edits (drags, menus) are in test_gantt_mouse.py, which shares the fixtures here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QSplitter, QTreeView

from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import Link, LinkType, Project, Task
from planner.core.model.factory import new_project
from planner.store.document import Document
from planner.ui.gantt.chart.frame import Frame
from planner.ui.gantt.chart.scene import selected
from planner.ui.gantt.chart.tooltip import tooltip_html
from planner.ui.gantt.chart.view import GanttView
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table.task_model import TaskModel
from planner.ui.session import Session

DAY = 480
ZOOM = 40.0  # px per day: weeks over days, drags snap to days
MONDAY = datetime(2027, 1, 4, 8, 0)


def gantt_project() -> Project:
    """A summary over two tasks, then a task, an SS-linked task and a milestone with a deadline.

    Spec Mon 4 - Tue 5, Review Wed 6, Build Thu 7 - Mon 11, Test (SS+1d) Fri 8 - Mon 11, Launch Mon 11 17:00.
    """
    project = new_project("Chart test", MONDAY)
    project.tasks = {
        1: Task(1, "Design", position=1),
        2: Task(2, "Spec", parent_id=1, position=1, duration=Duration(2 * DAY)),
        3: Task(3, "Review", parent_id=1, position=2, duration=Duration(DAY)),
        4: Task(4, "Build", position=2, duration=Duration(3 * DAY)),
        5: Task(5, "Test", position=3, duration=Duration(2 * DAY)),
        6: Task(6, "Launch", position=4, duration=Duration(0), milestone=True, deadline=datetime(2027, 1, 8, 17)),
    }
    project.links = {
        1: Link(1, 2, 3),
        2: Link(2, 3, 4),
        3: Link(3, 4, 5, LinkType.SS, lag=Lag(DAY)),
        4: Link(4, 5, 6),
    }
    return project


@dataclass
class Chart:
    path: Path
    session: Session
    tree: QTreeView
    view: GanttView
    splitter: QSplitter

    def frame(self) -> Frame:
        """Paint now and return the geometry the chart painted."""
        self.view.viewport().repaint()
        return self.view.frame

    def center(self, task_id: int) -> QPoint:
        rect = self.frame().shapes[task_id].rect
        return QPoint(round(rect.x + rect.w / 2), round(rect.center_y))

    def index(self, task_id: int):
        model = self.tree.model()
        return model.index_of(task_id) if hasattr(model, "index_of") else None


@pytest.fixture
def chart(tmp_path: Path, qtbot) -> Iterator[Chart]:
    yield from open_chart(tmp_path, qtbot)


def open_chart(tmp_path: Path, qtbot) -> Iterator[Chart]:
    """The test project in a real file, a tree over the real task model, and the chart beside it."""
    path = tmp_path / "p.plandb"
    session = Session(Document.create(path, gantt_project()))
    model = TaskModel(session)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    tree = QTreeView(splitter)
    tree.setModel(model)
    tree.setUniformRowHeights(True)
    tree.expandAll()
    view = GanttView(tree, session, splitter)
    view.today = lambda: datetime(2027, 1, 6, 12)
    splitter.addWidget(tree)
    splitter.addWidget(view)
    splitter.resize(1200, 400)
    splitter.setSizes([400, 800])
    qtbot.addWidget(splitter)
    splitter.show()
    qtbot.waitExposed(splitter)
    view.zoom = ZOOM
    view.scroll_to_date(MONDAY - timedelta(hours=8), x=40)
    yield Chart(path, session, tree, view, splitter)
    session.close()


def tree_rows(tree: QTreeView) -> list[tuple[int, int]]:
    """(task id, top y) of each task row the tree shows, top to bottom (the blank entry row has no bar)."""
    rows, index = [], tree.indexAt(QPoint(1, 1))
    while index.isValid() and tree.visualRect(index).top() < tree.viewport().height():
        if index.siblingAtColumn(0).data(TaskIdRole) is not None:
            rows.append((index.siblingAtColumn(0).data(TaskIdRole), tree.visualRect(index).top()))
        index = tree.indexBelow(index)
    return rows


# -- rows line up with the tree ------------------------------------------------------
def test_every_row_is_at_the_trees_height(chart: Chart) -> None:
    frame = chart.frame()
    assert [(r.slot.task_id, r.slot.top) for r in frame.rows] == tree_rows(chart.tree)
    for task_id, shape in frame.shapes.items():
        assert shape.row.top == dict(tree_rows(chart.tree))[task_id]


def test_the_charts_rows_start_where_the_trees_do(chart: Chart) -> None:
    chart_top = chart.view.viewport().mapToGlobal(QPoint(0, 0)).y()
    tree_top = chart.tree.viewport().mapToGlobal(QPoint(0, 0)).y()
    assert chart_top == tree_top
    header = chart.view._header
    assert header.height() == chart.tree.header().height()
    assert header.height() >= header.needed_height()  # two tiers of text fit


def test_collapsing_a_summary_hides_its_rows_in_the_chart(chart: Chart) -> None:
    chart.tree.collapse(chart.index(1))
    assert [r.slot.task_id for r in chart.frame().rows] == [1, 4, 5, 6]
    chart.tree.expand(chart.index(1))
    assert [r.slot.task_id for r in chart.frame().rows] == [1, 2, 3, 4, 5, 6]


def test_scrolling_the_tree_scrolls_the_chart(chart: Chart, qtbot) -> None:
    chart.splitter.resize(1200, 140)
    qtbot.wait(10)
    chart.tree.verticalScrollBar().setValue(chart.tree.verticalScrollBar().maximum())
    frame = chart.frame()
    assert frame.rows[0].slot.task_id != 1
    assert [(r.slot.task_id, r.slot.top) for r in frame.rows] == tree_rows(chart.tree)


def test_an_edit_repaints_with_the_new_schedule(chart: Chart) -> None:
    from planner.core.edits.task_edits import set_duration

    before = chart.frame().shapes[4].rect
    chart.session.run(set_duration(chart.session.project, 4, "5d"))
    after = chart.frame().shapes[4].rect
    assert after.w == pytest.approx(before.w + 2 * ZOOM, abs=1)  # Mon 11 17:00 becomes Wed 13 17:00


# -- arrows ---------------------------------------------------------------------------
def test_each_link_in_view_has_an_arrow(chart: Chart) -> None:
    assert sorted(a.link_id for a in chart.frame().arrows) == [1, 2, 3, 4]


def test_an_arrow_to_a_row_below_the_view_leaves_the_bottom(chart: Chart, qtbot) -> None:
    chart.splitter.resize(1200, 130)
    qtbot.wait(10)
    frame = chart.frame()
    shown = {r.slot.task_id for r in frame.rows}
    assert 6 not in shown and 5 in shown
    arrow = next(a for a in frame.arrows if a.link_id == 4)
    assert arrow.points[-1][1] > chart.view.viewport().height()


def test_collapsed_tasks_have_no_arrows(chart: Chart) -> None:
    chart.tree.collapse(chart.index(1))
    assert sorted(a.link_id for a in chart.frame().arrows) == [3, 4]


# -- zoom and scroll --------------------------------------------------------------------
def test_zoom_in_and_out_step_through_presets(chart: Chart) -> None:
    chart.view.zoom_in()
    assert chart.view.zoom > ZOOM
    chart.view.zoom_out()
    chart.view.zoom_out()
    assert chart.view.zoom < ZOOM


def test_zoom_to_fit_shows_the_whole_project(chart: Chart) -> None:
    chart.view.zoom = 1000
    chart.view.zoom_to_fit()
    scale = chart.view.scale
    start, finish = chart.session.project.start, chart.session.schedule.project_finish
    assert 0 <= scale.x_of(start) < scale.x_of(finish) <= chart.view.viewport().width()


def test_the_zoom_property_restores_a_saved_zoom(chart: Chart) -> None:
    chart.view.zoom = 4.0
    assert chart.view.zoom == 4.0
    assert chart.view.scale.tiers()[1].kind == "week"


def test_scroll_to_task_brings_its_start_near_the_left(chart: Chart) -> None:
    chart.view.zoom = 400
    chart.view.scroll_to_task(6)
    x = chart.view.scale.x_of(chart.session.schedule.dates(6).start)
    assert 0 < x < 100


def wheel(widget, pos: QPoint, dy: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(
        QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, dy), Qt.MouseButton.NoButton,
        modifiers, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_ctrl_wheel_zooms_around_the_mouse(chart: Chart) -> None:
    pos = QPoint(300, 50)
    under = chart.view.scale.datetime_at(pos.x())
    wheel(chart.view.viewport(), pos, 120, Qt.KeyboardModifier.ControlModifier)
    assert chart.view.zoom > ZOOM
    assert chart.view.scale.x_of(under) == pytest.approx(pos.x(), abs=1.0)
    wheel(chart.view.viewport(), pos, -240, Qt.KeyboardModifier.ControlModifier)
    assert chart.view.zoom < ZOOM


def test_shift_wheel_scrolls_in_time(chart: Chart) -> None:
    origin = chart.view.scale.origin
    wheel(chart.view.viewport(), QPoint(300, 50), -120, Qt.KeyboardModifier.ShiftModifier)
    assert chart.view.scale.origin > origin


def test_the_plain_wheel_scrolls_the_tree(chart: Chart, qtbot) -> None:
    chart.splitter.resize(1200, 140)
    qtbot.wait(10)
    bar = chart.tree.verticalScrollBar()
    assert bar.maximum() > 0
    wheel(chart.view.viewport(), QPoint(300, 30), -120)
    assert bar.value() > 0


# -- selection ----------------------------------------------------------------------------
def test_clicking_a_bar_selects_its_row_in_the_tree(chart: Chart, qtbot) -> None:
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.center(4))
    current = chart.tree.currentIndex()
    assert current.siblingAtColumn(0).data(TaskIdRole) == 4
    assert chart.tree.selectionModel().isRowSelected(current.row(), current.parent())
    assert selected(chart.tree, chart.frame()) == {4}


def test_rows_selected_in_the_tree_are_highlighted(chart: Chart) -> None:
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    chart.tree.selectionModel().select(chart.index(5), flags)
    assert selected(chart.tree, chart.frame()) == {5}


# -- what is painted ------------------------------------------------------------------------
@pytest.mark.parametrize("zoom", [900.0, 40.0, 6.0, 1.0, 0.2])
def test_it_paints_at_every_zoom(chart: Chart, zoom: float) -> None:
    chart.session.project.status_date = datetime(2027, 1, 7, 17)
    chart.view.zoom = zoom
    image = chart.splitter.grab().toImage()
    assert not image.isNull()
    assert chart.view.frame.shapes


def test_critical_colouring_can_be_switched_off(chart: Chart) -> None:
    assert any(s.critical for s in chart.frame().shapes.values())
    chart.view.set_show_critical(False)
    assert not any(s.critical for s in chart.frame().shapes.values())


def test_a_missed_deadline_marks_the_milestone_late(chart: Chart) -> None:
    shape = chart.frame().shapes[6]
    assert shape.late and shape.deadline


def test_the_tooltip_says_what_drives_the_start(chart: Chart) -> None:
    schedule = chart.session.schedule
    html = tooltip_html(chart.session.project, schedule, schedule.dates(5))
    assert "the link from task 4 &#x27;Build&#x27; (SS+1d)" in html
    assert "Total float" in html and "Free float" in html
    html = tooltip_html(chart.session.project, schedule, schedule.dates(2))
    assert "the project start" in html


def test_hovering_a_bar_shows_its_tooltip(chart: Chart, qtbot) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    pos = chart.center(4)
    viewport = chart.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert "Build" in QToolTip.text() and "Start driven by" in QToolTip.text()
    QToolTip.hideText()


def test_offscreen_link_ends_have_the_same_dates_as_visible_bars(chart: Chart) -> None:
    source = chart.view.source
    for task_id in chart.session.project.tasks:
        full, outline = source.bar(task_id), source.outline_bar(task_id)
        assert (outline.start, outline.finish, outline.summary, outline.milestone, outline.critical) == (
            full.start, full.finish, full.summary, full.milestone, full.critical,
        )  # fmt: skip


def test_scroll_to_task_finds_the_row_in_the_tree(chart: Chart, qtbot) -> None:
    chart.splitter.resize(1200, 140)
    qtbot.wait(10)
    chart.view.scroll_to_task(6)
    assert 6 in [r.slot.task_id for r in chart.frame().rows]


def test_labels_clear_the_stub_of_an_arrow_leaving_the_finish(chart: Chart) -> None:
    from planner.ui.gantt.chart.arrows import STUB

    shape = chart.frame().shapes[2]  # Spec -> Review, finish-to-start
    assert shape.label_x >= shape.rect.right + STUB


def test_the_menus_offer_what_ms_project_does(chart: Chart) -> None:
    from planner.ui.gantt.chart.menu import chart_menu, task_menu

    task = chart.session.project.tasks[4]
    texts = [a.text() for a in task_menu(chart.view, task, chart.view.interaction.task_actions()).actions()]
    assert texts[:3] == ["Task &Information…", "&Link to…", "Remove &Constraint"]
    assert [t for t in texts if t.endswith("% Complete")] == [f"{p}% Complete" for p in (0, 25, 50, 75, 100)]
    view = chart.view
    menu = chart_menu(view, view.zoom_in, view.zoom_out, view.zoom_to_fit, True, view.set_show_critical)
    assert "Show &Critical Path" in [a.text() for a in menu.actions()]


def test_the_tooltip_names_tasks_by_the_id_the_table_shows(chart: Chart) -> None:
    """After an Insert at the top every row ID moves down one; the tooltip follows, not the Unique ID."""
    from planner.core.edits import outline_edits

    chart.session.run(outline_edits.insert_task(chart.session.project, 1, "Kick-off"))
    schedule = chart.session.schedule
    html = tooltip_html(chart.session.project, schedule, schedule.dates(5))
    assert html.startswith(f"<b>6 {chart.session.project.tasks[5].name}</b>")
    assert "the link from task 5 &#x27;Build&#x27; (SS+1d)" in html
