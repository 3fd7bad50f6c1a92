"""`planner --smoke`: prove that this installation works, end to end, in a few seconds.

It is what CI runs against the PyInstaller bundle and the installed .deb, so it
touches everything a broken bundle would miss: the demo project read from
planner.resources, the SQLite file, Qt's platform plugin, the main window painted
on the demo, the schedule, the `planner schedule --json` report written and read
back, the app icon, the bundled libraries' licences (About), and the lazily
imported heavy libraries (matplotlib on a Qt canvas, openpyxl).

Without a display it runs offscreen. It writes only to a temporary folder (the
user's settings and recent files are left alone), prints one line per step, and
returns 0; the first failing step returns 1 with the reason on stderr.

The time to the first paint of the main window is printed as
`first paint: X.XXX s after launch`, counted from PLANNER_STARTED_AT (a time.time()
value set by whoever launched the process, e.g. benchmarks/bench_startup.py) or
else from the start of this process as the operating system reports it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEAVY_MODULES = ("matplotlib", "openpyxl", "numpy")
STARTED_AT_ENV = "PLANNER_STARTED_AT"


class SmokeFailure(Exception):
    """A check that did not hold; its message is the reason printed on stderr."""


def _process_started_at() -> float:
    """When this process started (time.time() scale): the launcher's stamp, /proc, or now."""
    stamp = os.environ.get(STARTED_AT_ENV)
    if stamp:
        try:
            return float(stamp)
        except ValueError:
            pass
    try:  # Linux: field 22 of /proc/self/stat is the start time in clock ticks after boot
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time()


def _use_offscreen_without_display() -> None:
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SmokeFailure(reason)


class _FirstPaint:
    """Notes the moment the watched widget is first painted, and which heavy modules were loaded by then."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        watcher = self

        class Filter(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and watcher.at is None:
                    watcher.at = time.time()
                    watcher.heavy = [name for name in HEAVY_MODULES if name in sys.modules]
                return False

        self.at: float | None = None
        self.heavy: list[str] = []
        self.filter = Filter()


class Smoke:
    def __init__(self, folder: Path, started_at: float, out=None) -> None:
        self.folder = folder
        self.started_at = started_at
        self.out = out or sys.stdout
        self.app: Any = None
        self.window: Any = None
        self.project_tasks = 0
        self.first_paint: float | None = None
        self.heavy_at_paint: list[str] = []

    def step(self, name: str, action: Callable[[], str | None]) -> None:
        began = time.perf_counter()
        try:
            detail = action()
        except SmokeFailure as failure:
            raise SmokeFailure(f"{name}: {failure}") from failure
        except Exception as error:
            raise SmokeFailure(f"{name}: {type(error).__name__}: {error}") from error
        note = f" ({detail})" if detail else ""
        print(f"smoke: {name}: ok{note} [{time.perf_counter() - began:.2f} s]", file=self.out, flush=True)

    # -- the steps ------------------------------------------------------------------
    def start_qt(self) -> str:
        _use_offscreen_without_display()
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        _check(self.app.platformName() != "", "no Qt platform plugin was loaded")
        return f"Qt platform '{self.app.platformName()}'"

    def open_demo_window(self) -> str:
        from PySide6.QtCore import QSettings

        from planner.exchange.demo import demo_project
        from planner.store.document import Document
        from planner.ui.shell.icons import app_icon
        from planner.ui.shell.main_window import MainWindow
        from planner.ui.shell.settings import Settings

        project = demo_project()  # resources/demo/portal.toml through importlib.resources
        self.project_tasks = len(project.tasks)
        _check(self.project_tasks > 0, "the demo project has no tasks")
        document = Document.create(self.folder / "smoke.plandb", project)
        settings = Settings(QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat))
        self.window = MainWindow(settings)
        self.window.setWindowIcon(app_icon())
        paint = _FirstPaint()
        self.window.installEventFilter(paint.filter)
        self.window.open_document(document)
        self.window.show()
        deadline = time.monotonic() + 20
        while paint.at is None and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.005)
        self.window.removeEventFilter(paint.filter)
        _check(paint.at is not None, "the main window was not painted within 20 s")
        self.first_paint, self.heavy_at_paint = paint.at - self.started_at, paint.heavy
        image = self.window.grab().toImage()
        _check(not image.isNull() and image.width() > 100, "the main window could not be rendered")
        _check(self.window.session is not None, "the window did not open the demo project")
        return f"{self.project_tasks} tasks, {image.width()}x{image.height()}"

    def check_gantt(self) -> str:
        gantt = self.window.page("gantt")
        _check(gantt is not None, "the window has no Gantt tab")
        rows = gantt.table.proxy.rowCount() - 1  # not the blank entry row below the last task
        _check(rows > 0, "the task table is empty")
        _check(gantt.chart.isVisible(), "the Gantt chart is not shown")
        return f"{rows} top-level rows and the chart"

    def check_schedule(self) -> str:
        from planner.core.schedule.engine import schedule

        session = self.window.session
        fresh = schedule(session.project)
        _check(session.schedule.project_finish is not None, "the schedule has no finish date")
        _check(fresh.project_finish == session.schedule.project_finish, "rescheduling gives another finish date")
        critical = sum(1 for task_id in session.project.tasks if fresh.dates(task_id).critical)
        _check(critical > 0, "the demo project has no critical path")
        return f"finish {session.schedule.project_finish:%Y-%m-%d %H:%M}, {critical} critical tasks"

    def export_schedule(self) -> str:
        from planner.exchange.schedule_report import schedule_json

        session = self.window.session
        target = self.folder / "schedule.json"
        target.write_text(schedule_json(session.schedule), encoding="utf-8")
        report = json.loads(target.read_text(encoding="utf-8"))
        _check(len(report["tasks"]) == len(session.project.tasks), "the report lost tasks")
        finish = session.schedule.project_finish.strftime("%Y-%m-%dT%H:%M")
        _check(report["project"]["finish"] == finish, "the report's finish differs from the schedule's")
        return f"{target.stat().st_size:,} bytes read back"

    def check_about(self) -> str:
        from planner.ui.shell.about import AboutDialog
        from planner.ui.shell.icons import app_icon

        icon = app_icon()
        _check(not icon.isNull() and len(icon.availableSizes()) >= 4, "the app icon did not load")
        dialog = AboutDialog(self.window)
        names = {dialog.libraries.topLevelItem(i).text(0).lower() for i in range(dialog.libraries.topLevelItemCount())}
        wanted = {"pyside6_essentials", "matplotlib", "openpyxl", "sqlite-utils", "holidays", "numpy"}
        missing = {name for name in wanted if name.replace("_", "-") not in {n.replace("_", "-") for n in names}}
        _check(not missing, f"the About dialog lacks the licences of {', '.join(sorted(missing))}")
        _check("0.0.0" not in dialog.title.text(), "Planner's version is unknown (no package metadata)")
        dialog.deleteLater()
        return f"{len(names)} libraries listed"

    def check_heavy_libraries(self) -> str:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
        from openpyxl import Workbook, load_workbook

        figure = Figure(figsize=(3, 2), dpi=72)
        axes = figure.add_subplot()
        axes.barh(["Design", "Build", "Test"], [3, 5, 2], left=[0, 3, 8])
        axes.set_title("Smoke")
        canvas = FigureCanvasQTAgg(figure)
        canvas.draw()
        png = self.folder / "chart.png"
        figure.savefig(png)
        _check(png.stat().st_size > 1000, "matplotlib wrote an empty PNG")
        canvas.deleteLater()

        book = Workbook()
        book.active.append(["Task", "Days"])
        book.active.append(["Build", 5])
        sheet_path = self.folder / "smoke.xlsx"
        book.save(sheet_path)
        _check(load_workbook(sheet_path).active["B2"].value == 5, "openpyxl did not read back what it wrote")
        return "matplotlib QtAgg chart and openpyxl workbook"

    def close(self) -> str:
        from planner.store.projectfile import ProjectFile

        self.window.close()
        self.app.processEvents()
        _check(self.window.session is None, "closing the window left the project open")
        with ProjectFile.open(self.folder / "smoke.plandb", writable=False) as file:
            tasks = len(file.load().tasks)
        _check(tasks == self.project_tasks, "the project file lost tasks")
        self.window.deleteLater()
        self.window = None
        return "project file intact"

    def run(self) -> None:
        self.step("start Qt", self.start_qt)
        self.step("open the demo project in the main window", self.open_demo_window)
        print(f"first paint: {self.first_paint:.3f} s after launch", file=self.out, flush=True)
        heavy = ", ".join(self.heavy_at_paint) or "none"
        print(f"heavy modules loaded before the first paint: {heavy}", file=self.out, flush=True)
        self.step("Gantt tab", self.check_gantt)
        self.step("schedule", self.check_schedule)
        self.step("export planner schedule --json", self.export_schedule)
        self.step("icon and About (bundled licences)", self.check_about)
        self.step("matplotlib and openpyxl", self.check_heavy_libraries)
        self.step("close", self.close)


def run_smoke() -> int:
    """Run the smoke test; 0 when every step passed, 1 (reason on stderr) at the first that failed."""
    started_at = _process_started_at()
    with tempfile.TemporaryDirectory(prefix="planner-smoke-") as folder:
        smoke = Smoke(Path(folder), started_at)
        try:
            smoke.run()
        except SmokeFailure as failure:
            print(f"planner --smoke: FAILED: {failure}", file=sys.stderr)
            cause = failure.__cause__
            if cause is not None and not isinstance(cause, SmokeFailure):
                traceback.print_exception(cause, file=sys.stderr)
            return 1
        finally:
            if smoke.window is not None:
                smoke.window.close()
                smoke.window.deleteLater()
    print("planner --smoke: all checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run_smoke())
