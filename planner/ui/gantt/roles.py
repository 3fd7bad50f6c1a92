"""Item data roles shared by the task model, the table and the Gantt chart (KD Gantt's idea:
dates and completion are roles on an ordinary item model)."""

from PySide6.QtCore import Qt

TaskIdRole = Qt.ItemDataRole.UserRole + 1  # int
StartRole = Qt.ItemDataRole.UserRole + 2  # datetime (scheduled start)
FinishRole = Qt.ItemDataRole.UserRole + 3  # datetime (scheduled finish)
DatesRole = Qt.ItemDataRole.UserRole + 4  # planner.core.schedule.result.TaskDates
TaskRole = Qt.ItemDataRole.UserRole + 5  # planner.core.model.entities.Task
EditTextRole = Qt.ItemDataRole.EditRole
