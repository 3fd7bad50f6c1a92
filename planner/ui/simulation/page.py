"""The Simulation page: how sure are we of the date and the cost?

Runs and seed, then Run (through the job runner: progress and Cancel in the status bar,
the window stays usable); the P50/P80/P90 finish and cost with the chance of the planned
ones; the charts (planner.charts.simulation_charts on FigureCanvasQTAgg, drawn when first shown); the criticality
and sensitivity of each task and the chance of each milestone. It shows the last result
kept in the file, with the date it was run, so a reopen finds it, and follows undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.edits.changes import Changes
from planner.core.risk.simulation_results import Figures, figures, last_simulation
from planner.core.schedule.compiled import compile_calendars
from planner.ui.jobs.runner import JobRunner
from planner.ui.session import Session
from planner.ui.simulation.result_tables import MILESTONE_HEADERS, TASK_HEADERS, ResultTable, milestone_rows, task_rows
from planner.ui.simulation.simulation_job import start_simulation

FIGURE_KEYS = (("P50", "p50"), ("P80", "p80"), ("P90", "p90"))
CHARTS = ("Finish", "Cost", "Sensitivity", "Finish vs cost")


class SimulationPage(QWidget):
    def __init__(self, session: Session, runner: JobRunner, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner, self.report = session, runner, report
        self.runs = QSpinBox(minimum=100, maximum=100_000, singleStep=500, value=1000, suffix=" runs")
        self.runs.setToolTip("How many times the project is scheduled; 1,000 gives P80 within a few days")
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=1)
        self.seed.setToolTip("The same seed gives the same runs: change it to see how much the figures move")
        self.run_button = QPushButton("&Run simulation")
        self.run_button.clicked.connect(self.run)
        self.when = QLabel()
        self.when.setWordWrap(True)  # "No simulation yet ..." must not set the window's minimum width
        self.when.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figure_labels: dict[str, QLabel] = {}
        self._pending: Figures | None = None  # figures whose charts wait for the page to be shown
        self._draw_timer = QTimer(self, singleShot=True, interval=0)
        self._draw_timer.timeout.connect(self._draw_pending)
        self.charts = QTabWidget()
        self.canvases: dict[str, QWidget] = {}
        self.tasks = ResultTable(TASK_HEADERS)
        self.milestones = ResultTable(MILESTONE_HEADERS)
        self._layout()
        # Slots of the page, not lambdas: Qt drops them with the page, so a job run after the
        # project is closed and another opened (the window's runner lives on) finds no dead button.
        self.runner.started.connect(self._job_started)
        self.runner.ended.connect(self._job_ended)
        session.changed.connect(self._changed)
        self.refresh()

    def _job_started(self, _name: str) -> None:
        self.run_button.setEnabled(False)

    def _job_ended(self) -> None:
        self.run_button.setEnabled(True)

    # -- layout -----------------------------------------------------------------
    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Runs:"))
        bar.addWidget(self.runs)
        bar.addWidget(QLabel("Seed:"))
        bar.addWidget(self.seed)
        bar.addWidget(self.run_button)
        bar.addSpacing(12)
        bar.addWidget(self.when, 1)
        strip = QGridLayout()
        strip.setHorizontalSpacing(18)
        for column, (title, _key) in enumerate(FIGURE_KEYS):
            strip.addWidget(self._figure_box(title), 0, column)
        strip.addWidget(self._figure_box("Planned"), 0, len(FIGURE_KEYS))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._titled("Tasks: how often critical, how much they move the finish", self.tasks))
        right.addWidget(self._titled("Milestones: chance of their deadline (or planned date)", self.milestones))
        right.setSizes([400, 200])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.charts)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([720, 480])
        self.charts.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(strip)
        layout.addWidget(body, 1)

    def _figure_box(self, title: str) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        heading = QLabel(f"<b>{title}</b>")
        value = QLabel("-")
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setMinimumHeight(2 * value.fontMetrics().lineSpacing() + 4)  # finish and cost, one line each
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(heading)
        inner.addWidget(value)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.figure_labels[title] = value
        return box

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(title))
        inner.addWidget(widget)
        return holder

    # -- running ----------------------------------------------------------------
    def run(self) -> None:
        """Start the simulation; the result arrives as an edit and `_changed` shows it."""
        if not start_simulation(self.runner, self.session, self.runs.value(), self.seed.value(), self.report):
            return
        self.when.setText("Running... (Cancel in the status bar)")

    def _changed(self, changes: Changes) -> None:
        if changes.simulations or changes.tasks or changes.structure:
            self.refresh()

    # -- showing ----------------------------------------------------------------
    def refresh(self) -> None:
        """Show the simulation kept in the file, or say how to get one."""
        project = self.session.project
        simulation = last_simulation(project)
        if simulation is None:
            self.when.setText(
                "No simulation yet. Give doubtful tasks Optimistic / Most Likely / Pessimistic durations "
                "(task table columns), link risks to tasks, then Run."
            )
            for label in self.figure_labels.values():
                label.setText("-")
            self._pending = None
            self._clear_charts()
            self.tasks.fill([], 2)
            self.milestones.fill([], 3)
            return
        found = figures(simulation, compile_calendars(project)[project.calendar_id])
        self.runs.setValue(min(simulation.runs, self.runs.maximum()))  # Run again repeats it, or changes one
        self.seed.setValue(min(simulation.seed, self.seed.maximum()))
        self.when.setText(
            f"Last run {simulation.run_at:%a %Y-%m-%d %H:%M}: {simulation.runs:,} runs, seed {simulation.seed}"
        )
        currency = project.currency
        for title, key in FIGURE_KEYS:
            self.figure_labels[title].setText(
                f"finish {found.finish[key]:%a %Y-%m-%d}\ncost {found.cost[key]:,.0f} {currency}"
            )
        self.figure_labels["Planned"].setText(
            f"finish {simulation.planned_finish:%a %Y-%m-%d}: {found.p_on_time:.0%} chance\n"
            f"cost {simulation.planned_cost:,.0f} {currency}: {found.p_within_cost:.0%} chance"
        )
        self._pending = found
        if self.isVisible():
            self._draw_pending()
        self.tasks.fill(task_rows(project, simulation), 2)
        self.milestones.fill(milestone_rows(project, simulation), 3)

    def figure_text(self, title: str) -> str:
        """The text of one figure box (P50, P80, P90, Planned), for tests and screen readers."""
        return self.figure_labels[title].text()

    def showEvent(self, event) -> None:
        """Charts are drawn once the page is really seen (a moment after it is shown, and not when it
        shows only because the window is closing its tabs): matplotlib would cost the window's start."""
        super().showEvent(event)
        self._draw_timer.start()

    def _draw_pending(self) -> None:
        if not self.isVisible() or not self.window().isVisible():
            return
        found, self._pending = self._pending, None
        if found is not None:
            self._draw(found)

    def _clear_charts(self) -> None:
        self.charts.clear()
        self.canvases = {}

    def _draw(self, found: Figures) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from planner.charts import simulation_charts as charts

        project = self.session.project
        names = {t: task.name for t, task in project.tasks.items()}
        made = {
            "Finish": charts.finish_chart(found),
            "Cost": charts.cost_chart(found, project.currency),
            "Sensitivity": charts.tornado_chart(found.simulation, names),
            "Finish vs cost": charts.scatter_chart(found, project.currency),
        }
        current = self.charts.currentIndex()
        self._clear_charts()
        for title in CHARTS:
            canvas = FigureCanvasQTAgg(made[title])
            canvas.setMinimumSize(320, 220)
            self.canvases[title] = canvas
            self.charts.addTab(canvas, title)
        self.charts.setCurrentIndex(max(0, current))
