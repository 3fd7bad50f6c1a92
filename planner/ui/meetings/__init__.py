"""The meetings part in the window: the Meetings page of the Stakeholders tab, and the way from a task to its action."""
