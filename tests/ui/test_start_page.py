"""The window with no project: the start page, New, Open, the demo, recent files, Import, Save a Copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner.core.edits import task_edits
from planner.store.projectfile import ProjectFile
from planner.ui.dialogs.import_preview import ImportPreviewDialog
from planner.ui.dialogs.new_project import NewProjectDialog
from planner.ui.shell import demo_file, file_dialogs

from .helpers import gantt_plugin, reload, small_project


@pytest.fixture
def empty_window(qtbot):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_start_page_offers_the_ways_in(empty_window) -> None:
    page = empty_window.start_page
    assert empty_window.pages.currentWidget() is page
    assert empty_window.windowTitle() == "Planner"
    labels = {key: button.text().replace("&", "") for key, button in page.buttons.items()}
    assert labels == {
        "new": "New project…",
        "open": "Open…",
        "demo": "Open the demo project",
        "import": "Import tasks…",
    }
    assert page.empty.isVisible() and not page.recent.isVisible()
    assert not empty_window.file_actions.save_copy.isEnabled()
    assert not gantt_plugin(empty_window).task_actions.insert.isEnabled()


def test_recent_files_are_listed_and_open_with_a_click(qtbot, empty_window, project_file) -> None:
    assert empty_window.open_path(project_file)
    empty_window.close_project()
    page = empty_window.start_page
    assert page.recent.count() == 1 and page.recent.isVisible()
    item = page.recent.item(0)
    assert item.toolTip() == str(project_file.resolve())
    shown = page.recent.itemWidget(item).text()
    assert "<b>Website relaunch</b>" in shown  # the project's name, not the file's (relaunch.plandb)
    empty_window.grab().save("/tmp/fh_recent.png")
    qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton, pos=page.recent.visualItemRect(item).center())
    assert empty_window.session is not None
    assert empty_window.windowTitle() == "Website relaunch — relaunch.plandb — Planner"


def test_open_asks_for_a_file(qtbot, empty_window, project_file, monkeypatch) -> None:
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *_: project_file)
    qtbot.mouseClick(empty_window.start_page.buttons["open"], Qt.MouseButton.LeftButton)
    assert empty_window.session.document.path == project_file
    assert "there is no Save" in empty_window.statusBar().currentMessage()


def test_new_project_writes_a_file_with_holidays(qtbot, empty_window, tmp_path, monkeypatch) -> None:
    def fill(dialog: NewProjectDialog) -> int:
        dialog.name.setText("ERP upgrade")
        dialog.start.line.setText("2027-03-01")
        dialog.country.setCurrentIndex(dialog.country.findData("DE"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewProjectDialog, "exec", fill)
    target = tmp_path / "erp.plandb"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    empty_window.file_actions.new.trigger()
    assert empty_window.windowTitle() == "ERP upgrade — erp.plandb — Planner"
    empty_window.close_project()
    project = reload(target)
    assert (project.name, project.start.date(), project.calendar.country) == ("ERP upgrade", date(2027, 3, 1), "DE")


def test_demo_is_a_fresh_copy_in_documents(qtbot, empty_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(demo_file, "documents_folder", lambda: tmp_path)
    empty_window.start_page.buttons["demo"].click()
    assert empty_window.session.document.path == tmp_path / "Planner demo.plandb"
    assert len(empty_window.session.project.tasks) > 20
    empty_window.close_project()
    asked: list[Path] = []
    monkeypatch.setattr(file_dialogs, "ask_demo_copy", lambda _w, path: asked.append(path) or "fresh")
    empty_window.start_page.buttons["demo"].click()
    assert asked == [tmp_path / "Planner demo.plandb"]
    assert empty_window.session.document.path == tmp_path / "Planner demo 2.plandb"


def test_the_demo_again_asks_and_can_reopen_the_users_copy(qtbot, empty_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(demo_file, "documents_folder", lambda: tmp_path)
    empty_window.file_actions.open_demo()
    empty_window.session.run(task_edits.rename(empty_window.session.project, 2, "My kick-off"))
    empty_window.close_project()
    monkeypatch.setattr(file_dialogs, "ask_demo_copy", lambda _w, _path: "open")
    empty_window.start_page.buttons["demo"].click()
    assert empty_window.session.project.tasks[2].name == "My kick-off"
    empty_window.close_project()
    monkeypatch.setattr(file_dialogs, "ask_demo_copy", lambda _w, _path: None)
    empty_window.start_page.buttons["demo"].click()
    assert empty_window.session is None
    assert sorted(p.name for p in tmp_path.glob("*.plandb")) == ["Planner demo.plandb"]


def test_planner_demo_twice_reopens_the_copy(qtbot, empty_window, tmp_path, monkeypatch) -> None:
    """`planner --demo` is the Quick start: the second run opens the same copy, without asking."""
    monkeypatch.setattr(demo_file, "documents_folder", lambda: tmp_path)
    monkeypatch.setattr(file_dialogs, "ask_demo_copy", lambda *_: pytest.fail("--demo should not ask"))
    empty_window.file_actions.open_demo(reuse=True)
    empty_window.close_project()
    empty_window.file_actions.open_demo(reuse=True)
    assert empty_window.session.document.path == tmp_path / "Planner demo.plandb"
    assert [p.name for p in tmp_path.glob("*.plandb")] == ["Planner demo.plandb"]


def test_save_a_copy_keeps_working_in_the_original(qtbot, window, tmp_path, monkeypatch) -> None:
    copy = tmp_path / "copy.plandb"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: copy)
    window.file_actions.save_copy.trigger()
    qtbot.waitUntil(lambda: not window.jobs.running)
    assert window.session.document.path.name == "relaunch.plandb"
    assert "copy.plandb" in window.statusBar().currentMessage()
    assert sorted(reload(copy).tasks) == [1, 2, 3, 4, 5]


def test_import_previews_rows_and_problems_then_writes_a_new_file(qtbot, empty_window, tmp_path, monkeypatch) -> None:
    sheet = tmp_path / "tasks.csv"
    sheet.write_text(
        "ID,Name,Duration,Start,Predecessors\n1,Design,3d,2027-01-04,\n2,Build,five days,,1\n3,Test,2d,,1\n",
        encoding="utf-8",
    )
    seen: list[ImportPreviewDialog] = []

    def look(dialog: ImportPreviewDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    monkeypatch.setattr(file_dialogs, "ask_sheet_path", lambda *_: sheet)
    target = tmp_path / "imported.plandb"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    empty_window.file_actions.import_tasks.trigger()
    qtbot.waitUntil(lambda: empty_window.session is not None)
    (dialog,) = seen
    shown = [dialog.model.rows[r][1].strip() for r in range(len(dialog.model.rows))]
    assert shown == ["Design", "Test"]
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("row 3" in p and "five days" in p for p in problems)
    assert "left out" in dialog.summary.text()
    assert empty_window.session.document.path == target
    empty_window.close_project()
    assert [t.name for t in reload(target).tasks.values()] == ["Design", "Test"]  # numbered 1, 2 in row order
    assert sheet.read_text(encoding="utf-8").startswith("ID,Name")  # the sheet itself is untouched


def test_window_layout_and_zoom_persist(qtbot, project_file) -> None:
    from planner.ui.gantt.table.columns import column_index
    from planner.ui.shell.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.open_path(project_file)
    header = first.page("gantt").table.header()
    header.setSectionHidden(column_index("notes"), False)
    header.resizeSection(column_index("name"), 333)
    first.page("gantt").splitter.setSizes([500, 700])
    first.page("gantt").chart.zoom_in()
    zoom = first.page("gantt").chart.zoom
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_path(project_file)
    header = second.page("gantt").table.header()
    assert not header.isSectionHidden(column_index("notes"))
    assert header.sectionSize(column_index("name")) == 333
    assert second.page("gantt").chart.zoom == pytest.approx(zoom)
    assert second.settings.recent_files() == [Path(project_file).resolve()]
    second.close()


def test_project_created_elsewhere_opens(empty_window, tmp_path) -> None:
    path = tmp_path / "other.plandb"
    ProjectFile.create(path, small_project()).close()
    assert empty_window.open_path(path)
    assert gantt_plugin(empty_window).summary.text() == "5 tasks   ·   Finish Mon 2027-01-11"


def test_a_new_empty_project_gets_its_first_task_with_insert(qtbot, empty_window, tmp_path) -> None:
    from planner.core.model.factory import new_project
    from planner.store.document import Document

    from .helpers import rows, table_of

    empty_window.open_document(Document.create(tmp_path / "empty.plandb", new_project("Empty", date(2027, 1, 4))))
    empty_window.activateWindow()
    qtbot.waitUntil(empty_window.isActiveWindow)
    table = table_of(empty_window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert rows(empty_window) == [(1, 1)]
    assert table.current_task_id() == 1
    empty_window.close_project()
    assert reload(tmp_path / "empty.plandb").tasks[1].name == "New task"


def test_the_recent_menu_names_the_projects(qtbot, empty_window, project_file) -> None:
    assert empty_window.open_path(project_file)
    empty_window.close_project()
    menu = empty_window.file_actions.recent
    menu.aboutToShow.emit()
    assert menu.actions()[0].text().startswith("&1 Website relaunch  —  ")
