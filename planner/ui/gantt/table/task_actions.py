"""The Gantt tab's task actions (Edit menu) with MS Project's shortcuts, bound to the open table.

The Gantt tab plugin scopes their shortcuts to its page and enables them while it is current."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.ui.gantt.table.task_commands import TaskCommands

Alt, Shift, Ctrl = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ControlModifier,
)


def _keys(*combos) -> list[QKeySequence]:
    return [QKeySequence(c) for c in combos]


class TaskActions(QObject):
    """Actions live as long as the window; `bind` points them at the open project's commands."""

    def __init__(self, window: QWidget, on_info: Callable[[], None], on_find: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.commands: TaskCommands | None = None
        key = Qt.Key
        self.insert = self._action("&Insert Task", "insert_task", _keys(key.Key_Insert))
        self.delete = self._action("&Delete Task", "delete_tasks", _keys(QKeySequence.StandardKey.Delete))
        self.indent = self._action("I&ndent", "indent", _keys(Alt | Shift | key.Key_Right))
        self.outdent = self._action("&Outdent", "outdent", _keys(Alt | Shift | key.Key_Left))
        self.move_up = self._action("Move &Up", "move_up", _keys(Alt | Shift | key.Key_Up))
        self.move_down = self._action("Move Do&wn", "move_down", _keys(Alt | Shift | key.Key_Down))
        self.link = self._action("&Link Tasks", "link", _keys(Ctrl | key.Key_F2))
        self.unlink = self._action("Un&link Tasks", "unlink", _keys(Ctrl | Shift | key.Key_F2))
        self.cut = self._action("Cu&t", "clipboard.cut", _keys("Ctrl+X"))
        self.copy = self._action("&Copy", "clipboard.copy", _keys("Ctrl+C"))
        self.paste = self._action("&Paste", "clipboard.paste", _keys("Ctrl+V"))
        self.fill_down = self._action("F&ill Down", "clipboard.fill_down", _keys("Ctrl+D"))
        self.info = self._plain("Task &Information…", on_info, _keys(Shift | key.Key_F2))
        self.find = self._plain("&Find…", on_find, _keys(QKeySequence.StandardKey.Find))
        self.cut.setStatusTip("Copy the selected tasks' rows and delete the tasks")
        self.copy.setStatusTip("Copy the selected cells as a grid Excel pastes")
        self.paste.setStatusTip("Paste cells from Planner or Excel here; rows past the last task add tasks")
        self.fill_down.setStatusTip("Copy the top selected cell into the selected cells below it")
        self.link.setStatusTip("Link the selected tasks finish-to-start, in table order")
        self.unlink.setStatusTip("Remove the links between the selected tasks (all links of a single task)")

    def _action(self, text: str, command: str, keys: list[QKeySequence]) -> QAction:
        return self._plain(text, lambda: self._run(command), keys)

    def _plain(self, text: str, slot: Callable[[], None], keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _run(self, command: str) -> None:
        if self.commands is not None:
            attrgetter(command)(self.commands)()

    @property
    def all(self) -> list[QAction]:
        return [
            self.cut, self.copy, self.paste, self.fill_down,
            self.insert, self.delete, self.indent, self.outdent, self.move_up, self.move_down,
            self.link, self.unlink, self.info, self.find,
        ]  # fmt: skip

    def bind(self, commands: TaskCommands | None) -> None:
        self.commands = commands

    def context_menu_actions(self) -> list[QAction | None]:
        """What a right-click on a task offers (None is a separator)."""
        return [
            self.info, None, self.cut, self.copy, self.paste, self.fill_down, None, self.insert, self.delete, None,
            self.indent, self.outdent, None, self.link, self.unlink,
        ]  # fmt: skip

    def menu_entries(self) -> list[QAction | None]:
        """The Edit menu's task entries (None is a separator)."""
        return [
            self.cut, self.copy, self.paste, self.fill_down, None,
            self.insert, self.delete, None, self.indent, self.outdent, self.move_up, self.move_down, None,
            self.link, self.unlink, None, self.info, self.find,
        ]  # fmt: skip
