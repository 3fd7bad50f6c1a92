"""GNOME Planner `.planner` files read into a Planner project (`planner import plan.planner -o F.plandb`).

reader.py reads the file; calendars.py its calendars, day types and overridden days; tasks.py
the task tree, constraints and predecessors; resources.py the resources, groups and allocations.
"""
