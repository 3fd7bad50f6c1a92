"""One area's tile: its name, the rating as a coloured word, what was measured, and the rule in
small print (and as the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.core.status.rating import Rating
from planner.ui.dashboard.colours import BORDER, FILL, MUTED, WORDS, badge_style


class RagTile(QFrame):
    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile{area}")
        self.area = QLabel(area, self)
        self.area.setStyleSheet("font-weight: 700; font-size: 11pt;")
        self.badge = QLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words = QLabel(self)
        self.words.setStyleSheet(f"color: {MUTED};")
        self.reading = QLabel(self)
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(f"color: {MUTED}; font-size: 8pt;")
        for label in (self.reading, self.rule):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.area)
        top.addStretch(1)
        top.addWidget(self.words)
        top.addWidget(self.badge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.reading)
        layout.addStretch(1)
        layout.addWidget(self.rule)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(128)

    def show_rating(self, rating: Rating) -> None:
        self.badge.setText(rating.rag.label.upper())
        self.badge.setStyleSheet(badge_style(rating.rag))
        self.words.setText(WORDS[rating.rag])
        self.reading.setText(rating.reading[:1].upper() + rating.reading[1:] + ".")
        self.rule.setText(f"Rule: {rating.rule}.")
        self.setToolTip(f"{rating.area}: {rating.rule}.")
        self.setAccessibleName(f"{rating.area}: {rating.rag.label}. {rating.reading}")
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: palette(base); border: 1px solid {BORDER};"
            f" border-left: 6px solid {FILL[rating.rag]}; }}"
        )
