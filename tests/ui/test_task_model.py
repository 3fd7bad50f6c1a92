"""The task model alone: Qt's model checks, then what its cells say and what setData does."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from planner.ui.gantt.roles import DatesRole, TaskIdRole, TaskRole
from planner.ui.gantt.table.columns import column_index
from planner.ui.gantt.table.task_model import TaskModel
from planner.ui.gantt.table.task_proxy import TaskFilter, TaskProxy

from .helpers import reload


def cell(model, task_id: int, key: str) -> str:
    return model.index_of(task_id, column_index(key)).data()


def test_model_passes_qt_checks(qtmodeltester, session) -> None:
    model = TaskModel(session)
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qt_checks(qtmodeltester, session) -> None:
    proxy = TaskProxy(TaskModel(session))
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter(TaskFilter.CRITICAL)
    qtmodeltester.check(proxy, force_py=True)


def tree_of(model, parent=None) -> list:
    """The model's task rows as nested (task id, children) pairs, as a view would walk them.

    The entry row, last at the top level, is checked to be there and left out."""
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append((index.data(TaskIdRole), tree_of(model, index)))
    if not parent.isValid():
        assert rows[-1] == (None, []), "no entry row below the last task"
        rows.pop()
    return rows


def outline_tree(outline, parent=None) -> list:
    return [(t, outline_tree(outline, t)) for t in outline.children.get(parent, [])]


def test_cells_read_as_a_pm_expects(session) -> None:
    model = TaskModel(session)
    assert cell(model, 2, "name") == "Spec"
    assert cell(model, 2, "duration") == "2d"
    assert cell(model, 2, "start") == "Mon 2027-01-04"
    assert cell(model, 2, "finish") == "Tue 2027-01-05"
    assert cell(model, 3, "predecessors") == "2"
    assert cell(model, 1, "duration") == "3d"  # the summary spans its subtasks
    assert model.index_of(1, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index_of(4, 0).data(DatesRole).critical


def test_structure_edits_keep_the_model_in_step(qtmodeltester, session) -> None:
    from planner.core.edits import outline_edits

    model = TaskModel(session)
    qtmodeltester.check(model, force_py=True)
    steps = [
        lambda p: outline_edits.insert_task(p, 3, "Mockups"),
        lambda p: outline_edits.indent(p, 4),
        lambda p: outline_edits.move(p, 2, 1),
        lambda p: outline_edits.outdent(p, 4),
        lambda p: outline_edits.outdent(p, 6),
        lambda p: outline_edits.delete_tasks(p, [1]),
    ]
    for build in steps:
        session.run(build(session.project))
        assert tree_of(model) == outline_tree(session.schedule.outline)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
        assert tree_of(model) == outline_tree(session.schedule.outline)
    assert tree_of(model) == [(1, [(2, []), (3, [])]), (4, []), (5, [])]


def test_typing_a_duration_changes_the_file(session, project_file) -> None:
    model = TaskModel(session)
    assert model.setData(model.index_of(4, column_index("duration")), "5d")
    assert cell(model, 4, "duration") == "5d"
    assert cell(model, 5, "start") == "Wed 2027-01-13"  # the milestone follows Build
    assert reload_after_close(session, project_file).tasks[4].duration.minutes == 5 * 480


def reload_after_close(session, path):
    session.close()
    return reload(path)


def test_refused_value_is_reported_and_nothing_changes(qtbot, session, project_file) -> None:
    model = TaskModel(session)
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(model.index_of(4, column_index("duration")), "three days")
    task_id, column, message = refused.args
    assert (task_id, column) == (4, column_index("duration"))
    assert "not understood" in message
    assert cell(model, 4, "duration") == "3d"
    assert not session.undo_stack.canUndo()
    assert reload_after_close(session, project_file).tasks[4].duration.minutes == 3 * 480


def test_sorted_and_filtered_proxy_stays_valid_through_edits(qtmodeltester, session) -> None:
    from planner.core.edits import outline_edits, task_edits

    proxy = TaskProxy(TaskModel(session))
    proxy.sort(column_index("name"), Qt.SortOrder.DescendingOrder)
    proxy.set_filter(text="e")
    qtmodeltester.check(proxy, force_py=True)
    session.run(outline_edits.insert_task(session.project, 4, "Deploy"))
    session.run(outline_edits.indent(session.project, 4))
    session.run(task_edits.rename(session.project, 2, "Zero"))
    names = [proxy.index(r, 0).data(TaskRole).name for r in range(proxy.rowCount() - 1)]
    assert names == sorted(names, reverse=True)
    assert proxy.index(proxy.rowCount() - 1, 0).data(TaskRole) is None  # the entry row stays last
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    qtmodeltester.check(proxy, force_py=True)
