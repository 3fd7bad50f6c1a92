"""Typing three-point estimates: defaults from the duration, refusals that say which value is wrong."""

from __future__ import annotations

import re

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.estimate_edits import estimate_of_task, set_distribution, set_estimate_point
from planner.core.edits.outline_edits import delete_tasks
from planner.core.errors import InputError
from planner.core.model.estimates import Distribution
from tests.ui.helpers import small_project

DAY = 480


def typed(project, task_id, point, text):
    edit = set_estimate_point(project, task_id, point, text)
    if edit is not None:
        apply_edit(project, edit)
    return estimate_of_task(project, task_id)


def test_a_pessimistic_value_alone_keeps_the_duration_as_optimistic_and_most_likely() -> None:
    project = small_project()  # Build lasts 3d
    estimate = typed(project, 4, "pessimistic", "5d")
    assert (estimate.optimistic_minutes, estimate.most_likely_minutes, estimate.pessimistic_minutes) == (
        3 * DAY,
        3 * DAY,
        5 * DAY,
    )
    assert estimate.distribution is Distribution.TRIANGULAR
    estimate = typed(project, 4, "optimistic", "2d")
    assert estimate.optimistic_minutes == 2 * DAY and len(project.task_estimates) == 1


@pytest.mark.parametrize(
    ("point", "text", "message"),
    [
        ("pessimistic", "2d", "the pessimistic duration (2d) cannot be shorter than the most likely (3d)"),
        ("optimistic", "4d", "the optimistic duration (4d) cannot be longer than the most likely (3d)"),
        ("most_likely", "three", "not understood"),
        ("pessimistic", "-2d", "negative"),
        ("pessimistic", "5ed", "estimates are working time"),
    ],
)
def test_values_out_of_order_or_unreadable_are_refused(point, text, message) -> None:
    project = small_project()
    with pytest.raises(InputError, match=re.escape(message)):
        set_estimate_point(project, 4, point, text)
    assert project.task_estimates == {}


def test_a_summary_takes_no_estimate_and_clearing_removes_it() -> None:
    project = small_project()
    with pytest.raises(InputError, match="summary"):
        set_estimate_point(project, 1, "pessimistic", "9d")
    typed(project, 4, "pessimistic", "5d")
    assert typed(project, 4, "most_likely", "") is None and project.task_estimates == {}


def test_distribution_by_name_or_first_letters() -> None:
    project = small_project()
    apply_edit(project, set_distribution(project, 4, "pe"))
    assert estimate_of_task(project, 4).distribution is Distribution.PERT
    apply_edit(project, set_distribution(project, 4, "Uniform"))
    assert estimate_of_task(project, 4).distribution is Distribution.UNIFORM
    with pytest.raises(InputError, match="not one of Triangular, PERT, Uniform"):
        set_distribution(project, 4, "normal")


def test_deleting_the_task_takes_its_estimate_and_undo_brings_it_back() -> None:
    project = small_project()
    typed(project, 4, "pessimistic", "5d")
    edit = delete_tasks(project, [4])
    apply_edit(project, edit)
    assert project.task_estimates == {} and estimate_of_task(project, 4) is None
    apply_edit(project, edit.inverse())
    assert estimate_of_task(project, 4).pessimistic_minutes == 5 * DAY
