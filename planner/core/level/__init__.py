"""Resource levelling: the resource-constrained scheduling core (no Qt, no SQL, no I/O).

`problem.py` states a problem as plain lists (durations, demands, capacities, precedence with
offsets), `sgs.py` turns an order of activities into start times (the serial
schedule-generation scheme), `search.py` looks for short schedules (priority rules, a genetic
algorithm on activity lists with forward-backward improvement), and `project_level.py` levels a
Project: its tasks' assignments as demands, resources' max units as capacities.
"""
