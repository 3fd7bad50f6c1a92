"""The project as plain data: tasks in a WBS, links, calendars, resources; durations; the outline."""
