"""A checklist made from a shipped template in one edit: the standard's controls, open, in order."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.quality.checking import items_of
from planner.core.quality.entities import ChecklistItem, CheckResult
from planner.core.quality.gates import gate_warnings
from planner.core.quality.templates import checklist_from_template, template_named
from planner.exchange.checklist_templates import shipped_templates, template_from_toml


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    p.tasks[3] = Task(3, "Go-live", milestone=True)
    return p


def test_the_shipped_templates_carry_the_real_control_numbers():
    templates = shipped_templates()
    assert set(templates) == {"iso27001", "gdpr", "golive", "dod"}
    iso = {i.reference: i.requirement for i in templates["iso27001"].items}
    assert iso["A.8.8"].startswith("Management of technical vulnerabilities")
    assert iso["A.8.24"].startswith("Use of cryptography")
    assert 10 <= len(iso) <= 16
    gdpr = [i.reference for i in templates["gdpr"].items]
    assert gdpr == ["Art. 5", "Art. 25", "Art. 28", "Art. 30", "Art. 32", "Art. 33", "Art. 35"]


def test_a_checklist_from_a_template_is_one_undoable_edit_on_the_gate(project):
    project.checklist_items[1] = ChecklistItem(1, 99, "left over")  # an ID already taken is stepped over
    template = shipped_templates()["golive"]
    edit = checklist_from_template(project, template, 3, auditor="Dana")
    apply_edit(project, edit)
    [checklist] = project.checklists.values()
    assert (checklist.title, checklist.task_id, checklist.standard, checklist.auditor) == (
        "Go-live readiness",
        3,
        "Internal: release management",
        "Dana",
    )
    items = items_of(project, checklist.id)
    assert [i.reference for i in items] == [i.reference for i in template.items]
    assert {i.result for i in items} == {CheckResult.OPEN}
    assert [w.text for w in gate_warnings(project)] == ["Go-live readiness: 10 open"]
    apply_edit(project, edit.inverse())
    assert not project.checklists and list(project.checklist_items) == [1]


def test_templates_are_found_by_key_or_title_start():
    templates = shipped_templates()
    assert template_named(templates, "ISO").key == "iso27001"
    assert template_named(templates, "go-live").key == "golive"
    with pytest.raises(InputError, match="there is no checklist template 'sox'; the templates are dod, gdpr"):
        template_named(templates, "sox")


def test_a_missing_gate_is_refused(project):
    with pytest.raises(InputError, match="no task with Unique ID 42"):
        checklist_from_template(project, shipped_templates()["gdpr"], 42)


def test_a_broken_template_file_names_the_file_and_item():
    with pytest.raises(InputError, match=r"mine\.toml: item 2: unknown key 'result'"):
        template_from_toml(
            'key = "x"\ntitle = "X"\n[[items]]\nrequirement = "a"\n[[items]]\nrequirement = "b"\nresult = "pass"\n',
            "mine.toml",
        )
    with pytest.raises(InputError, match=r"mine\.toml: the template: it has no"):
        template_from_toml('key = "x"\ntitle = "X"\n', "mine.toml")
