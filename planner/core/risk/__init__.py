"""Risk: the register (risks, categories, scales, linked tasks, score history), scores, EMV and
reserve; and the Monte Carlo schedule and cost simulation (simulation*.py)."""
