"""What Planner remembers between runs (QSettings): window layout, table layout, zoom, recent files.

Keys live here only, so the rest of the UI asks for "the recent files" rather than
spelling settings paths. QSettings picks the platform's place (registry, plist, ini).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_LIMIT = 10


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    @classmethod
    def scratch(cls) -> Settings:
        """Settings that start empty and are thrown away (screenshots, benchmarks)."""
        folder = tempfile.mkdtemp(prefix="planner-settings-")
        return cls(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))

    # -- recent files -------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [Path(v) for v in value or [] if v]

    def recent_names(self) -> dict[Path, str]:
        """The project name each recent file had when it was last opened (the start page shows it)."""
        value = self.store.value("files/recent_names", [])
        if isinstance(value, str):
            value = [value]
        pairs = (entry.split("\n", 1) for entry in value or [] if "\n" in entry)
        return {Path(path): name for path, name in pairs}

    def add_recent(self, path: Path, name: str | None = None) -> None:
        path = Path(path).resolve()
        files = [p for p in self.recent_files() if p != path]
        self.store.setValue("files/recent", [str(p) for p in [path, *files][:RECENT_LIMIT]])
        names = self.recent_names()
        if name:
            names[path] = name
        self._keep_names(names)

    def forget_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        self.store.setValue("files/recent", [str(p) for p in self.recent_files() if p != path])
        self._keep_names(self.recent_names())

    def _keep_names(self, names: dict[Path, str]) -> None:
        """Names of the files still in the list, as `path\nname` (neither holds a newline)."""
        kept = [f"{p}\n{names[p]}" for p in self.recent_files() if p in names]
        self.store.setValue("files/recent_names", kept)

    # -- layout ---------------------------------------------------------------------
    def bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.store.setValue(key, value)

    def zoom(self) -> float | None:
        value = self.store.value("gantt/zoom")
        try:
            return float(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_zoom(self, value: float) -> None:
        self.store.setValue("gantt/zoom", float(value))

    # -- one-time hints -----------------------------------------------------------
    def first_time(self, hint: str) -> bool:
        """True once per hint, ever: for messages a user needs to read only once."""
        key = f"hints/{hint}"
        if self.store.value(key, False) in (True, "true"):
            return False
        self.store.setValue(key, True)
        return True

    def sync(self) -> None:
        self.store.sync()
