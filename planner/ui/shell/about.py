"""Help > About: Planner's version and icon, and the licence of every library it ships with.

The library list is not typed in: it is Planner's own runtime requirements, followed
recursively through the installed packages' metadata, so it stays true when a
dependency is added or upgraded. The bundle built by planner.spec copies exactly
this metadata (see `runtime_distributions`), so the installed application shows
the same list.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import planner
from planner.ui.shell.icons import app_icon, icon_pixmap

APP_DISTRIBUTION = "planner"
# sqlite-utils requires pip only for its own `sqlite-utils install` command; Planner never
# runs it, and planner.spec leaves it out of the bundle.
NOT_SHIPPED = frozenset({"pip"})
_LICENSE_CLASSIFIER = "License :: "


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements(distribution: metadata.Distribution) -> list[str]:
    """Names of the distribution's requirements that apply without extras on this platform."""
    from packaging.requirements import InvalidRequirement, Requirement

    names = []
    for text in distribution.requires or []:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.append(requirement.name)
    return names


def runtime_distributions(root: str = APP_DISTRIBUTION) -> list[metadata.Distribution]:
    """`root` and everything it needs at run time, as installed; the root first, then by name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = _key(name)
        if key in found or key in NOT_SHIPPED:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not installed on this platform, or not in this bundle
        found[key] = distribution
        pending.extend(_runtime_requirements(distribution))
    root_key = _key(root)
    return sorted(found.values(), key=lambda d: (_key(d.metadata["Name"]) != root_key, _key(d.metadata["Name"])))


def licence_of(distribution: metadata.Distribution) -> str:
    """A short licence name from the metadata: SPDX expression, else trove classifiers, else a short License field."""
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    classifiers = [
        c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith(_LICENSE_CLASSIFIER)
    ]
    if classifiers:
        return " OR ".join(classifiers)
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 60:
        return field
    return "see the package's licence file"


def bundled_libraries() -> list[Library]:
    """Every library Planner runs on: Python, Qt, then each runtime distribution except Planner itself."""
    libraries = [
        Library("Python", platform.python_version(), "PSF-2.0"),
        Library("Qt", qVersion(), "LGPL-3.0-only"),
    ]
    for distribution in runtime_distributions():
        name = distribution.metadata["Name"]
        if _key(name) != APP_DISTRIBUTION:
            libraries.append(Library(name, distribution.version, licence_of(distribution)))
    return libraries


def _summary() -> str:
    try:
        return metadata.distribution(APP_DISTRIBUTION).metadata["Summary"] or ""
    except metadata.PackageNotFoundError:
        return ""


def planner_licence() -> str:
    try:
        return licence_of(metadata.distribution(APP_DISTRIBUTION))
    except metadata.PackageNotFoundError:
        return "GPL-3.0-or-later"


class AboutDialog(QDialog):
    """Icon, name, version and licence, then one row per bundled library: name, version, licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Planner")
        self.setWindowIcon(app_icon())

        icon = QLabel()
        icon.setPixmap(icon_pixmap(64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(f"<h2>Planner {planner.__version__}</h2>")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(f"{_summary()}<br>Planner is free software, licensed under {planner_licence()}.")
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(summary)
        heading.addStretch()
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.libraries = QTreeWidget()
        self.libraries.setHeaderLabels(["Library", "Version", "Licence"])
        self.libraries.setRootIsDecorated(False)
        self.libraries.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.libraries.setAlternatingRowColors(True)
        self.libraries.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for library in bundled_libraries():
            item = QTreeWidgetItem([library.name, library.version, library.licence])
            item.setToolTip(2, library.licence)
            self.libraries.addTopLevelItem(item)
        header = self.libraries.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton("About Qt", QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, "About Qt"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel("Planner ships with these libraries, each under its own licence:"))
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)


def show_about(parent: QWidget | None = None) -> None:
    """Help > About: the dialog, modal to `parent`."""
    AboutDialog(parent).exec()
