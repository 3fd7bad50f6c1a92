"""File > Import Project File… on the real window: read as a job, the import report, save, open; bad files refused."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from planner.ui.dialogs.project_import import ProjectImportDialog
from planner.ui.shell import file_dialogs
from tests.exchange.mspdi.snippets import link as pred
from tests.exchange.mspdi.snippets import project_xml, task
from tests.ui.helpers import reload
from tests.ui.menus import menu_action

CONTOURED = (
    "<Resources><Resource><UID>1</UID><Name>Ana</Name><Type>1</Type></Resource></Resources>"
    "<Assignments><Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units>"
    "<Work>PT16H0M0S</Work><WorkContour>3</WorkContour></Assignment></Assignments>"
)


def _plan(tmp_path):
    xml = project_xml(task(1, "Design", duration="PT16H0M0S") + task(2, "Build", duration="PT16H0M0S", extra=pred(1)))
    xml = xml.replace("<Resources></Resources><Assignments></Assignments>", CONTOURED)
    source = tmp_path / "vendor plan.xml"
    source.write_text(xml, encoding="utf-8")
    return source


def test_an_ms_project_file_is_imported_reported_saved_and_opened(qtbot, window, tmp_path, monkeypatch) -> None:
    source = _plan(tmp_path)
    target = tmp_path / "vendor plan.plandb"
    seen: list[ProjectImportDialog] = []
    monkeypatch.setattr(file_dialogs, "ask_project_import_path", lambda *_: source)
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    monkeypatch.setattr(ProjectImportDialog, "exec", lambda d: seen.append(d) or QDialog.DialogCode.Accepted)
    menu_action(window, "File", "Import Project File").trigger()
    qtbot.waitUntil(lambda: window.session is not None and window.session.document.path == target, timeout=10_000)
    (dialog,) = seen
    assert dialog.windowTitle() == "Import MS Project XML"
    assert "Portal relaunch" in dialog.summary.text()
    assert "Carried: 2 tasks, 1 link, 1 resource, 1 assignment, 1 calendar." in dialog.summary.text()
    assert dialog.lines() == ["1 assignment has a work contour (not carried; flat work is used)"]
    assert window.session.project.name == "Portal relaunch"
    assert "the import report named 1 thing not carried" in window.statusBar().currentMessage()
    window.close_project()
    reopened = reload(target)
    assert sorted(t.name for t in reopened.tasks.values()) == ["Build", "Design"]
    assert len(reopened.links) == 1 and len(reopened.assignments) == 1


def test_cancelling_the_report_writes_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    source = _plan(tmp_path)
    seen: list[ProjectImportDialog] = []
    monkeypatch.setattr(file_dialogs, "ask_project_import_path", lambda *_: source)
    monkeypatch.setattr(ProjectImportDialog, "exec", lambda d: seen.append(d) or QDialog.DialogCode.Rejected)
    window.file_actions.imports.action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=10_000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relaunch.plandb", "vendor plan.xml"]
    assert window.session.document.path.name == "relaunch.plandb"


def test_a_file_that_is_not_ms_project_xml_is_refused_in_a_message_box(qtbot, window, tmp_path, monkeypatch) -> None:
    source = tmp_path / "gantt.xml"
    source.write_text('<?xml version="1.0"?><gantt><tasks/></gantt>', encoding="utf-8")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(file_dialogs, "ask_project_import_path", lambda *_: source)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: warnings.append((title, text)))
    window.file_actions.imports.action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    ((title, text),) = warnings
    assert title == "Cannot import gantt.xml"
    assert "this is XML but not MS Project XML (its root element is <gantt>" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gantt.xml", "relaunch.plandb"]


def test_the_report_dialog_reads_well(qtbot, tmp_path) -> None:
    from planner.exchange.mspdi.reader import read_mspdi

    found = read_mspdi(_plan(tmp_path))
    found.not_carried += ["3 tasks are manually scheduled (imported as auto-scheduled with their durations)"]
    dialog = ProjectImportDialog(tmp_path / "vendor plan.xml", found, "MS Project XML")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/mspdi-report.png")
    assert dialog.heading.text().startswith("Not carried as the file has it (2)")
    assert dialog.save_button.isEnabled()


def test_the_ms_project_wbs_and_hyperlink_columns_show_what_the_file_kept(qtbot, tmp_path) -> None:
    from planner.exchange.mspdi.reader import read_mspdi
    from planner.store.projectfile import ProjectFile
    from planner.ui.gantt.table.columns import column_index
    from planner.ui.shell.main_window import MainWindow
    from tests.ui.helpers import cell_text, table_of

    source = _plan(tmp_path)
    source.write_text(
        source.read_text().replace(
            "<Name>Design</Name>",
            "<Name>Design</Name><WBS>PRJ-1</WBS><OutlineNumber>1</OutlineNumber><Hyperlink>Spec</Hyperlink>",
        ),
        encoding="utf-8",
    )
    target = tmp_path / "coded.plandb"
    ProjectFile.create(target, read_mspdi(source).project).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(target)
    header = table_of(window).header()
    for key in ("msp_wbs", "hyperlink"):
        assert header.isSectionHidden(column_index(key))  # shown from the column menu
        header.setSectionHidden(column_index(key), False)
    assert [cell_text(window, t, "msp_wbs") for t in (1, 2)] == ["PRJ-1", "2"]
    assert [cell_text(window, t, "hyperlink") for t in (1, 2)] == ["Spec", ""]
    window.close()
