"""Fixtures for the GUI tests: a real project file and the real main window, offscreen.

QT_QPA_PLATFORM is set before anything imports Qt, and QSettings are pointed at a
temporary folder so the tests never read or write the user's own settings.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest

from planner.store.projectfile import ProjectFile

from .helpers import small_project


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp) -> None:
    """Every test starts with empty settings in a folder of its own."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("PlannerTests")
    qapp.setApplicationName("PlannerTests")


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "relaunch.plandb"
    ProjectFile.create(path, small_project()).close()
    return path


@pytest.fixture
def session(project_file: Path, qapp):
    from planner.store.document import Document
    from planner.ui.session import Session

    session = Session(Document.open(project_file))
    yield session
    session.close()


@pytest.fixture
def window(qtbot, project_file: Path):
    """The real main window on the sample project, shown and active so shortcuts reach it."""
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(project_file)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
