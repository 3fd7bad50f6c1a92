"""The main window on the registers' small project: three defects (major, trivial, critical) among the rest."""

from __future__ import annotations

from ..registers.conftest import project_file  # noqa: F401 (the fixture the window opens)
