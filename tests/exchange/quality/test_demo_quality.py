"""The demo's defect log and lessons: a credible log of the first six weeks, consistent with the plan."""

from __future__ import annotations

from collections import Counter

import pytest

from planner.core.errors import InputError
from planner.core.model.factory import new_project
from planner.core.quality.defect_typing import dates_follow_status
from planner.core.quality.entities import DefectKind, DefectStatus
from planner.core.quality.metrics import open_by_severity
from planner.exchange.demo import demo_project
from planner.exchange.demo_quality import add_quality_from_toml


@pytest.fixture(scope="module")
def project():
    return demo_project()


def test_the_log_has_defects_issues_and_a_few_change_requests(project):
    kinds = Counter(d.kind for d in project.defects.values())
    assert 15 <= len(project.defects) <= 25
    assert (
        kinds[DefectKind.DEFECT] >= 10 and 2 <= kinds[DefectKind.CHANGE_REQUEST] <= 4 and kinds[DefectKind.ISSUE] >= 3
    )
    assert {d.status for d in project.defects.values()} == set(DefectStatus) - {DefectStatus.REOPENED}
    assert any("Reopened" in d.notes for d in project.defects.values())  # one came back


def test_nothing_is_dated_after_the_status_date(project):
    status = project.status_date.date()
    for defect in project.defects.values():
        assert all(day is None or day <= status for day in (defect.found, defect.fixed, defect.closed)), defect.title
    assert all(lesson.raised <= status for lesson in project.lessons.values())


def test_each_defect_was_found_in_a_task_already_started(project):
    for defect in project.defects.values():
        if defect.task_id is not None:
            task = project.tasks[defect.task_id]
            assert task.actual_start is not None and task.actual_start.date() <= defect.found, defect.title


def test_dates_follow_the_status_and_owners_are_the_team(project):
    team = {r.name for r in project.resources.values()}
    for defect in project.defects.values():
        dates_follow_status(defect, f"D{defect.id}")
        assert defect.owner in team
    assert {lesson.owner for lesson in project.lessons.values()} <= team


def test_open_defects_include_a_critical_one(project):
    assert open_by_severity(project)["critical"] == 1


def test_five_or_six_lessons_learned(project):
    assert 5 <= len(project.lessons) <= 6
    assert all(lesson.action for lesson in project.lessons.values())


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('severity = "huge"', "demo.toml: defect 1: severity 'huge' is not one of critical, major, minor, trivial"),
        ('status = "closed"', "demo.toml: defect 1: D1 is closed but has no closed date"),
        ("colour = 3", "demo.toml: defect 1: unknown key 'colour'"),
    ],
)
def test_a_mistake_in_the_file_names_the_entry(row, message):
    text = f'[[defects]]\nid = 1\ntitle = "Login fails"\n{row}\n'
    with pytest.raises(InputError, match=message):
        add_quality_from_toml(new_project("P"), text, "demo.toml")
