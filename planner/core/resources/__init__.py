"""Resources at work: assignments, their notation, effort and workload (no Qt, no SQL)."""
