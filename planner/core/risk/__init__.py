"""Risk: the register (risks, categories, scales, linked tasks, score history), scores, EMV and reserve."""
