"""Any register typed in like a table: values read by kind, refusals in words, edits undoable."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from planner.core.communication.registers import ACTIONS, MEETINGS, STAKEHOLDERS
from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.quality.entities import DefectStatus, Severity
from planner.core.quality.registers import DEFECTS
from planner.core.records.edits import add_record, delete_records, records, set_record_field
from planner.core.records.registry import REGISTERS
from planner.core.records.values import shown


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    p.tasks[7] = Task(7, "Build API", position=1)
    p.tasks[9] = Task(9, "System test", position=2)
    return p


def test_a_defect_typed_cell_by_cell(project):
    apply_edit(project, add_record(project, DEFECTS, title="Login fails on Safari", found=date(2027, 3, 1)))
    for key, text in (("severity", "Maj"), ("status", "in"), ("task_id", "2"), ("closed", "")):
        edit = set_record_field(project, DEFECTS, 1, key, text)
        if edit is not None:
            apply_edit(project, edit)
    defect = project.defects[1]
    assert (defect.severity, defect.status, defect.task_id) == (Severity.MAJOR, DefectStatus.IN_PROGRESS, 9)
    assert shown(project, DEFECTS.field("task_id"), defect.task_id) == "2 System test"
    assert set_record_field(project, DEFECTS, 1, "task_id", "2 System test") is None  # shown text types back


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("severity", "huge", "severity 'huge' is not one of critical, major, minor, trivial"),
        ("title", "  ", "a title is needed"),
        ("found", "31/02/2027", "found"),
        ("task_id", "40", "there is no task 40"),
        ("closed", "2027-02-01", "closed date 2027-02-01 is before the defect was found (2027-03-01)"),
    ],
)
def test_bad_values_are_refused_in_words_and_nothing_changes(project, key, text, message):
    apply_edit(project, add_record(project, DEFECTS, title="Login fails", found=date(2027, 3, 1)))
    before = project.defects[1]
    with pytest.raises(InputError, match=re.escape(message)):
        set_record_field(project, DEFECTS, 1, key, text)
    assert project.defects[1] == before


def test_levels_are_one_to_five(project):
    apply_edit(project, add_record(project, STAKEHOLDERS, name="Dana Sponsor"))
    apply_edit(project, set_record_field(project, STAKEHOLDERS, 1, "power", "5"))
    assert project.stakeholders[1].power == 5
    with pytest.raises(InputError, match="power 7 is not a whole number from 1 to 5"):
        set_record_field(project, STAKEHOLDERS, 1, "power", "7")


def test_a_record_reference_is_typed_by_label_and_deleting_the_meeting_takes_its_actions(project):
    apply_edit(project, add_record(project, MEETINGS, title="Steering committee 1", held=date(2027, 2, 1)))
    apply_edit(project, add_record(project, ACTIONS, title="Book the pen test"))
    apply_edit(project, set_record_field(project, ACTIONS, 1, "meeting_id", "m1"))
    assert project.action_items[1].meeting_id == 1
    with pytest.raises(InputError, match="there is no meeting M4"):
        set_record_field(project, ACTIONS, 1, "meeting_id", "M4")
    edit = delete_records(project, MEETINGS, [1])
    apply_edit(project, edit)
    assert not project.meetings and not project.action_items
    apply_edit(project, edit.inverse())
    assert [a.title for a in records(project, ACTIONS)] == ["Book the pen test"]


def test_every_register_declares_only_its_entitys_fields():
    for spec in REGISTERS.values():
        names = set(spec.entity.__dataclass_fields__) - {"id"}
        assert {f.key for f in spec.fields} == names, spec.table
        assert spec.title_key in names


def test_a_plan_line_a_meeting_uses_is_not_deleted_and_the_refusal_names_both_by_label(project):
    from planner.core.communication.registers import COMMUNICATIONS

    apply_edit(project, add_record(project, COMMUNICATIONS, what="Steering committee"))
    apply_edit(project, add_record(project, MEETINGS, title="Steering committee 1", communication_id=1))
    with pytest.raises(InputError, match="communication K1 cannot be deleted: meeting M1 uses it as its plan line"):
        delete_records(project, COMMUNICATIONS, [1])
