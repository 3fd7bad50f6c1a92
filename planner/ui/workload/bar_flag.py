"""The Gantt bar's word on over-allocation: a red line in its tooltip naming who and when."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTreeView

OVER_RED = "#c62828"


def overallocation_html(tree: QTreeView, task_id: int) -> str:
    """ "<br>Over-allocated: ..." for a task the table flags, else nothing (the chart shares its table's flags)."""
    facts = getattr(getattr(tree, "task_model", None), "facts", None)
    workload = getattr(facts, "workload", None)
    if workload is None or not workload.of(task_id):
        return ""
    return f"<br><span style='color:{OVER_RED}'><b>Over-allocated:</b> {escape(workload.tip(task_id))}</span>"
