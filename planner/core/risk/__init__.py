"""Risk: the register's risks and the Monte Carlo schedule and cost simulation (simulation*.py)."""
