"""The defect workflow typed cell by cell: statuses date the defect, dates move the status, nonsense is refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.factory import new_project
from planner.core.quality.defect_typing import set_defect_field
from planner.core.quality.entities import DefectStatus
from planner.core.quality.registers import DEFECTS
from planner.core.records.edits import add_record, set_record_field

S = DefectStatus
TODAY = date(2027, 3, 20)


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    apply_edit(p, add_record(p, DEFECTS, title="Payment API times out", found=date(2027, 3, 1)))
    return p


def type_in(project, key, text, today=TODAY):
    edit = set_defect_field(project, 1, key, text, today)
    if edit is not None:
        apply_edit(project, edit)
    return project.defects[1]


def test_the_register_types_through_the_workflow(project):
    assert DEFECTS.typed is not None
    edit = set_record_field(project, DEFECTS, 1, "status", "fixed")
    assert edit is not None and edit.label == "Set defect to fixed"
    apply_edit(project, edit)
    assert project.defects[1].fixed is not None


def test_the_happy_path_dates_fixed_then_closed(project):
    for status in ("triaged", "in progress"):
        assert type_in(project, "status", status).fixed is None
    defect = type_in(project, "status", "fix")
    assert (defect.status, defect.fixed, defect.closed) == (S.FIXED, TODAY, None)
    defect = type_in(project, "status", "verified", today=date(2027, 3, 22))
    assert defect.fixed == TODAY  # the fix keeps its own day
    defect = type_in(project, "status", "closed", today=date(2027, 3, 25))
    assert (defect.status, defect.fixed, defect.closed) == (S.CLOSED, TODAY, date(2027, 3, 25))


def test_the_day_is_the_status_date_when_the_project_has_one(project):
    project.status_date = datetime(2027, 3, 12, 17, 0)
    assert type_in(project, "status", "fixed").fixed == date(2027, 3, 12)


def test_the_day_is_never_before_the_defect_was_found(project):
    project.status_date = datetime(2027, 2, 15, 17, 0)  # found after the status date
    assert type_in(project, "status", "closed").closed == date(2027, 3, 1)


def test_closing_without_a_fix_leaves_fixed_empty(project):
    defect = type_in(project, "status", "closed")
    assert (defect.fixed, defect.closed) == (None, TODAY)


def test_reopening_clears_the_dates_and_keeps_them_in_the_notes(project):
    type_in(project, "status", "fixed", today=date(2027, 3, 5))
    type_in(project, "status", "closed", today=date(2027, 3, 8))
    edit = set_defect_field(project, 1, "status", "reopened", date(2027, 3, 12))
    assert edit is not None and edit.label == "Reopen defect"
    apply_edit(project, edit)
    defect = project.defects[1]
    assert (defect.status, defect.fixed, defect.closed) == (S.REOPENED, None, None)
    assert defect.notes == "Reopened 2027-03-12; was closed, fixed 2027-03-05, closed 2027-03-08"
    defect = type_in(project, "status", "in progress")
    assert defect.notes.count("Reopened") == 1  # back to work is not a second reopening


def test_a_resolved_defect_set_back_to_in_progress_is_reopened_too(project):
    type_in(project, "notes", "Seen on Safari only")
    type_in(project, "status", "fixed")
    defect = type_in(project, "status", "in progress")
    assert (defect.status, defect.fixed) == (S.IN_PROGRESS, None)
    assert defect.notes.splitlines() == ["Seen on Safari only", "Reopened 2027-03-20; was fixed, fixed 2027-03-20"]


@pytest.mark.parametrize(
    ("status", "typed", "message"),
    [
        ("new", "reopened", "a defect is reopened from fixed, verified or closed; D1 is new"),
        ("in progress", "verified", "a defect is verified once it is fixed; D1 is in progress: set it to fixed first"),
    ],
)
def test_what_makes_no_sense_is_refused_in_words(project, status, typed, message):
    type_in(project, "status", status)
    with pytest.raises(InputError, match=message):
        set_defect_field(project, 1, "status", typed, TODAY)
    assert project.defects[1].status is S(status)


def test_a_typed_closed_date_closes_an_open_defect(project):
    defect = type_in(project, "closed", "2027-03-18")
    assert (defect.status, defect.closed) == (S.CLOSED, date(2027, 3, 18))


def test_a_typed_fixed_date_fixes_an_open_defect_and_only_moves_the_date_after(project):
    defect = type_in(project, "fixed", "2027-03-10")
    assert (defect.status, defect.fixed) == (S.FIXED, date(2027, 3, 10))
    type_in(project, "status", "verified")
    defect = type_in(project, "fixed", "2027-03-11")
    assert (defect.status, defect.fixed) == (S.VERIFIED, date(2027, 3, 11))


def test_clearing_a_date_the_status_needs_is_refused(project):
    type_in(project, "status", "closed")
    with pytest.raises(InputError, match="D1 is closed, so it has a closed date; set its status to reopen it"):
        set_defect_field(project, 1, "closed", "", TODAY)
    type_in(project, "status", "reopened")
    type_in(project, "status", "fixed")
    with pytest.raises(InputError, match="D1 is fixed, so it has a fixed date"):
        set_defect_field(project, 1, "fixed", "", TODAY)


def test_dates_before_found_are_still_refused(project):
    with pytest.raises(InputError, match="closed date 2027-02-01 is before the defect was found"):
        set_defect_field(project, 1, "closed", "2027-02-01", TODAY)
    assert project.defects[1].status is S.NEW


def test_other_fields_type_as_any_register(project):
    defect = type_in(project, "severity", "crit")
    assert defect.severity.value == "critical"
    assert set_defect_field(project, 1, "status", "new", TODAY) is None
