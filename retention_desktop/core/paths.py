"""Where things live: bundled resources and the per-user data folder (Qt-free)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, translations, icons, demo data).

    From a source checkout it is the repository's top-level ``resources/``; in a
    PyInstaller bundle it is ``resources/`` inside the bundle.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def user_data_dir() -> Path:
    """Per-user data folder (kept outside the install folder, survives upgrades).

    ``RETENTION_DESKTOP_HOME`` overrides it (tests, portable use).
    """
    override = os.environ.get("RETENTION_DESKTOP_HOME")
    if override:
        base = Path(override)
    elif sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "RetentionDesktop"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "RetentionDesktop"
    else:
        # XDG spec: an empty or relative XDG_DATA_HOME counts as unset (never the current folder).
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
        base = base / "retention-desktop"
    base.mkdir(parents=True, exist_ok=True)
    return base
