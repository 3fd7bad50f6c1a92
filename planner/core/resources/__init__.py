"""Resources at work: assignments and their notation, effort rules, time-phased work, capacity,
over-allocation and skill match.

Pure domain code (no Qt, no SQL): the Resources tab, the task table and `planner resources`
all read the same numbers.
"""
