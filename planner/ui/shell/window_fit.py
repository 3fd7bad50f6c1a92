"""The first window fits the screen, title bar and frame included, so the status bar is on screen.

On a 1366x768 laptop a window 800 pixels tall (or 768 plus the window manager's title bar)
hides its status bar below the screen edge, and with it every message the window gives.
Without a saved geometry the window is sized to the screen's available area less the frame:
before it is shown the frame is a guess, so once the window manager has framed it the fit is
checked again with the real frame and corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 800)
FRAME_GUESS = QMargins(4, 32, 4, 4)  # a typical title bar and border, until the real one is known


def fitted(available: QRect, frame: QMargins, preferred: QSize = PREFERRED) -> QRect:
    """The client rectangle whose frame lies inside `available`: as large as `preferred` allows, centred."""
    width = min(preferred.width(), available.width() - frame.left() - frame.right())
    height = min(preferred.height(), available.height() - frame.top() - frame.bottom())
    outer_width = width + frame.left() + frame.right()
    outer_height = height + frame.top() + frame.bottom()
    left = available.left() + (available.width() - outer_width) // 2 + frame.left()
    top = available.top() + (available.height() - outer_height) // 2 + frame.top()
    return QRect(left, top, width, height)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around the window, once it is known (else the guess)."""
    outer, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
    return margins if not margins.isNull() else FRAME_GUESS


def fit_to_screen(window: QWidget) -> None:
    """Size a window that has no saved geometry to its screen, and check the fit again once it is framed."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    geometry = fitted(screen.availableGeometry(), FRAME_GUESS)
    window.setGeometry(geometry)
    window.installEventFilter(_RefitOnFirstShow(window, geometry.size()))


class _RefitOnFirstShow(QObject):
    """Corrects the fit with the real frame after the first show, then removes itself."""

    def __init__(self, window: QWidget, fitted_size: QSize) -> None:
        super().__init__(window)
        self._window = window
        self._fitted_size = fitted_size  # a window resized since (a screenshot's size, the user) is left alone

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(250, self._refit)  # the window manager frames the window after it is mapped
        return False

    def _refit(self) -> None:
        window = self._window
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        if window.isMaximized() or window.isFullScreen() or available.contains(window.frameGeometry()):
            return
        if window.size() != self._fitted_size:
            return
        window.setGeometry(fitted(available, frame_margins(window)))
