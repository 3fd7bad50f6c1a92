"""One red/amber/green rule set for schedule, cost, risk and quality.

The Dashboard tab, the workbook's Summary, the status report and `planner status` all rate a
project here, so a sponsor reads the same colour everywhere. Each rate_* function takes the
measured figures and returns a Rating: the colour, the figures it looked at, the rule in words
and a sentence of what it found. A missing input (no baseline, no costs, nothing logged) rates
"n/a" with the reason, never a false green. `assess` gathers the inputs from a schedule.
"""
