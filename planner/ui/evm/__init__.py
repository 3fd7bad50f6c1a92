"""Earned value on the Budget tab: the KPI strip at the top and the S-curve, cash-flow and burn-rate charts.

The Budget tab (planner/ui/budget, the cost part's) places these widgets on its page; they
read the open session and refresh after each edit.
"""
