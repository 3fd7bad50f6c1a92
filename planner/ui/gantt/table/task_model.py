"""ONE item model over the WBS, feeding the task table and the Gantt chart (KD Gantt's design).

The model never changes the project: setData turns the typed text into a core edit
(planner.ui.gantt.table.cell_edits) and hands it to Session.run. What the document then
reports comes back through `Session.changed`: structure changes are replayed as
rows removed/inserted/moved (so views keep selection and expansion), field changes
become dataChanged for the touched rows (and the rows whose Predecessors a link
edit changed). The schedule's dates may move for any number of rows after any edit:
rather than one dataChanged per summary task (a thousand signals cost more than the
reschedule on a 10,000-task project, most of it in the proxy and the view), the
model says so once with `scheduleChanged`; the views repaint what is visible and the
proxy re-sorts or re-filters when it depends on dates. Cell values are computed
when a view asks (TaskFacts).

An index's internalId is its task id; a row is the task's place among its siblings.
Below the last task sits MS Project's blank entry row (internalId ENTRY): typing a name
there appends a task. It holds no task, so every role but its tooltip gives None there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from planner.core.edits import outline_edits
from planner.core.edits.changes import Changes
from planner.core.edits.edit import Edit
from planner.core.resources.names import UnknownResources
from planner.ui.gantt.roles import DatesRole, FinishRole, StartRole, TaskIdRole, TaskRole
from planner.ui.gantt.table import meeting_columns
from planner.ui.gantt.table.columns import COLUMNS, Column
from planner.ui.gantt.table.facts import TaskFacts
from planner.ui.gantt.table.indicators import indicators_of
from planner.ui.gantt.table.meeting_columns import action_tip
from planner.ui.gantt.table.outline_mirror import Insert, Move, OutlineMirror, Remove, Step, TooDifferent
from planner.ui.session import Session

IndicatorsRole = Qt.ItemDataRole.UserRole + 20  # list[planner.ui.gantt.table.indicators.Indicator]
STEP_LIMIT = 200  # more structural steps than this: a model reset is cheaper
ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}
ROOT = QModelIndex()
ENTRY = 0  # internalId of the blank entry row; Unique IDs start at 1
COLUMN_COUNT = len(COLUMNS)
NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT = _READ | Qt.ItemFlag.ItemIsEditable
TASK_FLAGS = [_EDIT if c.edit is not None else _READ for c in COLUMNS]
SUMMARY_FLAGS = [_EDIT if c.edit is not None and c.summary_editable else _READ for c in COLUMNS]
ENTRY_FLAGS = [_EDIT if c.key == "name" else _READ for c in COLUMNS]
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
ALIGNMENT, FONT, TOOLTIP = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole
Index = QModelIndex | QPersistentModelIndex


class TaskModel(QAbstractItemModel):
    """Rows are tasks in WBS order, columns are planner.ui.gantt.table.columns.COLUMNS."""

    refused = Signal(int, int, str)  # task id, column, why: the value typed was not taken
    notice = Signal(str)  # something the user should know about an edit that was taken
    adding = Signal(int)  # the Unique ID of a task about to be appended from the entry row
    scheduleChanged = Signal()  # dates, floats and the critical path may have moved for any row
    unknownResources = Signal(int, int, str, list)  # task id, column, Resource Names typed, names unknown

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.facts = TaskFacts(session)
        self._mirror = OutlineMirror(session.schedule.outline)
        self._bold = QFont()
        self._bold.setBold(True)
        session.changed.connect(self._on_changed)

    # -- structure ---------------------------------------------------------------
    # index, parent, rowCount and flags run tens of thousands of times when a view lays out a big
    # project (expandAll): they touch dictionaries only, and compare against module constants.
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            siblings = self._mirror.children.get(parent.internalId())
        else:
            siblings = self._mirror.children[None]
            if row == len(siblings) and 0 <= column < COLUMN_COUNT:
                return self.createIndex(row, column, ENTRY)
        if siblings is None or not (0 <= row < len(siblings) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        owner = self._mirror.parent.get(index.internalId())
        if owner is None:
            return QModelIndex()
        return self.createIndex(self._mirror.row(owner), 0, owner)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._mirror.children[None]) + 1  # and the entry row
        if parent.column():
            return 0
        siblings = self._mirror.children.get(parent.internalId())
        return len(siblings) if siblings else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: Index = ROOT) -> bool:
        return self.rowCount(parent) > 0

    def index_of(self, task_id: int, column: int = 0) -> QModelIndex:
        """The index of a task, or an invalid one if there is no such task."""
        if task_id not in self._mirror.parent:
            return QModelIndex()
        return self.createIndex(self._mirror.row(task_id), column, task_id)

    # -- data --------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task_id = index.internalId()
        column = COLUMNS[index.column()]
        facts = self.facts
        if task_id not in facts.project.tasks:  # the entry row, or a row being removed mid-change
            if task_id == ENTRY and role == TOOLTIP and column.key == "name":
                return "Type a task name here to add a task at the end"
            return None
        if role == DISPLAY:
            return column.text(facts, task_id)
        if role == EDIT:
            return (column.edit_text or column.text)(facts, task_id)
        if role == ALIGNMENT:
            return ALIGN[column.align]
        if role == FONT:
            return self._bold if self._mirror.children.get(task_id) else None
        if role == TOOLTIP:
            return self._tooltip(column, task_id)
        return self._custom(role, task_id)

    def _custom(self, role: int, task_id: int) -> Any:
        if role == TaskIdRole:
            return task_id
        if role == DatesRole:
            return self.facts.dates(task_id)
        if role == StartRole:
            return self.facts.dates(task_id).start
        if role == FinishRole:
            return self.facts.dates(task_id).finish
        if role == TaskRole:
            return self.facts.task(task_id)
        if role == IndicatorsRole:
            return indicators_of(self.facts, task_id)
        return None

    def _tooltip(self, column: Column, task_id: int) -> str | None:
        if column.key == "indicators":
            return "\n".join(i.tip for i in indicators_of(self.facts, task_id)) or None
        if column.key == "notes":
            return self.facts.task(task_id).notes or None
        if column.key == "name":  # and the action it came from: the way back to the meeting
            return "\n".join(filter(None, (self.facts.task(task_id).name, action_tip(self.facts, task_id))))
        if column.key == meeting_columns.KEY:
            return action_tip(self.facts, task_id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[column.align]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        column = index.column()
        task_id = index.internalId()
        if self._mirror.children.get(task_id):
            return SUMMARY_FLAGS[column]
        return ENTRY_FLAGS[column] if task_id == ENTRY else TASK_FLAGS[column]

    def is_entry(self, index: Index) -> bool:
        """Whether the index is in the blank entry row below the last task."""
        return index.isValid() and index.internalId() == ENTRY

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Build the edit the text means and run it; on refusal say why and change nothing."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        if column.edit is None:
            return False
        task_id, text = index.internalId(), "" if value is None else str(value)
        if task_id == ENTRY:
            return self._append(index.column(), text)
        notices: list[str | None] = []
        refusals: list[str] = []

        unknown: list[UnknownResources] = []

        def build(_project) -> Edit | None:
            try:
                edit, notice = column.edit(self.facts, task_id, text)
            except UnknownResources as names:
                unknown.append(names)
                return None
            notices.append(notice)
            return edit

        self.session.attempt(build, refusals.append)
        if unknown:  # the table asks whether to create them (task_table.py)
            self.unknownResources.emit(task_id, index.column(), text, list(unknown[0].names))
            return False
        if refusals:
            self.refused.emit(task_id, index.column(), refusals[0])
            return False
        if notices and notices[0]:
            self.notice.emit(notices[0])
        return True

    def _append(self, column: int, name: str) -> bool:
        """A name typed in the entry row adds a task at the end of the project (MS Project)."""
        if COLUMNS[column].key != "name" or not name.strip():
            return False

        def build(project) -> Edit:
            edit = outline_edits.insert_task(project, None, name.strip())
            self.adding.emit(edit.changes[0].after.id)  # before its row arrives: the proxy pins it
            return edit

        edit = self.session.attempt(build, lambda why: self.refused.emit(ENTRY, column, why))
        if edit is None:
            return False
        self.notice.emit(f"Added task {self.facts.row_id(edit.changes[0].after.id)} at the end")
        return True

    # -- following the document ------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        relinked = set()
        if changes.links:  # both ends: Predecessors of the one, Successors of the other
            relinked = self.facts.successors_of(changes.links) | self.facts.predecessors_of(changes.links)
        if changes.assignments or changes.resources:
            relinked |= self._assigned_tasks(changes)
        relinked |= meeting_columns.tasks_relinked(self.facts, changes)  # their Action cell
        self.facts.forget(
            links=bool(changes.links),
            calendars=changes.project or bool(changes.calendars),
            assignments=bool(changes.assignments or changes.resources or changes.structure),
        )
        if changes.structure:
            self._follow_outline()
        last = COLUMN_COUNT - 1
        for task_id in changes.tasks | relinked:
            if task_id in self._mirror.parent:
                row = self._mirror.row(task_id)
                self.dataChanged.emit(self.createIndex(row, 0, task_id), self.createIndex(row, last, task_id))
        self.scheduleChanged.emit()

    def _assigned_tasks(self, changes: Changes) -> set[int]:
        """The tasks whose Resource Names or Work an edit of assignments or resources changed, and
        their summaries (Work rolls up): read before `forget`, so a removed assignment is found."""
        project, facts = self.facts.project, self.facts
        touched = {a.task_id for i in changes.assignments if (a := project.assignments.get(i)) is not None}
        touched |= facts.assigned.tasks_touching(changes.assignments, changes.resources)
        outline = facts.outline
        return touched | {owner for t in touched if t in project.tasks for owner in outline.ancestors(t)}

    def _follow_outline(self) -> None:
        target = self.session.schedule.outline
        try:
            steps = self._mirror.steps_to(target, STEP_LIMIT)
        except TooDifferent:
            self.beginResetModel()
            self._mirror = OutlineMirror(target)
            self.endResetModel()
            return
        for step in steps:
            self._replay(step)

    def _parent_index(self, task_id: int | None) -> QModelIndex:
        return QModelIndex() if task_id is None else self.index_of(task_id)

    def _replay(self, step: Step) -> None:
        if isinstance(step, Remove):
            self.beginRemoveRows(self._parent_index(step.parent), step.row, step.row)
            self._mirror.apply(step)
            self.endRemoveRows()
        elif isinstance(step, Insert):
            self.beginInsertRows(self._parent_index(step.parent), step.row, step.row)
            self._mirror.apply(step)
            self.endInsertRows()
        elif isinstance(step, Move):
            source = self._parent_index(step.parent)
            destination = self._parent_index(step.dest_parent)
            if not self.beginMoveRows(source, step.row, step.row, destination, step.dest_row):
                raise AssertionError(f"refused move {step}")
            self._mirror.apply(step)
            self.endMoveRows()
