"""Skill match: people ranked by skill fit, then free capacity in the task's window, with reasons."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.resources.periods import Granularity
from planner.core.resources.skill_match import candidates, window_words
from planner.core.resources.usage import period_instants

from .build import Plan


def _team() -> tuple[Plan, dict[str, int], int]:
    plan = Plan()
    react, testing = plan.skill("React"), plan.skill("Testing")
    people = {name: plan.person(name) for name in ("Ana", "Bo", "Cy", "Di")}
    plan.level(people["Ana"], react, 4)
    plan.level(people["Ana"], testing, 2)
    plan.level(people["Bo"], react, 5)
    plan.level(people["Bo"], testing, 3)
    plan.level(people["Cy"], react, 2)
    ui = plan.task("Build the UI", "2027-03-22", days=10)  # weeks 12 and 13
    plan.needs(ui, react, 3)
    busy = plan.task("Other work", "2027-03-22", days=10)
    plan.assign(busy, people["Bo"], units=0.6, work_hours=48)  # Bo is 60% busy in those weeks
    return plan, people, ui


def test_people_who_hold_the_skill_come_first_and_the_one_with_more_room_leads() -> None:
    plan, _, ui = _team()
    ranked = candidates(plan.usage(), ui)
    assert [c.name for c in ranked] == ["Ana", "Bo", "Cy", "Di"]  # Cy is 1 level short, Di 3
    ana, bo = ranked[0], ranked[1]
    assert ana.fits and ana.free == pytest.approx(1.0)
    assert ana.reason == "React 4 >= 3; 100% free in weeks 12-13"
    assert bo.fits and bo.free == pytest.approx(0.4) and bo.reason == "React 5 >= 3; 40% free in weeks 12-13"
    assert ranked[2].reason == "React 2 < 3; 100% free in weeks 12-13"
    assert ranked[3].reason == "no React (needs 3); 100% free in weeks 12-13"


def test_every_requirement_is_judged_and_a_miss_ranks_below_a_full_fit() -> None:
    plan, _, ui = _team()
    plan.needs(ui, 2, 3)  # Testing 3 as well: only Bo has it
    ranked = candidates(plan.usage(), ui)
    assert ranked[0].name == "Bo" and ranked[0].reason == "React 5 >= 3; Testing 3 >= 3; 40% free in weeks 12-13"
    assert ranked[1].name == "Ana" and not ranked[1].fits and "Testing 2 < 3" in ranked[1].reason


def test_a_person_already_on_the_task_is_judged_on_the_rest_of_their_work() -> None:
    plan, people, ui = _team()
    plan.assign(ui, people["Ana"])
    ana = next(c for c in candidates(plan.usage(), ui) if c.name == "Ana")
    assert ana.assigned and ana.free == pytest.approx(1.0)


def test_without_required_skills_people_rank_by_room_and_say_so() -> None:
    plan, _, _ = _team()
    lone = plan.task("Write minutes", "2027-03-22", days=1)
    ranked = candidates(plan.usage(), lone)
    assert ranked[-1].name == "Bo"
    assert ranked[0].reason == "no skills required; 100% free in week 12"


def test_material_resources_are_never_candidates() -> None:
    plan, _, ui = _team()
    plan.project.resources[9] = plan.project.resources[1].__class__(9, "Licences", kind="material")
    assert "Licences" not in [c.name for c in candidates(plan.usage(), ui)]


def test_window_words_name_iso_weeks() -> None:
    start, finish = period_instants(date(2027, 12, 27), date(2028, 1, 5), Granularity.DAY)[[0, -1]]
    assert window_words(int(start), int(finish)) == "weeks 52/2027-1/2028"
