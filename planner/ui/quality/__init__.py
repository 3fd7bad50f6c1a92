"""The Quality tab: the defect log, checklists and compliance audits, lessons learned."""
