"""The project file: one SQLite database per project, every edit committed at once."""
