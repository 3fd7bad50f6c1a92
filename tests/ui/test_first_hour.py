"""What a new user met in the first hour with the demo project, driven on the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest as QTestKeys
from PySide6.QtWidgets import QApplication, QToolTip

from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile

from .helpers import cell_text

INITIATION = 1  # the demo's first phase: every subtask 100% complete


@pytest.fixture
def demo_window(qtbot, tmp_path: Path):
    from planner.ui.shell.main_window import MainWindow

    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def _tooltip_of_bar(view, task_id: int) -> str:
    view.viewport().repaint()
    rect = view.frame.shapes[task_id].rect
    pos = QPoint(round(rect.x + min(rect.w / 2, 20)), round(rect.center_y))
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_a_complete_summary_is_shown_complete_not_critical(demo_window):
    view = demo_window.page("gantt").chart
    view.viewport().repaint()
    assert not view.frame.shapes[INITIATION].critical  # a blue summary bar, not red
    tip = _tooltip_of_bar(view, INITIATION)
    assert "Complete: 100%" in tip and "Critical" not in tip
    indicators = cell_text(demo_window, INITIATION, "indicators")
    assert indicators is None or "critical" not in indicators.lower()
    demo_window.page("gantt").grab().save("/tmp/fh_complete_summary.png")


def test_the_percent_column_shows_a_summarys_progress_rolled_up(demo_window):
    assert cell_text(demo_window, INITIATION, "percent") == "100%"
    requirements = 7  # partly done
    assert cell_text(demo_window, requirements, "percent") not in ("0%", "100%")


def _note(window):
    return window.page("gantt").table.refusal_note


@pytest.mark.parametrize(
    ("task_id", "key", "text", "said"),
    [
        (4, "duration", "abc", "not understood"),
        (2, "predecessors", "5", "loop"),
        (4, "predecessors", "99", "99"),
        (4, "start", "someday", "someday"),
    ],
)
def test_a_refused_cell_edit_is_said_beside_the_cell(qtbot, window, task_id, key, text, said):
    from planner.ui.gantt.table.columns import column_index

    from .helpers import type_into

    type_into(qtbot, window, task_id, key, text)
    qtbot.wait(50)  # the editor has closed and the focus is back on the table
    note = _note(window)
    assert note.isVisible()
    assert said in note.text().lower()
    assert said in window.statusBar().currentMessage().lower()
    table = window.page("gantt").table
    cell = table.visualRect(table.proxy_index(task_id, column_index(key)))
    assert abs(note.y() - cell.bottom()) < 8 or abs(note.geometry().bottom() - cell.top()) < 8
    window.grab().save(f"/tmp/fh_refusal_{key}.png")


def test_the_note_goes_away_when_the_user_clicks(qtbot, window):
    from PySide6.QtCore import Qt

    from .helpers import type_into

    type_into(qtbot, window, 4, "duration", "abc")
    assert _note(window).isVisible()
    qtbot.mouseClick(window.page("gantt").table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not _note(window).isVisible()


def test_the_first_window_fits_the_screen_with_its_frame(qtbot):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    available = main.screen().availableGeometry()
    assert available.contains(main.frameGeometry())
    status = main.statusBar()
    bottom = status.mapToGlobal(status.rect().bottomLeft()).y()
    assert bottom <= available.bottom()


def test_the_fit_leaves_room_for_a_title_bar_on_a_laptop_screen():
    from PySide6.QtCore import QMargins, QRect

    from planner.ui.shell.window_fit import fitted

    screen = QRect(0, 0, 1366, 768)
    client = fitted(screen, QMargins(1, 20, 1, 1))
    assert client.height() == 768 - 21 and client.width() == 1364
    assert client.top() == 20 and client.left() == 1


def test_a_resize_across_a_weekend_previews_where_the_task_will_finish(qtbot, window):
    """Spec (Mon-Tue) dragged to Sunday: the preview says Friday 17:00, and Friday is where it lands."""
    from datetime import datetime

    view = window.page("gantt").chart
    view.viewport().repaint()
    rect = view.frame.shapes[2].rect
    start = QPoint(round(rect.right) - 1, round(rect.center_y))
    end = QPoint(round(view.scale.x_of(datetime(2027, 1, 10, 0, 0))), start.y())  # Sunday 00:00
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + (end - start) * step / 4)
    preview = view.interaction.preview
    assert preview is not None and "finish Fri 2027-01-08 17:00" in preview.text
    ghost_right = preview.ghost.rect.right
    window.grab().save("/tmp/fh_resize_preview.png")
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.session.schedule.dates(2).finish == datetime(2027, 1, 8, 17, 0)
    view.viewport().repaint()
    assert view.frame.shapes[2].rect.right == pytest.approx(ghost_right, abs=2)


@pytest.fixture
def new_dialogs(monkeypatch):
    """The New Project dialogs File > New opens, typed into by `fill` instead of run modally."""
    from planner.ui.dialogs.new_project import NewProjectDialog

    seen: list[NewProjectDialog] = []
    typed: list[str] = []

    def fill(dialog: NewProjectDialog) -> int:
        seen.append(dialog)
        dialog.start.line.selectAll()
        dialog.start.line.del_()
        QTestKeys.keyClicks(dialog.start.line, typed.pop(0))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewProjectDialog, "exec", fill)
    return seen, typed


@pytest.mark.parametrize(
    ("typed", "day"),
    [("2027-03-01", "2027-03-01"), ("Mon 2027-03-01", "2027-03-01"), ("3/15/27", "2027-03-15")],
)
def test_typing_a_start_date_in_the_new_project_dialog(qtbot, tmp_path, monkeypatch, new_dialogs, typed, day):
    from planner.ui.shell import file_dialogs
    from planner.ui.shell.main_window import MainWindow

    from .helpers import reload

    seen, queue = new_dialogs
    assert not seen
    queue.append(typed)
    target = tmp_path / "new.plandb"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    main = MainWindow()
    qtbot.addWidget(main)
    main.file_actions.new.trigger()
    assert len(seen) == 1 and main.session is not None
    main.close_project()
    assert f"{reload(target).start:%Y-%m-%d}" == day


def test_a_start_date_not_understood_keeps_the_dialog_open_with_the_reason(qtbot, new_dialogs):
    from planner.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.line.clear()
    qtbot.keyClicks(dialog.start.line, "Fri 2027-03-01")
    dialog.accept()
    assert dialog.result() != NewProjectDialog.DialogCode.Accepted and dialog.isVisible()
    assert "March 1, 2027 is a Monday, not a Friday" in dialog.problem.text()
    assert dialog.problem.isVisible()
    dialog.grab().save("/tmp/fh_new_project.png")


def test_countries_without_public_holidays_are_not_offered(qtbot):
    from planner.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    offered = {dialog.country.itemData(i) for i in range(dialog.country.count())}
    assert "DE" in offered and "US" in offered
    assert "BV" not in offered and "HM" not in offered  # Bouvet Island, Heard Island: no one lives there


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("1/18/27", "Mon 2027-01-18"), ("Mon 1/18/27 8:00 AM", "Mon 2027-01-18"), ("Mon 2027-01-18", "Mon 2027-01-18")],
)
def test_the_table_takes_ms_projects_us_dates(qtbot, window, typed, shown):
    from .helpers import type_into

    type_into(qtbot, window, 4, "start", typed)
    assert cell_text(window, 4, "start") == shown
    assert not window.page("gantt").table.refusal_note.isVisible()


def _line_pixels_in_labels(view) -> tuple[int, int]:
    """How many labels an arrow runs through, and how many pixels of arrow colour show inside them."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFontMetricsF

    from planner.ui.gantt.chart.paint import crosses, label_box, segments_by_row
    from planner.ui.gantt.chart.scene import labels

    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    frame, metrics = view.frame, QFontMetricsF(view.font())
    segments = segments_by_row(frame)
    line_colours = {QColor(view.colors.arrow).rgb(), QColor(view.colors.critical).rgb()}
    crossed = pixels = 0
    for task_id, text in labels(view.source, frame).items():
        shape = frame.shapes[task_id]
        row = shape.row
        baseline = round(row.top + (row.height + metrics.ascent() - metrics.descent()) / 2)
        box = label_box(QPointF(round(shape.label_x), baseline), text, metrics)
        if not crosses(box, segments.get(row.top, ())):
            continue
        crossed += 1
        for x in range(int(box.left()) + 1, min(int(box.right()), image.width())):
            for y in range(int(box.top()) + 1, min(int(box.bottom()), image.height())):
                pixels += image.pixel(x, y) in line_colours
    return crossed, pixels


def test_link_lines_do_not_strike_through_bar_labels(demo_window):
    crossed, pixels = _line_pixels_in_labels(demo_window.page("gantt").chart)
    assert crossed >= 1  # the demo's first phase has lines running past its labels
    assert pixels <= 3 * crossed, f"{pixels} line pixels show through {crossed} labels"
    demo_window.page("gantt").chart.viewport().grab().save("/tmp/fh_labels.png")


def test_links_to_tasks_a_filter_hides_are_not_drawn_to_the_chart_edge(qtbot, window):
    from planner.ui.gantt.table.task_proxy import TaskFilter

    view = window.page("gantt").chart
    window.page("gantt").proxy.set_filter(
        TaskFilter.ALL, "Spec"
    )  # shows Design > Spec; Review (its successor) is hidden
    view.viewport().repaint()
    assert set(view.frame.shapes) == {1, 2}
    assert view.frame.arrows == []  # no line from Spec down to the bottom of the chart
    window.page("gantt").proxy.set_filter(TaskFilter.ALL, "")
    view.viewport().repaint()
    assert len(view.frame.arrows) == 3


def test_zooming_out_fully_and_back_in_keeps_the_project_in_view(qtbot, demo_window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    view = demo_window.page("gantt").chart
    viewport = view.viewport()

    def wheel(x: float, notches: int) -> None:
        pos = QPointF(x, 40)
        event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(viewport, event)

    for _ in range(15):
        wheel(viewport.width() - 5, -1)  # out, the mouse at the right edge
    for _ in range(15):
        wheel(5, +1)  # back in, the mouse now at the left edge, beside the project
    view.viewport().repaint()
    start, finish = view.source.project_span()
    shown_from, shown_to = view.scale.datetime_at(0), view.scale.datetime_at(viewport.width())
    assert shown_from < finish and shown_to > start, (shown_from, shown_to)
    assert view.frame.shapes  # bars on screen


def test_ctrl_equals_zooms_in_like_ctrl_plus(qtbot, window):
    view = window.page("gantt").chart
    before = view.zoom
    window.page("gantt").table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > before


def test_successors_and_wbs_columns(qtbot, window):
    """Shown from the header's column menu, as a PM does; Successors follow an edit of Predecessors."""
    from PySide6.QtCore import Qt as QtKeys

    from planner.ui.gantt.table.columns import column_index

    from .helpers import type_into

    table = window.page("gantt").table
    for key in ("successors", "wbs"):
        table.header().setSectionHidden(column_index(key), False)
    assert cell_text(window, 2, "successors") == "3"
    assert cell_text(window, 5, "successors") == ""
    assert [cell_text(window, t, "wbs") for t in (1, 2, 3, 4, 5)] == ["1", "1.1", "1.2", "2", "3"]
    type_into(qtbot, window, 4, "predecessors", "3;2FS+1d")
    assert cell_text(window, 2, "successors") == "3;4FS+1d"
    index = table.proxy_index(2, column_index("successors"))
    assert not index.flags() & QtKeys.ItemFlag.ItemIsEditable  # typed in the successor's Predecessors
    window.grab().save("/tmp/fh_columns.png")
