"""RegisterPage: one register's page: a toolbar, the table, and room for a pane a richer page adds.

The toolbar: Add, Delete, the Show combo (RecordFilter entries a page can supply),
the find box, "N of M shown" and Import… (import_dialog). `add_pane` puts a chart or a list beside
or below the table. `narrow_to` makes the page a detail table (one parent's rows;
Insert fills the parent), which is what master_detail.MasterDetailPage builds on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.edits.cascade import deletion
from planner.core.errors import InputError, PlannerError
from planner.core.model.entities import Project
from planner.core.records.edits import add_record, delete_records
from planner.core.records.registry import REGISTERS, spec_of
from planner.core.records.spec import RecordSpec
from planner.ui.registers.import_dialog import import_into
from planner.ui.registers.record_filter import RecordFilter, default_filters
from planner.ui.registers.record_model import RecordModel
from planner.ui.registers.record_proxy import RecordProxy
from planner.ui.registers.record_table import RecordTable
from planner.ui.session import Session
from planner.ui.shell.settings import Settings
from planner.ui.tabs import TabHost


class RegisterPage(QWidget):
    """The page of one register; `title` is set by the tab's PAGES entry (plain_page) or a subclass."""

    title: ClassVar[str] = ""
    model_class: ClassVar[type[RecordModel]] = RecordModel  # a richer page's model: more columns, colours
    current_changed = Signal(object)  # the current record's ID, or None

    def __init__(
        self,
        spec: RecordSpec,
        session: Session,
        host: TabHost,
        parent: QWidget | None = None,
        filters: Sequence[RecordFilter] | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.session = session
        self.host = host
        self.parent_key: str | None = None  # set by narrow_to: the RECORD field of a detail table
        self.last_import: QWidget | None = None  # the last import preview or report shown (tests read it)
        self.model = self.model_class(session, spec)
        self.proxy = RecordProxy(self.model)
        self.table = RecordTable(self.proxy, self)
        self.table.message.connect(lambda text, error: host.status(text, error))
        self.table.task_requested.connect(self.show_task)
        self.filters: list[RecordFilter] = []
        self.toolbar = self._toolbar()
        self.set_filters(filters if filters is not None else default_filters(spec))
        self._build()
        self.proxy.counted.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit(self.current_id()))
        self._show_count(self.proxy.rowCount(), self.proxy.total())
        if self.proxy.rowCount():  # the first record current: a detail table below shows its rows
            self.table.setCurrentIndex(self.proxy.index(0, self.model.title_column))

    # -- building --------------------------------------------------------------------
    def _toolbar(self) -> QWidget:
        bar = QWidget(self)
        self.caption = QLabel(bar)  # a detail table's heading ("Items of C1 Security audit")
        self.caption.hide()
        self.add_button = QPushButton("Add", bar)
        self.add_button.setToolTip(f"Add a {self.spec.singular} (Insert)")
        self.add_button.clicked.connect(self.insert_record)
        self.delete_button = QPushButton("Delete", bar)
        self.delete_button.setToolTip(f"Delete the selected {self.spec.plural} (Delete; Undo brings them back)")
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_combo = QComboBox(bar)
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_combo.currentIndexChanged.connect(self._filter_chosen)
        show_label = QLabel("Show:", bar)
        show_label.setBuddy(self.show_combo)
        self.find_box = QLineEdit(bar)
        self.find_box.setPlaceholderText(
            f"Find {self.spec.plural} (Ctrl+F): any text, or an ID like {self.spec.prefix}1"
        )
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self.proxy.set_text)
        self.count = QLabel(bar)
        self.import_button = QPushButton("Import…", bar)
        self.import_button.setToolTip(f"Add {self.spec.plural} from a CSV or Excel file, with a preview first")
        self.import_button.clicked.connect(self.choose_import)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)
        for widget in (self.add_button, self.delete_button):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(show_label)
        layout.addWidget(self.show_combo)
        layout.addSpacing(8)
        layout.addWidget(self.find_box, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.import_button)
        return bar

    def _build(self) -> None:
        self.beside = QSplitter(Qt.Orientation.Horizontal, self)  # the table, then panes at its right
        self.beside.addWidget(self.table)
        self.beside.setChildrenCollapsible(False)
        self.below = QSplitter(Qt.Orientation.Vertical, self)  # that, then panes under it
        self.below.addWidget(self.beside)
        self.below.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.below, 1)

    def add_pane(self, pane: QWidget, below: bool = False, size: int = 360) -> None:
        """A chart or a list beside the table (at its right), or `below` it; `size` its starting px."""
        splitter = self.below if below else self.beside
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(splitter.count() - 1, 0)
        whole = 1400 if not below else 700
        splitter.setSizes([whole - size * (splitter.count() - 1)] + [size] * (splitter.count() - 1))

    def set_filters(self, filters: Sequence[RecordFilter]) -> None:
        """The Show combo's entries; the first is chosen (keep "All ..." first)."""
        self.filters = list(filters)
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        for entry in self.filters:
            self.show_combo.addItem(entry.name)
        self.show_combo.blockSignals(False)
        self.show_combo.setCurrentIndex(0)
        self._filter_chosen(0)

    def choose_filter(self, name: str) -> None:
        self.show_combo.setCurrentIndex(next(i for i, f in enumerate(self.filters) if f.name == name))

    def _filter_chosen(self, index: int) -> None:
        if 0 <= index < len(self.filters):
            self.proxy.set_filter(self.filters[index])

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(f"{shown} of {total} shown")

    # -- a detail table --------------------------------------------------------------
    def narrow_to(self, key: str, record_id: int | None, caption: str = "") -> None:
        """Show only the rows whose RECORD field `key` is `record_id`; Insert then fills it in."""
        if self.parent_key is None:
            self.table.set_column_shown(key, False)  # every row shows the same parent: the caption names it
        self.parent_key = key
        self.proxy.set_parent(key, record_id)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        parent_spec = spec_of(self.spec.field(key).table)
        self.table.empty_hint = (
            f"No {self.spec.plural} yet.\nPress Insert to add one to this {parent_spec.singular}."
            if record_id is not None
            else f"Choose a {parent_spec.singular} above to see its {self.spec.plural}."
        )
        self.table.viewport().update()

    # -- records -----------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.table.current_id()

    def new_values(self, project: Project) -> dict[str, Any]:
        """What Insert gives a new record: a title to type over, and the parent of a detail table.

        A richer page overrides it (a defect found today, by default).
        """
        values: dict[str, Any] = {self.spec.title_key: f"New {self.spec.singular}"}
        if self.parent_key is not None:
            if self.proxy.parent_id is None:
                parent = spec_of(self.spec.field(self.parent_key).table)
                raise InputError(f"choose a {parent.singular} first: its {self.spec.plural} are listed here")
            values[self.parent_key] = self.proxy.parent_id
        return values

    def insert_record(self) -> int | None:
        """Insert: a new record at the end, selected, its title cell editing. Returns its ID."""
        spec = self.spec
        edit = self.session.attempt(lambda p: add_record(p, spec, **self.new_values(p)), self.table.report)
        if edit is None:
            return None
        record_id = edit.changes[0].after.id
        self.reveal(record_id)
        self.table.edit(self.table.currentIndex())  # type the title at once, as Insert in the task table does
        self.host.status(f"{spec.singular.capitalize()} {spec.label(record_id)} added: type its {self._title_word()}")
        return record_id

    def _title_word(self) -> str:
        return self.spec.field(self.spec.title_key).title.lower()

    def delete_selected(self) -> bool:
        """Delete: the selected records (and what depends on them) as one undo step, confirmed when it is more."""
        chosen = self.table.selected_ids()
        if not chosen or not self._confirm_delete(chosen):
            return False
        spec = self.spec
        if self.session.attempt(lambda p: delete_records(p, spec, chosen), self.table.report) is None:
            return False
        self.host.status(f"Deleted {', '.join(spec.label(i) for i in chosen)} (Undo brings back)")
        return True

    def _confirm_delete(self, chosen: list[int]) -> bool:
        try:
            taken = deletion_summary(self.session.project, self.spec, chosen)
        except PlannerError as refusal:  # a meeting still refers to this plan line
            self.table.report(str(refusal))
            return False
        if len(chosen) == 1 and not taken:
            return True
        spec = self.spec
        what = (
            f"{spec.label(chosen[0])} {spec.title_of(self.model.record(chosen[0]))}"
            if len(chosen) == 1
            else f"{len(chosen)} {spec.plural}"
        )
        text = f"Delete {what}?" + (f"\nWith it go {taken}." if taken else "")
        answer = QMessageBox.question(
            self.host.window(), f"Delete {spec.plural}", text + "\nUndo brings it all back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def reveal(self, record_id: int) -> bool:
        """Make the record current in the table, clearing a filter or find text that hides it."""
        if record_id not in self.model.row_of:
            return False
        if not self.table.select_record(record_id):
            self.find_box.clear()
            self.show_combo.setCurrentIndex(0)
            if not self.table.select_record(record_id):
                return False
        self.table.setFocus()
        return True

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def show_task(self, uid: int) -> None:
        """Double-click on a TASK cell: the task in the Gantt, through the window's reveal when it has one."""
        reveal = getattr(self.host.window(), "reveal", None)  # a window in a test of one tab may have none
        if reveal is None or not reveal("tasks", uid):
            self.host.status("That task is no longer in the plan", error=True)

    # -- import ------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.host.window(), f"Import {self.spec.plural.capitalize()}", "",
            "CSV or Excel files (*.csv *.xlsx);;All files (*)",
        )  # fmt: skip
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """The preview of what `path` adds; True when its rows were added (one undo step)."""
        return import_into(self, path)

    # -- the tab's page protocol (see planner.ui.registers) -----------------------------
    def registers(self) -> list[RegisterPage]:
        return [self]

    def current_register(self) -> RegisterPage:
        return self

    def reveal_record(self, table: str, record_id: int) -> bool:
        return table == self.spec.table and self.reveal(record_id)

    def restore_settings(self, settings: Settings, group: str) -> None:
        """The table's layout as it was left, unless the register's columns changed since (a newer version)."""
        kept = settings.bytes(f"{group}/{self.spec.table}/columns")
        if kept is not None and bytes(kept.data()).decode() == self._column_keys():
            self.table.restore_state(settings.bytes(f"{group}/{self.spec.table}/header"))

    def save_settings(self, settings: Settings, group: str) -> None:
        settings.set_bytes(f"{group}/{self.spec.table}/header", self.table.save_state())
        settings.set_bytes(f"{group}/{self.spec.table}/columns", QByteArray(self._column_keys().encode()))

    def _column_keys(self) -> str:
        return ",".join(f.key for f in self.spec.fields)

    def close_page(self) -> None:
        self.table.commit_open_editor()

    def has_focus_inside(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))


def deletion_summary(project: Project, spec: RecordSpec, chosen: list[int]) -> str:
    """What else a deletion takes, in words: "2 decisions and 3 action items"; "" for nothing."""
    counts: dict[str, int] = {}
    for put in deletion(project, spec.table, set(chosen)):
        if put.table != spec.table:
            counts[put.table] = counts.get(put.table, 0) + 1
    parts = []
    for table, count in counts.items():
        other = REGISTERS.get(table)
        name = (other.singular if count == 1 else other.plural) if other else table.replace("_", " ")
        parts.append(f"{count} {name}")
    return " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else "".join(parts)


def plain_page(spec: RecordSpec, title: str) -> type[RegisterPage]:
    """A PAGES entry: the plain RegisterPage of `spec` under `title` (with its mnemonic)."""

    class PlainRegisterPage(RegisterPage):
        def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
            super().__init__(spec, session, host, parent)

    PlainRegisterPage.title = title
    PlainRegisterPage.__name__ = PlainRegisterPage.__qualname__ = f"{spec.plural.title().replace(' ', '')}Page"
    return PlainRegisterPage
