"""Compile ``resources/i18n/*.ts`` into ``.qm`` files next to them, on any system.

The compiled files are build products (never committed), so every build must make them:
``scripts/dev.sh`` (through ``build_translations.sh``), ``packaging/build.sh`` and the
PyInstaller spec itself call this, on Linux, Windows and macOS alike. It uses the
``lrelease`` that ships inside the PySide6 wheel, so no Qt installation is needed.
Only a ``.ts`` newer than its ``.qm`` is compiled: a second run does nothing.

Usage: ``python scripts/build_translations.py [--force]``
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fa", "ar")


def lrelease_path() -> Path:
    """PySide6's bundled ``lrelease`` (``lrelease.exe`` on Windows)."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform.startswith("win") else ("lrelease",):
        for candidate in (base / name, base / "Qt" / "bin" / name):
            if candidate.is_file():
                return candidate
    raise FileNotFoundError(f"lrelease not found in {base}; install pyside6-essentials")


def build(root: Path = ROOT, force: bool = False) -> list[Path]:
    """Compile the stale translations; returns the ``.qm`` files written.

    Raises
    ------
    RuntimeError
        If ``lrelease`` fails or a language's ``.qm`` is missing afterwards: a bundle
        without translations would show Persian and Arabic users English (and, before the
        stream guard, crash a windowed exe), so a build must stop here.
    """
    i18n = root / "resources" / "i18n"
    written = []
    for ts in sorted(i18n.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or ts.stat().st_mtime > qm.stat().st_mtime:
            proc = subprocess.run([str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"lrelease failed on {ts.name}: {proc.stderr.strip()}")
            written.append(qm)
    missing = [lang for lang in LANGUAGES
               if not (i18n / f"retention_desktop_{lang}.qm").is_file()]
    if missing:
        raise RuntimeError(f"no compiled translation for {', '.join(missing)} in {i18n}")
    return written


if __name__ == "__main__":
    done = build(force="--force" in sys.argv[1:])
    if done:
        print(f"Compiled {len(done)} translation(s): " + " ".join(p.name for p in done))
