"""A pasted grid and a Fill Down as ONE edit with the table's cell rules, without a window (Qt-free module)."""

from __future__ import annotations

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.wbs import Outline
from planner.ui.gantt.table.columns import COLUMNS
from planner.ui.gantt.table.paste_edits import fill_down_edit, paste_edit

from .helpers import small_project

NAME_ON = [
    c for c in COLUMNS if c.edit is not None and c.shown
]  # Task name, Duration, Start, Finish, Predecessors, Resource Names
DURATION_ON = NAME_ON[1:]


def by_key(key: str):
    return next(c for c in COLUMNS if c.key == key)


def rows_after(project, edit):
    apply_edit(project, edit)
    outline = Outline.of(project)
    return [(project.tasks[t].name, project.tasks[t].duration.minutes) for t in outline.rows()]


def test_rows_past_the_last_task_append_tasks_with_their_cells() -> None:
    project = small_project()
    grid = [["Test", "2d"], ["Fix", "4h"], ["Ship", "0"]]
    edit = paste_edit(project, grid, [], NAME_ON)
    assert edit is not None and edit.label == "Paste"
    assert rows_after(project, edit)[5:] == [("Test", 960), ("Fix", 240), ("Ship", 0)]
    assert project.tasks[max(project.tasks)].milestone


def test_predecessors_may_name_tasks_of_the_same_block_by_their_new_ids() -> None:
    project = small_project()  # IDs 1..5: the pasted rows become 6, 7, 8
    grid = [["Test", "2d", "", "", "5"], ["Fix", "1d", "", "", "6"], ["Ship", "0", "", "", "6;7"]]
    edit = paste_edit(project, grid, [], NAME_ON)
    apply_edit(project, edit)
    ids = Outline.of(project).ids
    links = {(ids.id_of(link.predecessor_id), ids.id_of(link.successor_id)) for link in project.links.values()}
    assert {(5, 6), (6, 7), (6, 8), (7, 8)} <= links


def test_rows_on_tasks_set_their_cells_and_the_rest_append() -> None:
    project = small_project()
    with pytest.raises(InputError, match="Row 2 of the paste would add task 6, which needs a name"):
        paste_edit(project, [["5d"], ["1w"]], [4], DURATION_ON)  # onto Build, then one row past the end
    edit = paste_edit(project, [["Build it", "5d"], ["Retro", "1d"]], [4], NAME_ON)
    assert rows_after(project, edit)[3:] == [("Build it", 5 * 480), ("Launch", 0), ("Retro", 480)]


def test_a_bad_cell_refuses_the_whole_paste_naming_row_and_column() -> None:
    project = small_project()
    grid = [["Test", "2d"], ["Fix", "soon"]]
    with pytest.raises(InputError, match=r"^Row 2 of the paste \(task 7\), Duration: .*soon"):
        paste_edit(project, grid, [], NAME_ON)
    assert len(project.tasks) == 5  # nothing applied


def test_a_summary_duration_and_a_grid_too_wide_are_refused() -> None:
    project = small_project()
    with pytest.raises(InputError, match=r"Row 1 of the paste \(task 1\), Duration: .*subtasks"):
        paste_edit(project, [["3d"]], [1], DURATION_ON)
    with pytest.raises(InputError, match="7 columns wide, but only 6 editable columns"):
        paste_edit(project, [["a", "1d", "", "", "", "", "extra"]], [], NAME_ON)


def test_fill_down_puts_the_top_value_in_every_cell_below_as_one_edit() -> None:
    project = small_project()
    edit = fill_down_edit(project, by_key("duration"), "2d", [3, 4, 5])
    assert edit is not None and edit.label == "Fill Down"
    apply_edit(project, edit)
    assert [project.tasks[t].duration.minutes for t in (3, 4, 5)] == [960, 960, 960]
    assert not project.tasks[5].milestone


def test_fill_down_over_a_summary_is_refused_naming_it() -> None:
    project = small_project()
    with pytest.raises(InputError, match=r"^Task 1, Duration: "):
        fill_down_edit(project, by_key("duration"), "2d", [1, 2])
