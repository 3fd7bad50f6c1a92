"""Starting the GUI: the QApplication, one main window, and the offscreen screenshot mode.

`planner FILE`, `planner --demo` and `planner FILE --screenshot PNG` (planner/cli.py)
all come here. A screenshot is taken once the window is laid out and painted, at a
fixed size, so documentation and reviews see exactly what a user sees.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_SIZE = (1366, 768)


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("Planner")
    app.setApplicationName("Planner")
    app.setApplicationDisplayName("Planner")
    app.setDesktopFileName("planner")  # taskbars and Wayland match the window to planner.desktop and its icon
    from planner.ui.shell.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def _display_problem() -> str | None:
    """Why Qt could not open a window here (checked before Qt would abort), unless a QApplication already runs."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return None
    from planner.ui.shell.display_check import display_problem

    return display_problem()


def run_gui(
    path: Path | None = None,
    *,
    demo: bool = False,
    screenshot: Path | None = None,
    tab: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """Open the main window (on `path`, a fresh demo copy, or the start page) and run until it closes.

    With `screenshot`, render the window at `size` (default 1366x768) on tab `tab`, save
    the PNG and return 0 without entering the event loop. Returns 2 when asked for a
    tab that does not exist, when the file cannot be opened for a screenshot, or when the
    display's platform plugin cannot load (one line naming the packages to install).
    """
    problem = _display_problem()
    if problem is not None:
        print(f"planner: error: {problem}", file=sys.stderr)
        return 2
    app = _application()
    from planner.ui.shell.main_window import MainWindow
    from planner.ui.shell.settings import Settings

    # A screenshot shows the default layout and leaves the user's own settings alone.
    settings = Settings.scratch() if screenshot is not None else Settings()
    window = MainWindow(settings)
    opened = True
    if demo:
        window.file_actions.open_demo(reuse=True)  # `planner --demo` again reopens the copy, not a new one
        opened = window.session is not None
    elif path is not None:
        opened = window.open_path(Path(path))
    if screenshot is not None:
        if not opened:
            return 2
        return take_screenshot(app, window, Path(screenshot), tab, size or DEFAULT_SIZE)
    window.show()
    code = app.exec()
    return int(code)


def take_screenshot(app, window, target: Path, tab: str | None, size: tuple[int, int]) -> int:
    """Lay the window out at `size`, let every pending paint and layout run, then save it."""
    if tab is not None and not select_tab(window, tab):
        names = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
        print(f"planner: no tab {tab!r}; the tabs are {', '.join(names) or 'none (no project open)'}", file=sys.stderr)
        window.close()
        return 2
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = image.save(str(target))
    window.close()
    if not saved:
        print(f"planner: could not write {target}", file=sys.stderr)
        return 2
    return 0


def select_tab(window, name: str) -> bool:
    """Show the tab called `name`: its title as shown ("Risk") or its key ("risks"), in any case."""
    wanted = name.strip().lower()
    for plugin in window.plugins:
        if wanted in (plugin.key, plugin.title.replace("&", "").lower()):
            page = window.page(plugin.key)
            if page is not None:
                window.tabs.setCurrentWidget(page)
                return True
    return False
