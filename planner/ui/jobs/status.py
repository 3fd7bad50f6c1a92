"""The job runner's part of the status bar: what is running, how far it got, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from planner.ui.jobs.runner import JobRunner

SCALE = 1000  # QProgressBar holds ints; large totals are shown in thousandths


class JobStatus(QWidget):
    """Hidden while nothing runs; a busy bar until the job knows its total."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.name = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton("Cancel", self)
        self.cancel.setToolTip("Stop the job; nothing it was writing is kept")
        self.cancel.clicked.connect(self._cancel)
        self.cancel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.ended.connect(self.hide)
        self.hide()

    def _started(self, name: str) -> None:
        self.name.setText(f"{name}…")
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel.setEnabled(True)
        self.show()

    def _progressed(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, SCALE)
        self.bar.setValue(min(SCALE, done * SCALE // total))

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.name.setText(f"{self.name.text().removesuffix('…')}: cancelling…")
        self.runner.cancel()
