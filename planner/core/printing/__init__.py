"""The printed Gantt's arithmetic: how a plan is tiled over pages and how small its text may get. Qt-free."""
