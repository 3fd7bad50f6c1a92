"""File > Export to MS Project XML… in the real window: the file, the status line and the report."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import parse

from planner.core.model.entities import Skill
from planner.store.projectfile import ProjectFile
from planner.ui.shell import file_dialogs

from ..helpers import small_project
from ..menus import menu_action

NS = {"p": "http://schemas.microsoft.com/project"}


def _export(qtbot, window, monkeypatch, target: Path, suggested: str = "relaunch.xml") -> None:
    asked = []

    def ask(parent, label, pattern, suggested):
        asked.append((label, pattern, suggested.name))
        return target

    monkeypatch.setattr(file_dialogs, "ask_export_path", ask)
    action = menu_action(window, "File", "Export to MS Project XML")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: not window.jobs.running and target.exists(), timeout=30000)
    assert asked == [("MS Project XML", "MS Project XML (*.xml)", suggested)]


def test_export_writes_the_project_as_ms_project_xml(qtbot, window, monkeypatch, tmp_path) -> None:
    target = tmp_path / "relaunch.xml"
    _export(qtbot, window, monkeypatch, target)
    root = parse(target).getroot()
    names = [t.findtext("p:Name", namespaces=NS) for t in root.iterfind("p:Tasks/p:Task", NS)]
    assert names == ["Website relaunch", "Design", "Spec", "Review", "Build", "Launch"]
    assert window.statusBar().currentMessage() == f"Exported Website relaunch to {target}"
    assert window.file_actions.exports.report is None  # nothing it could not hold: no report


def test_what_the_file_cannot_hold_is_listed_beside_the_window(qtbot, window, monkeypatch, tmp_path) -> None:
    path = window.session.document.path
    window.close_project()
    project = small_project()
    project.skills = {1: Skill(1, "Java"), 2: Skill(2, "Testing")}
    ProjectFile.create(path.with_name("skills.plandb"), project).close()
    assert window.open_path(path.with_name("skills.plandb"))
    target = tmp_path / "skills.xml"
    _export(qtbot, window, monkeypatch, target, "skills.xml")
    report = window.file_actions.exports.report
    qtbot.waitExposed(report)
    assert not report.isModal()
    assert report.text() == "skills.xml is written. Not carried:"
    assert report.informativeText() == "• MS Project XML has no place for 2 skills"
    assert window.statusBar().currentMessage().endswith("; what it does not hold is listed beside the window")
    report.grab().save("/tmp/msexport-report.png")


def test_the_demo_s_report_reads_well(qtbot, window, monkeypatch, tmp_path) -> None:
    from planner.exchange.demo import demo_project

    path = window.session.document.path.with_name("demo.plandb")
    window.close_project()
    ProjectFile.create(path, demo_project()).close()
    assert window.open_path(path)
    target = tmp_path / "demo.xml"
    _export(qtbot, window, monkeypatch, target, "demo.xml")
    report = window.file_actions.exports.report
    qtbot.waitExposed(report)
    lines = report.informativeText().splitlines()
    assert lines[0].startswith("• MS Project XML has no place for 11 skills, ") and "16 risks" in lines[0]
    assert any("public holidays are written as" in line for line in lines)
    assert report.width() <= window.width()
    report.grab().save("/tmp/msexport-demo-report.png")
