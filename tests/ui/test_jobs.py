"""Long jobs on the real window: progress in the status bar, Cancel leaves no file, the window stays live."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from planner.ui.dialogs.import_preview import ImportPreviewDialog
from planner.ui.shell import file_actions, file_dialogs

from .helpers import reload


def big_sheet(path, count: int):
    lines = ["ID,Name,Duration,Start,Predecessors"]
    lines += [
        f"{i},Task {i},{1 + i % 5}d,{'2027-01-04' if i == 1 else ''},{i - 1 if i % 10 and i > 1 else ''}"
        for i in range(1, count + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def ticks(qtbot):
    """Timer ticks the window's event loop delivers: they only grow while it stays responsive."""
    seen: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: seen.append(time.monotonic()))
    timer.start(20)
    yield seen
    timer.stop()


def test_import_of_100000_rows_shows_progress_and_cancel_writes_nothing(
    qtbot, window, tmp_path, monkeypatch, ticks
) -> None:
    sheet = big_sheet(tmp_path / "huge.csv", 100_000)
    previews: list[ImportPreviewDialog] = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: previews.append(dialog) or 0)
    monkeypatch.setattr(file_dialogs, "ask_sheet_path", lambda *_: sheet)
    window.file_actions.import_tasks.trigger()
    status = window.job_status
    assert status.isVisible() and status.name.text() == "Reading huge.csv…"
    qtbot.waitUntil(lambda: status.bar.maximum() > 0 and status.bar.value() >= 50, timeout=30000)
    window.statusBar().grab().save(str(tmp_path.parent / "job-status.png"))
    before = len(ticks)
    qtbot.wait(200)
    assert len(ticks) > before  # the window kept processing events while the job ran
    qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=30000)
    assert not status.isVisible()
    assert window.statusBar().currentMessage() == "Reading huge.csv cancelled; nothing was written"
    assert previews == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.csv", "relaunch.plandb"]


def test_save_a_copy_cancelled_leaves_no_file(qtbot, window, tmp_path, monkeypatch) -> None:
    """The copy pauses after its first step until Cancel is pressed, so the click always lands mid-copy."""
    real_copy = file_actions.copy_project_file

    def slow_copy(source, destination, progress, cancelled):
        def step(done, total):
            progress(done, total)
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)

        real_copy(source, destination, step, cancelled)

    monkeypatch.setattr(file_actions, "copy_project_file", slow_copy)
    copy = tmp_path / "copy.plandb"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: copy)
    window.file_actions.save_copy.trigger()
    status = window.job_status
    qtbot.waitUntil(lambda: status.bar.maximum() > 0)
    assert status.name.text() == "Saving a copy as copy.plandb…"
    qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=15000)
    assert "cancelled; nothing was written" in window.statusBar().currentMessage()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relaunch.plandb"]
    assert window.session.document.path.name == "relaunch.plandb"


def test_a_failing_job_reports_one_line(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "no such folder" / "copy.plandb"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    window.file_actions.save_copy.trigger()
    qtbot.waitUntil(lambda: not window.jobs.running)
    message = window.statusBar().currentMessage()
    assert message.startswith("Saving a copy as copy.plandb: ") and "could not be written" in message
    assert "\n" not in message and "Traceback" not in message
    assert not target.parent.exists()


def test_a_second_job_waits_for_the_first(qtbot, window, tmp_path, monkeypatch) -> None:
    sheet = big_sheet(tmp_path / "plan.csv", 20_000)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: 0)
    monkeypatch.setattr(file_dialogs, "ask_sheet_path", lambda *_: sheet)
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: tmp_path / "copy.plandb")
    window.file_actions.import_tasks.trigger()
    window.file_actions.save_copy.trigger()
    assert window.statusBar().currentMessage().startswith("Reading plan.csv is still running")
    window.jobs.cancel()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=15000)
    assert not (tmp_path / "copy.plandb").exists()


def test_import_job_then_preview_then_write_job_opens_the_project(qtbot, window, tmp_path, monkeypatch) -> None:
    sheet = big_sheet(tmp_path / "plan.csv", 300)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: ImportPreviewDialog.DialogCode.Accepted)
    monkeypatch.setattr(file_dialogs, "ask_sheet_path", lambda *_: sheet)
    target = tmp_path / "plan.plandb"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    window.file_actions.import_tasks.trigger()
    qtbot.waitUntil(lambda: window.session is not None and window.session.document.path == target, timeout=15000)
    assert len(window.session.project.tasks) == 300
    window.close_project()
    assert len(reload(target).tasks) == 300


def prefix_names(snapshot, progress, cancelled):
    """A stand-in for levelling: reads the snapshot step by step, returns one edit of every task."""
    from planner.core.edits.compose import compose
    from planner.core.edits.task_edits import rename
    from planner.core.progress import check

    ids = sorted(snapshot.tasks)
    for done, _task_id in enumerate(ids, start=1):
        check(cancelled, "Prefixing")
        progress(done, len(ids))
        time.sleep(0.02)
    builders = [lambda p, t=t: rename(p, t, f"P-{p.tasks[t].name}") for t in ids]
    return compose(snapshot, "Prefix names", builders)


def test_a_project_job_comes_back_as_one_undo_step(qtbot, window) -> None:
    from planner.ui.jobs.project_job import start_project_job

    session = window.session
    assert start_project_job(window.jobs, session, "Prefixing", prefix_names, window.status)
    assert session.project.tasks[4].name == "Build"  # the worker works on its snapshot
    qtbot.waitUntil(lambda: not window.jobs.running)
    assert window.statusBar().currentMessage() == "Prefixing: done (Ctrl+Z takes it back)"
    assert [t.name for t in session.project.tasks.values()][:2] == ["P-Design", "P-Spec"]
    assert session.undo_stack.count() == 1
    qtbot.keyClick(window.page("gantt").table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.project.tasks[4].name == "Build"


def prefix_names_until_cancelled(snapshot, progress, cancelled):
    """Like prefix_names, but keeps working until the user cancels (10 s at most), however slow the machine."""
    from planner.core.progress import check

    for step in range(1000):
        check(cancelled, "Prefixing")
        progress(step + 1, 1000)
        time.sleep(0.01)
    return prefix_names(snapshot, progress, cancelled)


def test_a_cancelled_project_job_changes_nothing(qtbot, window) -> None:
    from planner.ui.jobs.project_job import start_project_job

    start_project_job(window.jobs, window.session, "Prefixing", prefix_names_until_cancelled, window.status)
    qtbot.waitUntil(lambda: window.job_status.bar.maximum() > 0)
    qtbot.mouseClick(window.job_status.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running)
    assert window.statusBar().currentMessage() == "Prefixing cancelled; nothing was written"
    assert window.session.undo_stack.count() == 0
    assert window.session.project.tasks[4].name == "Build"


def test_a_project_job_gone_stale_is_refused_and_changes_nothing(qtbot, window) -> None:
    """The user renames a task while the job works on its snapshot: the job's edit no longer fits."""
    from planner.core.edits.task_edits import rename
    from planner.ui.jobs.project_job import start_project_job

    session = window.session
    start_project_job(window.jobs, session, "Prefixing", prefix_names, window.status)
    session.run(rename(session.project, 4, "Construct"))
    qtbot.waitUntil(lambda: not window.jobs.running)
    message = window.statusBar().currentMessage()
    assert message.startswith("Prefixing: ") and "no longer fits the project" in message
    assert session.undo_stack.count() == 1  # the rename only
    assert [session.project.tasks[t].name for t in (2, 4)] == ["Spec", "Construct"]


def test_closing_the_window_cancels_the_running_job(qtbot, window, project_file) -> None:
    from planner.ui.jobs.project_job import start_project_job

    start_project_job(window.jobs, window.session, "Prefixing", prefix_names, window.status)
    qtbot.waitUntil(lambda: window.job_status.bar.maximum() > 0)
    window.close()
    assert not window.jobs.running and window.session is None
    assert reload(project_file).tasks[4].name == "Build"
