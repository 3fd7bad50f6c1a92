"""Dialogs of the main window: new project, import preview, task information, columns."""
