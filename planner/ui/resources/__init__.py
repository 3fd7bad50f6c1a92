"""The Resources tab: the team's resource sheet, skills and working time (and, from the workload part, usage)."""
