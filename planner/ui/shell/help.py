"""Help > Getting Started (F1) and Keyboard Shortcuts: offline pages shipped in resources/help.

The pages are plain HTML read from the planner.resources package (so they work from
a wheel and from the bundled application), shown in a QTextBrowser that follows the
links between them.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GETTING_STARTED = "getting-started.html"
SHORTCUTS = "shortcuts.html"


def help_page(name: str) -> str:
    """The HTML of one help page."""
    return files("planner.resources").joinpath("help", name).read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """One help window; it stays open beside the main window while the user tries things."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Planner Help")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        with as_file(files("planner.resources").joinpath("help")) as folder:
            self.browser.setSearchPaths([str(folder)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def show_page(self, name: str) -> None:
        self.browser.setSource(QUrl(name))
        self.setWindowTitle(f"Planner Help — {self.browser.documentTitle()}")
        self.show()
        self.raise_()
        self.activateWindow()
