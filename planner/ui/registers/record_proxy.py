"""Which records a register table shows and in what order.

The filter (a RecordFilter from the Show combo), the find text (any text a row shows,
the ID too: "d12", "alice", "login"), and for a detail table the parent it is
narrowed to (a checklist's items, a meeting's actions). The header sorts by
SortRole: a third click gives the register's order back (QHeaderView's clearable
sort indicator).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal

from planner.ui.registers.record_filter import RecordFilter, everything
from planner.ui.registers.record_model import RecordModel, RecordRole, SortRole


class RecordProxy(QSortFilterProxyModel):
    counted = Signal(int, int)  # shown, total: after every change of what is shown

    def __init__(self, model: RecordModel) -> None:
        super().__init__()
        self.record_model = model
        self.filter = everything(model.spec)
        self.text = ""
        self.parent_key: str | None = None  # the RECORD field a detail table is narrowed by
        self.parent_id: int | None = None
        self.setSourceModel(model)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        # after the proxy has followed the source (it drops rows before the source does, so not its own signals)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(lambda *_: self._count())

    def set_filter(self, chosen: RecordFilter) -> None:
        self.beginFilterChange()
        self.filter = chosen
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._count()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = " ".join(text.split()).lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._count()

    def set_parent(self, key: str | None, record_id: int | None) -> None:
        """Show only the records whose `key` field is `record_id` (None with a key: none at all)."""
        self.beginFilterChange()
        self.parent_key, self.parent_id = key, record_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._count()

    @property
    def narrowed(self) -> bool:
        """True when the filter or the find text hides records (the parent of a detail table does not count)."""
        return bool(self.text) or self.filter.name != everything(self.record_model.spec).name

    def total(self) -> int:
        """The records the table could show: all of them, or all of its parent's."""
        model = self.record_model
        if self.parent_key is None:
            return model.rowCount()
        return sum(1 for r in model.rows if getattr(r, self.parent_key) == self.parent_id)

    def _count(self) -> None:
        self.counted.emit(self.rowCount(), self.total())

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.record_model
        record = model.index(row, 0).data(RecordRole)
        if record is None:
            return False
        if self.parent_key is not None and getattr(record, self.parent_key) != self.parent_id:
            return False
        if not self.filter.keeps(record):
            return False
        if self.text:
            found = " ".join(model.text(record, c) for c in range(model.columnCount())).lower()
            return self.text in " ".join(found.split())
        return True

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
