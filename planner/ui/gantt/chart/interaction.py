"""The chart's mouse and keyboard: select rows, drag bars, link tasks, right-click menus.

Every change is one core Edit run through `Session.attempt`; a refused edit
(PlannerError) becomes a `message` for the status bar and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QToolTip

from planner.core.edits.edit import Edit
from planner.core.edits.link_edits import add_link
from planner.core.edits.task_edits import set_constraint
from planner.core.edits.tracking_edits import set_percent
from planner.core.model.dates import when
from planner.core.model.duration import format_duration
from planner.core.model.entities import ConstraintType, LinkType
from planner.ui.gantt.chart.cursors import percent_cursor
from planner.ui.gantt.chart.drag import Drag, Preview, zone_at
from planner.ui.gantt.chart.menu import TaskActions, chart_menu, task_menu
from planner.ui.gantt.chart.paint import paint_ghost, paint_link_line, paint_target_row
from planner.ui.gantt.chart.rows import row_at
from planner.ui.gantt.chart.tooltip import driver_text

if TYPE_CHECKING:
    from planner.ui.gantt.chart.view import GanttView

DRAG_START = 4  # pixels: Qt's drag distance (10) is too coarse for nudging progress or a bar end
CURSORS = {
    "move": Qt.CursorShape.SizeAllCursor,
    "finish": Qt.CursorShape.SizeHorCursor,
    "link": Qt.CursorShape.CrossCursor,
}


class Interaction:
    """Mouse state of one GanttView: a drag in progress, or a pending "Link to…" pick."""

    def __init__(self, view: GanttView) -> None:
        self.view = view
        self.drag: Drag | None = None
        self.preview: Preview | None = None
        self.link_from: int | None = None  # "Link to…": the next click picks the successor

    # -- edits --------------------------------------------------------------
    def run(self, build: Callable[[], Edit | None], done: str = "") -> bool:
        """Build and run one edit; show why if the core refuses it."""
        if self.view.session.attempt(lambda _project: build(), self.view.message.emit) is None:
            return False
        if done:
            self.view.message.emit(done)
        return True

    # -- mouse ----------------------------------------------------------------
    def press(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        row = row_at(self.view.frame.rows, y)
        if event.button() != Qt.MouseButton.LeftButton:
            self._cancel_pick()
            return
        if self.link_from is not None:
            self._finish_pick(row.slot.task_id if row else None)
            return
        if row is not None:
            self._select(row.index, event.modifiers())
        shape = self.view.frame.shape_at(x, y)
        if shape is not None and shape.task_id in self.view.source.project.tasks:
            self.drag = Drag(self.view.source, self.view.scale, shape, zone_at(shape, x), x, y)

    def move(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        if self.drag is None:
            self._hover_cursor(x, y)
            return
        threshold = min(QApplication.startDragDistance(), DRAG_START)
        preview = self.drag.update(x, y, self.view.frame, threshold)
        if preview is not None:
            self.preview = preview
            self.view.viewport().setCursor(CURSORS.get(self.drag.mode, percent_cursor()))
            self.view.message.emit(preview.text)
            QToolTip.showText(event.globalPosition().toPoint() + QPoint(12, 16), preview.text, self.view.viewport())
            self.view.viewport().update()

    def release(self, event: QMouseEvent) -> None:
        drag, preview = self.drag, self.preview
        self.drag, self.preview = None, None
        QToolTip.hideText()
        self.view.viewport().unsetCursor()
        self.view.viewport().update()
        if drag is None or drag.mode == "pending" or event.button() != Qt.MouseButton.LeftButton:
            return
        x, y = event.position().x(), event.position().y()
        target = preview.target if preview is not None else None
        if self.run(lambda: drag.edit(x, y, target)):
            self.view.message.emit(self._done_text(drag, target))

    def _row_id(self, task_id: int | None) -> int | None:
        """The ID a user sees for a task (its row number), for the status bar."""
        return None if task_id is None else self.view.source.schedule.outline.ids.id_of(task_id)

    def _done_text(self, drag: Drag, target: int | None) -> str:
        """What the drop did, in the status bar; for a move, whether the task really starts there."""
        task_id = drag.task.id
        source = self.view.source
        task = source.project.tasks[task_id]
        shown = self._row_id(task_id)
        if drag.mode == "link":
            return f"Linked task {shown} → task {self._row_id(target)} (finish-to-start)"
        if drag.mode == "finish":
            return f"Task {shown}: duration {format_duration(task.duration, source.project.units)}"
        if drag.mode == "progress":
            return f"Task {shown}: {task.percent_complete:.0f}% complete"
        text = f"Task {shown}: Start No Earlier Than {when(task.constraint_date)}"
        dates = source.dates(task_id)
        if dates is not None and dates.start > task.constraint_date:
            driver = driver_text(source.schedule, task_id, source.schedule.start_driver(task_id))
            text += f"; it starts {when(dates.start)}, driven by {driver}"
        return text

    def double_click(self, event: QMouseEvent) -> None:
        shape = self.view.frame.shape_at(event.position().x(), event.position().y())
        if shape is not None:
            self.view.taskActivated.emit(shape.task_id)

    def _hover_cursor(self, x: float, y: float) -> None:
        viewport = self.view.viewport()
        if self.link_from is not None:
            viewport.setCursor(Qt.CursorShape.CrossCursor)
            return
        shape = self.view.frame.shape_at(x, y)
        if shape is None:
            viewport.unsetCursor()
            return
        zone = zone_at(shape, x)
        viewport.setCursor(percent_cursor() if zone == "progress" else CURSORS.get(zone, Qt.CursorShape.ArrowCursor))

    def _select(self, index, modifiers: Qt.KeyboardModifier) -> None:
        """Clicking a row selects it in the tree (Ctrl toggles), so table and chart agree."""
        selection = self.view.tree.selectionModel()
        if selection is None:
            return
        current = self.view.tree.currentIndex()
        if current.isValid() and not self.view.tree.isColumnHidden(current.column()):
            index = index.siblingAtColumn(current.column())  # keep the table's current column
        flags = QItemSelectionModel.SelectionFlag.Rows
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            flags |= QItemSelectionModel.SelectionFlag.Toggle
        else:
            flags |= QItemSelectionModel.SelectionFlag.ClearAndSelect
        selection.setCurrentIndex(index, flags)

    # -- "Link to…" -------------------------------------------------------------
    def start_pick(self, task_id: int) -> None:
        self.link_from = task_id
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.view.message.emit(f"Click the task that follows task {self._row_id(task_id)} (Esc cancels)")

    def _finish_pick(self, target: int | None) -> None:
        source, self.link_from = self.link_from, None
        self.view.viewport().unsetCursor()
        if target is None or source is None:
            self.view.message.emit("Link cancelled")
            return
        project = self.view.source.project
        names = f"task {self._row_id(source)} → task {self._row_id(target)}"
        self.run(lambda: add_link(project, source, target, LinkType.FS), f"Linked {names}")

    def _cancel_pick(self) -> None:
        if self.link_from is not None:
            self.link_from = None
            self.view.viewport().unsetCursor()
            self.view.message.emit("Link cancelled")

    # -- menus and keys -----------------------------------------------------------
    def context_menu(self, event: QContextMenuEvent) -> None:
        self._cancel_pick()
        view = self.view
        shape = view.frame.shape_at(event.pos().x(), event.pos().y())
        if shape is None:
            menu = chart_menu(view, view.zoom_in, view.zoom_out, view.zoom_to_fit, view.show_critical,
                              view.set_show_critical)  # fmt: skip
        else:
            row = row_at(view.frame.rows, event.pos().y())
            if row is not None:
                self._select(row.index, Qt.KeyboardModifier.NoModifier)
            task = view.source.project.tasks[shape.task_id]
            menu = task_menu(view, task, self.task_actions())
        menu.exec(event.globalPos())

    def task_actions(self) -> TaskActions:
        def project():  # looked up when the action runs: undo may have replaced nothing, but be safe
            return self.view.source.project

        return TaskActions(
            info=self.view.taskActivated.emit,
            link_to=self.start_pick,
            remove_constraint=lambda t: self.run(
                lambda: set_constraint(project(), t, ConstraintType.ASAP, None),
                f"Task {self._row_id(t)}: constraint removed",
            ),
            set_percent=lambda t, p: self.run(
                lambda: set_percent(self.view.source.schedule, t, p),
                f"Task {self._row_id(t)}: {p}% complete",
            ),
        )

    def key(self, event: QKeyEvent) -> bool:
        """Esc cancels a drag or a pick; returns whether the key was used."""
        if event.key() != Qt.Key.Key_Escape:
            return False
        if self.drag is not None:
            self.drag, self.preview = None, None
            QToolTip.hideText()
            self.view.viewport().unsetCursor()
            self.view.viewport().update()
            self.view.message.emit("Drag cancelled")
            return True
        if self.link_from is not None:
            self._cancel_pick()
            return True
        return False

    def paint(self, p: QPainter) -> None:
        """The drag's ghost or rubber band, over the chart."""
        if self.preview is None:
            return
        if self.preview.ghost is not None:
            paint_ghost(p, self.preview.ghost, self.view.colors)
        if self.preview.target is not None:
            row = next((r.slot for r in self.view.frame.rows if r.slot.task_id == self.preview.target), None)
            if row is not None:
                paint_target_row(p, row, self.view.viewport().width(), self.view.colors)
        if self.preview.line is not None:
            paint_link_line(p, *self.preview.line, self.view.colors)
