"""What the GanttProject and GNOME Planner importers share: reading their XML safely, the
import report of what a file holds that Planner cannot carry, and the dates the file showed.

Both formats store each task's start (and GNOME Planner its finish) as the other tool
computed them; `ForeignPlan.shown` keeps those dates, so that the fidelity script
(benchmarks/foreign_fidelity.py) and the tests can say which tasks Planner's schedule
moves right after the import, and why.
"""
