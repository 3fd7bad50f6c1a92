"""Quality: the defect and issue log, checklists and compliance audits, lessons learned."""
