"""Resource Names as a PM types them in MS Project: `Ana[50%];Bo`, `Cement[2]`."""

from __future__ import annotations

import pytest

from planner.core.errors import InputError
from planner.core.model.entities import Assignment
from planner.core.resources.names import UnknownResources, format_names, initials_for, read_entries, resolve
from tests.core.assign.helpers import team_project


def named(text: str) -> list[tuple[str, float]]:
    return [(n.resource.name, n.units) for n in resolve(team_project(), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana", [("Ana", 1.0)]),
        ("Ana[50%];Bo Chen", [("Ana", 0.5), ("Bo Chen", 1.0)]),
        ("ana [ 50 % ] ; bc", [("Ana", 0.5), ("Bo Chen", 1.0)]),
        ("BC[150%]", [("Bo Chen", 1.5)]),
        ("Ana[50%], Bo Chen", [("Ana", 0.5), ("Bo Chen", 1.0)]),
        ("Cement[2]", [("Cement", 2.0)]),
        ("cem[2.5];Travel", [("Cement", 2.5), ("Travel", 1.0)]),
        ("", []),
        (" ; ", []),
    ],
)
def test_names_and_initials_in_any_case_give_resources_and_units(text, expected) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Ana[abc%]", "Ana: units 'abc%' are not a number; write e.g. Ana[50%]"),
        ("Ana[-50%]", "Ana: units cannot be negative (-50%)"),
        ("Ana[0%]", "Ana: units must be above 0; remove Ana to unassign"),
        ("Ana[]", "Ana: units '' are not a number; write e.g. Ana[50%]"),
        ("Cement[20%]", "Cement is a material resource: give an amount such as Cement[2], not %"),
        ("Ana[2]", "Ana works in %: write e.g. Ana[200%]"),
        ("Travel[50%]", "Travel is a cost resource: it takes no units, only its cost"),
        ("Ana;ana[50%]", "Ana is named twice"),
        ("Ana[50%", "'Ana[50%' is not understood; write e.g. Ana[50%];Bo"),
    ],
)
def test_bad_names_get_a_message_fit_for_the_cell(text, message) -> None:
    with pytest.raises(InputError) as caught:
        resolve(team_project(), text)
    assert str(caught.value) == message


def test_unknown_names_are_all_listed_so_the_window_can_offer_to_create_them() -> None:
    with pytest.raises(UnknownResources) as caught:
        resolve(team_project(), "Ana;Zoe Novak[50%];Max;zoe novak")
    assert caught.value.names == ("Zoe Novak", "Max", "zoe novak")
    assert str(caught.value).startswith("no resources are called 'Zoe Novak', 'Max'")
    with pytest.raises(UnknownResources, match=r"^no resource is called 'Max'$"):
        resolve(team_project(), "Max")


def test_format_writes_names_with_units_that_read_back_the_same() -> None:
    project = team_project()
    assignments = [Assignment(1, 1, 1, 0.5), Assignment(2, 1, 2, 1.0), Assignment(3, 1, 3, 2.0), Assignment(4, 1, 4)]
    text = format_names(project, assignments)
    assert text == "Ana[50%];Bo Chen;Cement[2];Travel"
    assert [(n.resource.id, n.units) for n in resolve(project, text)] == [(1, 0.5), (2, 1.0), (3, 2.0), (4, 1.0)]
    assert format_names(project, [Assignment(1, 1, 1, 1 / 3)]) == "Ana[33.33%]"


def test_initials_of_a_new_resource_are_unique() -> None:
    assert initials_for("Zoe Novak") == "ZN"
    assert initials_for("Zoe Novak", ["zn"]) == "ZN2"
    assert read_entries("Ana[50%]")[0].percent
