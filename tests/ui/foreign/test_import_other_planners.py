"""File > Import Project File… on the real window with a GanttProject and a GNOME Planner file:
the import report lists what was not carried, the project is saved, opened and survives a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.ui.dialogs.project_import import ProjectImportDialog
from planner.ui.shell import file_dialogs
from tests.exchange.ganttproject.gan_files import gan, task
from tests.exchange.gnome_planner.planner_files import planner_file
from tests.exchange.gnome_planner.planner_files import task as planner_task
from tests.ui.helpers import reload
from tests.ui.menus import menu_action

FOLLOWS = '<predecessors><predecessor id="1" predecessor-id="1" type="FS"/></predecessors>'
PLANS = {
    "GanttProject": (
        "site.gan",
        gan(
            task(0, "Dig", "2024-01-08", 2, '<depend id="1" type="2" difference="0"/>', color="#ff0000")
            + task(1, "Pour", "2024-01-15", 3),
            name="Site works",
        ),
        [
            "task bar colours (1): Dig",
            "Start No Earlier Than added to keep a start placed by hand (1): Pour",
        ],
    ),
    "GNOME Planner": (
        "site.planner",
        planner_file(
            planner_task(1, "Dig", work_hours=16) + planner_task(2, "Pour", work_hours=24, inner=FOLLOWS)
        ).replace('name="Hand made" company=""', 'name="Site works" company="Acme"'),
        ["the company (Acme)"],
    ),
}


@pytest.mark.parametrize("label", PLANS)
def test_another_planners_file_is_imported_reported_saved_and_opened(label, qtbot, window, tmp_path, monkeypatch):
    name, text, lines = PLANS[label]
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "site.plandb"
    seen: list[ProjectImportDialog] = []
    monkeypatch.setattr(file_dialogs, "ask_project_import_path", lambda *_: source)
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    monkeypatch.setattr(ProjectImportDialog, "exec", lambda d: seen.append(d) or QDialog.DialogCode.Accepted)
    menu_action(window, "File", "Import Project File").trigger()
    qtbot.waitUntil(lambda: window.session is not None and window.session.document.path == target, timeout=10_000)
    (dialog,) = seen
    assert dialog.windowTitle() == f"Import {label}"
    assert "Carried: 2 tasks, 1 link" in dialog.summary.text()
    assert dialog.lines() == lines
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(f"/tmp/foreign-report-{Path(name).suffix[1:]}.png")
    assert window.session.project.name == "Site works"
    window.close_project()
    reopened = reload(target)
    assert sorted(t.name for t in reopened.tasks.values()) == ["Dig", "Pour"]
    assert len(reopened.links) == 1


def test_a_gan_file_that_is_not_one_is_refused_in_a_message_box(qtbot, window, tmp_path, monkeypatch) -> None:
    source = tmp_path / "plan.gan"
    source.write_text('<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"/>', "utf-8")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(file_dialogs, "ask_project_import_path", lambda *_: source)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: warnings.append((title, text)))
    window.file_actions.imports.action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    ((title, text),) = warnings
    assert title == "Cannot import plan.gan"
    assert "is XML but not a GanttProject file" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gan", "relaunch.plandb"]
