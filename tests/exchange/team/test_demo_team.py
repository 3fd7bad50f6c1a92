"""The demo's team: the roles an IT project has, groups, rates with units, skills, a part-timer, a vacation."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.errors import InputError
from planner.core.schedule.resource_calendar import resource_worktime
from planner.core.team.skill_levels import levels_of_resource, needs_of_task
from planner.exchange.demo import demo_project
from planner.exchange.demo_team import add_team


@pytest.fixture(scope="module")
def project():
    return demo_project()


def by_initials(project, initials):
    return next(r for r in project.resources.values() if r.initials == initials)


def test_the_team_has_the_roles_of_an_it_project(project):
    roles = " ".join(r.role.lower() for r in project.resources.values())
    for role in ("project manager", "architect", "developer", "test", "dba", "security", "hosting provider"):
        assert role in roles, role
    assert {r.group for r in project.resources.values()} >= {"PMO", "Development", "QA", "Vendor"}
    vendor = by_initials(project, "NC")
    assert (vendor.kind, vendor.group) == ("cost", "Vendor")


def test_externals_are_shown_with_day_rates(project):
    architect = by_initials(project, "JB")
    assert (architect.standard_rate, architect.standard_rate_unit) == (115.0, "d")  # €920/d


def test_people_have_skills_and_build_tasks_need_them(project):
    assert levels_of_resource(project, by_initials(project, "DY").id)[0] == ("Java", 5)
    assert all(levels_of_resource(project, r.id) for r in project.resources.values() if r.kind == "work")
    assert needs_of_task(project, 28) == [("Java", 4)]


def test_laura_works_monday_to_thursday_and_deniz_is_on_vacation_in_march(project):
    laura = resource_worktime(project, by_initials(project, "LH"))
    assert laura.is_working_day(date(2027, 3, 4)) and not laura.is_working_day(date(2027, 3, 5))
    deniz = resource_worktime(project, by_initials(project, "DY"))
    assert not deniz.is_working_day(date(2027, 3, 3)) and deniz.is_working_day(date(2027, 3, 15))
    assert not deniz.is_working_day(date(2027, 5, 7))  # the company's bridge day applies to him too


def test_a_mistake_in_the_team_file_names_the_entry():
    project = demo_project()
    with pytest.raises(InputError, match=r"portal-team\.toml: \[\[people\]\]: no resource has the initials 'ZZ'"):
        add_team(project, '[[people]]\ninitials = "ZZ"\nskills = "Java 3"\n')
