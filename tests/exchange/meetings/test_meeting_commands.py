"""`planner meetings`, `planner actions` and `planner action-task` on the demo: what a script reads and writes."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.core.model.wbs import Outline
from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile

ACTION_KEYS = {"id", "label", "title", "meeting", "owner", "due", "status", "done", "task", "overdue"}


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    return path


def run_json(capsys, *args):
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_meeting_log_lists_each_meeting_with_its_decisions_and_actions(demo_file, capsys):
    data = run_json(capsys, "meetings", str(demo_file))
    assert data["day"] == "2027-02-15"  # the demo's status date
    assert [(m["label"], m["held"]) for m in data["meetings"]] == [
        ("M1", "2027-01-14"),
        ("M2", "2027-01-28"),
        ("M3", "2027-02-11"),
    ]
    third = data["meetings"][2]
    assert set(third) == {"id", "label", "title", "held", "attendees", "notes", "decisions", "actions"}
    assert "Dr. Katrin Vogel" in third["attendees"] and "NordCloud Hosting (vendor)" in third["attendees"]
    assert third["decisions"][0] == {
        "id": 6,
        "label": "DC6",
        "decision": "Go-live date of 30 June kept; requirements sign-off moves to 22 February",
        "made": "2027-02-11",
        "made_by": "Dr. Katrin Vogel",
    }
    assert all(set(a) == ACTION_KEYS for m in data["meetings"] for a in m["actions"])


def test_actions_open_first_and_overdue_ones_at_the_status_date(demo_file, capsys):
    data = run_json(capsys, "actions", str(demo_file))
    assert [a["label"] for a in data["actions"]][:4] == ["A5", "A6", "A7", "A8"]
    pen_test = next(a for a in data["actions"] if a["label"] == "A7")
    assert (pen_test["task"], pen_test["meeting"], pen_test["owner"]) == (64, "M3", "Dr. Claudia Richter")
    overdue = run_json(capsys, "actions", str(demo_file), "--overdue")["actions"]
    assert [(a["label"], a["due"], a["overdue"]) for a in overdue] == [
        ("A5", "2027-02-10", True),
        ("A6", "2027-02-12", True),
    ]
    later = run_json(capsys, "actions", str(demo_file), "--overdue", "--on", "2027-03-06")["actions"]
    assert [a["label"] for a in later] == ["A5", "A6", "A7"]


def test_the_text_tables_mark_overdue_actions(demo_file, capsys):
    assert main(["actions", str(demo_file)]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if row.startswith("A5 "))
    assert "2027-02-10" in line and line.endswith("OVERDUE")
    assert main(["meetings", str(demo_file)]) == 0
    assert "Decision DC3: Scope cut: live chat and the loyalty points page move to release 2" in capsys.readouterr().out


def test_an_action_becomes_a_task_in_the_phase_given_and_stays_in_the_file(demo_file, capsys):
    found = run_json(capsys, "action-task", str(demo_file), "A8", "--phase", "54")
    assert (found["action"], found["name"], found["phase"]) == (
        "A8",
        "Onboard the second test analyst (access, test data, SIT briefing)",
        54,
    )
    with ProjectFile.open(demo_file, writable=False) as file:
        project = file.load()
    uid = project.action_items[8].task_id
    task = project.tasks[uid]
    assert Outline.of(project).ids.id_of(uid) == found["task"] == 70  # the end of Test, after UAT (row 69)
    assert task.notes == "From action A8, Steering committee: budget and test staffing, 2027-02-11"
    sabine = next(r.id for r in project.resources.values() if r.name == "Sabine Klein")
    assert [a.resource_id for a in project.assignments.values() if a.task_id == uid] == [sabine]


def test_the_default_phase_is_the_first_with_work_left(demo_file, capsys):
    assert main(["action-task", str(demo_file), "A6"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{demo_file}: A6 became task 13 'Ask procurement to add the portal licences to the renewal'")
    assert "in Requirements" in out  # above its closing milestone "Requirements signed off"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["A7"], "A7 already became task 64"),
        (["A42"], "there is no action item A42"),
        (["X5"], "'X5' is not an action item; name it by its label, like A4"),
        (["A8", "--phase", "500"], "there is no task 500 (the IDs go from 1 to 88)"),
        (["A8", "--phase", "13"], "task 13 'Requirements signed off' is not a phase (a summary task)"),
    ],
)
def test_bad_input_is_one_line_and_nothing_changes(demo_file, capsys, args, message):
    before = demo_file.read_bytes()
    assert main(["action-task", str(demo_file), *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and len(captured.err.strip().splitlines()) == 1 and captured.out == ""
    assert demo_file.read_bytes() == before
