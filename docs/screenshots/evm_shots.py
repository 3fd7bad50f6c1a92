"""Make the README's earned-value screenshots of the demo: the Tracking Gantt (baseline bars, baseline
and variance columns) and the Budget tab with the KPI strip and the S-curve.

    planner demo /tmp/demo.plandb
    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python docs/screenshots/evm_shots.py /tmp/demo.plandb

SCREEN.json gives the offscreen platform a screen wide enough for 1366x768, e.g.
{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
"logicalBaseDpi": 96, "dpr": 1}]}.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from planner.ui.gantt.table.columns import column_index
from planner.ui.shell.main_window import MainWindow
from planner.ui.shell.settings import Settings

HERE = Path(__file__).parent


def main(demo: str) -> None:
    app = QApplication([])
    window = MainWindow(Settings.scratch())
    window.open_path(Path(demo))
    window.resize(1366, 768)
    window.show()
    plugin = next(p for p in window.plugins if p.key == "gantt")
    plugin.baseline_actions.tracking_gantt.setChecked(True)
    page = window.page("gantt")
    header = page.table.header()
    for key in ("start", "finish", "predecessors"):
        header.setSectionHidden(column_index(key), True)
    for key in ("baseline_start", "baseline_finish", "finish_variance"):
        header.setSectionHidden(column_index(key), False)
    page.chart.zoom = 12.0
    page.chart.scroll_to_date(datetime(2027, 1, 1))
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(HERE / "tracking-gantt.png"))
    budget = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i).replace("&", "") == "Budget")
    window.tabs.setCurrentIndex(budget)
    charts = window.page("budget").charts
    charts.setCurrentIndex(next(i for i in range(charts.count()) if charts.tabText(i) == "S-curve"))
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(HERE / "budget-evm.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1])
