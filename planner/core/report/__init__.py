"""The status report's facts: what finished, slipped and comes next in a period, the milestones, the
issues and the red/amber/green of schedule, cost and risk, each with its rule.

Plain functions of a schedule (no Qt, no I/O): `planner report` and the window's Status Report
lay them out as a PDF (planner/exchange/status_report.py).
"""
