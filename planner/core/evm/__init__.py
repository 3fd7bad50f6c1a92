"""Baselines and earned value: planned value from a saved baseline, earned value from progress,
actual cost from the cost part, and the indices and forecasts a PM reports (no Qt, no SQL, no I/O)."""
