"""Shared by the window benchmarks: a generated project file and the real main window, offscreen.

"Painted" means both the task table's and the chart's viewports have handled a
paint event since the mark: what a user sees as the window being drawn.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project, write_plandb

SIZE = (1366, 768)


def application() -> QApplication:
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("PlannerBench")
    app.setApplicationName("PlannerBench")
    return app


def project_file(folder: Path, tasks: int) -> Path:
    path = folder / f"bench-{tasks}.plandb"
    write_plandb(generate_project(tasks), path)
    return path


class PaintWatch(QObject):
    """Notes which watched widgets have had a Paint event since the last reset."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.painted: dict[int, bool] = {}
        self.widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted[id(watched)] = True
        return False

    def reset(self) -> None:
        self.painted.clear()

    def wait(self, app: QApplication, limit: float = 30.0) -> float:
        """Process events until every widget has painted; the time that happened (perf_counter)."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            app.processEvents()
            if all(self.painted.get(id(w)) for w in self.widgets):
                return time.perf_counter()
        raise TimeoutError("the window was not painted")


def gantt_page(window):
    """The open project's Gantt page (the table and the chart), found through its tab plugin."""
    return window.page("gantt")


def gantt_plugin(window):
    """The Gantt tab's plugin: its task actions (Insert, Indent, ...) are the window's own."""
    return next(plugin for plugin in window.plugins if plugin.key == "gantt")


def viewports(window) -> list[QWidget]:
    gantt = gantt_page(window)
    return [gantt.table.viewport(), gantt.chart.viewport()]


def open_window(app: QApplication, path: Path):
    """A main window of the benchmarks' size showing `path` once table and chart have painted,
    with the PaintWatch that saw it (reset it, act, then wait for the next paint)."""
    from planner.ui.shell.main_window import MainWindow
    from planner.ui.shell.settings import Settings

    window = MainWindow(Settings.scratch())
    window.resize(*SIZE)
    window.show()
    window.open_path(path)
    watch = PaintWatch(viewports(window))
    watch.wait(app)
    return window, watch
