"""Checklists and compliance audits in the window: the Quality tab's Checklists page and its pieces."""
