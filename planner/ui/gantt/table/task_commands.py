"""The task table's commands (Insert, Delete, Indent, Link, ...) as edits on the selection.

One small method per user action (Anki's operations): read the selection, build the
edit with the core builders, run it through the session, put the cursor where a PM
expects it. A refusal is reported beside the table; nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from planner.core.edits import link_edits, outline_edits
from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit
from planner.core.model.entities import Project
from planner.ui.gantt.table import questions
from planner.ui.gantt.table.table_clipboard import TableClipboard
from planner.ui.gantt.table.task_table import TaskTable
from planner.ui.session import Builder, Session


class TaskCommands(QObject):
    def __init__(self, table: TaskTable, session: Session) -> None:
        super().__init__(table)
        self.table = table
        self.session = session
        self.clipboard = TableClipboard(table, session, self.delete_tasks)

    def _run(self, build: Builder) -> Edit | None:
        """Build and run one edit, a refusal reported beside the table. Returns the edit that was made, if any."""
        return self.session.attempt(build, self.table.report)

    def _top_level(self, task_ids: list[int]) -> list[int]:
        """The selected tasks without those whose summary is selected too (they move with it)."""
        outline = self.session.schedule.outline
        chosen = set(task_ids)
        return [t for t in task_ids if not chosen.intersection(outline.ancestors(t))]

    # -- the commands --------------------------------------------------------------
    def insert_task(self) -> None:
        """A new task above the current one (at the end when there is none), ready to be named.

        As in MS Project it takes the current row's ID and the rows below renumber. It stays
        shown under any filter (until the filter is set again), so what is typed next names it.
        """
        above = self.table.current_task_id()

        def build(project: Project) -> Edit:
            edit = outline_edits.insert_task(project, above)
            self.table.proxy.pin(edit.changes[0].after.id)
            return edit

        edit = self._run(build)
        if edit is not None:
            new_id = edit.changes[0].after.id
            self.table.select_task(new_id)
            shown = self.session.schedule.outline.ids.id_of(new_id)
            self.table.message.emit(f"Inserted task {shown}: type its name", False)

    def delete_tasks(self) -> bool:
        """Delete the selected tasks; a summary goes with its subtasks after MS Project's question.

        Returns whether they were deleted (Cut puts them on the clipboard only then)."""
        chosen = self._top_level(self.table.selected_task_ids())
        if not chosen:
            return False
        outline = self.session.schedule.outline
        summaries = [t for t in chosen if outline.is_summary(t)]
        subtasks = sum(1 for t in summaries for _ in outline.descendants(t))
        if summaries and not questions.ask_delete_summary(
            self.table, questions.summary_delete_text([self._named(t) for t in summaries], subtasks)
        ):
            return False
        current = self.table.currentIndex()
        row, column, parent = current.row(), current.column(), current.parent()
        text = self._deleted_text(chosen, subtasks)
        if self._run(lambda p: outline_edits.delete_tasks(p, chosen)) is None:
            return False
        self.table.message.emit(text, False)
        self._select_near(row, column, parent)
        return True

    def _named(self, task_id: int) -> str:
        """`1 'Design'`: a task as the table shows it, by row ID."""
        return f"{self.session.schedule.outline.ids.id_of(task_id)} {self.session.project.tasks[task_id].name!r}"

    def _deleted_text(self, chosen: list[int], subtasks: int) -> str:
        """`Deleted 1 'Design' and its 2 subtasks, with their links (Ctrl+Z brings them back)`."""
        names = ", ".join(self._named(t) for t in chosen[:3])
        more = f" and {len(chosen) - 3} more" if len(chosen) > 3 else ""
        owner = "its" if len(chosen) == 1 else "their"
        below = f" and {owner} {subtasks} subtask{'s' if subtasks != 1 else ''}" if subtasks else ""
        return f"Deleted {names}{more}{below}, with their links (Ctrl+Z brings them back)"

    def _select_near(self, row: int, column: int, parent) -> None:
        proxy = self.table.proxy
        count = proxy.rowCount(parent)
        if count:
            index = proxy.index(min(row, count - 1), column, parent)
        else:
            index = parent.siblingAtColumn(column) if parent.isValid() else proxy.index(0, column)
        if index.isValid():
            self.table.setCurrentIndex(index)

    def indent(self) -> None:
        self._each("Indent", outline_edits.indent, reverse=False)

    def outdent(self) -> None:
        self._each("Outdent", outline_edits.outdent, reverse=False)

    def move_up(self) -> None:
        self._each("Move", lambda p, t: outline_edits.move(p, t, -1), reverse=False, label="Move task up")

    def move_down(self) -> None:
        self._each("Move", lambda p, t: outline_edits.move(p, t, 1), reverse=True, label="Move task down")

    def _each(self, verb: str, build, reverse: bool, label: str | None = None) -> None:
        """One builder per selected task (top-most ones only), combined into one undo step."""
        chosen = self._top_level(self.table.selected_task_ids())
        if not chosen:
            return
        order = list(reversed(chosen)) if reverse else chosen
        text = label or (f"{verb} task" if len(chosen) == 1 else f"{verb} {len(chosen)} tasks")
        self._run(lambda p: compose(p, text, [lambda q, t=t: build(q, t) for t in order]))
        self.table.scrollTo(self.table.currentIndex())

    def link(self) -> None:
        """Ctrl+F2: the selected tasks, in table order, each finish-to-start to the next."""
        chosen = self.table.selected_task_ids()
        if self._run(lambda p: link_edits.link_chain(p, chosen)) is not None:
            ids = self.session.schedule.outline.ids
            self.table.message.emit(
                "Linked " + " → ".join(str(ids.id_of(t)) for t in chosen) + " finish-to-start", False
            )

    def unlink(self) -> None:
        chosen = self.table.selected_task_ids()
        if chosen:
            self._run(lambda p: link_edits.unlink(p, chosen))
