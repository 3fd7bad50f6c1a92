"""The Gantt chart: bars, links and timescale beside the task tree, sharing its model and rows."""

from planner.ui.gantt.chart.view import GanttView

__all__ = ["GanttView"]
