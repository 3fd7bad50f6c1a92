"""Scheduling: working-time arithmetic, the precedence network, the CPM passes, floats, explanations."""
