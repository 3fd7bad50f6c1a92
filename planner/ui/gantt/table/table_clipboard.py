"""Copy, Cut, Paste and Fill Down in the task table, as a PM uses them between MS Project and Excel.

Copy puts the selected cells on the clipboard as tab-separated text (what Excel pastes
as a grid), in the text the table shows, in the order the columns are shown. Paste
reads such text onto the table from the current cell; Fill Down copies the top selected
cell of each column into the selected cells below it. The edits themselves are built by
planner.ui.gantt.table.paste_edits (Qt-free); this module reads the selection and the
clipboard and says what happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication

from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit
from planner.exchange.tsv import read_tsv, write_tsv
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table.columns import COLUMNS
from planner.ui.gantt.table.paste_edits import fill_down_edit, paste_edit
from planner.ui.gantt.table.task_table import TaskTable
from planner.ui.session import Session

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


class TableClipboard(QObject):
    def __init__(self, table: TaskTable, session: Session, delete_tasks: Callable[[], bool]) -> None:
        super().__init__(table)
        self.table = table
        self.session = session
        self._delete_tasks = delete_tasks

    # -- what is selected, as the user sees it -------------------------------------------
    def _shown_columns(self) -> list[int]:
        """Logical columns in the order shown, without hidden ones and the indicator icons."""
        header = self.table.header()
        logical = (header.logicalIndex(v) for v in range(header.count()))
        return [c for c in logical if not header.isSectionHidden(c) and COLUMNS[c].key != "indicators"]

    def _selected(self) -> dict[QModelIndex, set[int]]:
        """Selected columns per task row (column-0 index), in table order; the current cell when none is."""
        chosen = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        by_row: dict[QModelIndex, set[int]] = {}
        for index in chosen:
            if index.isValid() and index.data(TaskIdRole) is not None:  # not the entry row
                by_row.setdefault(index.siblingAtColumn(0), set()).add(index.column())
        ordered = self.table.in_table_order(set(by_row))
        return {row: by_row[row] for row in ordered}

    def _grid(
        self, rows: list[QModelIndex], columns: list[int], cells: list[set[int]] | None = None
    ) -> list[list[str]]:
        """The display text of `columns` in `rows`; a column a row did not select stays empty."""
        return [
            [row.siblingAtColumn(c).data(DISPLAY) or "" if cells is None or c in cells[n] else "" for c in columns]
            for n, row in enumerate(rows)
        ]

    # -- the commands ------------------------------------------------------------------
    def copy(self) -> None:
        """Ctrl+C: the selected cells as a grid (the columns between them left empty where not selected)."""
        rows = self._selected()
        if not rows:
            return
        shown = [c for c in self._shown_columns() if c in set().union(*rows.values())]
        grid = self._grid(list(rows), shown, list(rows.values()))
        QApplication.clipboard().setText(write_tsv(grid))
        self.table.message.emit(f"Copied {_count(len(grid), 'row')} × {_count(len(shown), 'column')}", False)

    def cut(self) -> None:
        """Ctrl+X: the selected rows (all columns shown, with the subtasks of a summary) copied, then deleted."""
        rows = list(self._selected())
        if not rows:
            return
        outline = self.session.schedule.outline
        uids = [row.data(TaskIdRole) for row in rows]
        with_subtasks = set(uids) | {d for t in uids for d in outline.descendants(t)}
        every = [self.table.proxy_index(t, 0) for t in outline.rows() if t in with_subtasks]
        text = write_tsv(self._grid([i for i in every if i.isValid()], self._shown_columns()))
        if self._delete_tasks():
            QApplication.clipboard().setText(text)
            self.table.message.emit(f"Cut {_count(len(every), 'task')} to the clipboard (Ctrl+Z undoes the cut)", False)

    def paste(self) -> None:
        """Ctrl+V: the clipboard's grid from the current cell, onto the rows below it and new rows at the end."""
        grid = read_tsv(QApplication.clipboard().text())
        current = self.table.currentIndex()
        if not grid or not current.isValid():
            self.table.message.emit("Nothing to paste: copy cells in Planner or Excel first", False)
            return
        shown = self._shown_columns()
        from_here = shown[shown.index(current.column()) :] if current.column() in shown else shown
        columns = [COLUMNS[c] for c in from_here if COLUMNS[c].edit is not None]
        rows = self._rows_from(current, len(grid))
        edit = self.session.attempt(
            lambda p: self._pinned(paste_edit(p, grid, rows, columns)),
            lambda why: self.table.report(f"{why}. Nothing was pasted"),
        )
        if edit is None:
            return
        added = _added(edit)
        width = max(len(cells) for cells in grid)
        pasted = [c for c in from_here if COLUMNS[c].edit is not None][:width]
        self._select(rows + added, pasted)
        also = f", {_count(len(added), 'task')} added" if added else ""
        starts = [n for n, c in enumerate(pasted) if COLUMNS[c].key == "start"]
        if starts and any(len(cells) > starts[0] and cells[starts[0]].strip() for cells in grid):
            also += ", each pasted Start as Start No Earlier Than"  # what typing a start does
        self.table.message.emit(f"Pasted {_count(len(grid), 'row')}{also} (Ctrl+Z undoes the paste)", False)

    def _rows_from(self, current: QModelIndex, count: int) -> list[int]:
        """The Unique IDs of the task rows from the current one down, as shown, up to the entry row."""
        found: list[int] = []
        index = current.siblingAtColumn(0)
        while index.isValid() and len(found) < count and index.data(TaskIdRole) is not None:
            found.append(index.data(TaskIdRole))
            index = self.table.indexBelow(index)
        return found

    def _pinned(self, edit: Edit | None) -> Edit | None:
        """Tasks a paste adds stay shown under a filter, as typed ones do (the proxy pins them before they arrive)."""
        for task_id in _added(edit):
            self.table.proxy.pin(task_id)
        return edit

    def _select(self, task_ids: list[int], columns: list[int]) -> None:
        """Select the cells that were pasted, so the PM sees where the block went; the first is current."""
        selection = QItemSelection()
        for task_id in task_ids:
            for column in columns:
                index = self.table.proxy_index(task_id, column)
                selection.select(index, index)
        if not task_ids or not columns:
            return
        model = self.table.selectionModel()
        model.setCurrentIndex(
            self.table.proxy_index(task_ids[0], columns[0]), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def fill_down(self) -> None:
        """Ctrl+D: in each selected column, the top selected cell's value into the selected cells below it."""
        rows = self._selected()
        columns: dict[int, list[int]] = {}
        for row, cells in rows.items():
            for column in cells:
                columns.setdefault(column, []).append(row.data(TaskIdRole))
        fills = {c: ids for c, ids in columns.items() if len(ids) > 1}
        if not fills:
            self.table.message.emit("Fill Down: select a cell and the cells below it to fill", False)
            return
        fixed = [COLUMNS[c].title for c in fills if COLUMNS[c].edit is None]
        if fixed:
            self.table.report(f"Fill Down: {', '.join(fixed)} is worked out by Planner and cannot be typed")
            return
        builders = [self._fill_builder(c, ids) for c, ids in fills.items()]
        cells = sum(len(ids) - 1 for ids in fills.values())
        edit = self.session.attempt(
            lambda p: compose(p, "Fill Down", builders),
            lambda why: self.table.report(f"{why}. Nothing was filled"),
        )
        if edit is not None:
            self.table.message.emit(f"Filled down {_count(cells, 'cell')}", False)

    def _fill_builder(self, column: int, ids: list[int]):
        top = self.table.proxy_index(ids[0], column)
        text = top.data(EDIT) or ""
        return lambda project: fill_down_edit(project, COLUMNS[column], text, ids[1:])


def _added(edit: Edit | None) -> list[int]:
    if edit is None:
        return []
    return [c.after.id for c in edit.changes if c.table == "tasks" and c.before is None and c.after is not None]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"
