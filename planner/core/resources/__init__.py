"""Workload: time-phased work per assignment and resource, capacity, over-allocation, skill match.

Pure domain code over a Schedule (no Qt, no SQL): the Resources tab, the task
table's over-allocation flag and `planner resources` all read the same numbers.
"""
