"""The Risk tab: the register (table, heat maps, top risks), the trend and the reviews due."""
