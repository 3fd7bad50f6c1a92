"""`planner checklists` and `planner checklist-template`, as a script or a PM at a shell runs them."""

from __future__ import annotations

import json

import pytest

from planner.cli import main


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.plandb"
    assert main(["demo", str(path)]) == 0
    return path


def test_checklists_json_has_the_counts_items_and_gate_warnings(demo_file, capsys):
    capsys.readouterr()
    assert main(["checklists", str(demo_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    security = data["checklists"][0]
    assert (security["label"], security["gate"], security["gate_name"]) == ("C1", 23, "Design approved")
    assert security["counts"] == {"open": 3, "pass": 9, "fail": 1, "na": 1}
    assert {"reference", "requirement", "result", "evidence", "auditor", "checked"} <= set(security["items"][0])
    assert [(w["task"], w["failed"], w["open"]) for w in data["gate_warnings"]] == [(23, 1, 3), (80, 0, 10)]


def test_a_checklist_from_a_template_on_a_gate_survives_in_the_file(demo_file, capsys):
    assert main(["checklist-template", str(demo_file), "gdpr", "--gate", "UAT signed off", "--auditor", "Sabine"]) == 0
    assert "added C3 GDPR compliance (7 open items) on task 69 UAT signed off" in capsys.readouterr().out
    assert main(["checklists", str(demo_file)]) == 0
    text = capsys.readouterr().out
    assert "C3 GDPR compliance  [gate 69 UAT signed off]" in text
    assert "task 69 UAT signed off: GDPR compliance: 7 open" in text


def test_the_templates_are_listed(capsys):
    assert main(["checklist-template", "--list", "--json"]) == 0
    keys = [t["key"] for t in json.loads(capsys.readouterr().out)["templates"]]
    assert keys == ["dod", "gdpr", "golive", "iso27001"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["sox", "--gate", "23"], "there is no checklist template 'sox'"),
        (["gdpr", "--gate", "400"], "there is no task 400"),
        (["gdpr"], "needs --gate TASK_ID"),
    ],
)
def test_bad_input_is_one_line_and_exit_2_with_the_file_unchanged(demo_file, capsys, extra, message):
    before = demo_file.read_bytes()
    assert main(["checklist-template", str(demo_file), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert demo_file.read_bytes() == before
