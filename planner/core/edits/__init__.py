"""Edits as data: reversible changes to the project, and the builders that make them from user input."""
