"""The printed Gantt without a window (`planner print`): Qt paints the pages offscreen.

No display is needed, nor used: QT_QPA_PLATFORM is set to offscreen unless a platform is
set, since a DISPLAY that cannot be reached would otherwise abort Qt. Qt stays in ui/; the
command line only calls this.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from planner.core.model.page_setup import PageSetup
from planner.core.schedule.result import Schedule
from planner.ui.printing.output import write_pdf
from planner.ui.printing.plan import Plan


def print_pdf(schedule: Schedule, setup: PageSetup, target: Path):
    """Write the Gantt of `schedule` to the PDF `target`; what write_pdf says it printed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(["planner"])  # Qt's fonts need an application
    return write_pdf(Plan(schedule.project, schedule), setup, target)
