"""The Gantt chart beside a task tree: same rows, same model, one time<->pixel mapping.

The chart owns no rows. It asks the tree which rows are in view and where (rows.py),
so expanding, collapsing, filtering, sorting and scrolling the tree move the chart
with it, and it repaints whenever the tree scrolls or its model or selection
changes. Only the rows and dates in view are read and painted, so 100,000 tasks
scroll like 100 (DESIGN.md, GUI). Edits made with the mouse go through
`Session.run` like every other edit (interaction.py).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractProxyModel, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QTreeView, QWidget

from planner.core.edits.changes import Changes
from planner.ui.gantt.chart.baseline_bars import TRACKING_SIZES, BaselineBars
from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.frame import Frame, build_frame
from planner.ui.gantt.chart.gate_marks import GateMarks, paint_gate_marks
from planner.ui.gantt.chart.geometry import Sizes
from planner.ui.gantt.chart.header import TimescaleHeader
from planner.ui.gantt.chart.interaction import Interaction
from planner.ui.gantt.chart.paint import paint_chart
from planner.ui.gantt.chart.rows import ShownRows, visible_rows
from planner.ui.gantt.chart.scene import date_marks, make_scene
from planner.ui.gantt.chart.source import ChartSource
from planner.ui.gantt.chart.timescale import TimeScale, clamp_zoom, zoom_step
from planner.ui.gantt.chart.tooltip import tooltip_html
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table.gate_indicator import gate_tip
from planner.ui.session import Session
from planner.ui.workload.bar_flag import overallocation_html

DEFAULT_ZOOM = 30.0  # px per day: weeks over days
WHEEL_ZOOM = 1.25  # zoom factor per wheel notch


class GanttView(QAbstractScrollArea):
    """The chart for `tree`'s rows; `session` supplies dates and takes the edits made by mouse."""

    taskActivated = Signal(int)  # double-click on a bar, or "Task Information…"
    checklistRequested = Signal(int)  # double-click on a gate's warning: its (first) checklist's ID
    message = Signal(str)  # for the status bar: what a drag does or did, or why an edit was refused
    zoomChanged = Signal(float)

    def __init__(self, tree: QTreeView, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.session = session
        self.source = ChartSource(session)
        self.sizes = Sizes()
        self.show_critical = True
        self.baselines = BaselineBars(session)
        self.show_baselines = False  # View > Tracking Gantt
        self.gates = GateMarks(session)  # a warning beside a gate whose checklist is not cleared
        self.today = datetime.now  # a callable, so tests can pin "today"
        self.frame = Frame()
        self.paint_ms = self.paint_cpu_ms = 0.0
        self._colors = ChartColors.from_palette(self.palette())
        self._scale = TimeScale(session.project.start - timedelta(days=3), DEFAULT_ZOOM)
        self._range_start = self._scale.origin
        self._model = None
        # which link ends the tree shows at all
        self._shown = ShownRows(tree, self._index_of, lambda t: session.schedule.outline.parent.get(t))
        self._selection = None
        self._syncing = False
        self._header = TimescaleHeader(lambda: self._scale, lambda: self._colors, self)
        self._header.on_wheel = self.wheelEvent
        self.interaction = Interaction(self)
        self._setup_widget()
        self._connect()
        self._update_range()

    # -- wiring -------------------------------------------------------------
    def _setup_widget(self) -> None:
        self.setFont(self.tree.font())
        self._scale.char_px = QFontMetricsF(self.font()).averageCharWidth()
        self._header.setFont(self.tree.header().font())
        self.setFrameShape(self.tree.frameShape())
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        header = self.tree.header()
        if not header.isHidden():
            header.setMinimumHeight(max(header.minimumHeight(), self._header.needed_height()))
        self._sync_header()

    def _connect(self) -> None:
        tree = self.tree
        tree.verticalScrollBar().valueChanged.connect(self.viewport().update)
        for signal in (tree.expanded, tree.collapsed):
            signal.connect(self._shown.forget)
            signal.connect(self.viewport().update)
        tree.viewport().installEventFilter(self)
        tree.header().geometriesChanged.connect(self._sync_header)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.session.changed.connect(self._session_changed)
        self._follow_model()

    def _follow_model(self) -> None:
        """(Re)connect to the tree's model and selection model; the tree may have been given new ones."""
        model, selection = self.tree.model(), self.tree.selectionModel()
        if model is not self._model:
            self._model = model
            if model is not None:
                for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                               model.modelReset, model.layoutChanged):  # fmt: skip
                    signal.connect(self.viewport().update)
                for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset,
                               model.layoutChanged):  # fmt: skip
                    signal.connect(self._shown.forget)
            self._shown.forget()
        if selection is not self._selection:
            self._selection = selection
            if selection is not None:
                selection.selectionChanged.connect(self.viewport().update)
                selection.currentChanged.connect(self.viewport().update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._sync_header()
            self.viewport().update()
        return False

    def _session_changed(self, changes: Changes) -> None:
        self.source.changed(changes)
        self.baselines.changed(changes)
        self.gates.changed(changes)
        self._update_range()
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._colors = ChartColors.from_palette(self.palette())
            self.viewport().update()
            self._header.update()
        super().changeEvent(event)

    # -- keeping rows aligned with the tree ---------------------------------
    def _sync_header(self) -> None:
        """Make the chart's viewport start at the same height as the tree's, header included."""
        top = self._tree_viewport_top() - self.frameWidth()
        top = max(0, top)
        if self.viewportMargins().top() != top:
            self.setViewportMargins(0, top, 0, 0)
        frame = self.frameWidth()
        self._header.setGeometry(frame, frame, self.viewport().width(), top)
        self._header.setVisible(top > 0)

    def _tree_viewport_top(self) -> int:
        """The tree viewport's top, in the tree's own coordinates or, side by side in one window, in ours."""
        tree_top = self.tree.viewport().geometry().top()
        if self.tree.window() is self.window() and self.isVisible() and self.tree.isVisible():
            return (
                self.tree.viewport().mapTo(self.window(), QPoint(0, 0)).y()
                - self.mapTo(self.window(), QPoint(0, 0)).y()
            )
        return tree_top

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_header()
        self._update_range()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._sync_header()

    # -- the time axis --------------------------------------------------------
    @property
    def scale(self) -> TimeScale:
        return self._scale

    @property
    def colors(self) -> ChartColors:
        return self._colors

    @property
    def zoom(self) -> float:
        """Pixels per day; persist it and set it back to restore the zoom."""
        return self._scale.px_per_day

    @zoom.setter
    def zoom(self, px_per_day: float) -> None:
        self._zoom_around(self.viewport().width() / 2, px_per_day)

    def zoom_in(self) -> None:
        self._zoom_around(self.viewport().width() / 2, zoom_step(self.zoom, +1))

    def zoom_out(self) -> None:
        self._zoom_around(self.viewport().width() / 2, zoom_step(self.zoom, -1))

    def zoom_to_fit(self) -> None:
        """Show the whole project, from its start to its finish, with a little room either side."""
        start, finish = self.source.project_span()
        days = max(1.0, (finish - start).total_seconds() / 86400)
        margin = 24
        width = max(50, self.viewport().width() - 2 * margin - 120)  # room for the last task's label
        self._scale.px_per_day = clamp_zoom(width / days)
        self._set_origin(start - timedelta(days=margin / self._scale.px_per_day))
        self.zoomChanged.emit(self.zoom)

    def _zoom_around(self, x: float, px_per_day: float) -> None:
        if clamp_zoom(px_per_day) == self.zoom:
            return
        anchor, at = self._anchor(x)
        self._scale.px_per_day = clamp_zoom(px_per_day)
        self._set_origin(anchor - timedelta(days=at / self._scale.px_per_day))
        self.zoomChanged.emit(self.zoom)

    def _anchor(self, x: float) -> tuple[datetime, float]:
        """The date a zoom keeps in place, and its viewport x: the date under x, but never outside the
        project, so zooming out fully and back in (or in with the mouse beside the project) keeps it in view."""
        start, finish = self.source.project_span()
        moment = min(max(self._scale.datetime_at(x), start), finish)
        at = min(max(self._scale.x_of(moment), 0.0), float(self.viewport().width()))
        return moment, at

    def scroll_to_date(self, moment: datetime, x: float = 40.0) -> None:
        """Put `moment` at viewport x."""
        self._set_origin(moment - timedelta(days=x / self._scale.px_per_day))

    def scroll_to_task(self, task_id: int) -> None:
        """Bring the task's row into the tree's view and its bar's start near the left edge."""
        dates = self.source.dates(task_id)
        if dates is None:
            return
        self.scroll_to_date(dates.start)
        index = self._index_of(task_id)
        if index is not None:
            self.tree.scrollTo(index)

    def _index_of(self, task_id: int) -> QModelIndex | None:
        """The tree's index of a task: through the model's `index_of` (mapped through a proxy) if it has one."""
        current = self.tree.currentIndex()
        if current.isValid() and current.siblingAtColumn(0).data(TaskIdRole) == task_id:
            return current
        model = self.tree.model()
        if model is None:
            return None
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None
        finder = getattr(source or model, "index_of", None)
        if finder is not None:
            index = finder(task_id)
            index = model.mapFromSource(index) if source is not None else index
            return index if index.isValid() else None
        if model.rowCount() == 0:
            return None
        flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        found = model.match(model.index(0, 0), TaskIdRole, task_id, 1, flags)
        return found[0] if found else None

    def set_show_baselines(self, show: bool) -> None:
        """Tracking Gantt: the baseline bar under each task's bar, which gets thinner to make room."""
        self.show_baselines = bool(show)
        self.sizes = TRACKING_SIZES if show else Sizes()
        self.viewport().update()

    def set_show_critical(self, show: bool) -> None:
        self.show_critical = bool(show)
        self.viewport().update()

    def _update_range(self) -> None:
        """The scrollable span: the project with room either side, and wherever the view is now."""
        start, finish = self.source.project_span()
        view_days = self.viewport().width() / self._scale.px_per_day
        pad = timedelta(days=max(14.0, view_days / 2))
        self._range_start = min(start - pad, self._scale.origin)
        end = max(finish + pad, self._scale.origin + timedelta(days=view_days))
        total = self._scale.x_of(end) - self._scale.x_of(self._range_start)
        bar = self.horizontalScrollBar()
        self._syncing = True
        bar.setRange(0, max(0, round(total - self.viewport().width())))
        bar.setPageStep(max(1, self.viewport().width()))
        bar.setSingleStep(max(1, round(self._scale.width_of(1))))
        bar.setValue(round(self._scale.x_of(self._scale.origin) - self._scale.x_of(self._range_start)))
        self._syncing = False

    def _set_origin(self, origin: datetime) -> None:
        self._scale.origin = origin
        self._update_range()
        self.viewport().update()
        self._header.update()

    def _scrolled(self, value: int) -> None:
        if self._syncing:
            return
        self._scale.origin = self._range_start + timedelta(days=value / self._scale.px_per_day)
        self.viewport().update()
        self._header.update()

    # -- painting -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        began, cpu = time.perf_counter(), time.thread_time()
        self._follow_model()
        width, height = self.viewport().width(), self.viewport().height()
        rows = visible_rows(self.tree, height)
        self.frame = build_frame(rows, self.source, self._scale, height, self.show_critical, self.sizes, self._shown)
        self.gates.make_room(self.frame)
        p = QPainter(self.viewport())
        p.setFont(self.font())
        scene = make_scene(self.tree, self.source, self._scale, self.frame, self._colors, (width, height), self.today)
        if self.show_baselines:
            scene.baselines = self.baselines.rects(rows, self._scale)
        paint_chart(p, scene)
        paint_gate_marks(p, self.gates.marks(self.frame), self.palette())
        self.interaction.paint(p)
        p.end()
        self._header.marks = date_marks(self.source, self.today)
        # what the last paint cost, wall clock and this thread's CPU (read by the scrolling benchmark)
        self.paint_ms = (time.perf_counter() - began) * 1000
        self.paint_cpu_ms = (time.thread_time() - cpu) * 1000

    # -- wheel, tooltips, keys ------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the mouse, Shift+wheel scrolls in time, the plain wheel scrolls the tree."""
        modifiers = event.modifiers()
        delta = event.angleDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            notches = delta.y() / 120
            if notches:
                x = event.position().x()
                self._zoom_around(x, self.zoom * WHEEL_ZOOM**notches)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier or delta.x():
            bar = self.horizontalScrollBar()
            steps = (delta.y() or delta.x()) / 120
            bar.setValue(bar.value() - round(steps * 3 * max(bar.singleStep(), 20)))
        else:
            forwarded = QWheelEvent(
                event.position(), event.globalPosition(), event.pixelDelta(), delta, event.buttons(),
                Qt.KeyboardModifier.NoModifier, event.phase(), event.inverted(),
            )  # fmt: skip
            QApplication.sendEvent(self.tree.viewport(), forwarded)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._tooltip(event)
            return True
        return super().viewportEvent(event)

    def _tooltip(self, event) -> None:
        position = event.position() if hasattr(event, "position") else event.pos()
        gate = self.gates.mark_at(self.frame, position.x(), position.y())
        if gate is not None:
            QToolTip.showText(event.globalPos(), gate_tip(list(gate.warnings)), self.viewport())
            return
        shape = self.frame.shape_at(position.x(), position.y())
        if shape is None:
            QToolTip.hideText()
            return
        dates = self.source.dates(shape.task_id)
        html = tooltip_html(self.source.project, self.source.schedule, dates) + overallocation_html(
            self.tree, shape.task_id
        )
        QToolTip.showText(event.globalPos(), html, self.viewport())

    def mousePressEvent(self, event) -> None:
        self.interaction.press(event)

    def mouseMoveEvent(self, event) -> None:
        self.interaction.move(event)

    def mouseReleaseEvent(self, event) -> None:
        self.interaction.release(event)

    def mouseDoubleClickEvent(self, event) -> None:
        position = event.position()
        gate = self.gates.mark_at(self.frame, position.x(), position.y())
        if gate is not None:
            self.checklistRequested.emit(gate.warnings[0].checklist_id)
            return
        self.interaction.double_click(event)

    def contextMenuEvent(self, event) -> None:
        self.interaction.context_menu(event)

    def keyPressEvent(self, event) -> None:
        if not self.interaction.key(event):
            super().keyPressEvent(event)
