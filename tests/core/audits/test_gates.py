"""A gate's checklist with open or failed items warns; once every item is passed or n.a. it does not."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.quality.checking import add_item, items_of, type_item_field
from planner.core.quality.entities import Checklist, ChecklistItem, CheckResult
from planner.core.quality.gates import checklist_progress, gate_warnings, warnings_by_task
from planner.core.quality.registers import CHECKLIST_ITEMS
from planner.core.records.edits import set_record_field

PASS, FAIL, OPEN, NA = CheckResult.PASS, CheckResult.FAIL, CheckResult.OPEN, CheckResult.NOT_APPLICABLE


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    p.tasks[5] = Task(5, "Build", position=1)
    p.tasks[8] = Task(8, "Security sign-off", position=2, milestone=True)
    p.checklists[1] = Checklist(1, "Security audit", task_id=8, standard="ISO/IEC 27001:2022")
    for uid, result in enumerate((PASS, PASS, FAIL, OPEN, OPEN, OPEN, NA), start=1):
        p.checklist_items[uid] = ChecklistItem(uid, 1, f"Control {uid}", f"A.8.{uid}", result, position=uid)
    return p


def test_a_gate_with_failed_and_open_items_warns_with_its_counts(project):
    [warning] = gate_warnings(project)
    assert (warning.task_id, warning.checklist_id, warning.failed, warning.open) == (8, 1, 1, 3)
    assert warning.text == "Security audit: 1 failed, 3 open"
    assert warnings_by_task(project) == {8: [warning]}


def test_progress_counts_by_result_and_passed_of_applicable(project):
    progress = checklist_progress(project, 1)
    assert (progress.passed, progress.failed, progress.open, progress.not_applicable) == (2, 1, 3, 1)
    assert progress.applicable == 6
    assert progress.percent_passed == pytest.approx(100 * 2 / 6)
    assert not progress.cleared


def test_the_warning_goes_when_every_item_is_passed_or_not_applicable(project):
    for uid in (3, 4, 5, 6):
        apply_edit(project, type_item_field(project, uid, "result", "pass"))
    assert gate_warnings(project) == []
    assert checklist_progress(project, 1).summary == "6 passed, 1 n.a."


def test_no_warning_without_a_gate_or_for_a_deleted_gate_task(project):
    project.checklists[2] = Checklist(2, "Loose list")
    project.checklist_items[20] = ChecklistItem(20, 2, "Open item")
    del project.tasks[8]
    assert gate_warnings(project) == []


def test_an_empty_checklist_clears_its_gate_and_says_so(project):
    project.checklists[3] = Checklist(3, "Nothing yet", task_id=5)
    assert [w.task_id for w in gate_warnings(project)] == [8]
    assert checklist_progress(project, 3).percent_passed is None
    assert checklist_progress(project, 3).summary == "no items"


def test_checking_an_item_dates_it_with_the_status_date(project):
    project.status_date = datetime(2027, 5, 14, 17, 0)
    apply_edit(project, set_record_field(project, CHECKLIST_ITEMS, 4, "result", "p"))
    assert (project.checklist_items[4].result, project.checklist_items[4].checked) == (PASS, date(2027, 5, 14))


def test_a_date_already_typed_is_kept_and_back_to_open_clears_it(project):
    project.status_date = datetime(2027, 5, 14, 17, 0)
    apply_edit(project, set_record_field(project, CHECKLIST_ITEMS, 4, "checked", "2027-05-10"))
    apply_edit(project, set_record_field(project, CHECKLIST_ITEMS, 4, "result", "fail"))
    assert project.checklist_items[4].checked == date(2027, 5, 10)
    apply_edit(project, set_record_field(project, CHECKLIST_ITEMS, 4, "result", "open"))
    assert (project.checklist_items[4].result, project.checklist_items[4].checked) == (OPEN, None)


def test_checking_without_a_status_date_dates_it_today(project):
    apply_edit(project, set_record_field(project, CHECKLIST_ITEMS, 5, "result", "n/a"))
    assert (project.checklist_items[5].result, project.checklist_items[5].checked) == (NA, date.today())


@pytest.mark.parametrize(("text", "result"), [("Pass", PASS), ("ok", PASS), ("F", FAIL), ("na", NA), ("n.a.", NA)])
def test_results_typed_as_auditors_type_them(project, text, result):
    apply_edit(project, set_record_field(project, CHECKLIST_ITEMS, 4, "result", text))
    assert project.checklist_items[4].result is result


def test_a_result_that_is_none_of_them_is_refused_in_words(project):
    with pytest.raises(InputError, match=r"result 'maybe' is not one of open, pass, fail, n\.a\."):
        set_record_field(project, CHECKLIST_ITEMS, 4, "result", "maybe")


def test_new_items_go_to_the_end_and_a_moved_item_to_its_new_lists_end(project):
    apply_edit(project, add_item(project, 1, "Logging reviewed", reference="A.8.15"))
    assert [i.requirement for i in items_of(project, 1)][-1] == "Logging reviewed"
    project.checklists[2] = Checklist(2, "Go-live readiness", task_id=5)
    apply_edit(project, add_item(project, 2, "Runbook"))
    apply_edit(project, set_record_field(project, CHECKLIST_ITEMS, 2, "checklist_id", "C2"))
    assert [i.requirement for i in items_of(project, 2)] == ["Runbook", "Control 2"]
    assert set_record_field(project, CHECKLIST_ITEMS, 2, "checklist_id", "C2") is None


def test_items_without_a_position_come_after_the_placed_ones_as_entered(project):
    project.checklist_items[30] = ChecklistItem(30, 1, "Imported one")
    project.checklist_items[31] = ChecklistItem(31, 1, "Imported two")
    assert [i.id for i in items_of(project, 1)] == [1, 2, 3, 4, 5, 6, 7, 30, 31]


def test_an_item_for_a_missing_checklist_is_refused(project):
    with pytest.raises(InputError, match="there is no checklist C9"):
        add_item(project, 9, "Anything")
