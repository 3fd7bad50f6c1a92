"""The chart's right-click menus: on a bar (task actions) and on empty chart (zoom and view)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from planner.core.model.entities import ConstraintType, Task

PERCENTS = (0, 25, 50, 75, 100)


class TaskActions:
    """What a bar's menu can ask the chart to do."""

    def __init__(
        self,
        info: Callable[[int], None],
        link_to: Callable[[int], None],
        remove_constraint: Callable[[int], None],
        set_percent: Callable[[int, int], None],
    ) -> None:
        self.info = info
        self.link_to = link_to
        self.remove_constraint = remove_constraint
        self.set_percent = set_percent


def task_menu(parent: QWidget, task: Task, actions: TaskActions) -> QMenu:
    menu = QMenu(parent)
    menu.addAction("Task &Information…", lambda: actions.info(task.id))
    menu.addAction("&Link to…", lambda: actions.link_to(task.id))
    remove = menu.addAction("Remove &Constraint", lambda: actions.remove_constraint(task.id))
    remove.setEnabled(task.constraint_type != ConstraintType.ASAP)
    if task.constraint_type != ConstraintType.ASAP:
        remove.setText(f"Remove &Constraint ({task.constraint_type.label})")
    menu.addSeparator()
    for percent in PERCENTS:
        action = menu.addAction(f"{percent}% Complete", lambda p=percent: actions.set_percent(task.id, p))
        action.setCheckable(True)
        action.setChecked(round(task.percent_complete) == percent)
    return menu


def chart_menu(
    parent: QWidget, zoom_in: Callable[[], None], zoom_out: Callable[[], None], fit: Callable[[], None],
    critical: bool, set_critical: Callable[[bool], None],
) -> QMenu:  # fmt: skip
    menu = QMenu(parent)
    menu.addAction("Zoom &In", zoom_in)
    menu.addAction("Zoom &Out", zoom_out)
    menu.addAction("Zoom to &Fit Project", fit)
    menu.addSeparator()
    action = menu.addAction("Show &Critical Path", lambda: set_critical(not critical))
    action.setCheckable(True)
    action.setChecked(critical)
    return menu
