"""The one-click status report as a PDF: the facts of planner/core/report laid out on A4 pages."""
