"""Per-user app preferences: the app's one preference store (QSettings, versioned prefix).

Project-specific analysis settings live in the project file (see ``AppContext``),
including the calendar and the data's currency, because they change the numbers and
labels. This store keeps what belongs to the user, not a project: window geometry,
recent projects, the last project, the last export folder and the display choices of
Settings > Language and numbers (language, digits, Rial/Toman). Bumping
``PREFS_VERSION`` starts from clean defaults instead of misreading an old layout.

Earlier versions kept the language choices in a second file (``settings.ini`` in the
user data folder, group ``i18n``); :meth:`Prefs.migrate_legacy` copies them here once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from retention_desktop.core.paths import user_data_dir

PREFS_VERSION = 1
MAX_RECENT = 8
ORG, APP = "RetentionDesktop", "Retention Desktop"
#: The display choices of Settings > Language and numbers, and their defaults.
DISPLAY_KEYS = {"language": "", "digits": "", "money_unit": "as_is"}
LEGACY_FILE, LEGACY_GROUP = "settings.ini", "i18n"


class Prefs:
    """Typed access to the app's QSettings (``v<PREFS_VERSION>/...`` keys)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        ORG, APP)
        self.prefix = f"v{PREFS_VERSION}/"
        self.migrate_legacy()

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

    # ------------------------------------------------------------------ language and numbers
    def display(self) -> dict[str, str]:
        """The saved language, digits and Rial/Toman choice (``""``: the default)."""
        return {key: str(self._get(f"display/{key}", default) or default)
                for key, default in DISPLAY_KEYS.items()}

    def set_display(self, **values: str | None) -> None:
        """Save display choices (``language=``, ``digits=``, ``money_unit=``)."""
        for key, value in values.items():
            if key not in DISPLAY_KEYS:
                raise KeyError(f"unknown display preference {key!r}")
            self._set(f"display/{key}", value or DISPLAY_KEYS[key])
        self.qs.sync()

    def migrate_legacy(self) -> bool:
        """Copy the language choices of the old ``settings.ini`` here, once.

        The old file's calendar and currency are not copied: they belong to a project
        (every project saves its own on first open; Settings edits them).

        Returns
        -------
        bool
            True when old choices were copied now.
        """
        if self._get("display/migrated", False) in (True, "true"):
            return False
        self._set("display/migrated", True)
        path = user_data_dir() / LEGACY_FILE
        if not path.is_file():
            return False
        old = QSettings(str(path), QSettings.Format.IniFormat)
        old.beginGroup(LEGACY_GROUP)
        try:
            values = {key: str(old.value(key, "") or "") for key in DISPLAY_KEYS}
        finally:
            old.endGroup()
        self.set_display(**{k: v for k, v in values.items() if v})
        return True

    def first_start(self) -> bool:
        return not bool(self._get("started", False))

    def mark_started(self) -> None:
        self._set("started", True)

    def sync(self) -> None:
        self.qs.sync()
