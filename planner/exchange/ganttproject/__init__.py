"""GanttProject `.gan` files read into a Planner project (`planner import plan.gan -o F.plandb`).

reader.py reads the file; calendar.py its week and holidays; tasks.py the task tree and its
dependencies; resources.py the people, their roles, rates, vacations and allocations.
"""
