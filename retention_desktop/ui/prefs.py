"""Per-user app preferences in QSettings, under a versioned prefix.

Project-specific analysis settings live in the project file (see ``AppContext``); this
is only window geometry, recent projects, the last project and the last export folder. Bumping
``PREFS_VERSION`` starts from clean defaults instead of misreading an old layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

PREFS_VERSION = 1
MAX_RECENT = 8
ORG, APP = "RetentionDesktop", "Retention Desktop"


class Prefs:
    """Typed access to the app's QSettings (``v<PREFS_VERSION>/...`` keys)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        ORG, APP)
        self.prefix = f"v{PREFS_VERSION}/"

    def _get(self, key: str, default=None):
        return self.qs.value(self.prefix + key, default)

    def _set(self, key: str, value) -> None:
        self.qs.setValue(self.prefix + key, value)

    # ------------------------------------------------------------------ window
    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._get("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._set("window/geometry", geometry)
        self._set("window/state", state)

    def current_tab(self) -> str:
        return str(self._get("window/tab", "") or "")

    def set_current_tab(self, key: str) -> None:
        self._set("window/tab", key)

    # ------------------------------------------------------------------ projects
    def recent(self) -> list[str]:
        value = self._get("projects/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        items = [p for p in self.recent() if p != path]
        self._set("projects/recent", [path, *items][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._set("projects/recent", [p for p in self.recent() if p != path])

    def last_project(self) -> str:
        return str(self._get("projects/last", "") or "")

    def set_last_project(self, path: str | Path | None) -> None:
        self._set("projects/last", str(path) if path else "")

    # ------------------------------------------------------------------ exports
    def last_export_dir(self) -> str:
        """Folder of the last export (empty before the first one)."""
        return str(self._get("exports/last_dir", "") or "")

    def set_last_export_dir(self, folder: str | Path) -> None:
        self._set("exports/last_dir", str(folder))

    def first_start(self) -> bool:
        return not bool(self._get("started", False))

    def mark_started(self) -> None:
        self._set("started", True)

    def sync(self) -> None:
        self.qs.sync()
