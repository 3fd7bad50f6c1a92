"""Assigning as a PM does it: by typing names, by the dialog's buttons, creating people on the way."""

from __future__ import annotations

import pytest

from planner.core.edits import assignment_edits as edits
from planner.core.errors import InputError
from planner.core.resources.names import UnknownResources
from planner.store.projectfile import ProjectFile
from tests.core.assign.helpers import applied, days, team_project, units_and_work


def test_typed_names_assign_and_work_follows_units() -> None:
    project = team_project()
    applied(project, edits.assign_names(project, 1, "Ana[50%];BC"))
    assert units_and_work(project) == {"Ana": (0.5, 20), "Bo Chen": (1.0, 40)}
    assert edits.task_work(project, 1) == 60 * 60
    assert edits.assign_names(project, 1, "ana[50%];bo chen") is None  # the same: no undo step


def test_material_and_cost_resources_take_no_work_and_leave_the_duration() -> None:
    project = team_project(effort_driven=True)
    applied(project, edits.assign_names(project, 1, "Ana;Cement[3];Travel"))
    assert units_and_work(project) == {"Ana": (1.0, 40), "Cement": (3.0, 0), "Travel": (1.0, 0)}
    applied(project, edits.assign_names(project, 1, "Ana;Cement[5]"))
    assert (days(project), units_and_work(project)) == (5, {"Ana": (1.0, 40), "Cement": (5.0, 0)})


def test_unknown_names_can_be_created_in_the_same_edit() -> None:
    project = team_project()
    with pytest.raises(UnknownResources) as caught:
        edits.assign_names(project, 1, "Ana;Zoe Novak[50%]")
    edit = edits.assign_creating(project, 1, "Ana;Zoe Novak[50%]", caught.value.names)
    applied(project, edit)
    zoe = next(r for r in project.resources.values() if r.name == "Zoe Novak")
    assert (zoe.kind, zoe.initials) == ("work", "ZN")
    assert units_and_work(project) == {"Ana": (1.0, 40), "Zoe Novak": (0.5, 20)}
    applied(project, edit.inverse())
    assert "Zoe Novak" not in {r.name for r in project.resources.values()} and not project.assignments


def test_a_summary_task_is_refused() -> None:
    with pytest.raises(InputError, match="a summary task takes its work from its subtasks"):
        edits.assign_names(team_project(), 2, "Ana")


def test_the_dialog_buttons_assign_remove_and_replace() -> None:
    project = team_project()
    applied(project, edits.add_resource(project, 1, 1))
    applied(project, edits.set_units(project, 1, 1, 0.5))
    assert (days(project), units_and_work(project)) == (10, {"Ana": (0.5, 40)})
    applied(project, edits.replace_resource(project, 1, 1, 2))
    assert units_and_work(project) == {"Bo Chen": (0.5, 40)}
    with pytest.raises(InputError, match="Cement is a material resource; replace it with one of the same type"):
        edits.replace_resource(project, 1, 2, 3)
    applied(project, edits.remove_resource(project, 1, 2))
    assert not project.assignments and days(project) == 10


def test_work_typed_per_assignment_and_per_task() -> None:
    project = team_project()
    applied(project, edits.assign_names(project, 1, "Ana"))
    applied(project, edits.set_assignment_work(project, 1, 1, "20h"))
    assert (days(project), units_and_work(project)) == (2.5, {"Ana": (1.0, 20)})
    applied(project, edits.assign_names(project, 1, "Ana;Bo Chen"))
    applied(project, edits.set_assignment_work(project, 1, 2, "10h"))  # two people: Bo's units follow
    assert units_and_work(project) == {"Ana": (1.0, 20), "Bo Chen": (0.5, 10)}
    with pytest.raises(InputError, match="work is done by resources: assign one first"):
        edits.set_task_work(team_project(), 1, "8h")
    with pytest.raises(InputError, match="negative"):
        edits.set_task_work(project, 1, "-8h")


def test_assignments_task_type_and_effort_driven_survive_a_reopen(tmp_path) -> None:
    project = team_project()
    applied(project, edits.set_task_type(project, 1, "fixed duration"))
    applied(project, edits.set_effort_driven(project, 1, True))
    applied(project, edits.assign_names(project, 1, "Ana[50%];Cement[2]"))
    path = tmp_path / "team.plandb"
    ProjectFile.create(path, project).close()
    with ProjectFile.open(path, writable=False) as file:
        again = file.load()
    assert again.tasks[1].task_type == project.tasks[1].task_type
    assert again.tasks[1].effort_driven
    assert units_and_work(again) == {"Ana": (0.5, 20), "Cement": (2.0, 0)}
