"""The undo stack stays where the file is: a refused edit, undo or redo leaves no false step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.core.edits import task_edits
from planner.core.errors import PlannerError
from planner.store.document import Document

from .helpers import cell_text, close_and_reload, table_of, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


def refuse_every_edit(monkeypatch) -> None:
    def refuse(self, edit):
        raise PlannerError("task 4 is no longer what this step expects")

    monkeypatch.setattr(Document, "apply", refuse)


def test_a_refused_edit_leaves_no_undo_step(session, monkeypatch) -> None:
    refuse_every_edit(monkeypatch)
    with pytest.raises(PlannerError, match="no longer"):
        session.run(task_edits.rename(session.project, 4, "Construct"))
    assert session.undo_stack.count() == 0
    assert session.project.tasks[4].name == "Build"


def test_a_refused_undo_says_so_and_keeps_the_step(qtbot, window, monkeypatch) -> None:
    type_into(qtbot, window, 4, "duration", "5d")
    stack = window.session.undo_stack
    assert stack.index() == 1
    with monkeypatch.context() as patch:
        refuse_every_edit(patch)
        qtbot.keyClick(table_of(window), Qt.Key.Key_Z, CTRL)
    message = window.statusBar().currentMessage()
    assert "Undo of" in message and "was refused" in message and "no longer" in message
    assert (stack.index(), stack.canUndo(), stack.canRedo()) == (1, True, False)
    assert cell_text(window, 4, "duration") == "5d"
    qtbot.keyClick(table_of(window), Qt.Key.Key_Z, CTRL)  # the document takes it now
    assert stack.index() == 0
    assert cell_text(window, 4, "duration") == "3d"
    assert close_and_reload(window).tasks[4].duration.minutes == 3 * 480


def test_a_refused_redo_says_so_and_stays_undone(qtbot, window, monkeypatch) -> None:
    type_into(qtbot, window, 4, "duration", "5d")
    stack = window.session.undo_stack
    qtbot.keyClick(table_of(window), Qt.Key.Key_Z, CTRL)
    with monkeypatch.context() as patch:
        refuse_every_edit(patch)
        qtbot.keyClick(table_of(window), Qt.Key.Key_Y, CTRL)
    assert "Redo of" in window.statusBar().currentMessage()
    assert (stack.index(), stack.canRedo()) == (0, True)
    assert close_and_reload(window).tasks[4].duration.minutes == 3 * 480


def test_a_jump_in_the_history_stops_at_the_refused_step(qtbot, window, monkeypatch) -> None:
    """Clicking <opened> in Undo History undoes two steps; when the older one is refused, the index stops there."""
    type_into(qtbot, window, 4, "duration", "5d")
    type_into(qtbot, window, 4, "name", "Construct")
    stack = window.session.undo_stack
    real_apply = Document.apply
    calls: list[str] = []

    def second_refused(self, edit):
        calls.append(edit.label)
        if len(calls) == 2:
            raise PlannerError("stale")
        return real_apply(self, edit)

    monkeypatch.setattr(Document, "apply", second_refused)
    window.undo_view.setCurrentIndex(window.undo_view.model().index(0, 0))  # the "<opened>" row
    monkeypatch.undo()
    assert len(calls) == 2
    assert stack.index() == 1  # the rename was undone, the duration change was not
    assert cell_text(window, 4, "name") == "Build"
    assert cell_text(window, 4, "duration") == "5d"
    project = close_and_reload(window)
    assert (project.tasks[4].name, project.tasks[4].duration.minutes) == ("Build", 5 * 480)
