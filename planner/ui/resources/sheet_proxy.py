"""Sort and filter of the resource sheet: by any column, by group, by a search over names and roles.

The blank row for a new resource stays last whatever the order, and shows whatever the filter.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from planner.ui.resources.sheet_model import ResourceModel, SortRole

Index = QModelIndex | QPersistentModelIndex
ALL_GROUPS = ""


class ResourceProxy(QSortFilterProxyModel):
    def __init__(self, model: ResourceModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SortRole)
        self._text = ""
        self._group = ALL_GROUPS

    @property
    def resource_model(self) -> ResourceModel:
        model = self.sourceModel()
        assert isinstance(model, ResourceModel)
        return model

    def set_filter(self, text: str | None = None, group: str | None = None) -> None:
        """Show the resources of `group` (all: "") whose name, initials, role or email contain `text`."""
        self._text = self._text if text is None else text.strip().casefold()
        self._group = self._group if group is None else group
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        resource = self.resource_model.resource_at(source_row)
        if resource is None:
            return True
        if self._group and resource.group != self._group:
            return False
        if not self._text:
            return True
        fields = (resource.name, resource.initials, resource.role, resource.email, resource.group)
        return any(self._text in f.casefold() for f in fields) or self._text == str(resource.id)

    def lessThan(self, left: Index, right: Index) -> bool:
        """By the column's key, ties by Unique ID; the blank row stays last in either direction."""
        model = self.resource_model
        a, b = model.resource_at(left.row()), model.resource_at(right.row())
        if a is None or b is None:  # Qt reverses the answers when descending: answer so that it stays last
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return ascending and a is not None if b is None else not ascending
        ka, kb = left.data(SortRole), right.data(SortRole)
        if ka == kb:
            return a.id < b.id
        return ka < kb
