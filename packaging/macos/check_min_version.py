"""Fail a macOS build whose wheels need a newer macOS than the app declares.

Info.plist's ``LSMinimumSystemVersion`` is a promise to the user: Finder refuses to start
the app below it, and above it the app must start. Every compiled wheel in the build
environment carries its own minimum in its platform tag (``macosx_14_0_arm64``); the
bundle needs the highest of them. PySide6-Essentials 6.11 has no ``macosx_12_0_arm64``
wheel and numpy 2.4 / scipy 1.17 install ``macosx_14_0`` wheels on Apple silicon, so a
declared 12.0 was false.

Usage (on the build machine): ``python packaging/macos/check_min_version.py``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_TAG = re.compile(r"^Tag:\s*\S+-\S+-macosx_(\d+)_(\d+)_\w+\s*$", re.M)


def wheel_minimums(site_packages: list[Path]) -> dict[str, tuple[int, int]]:
    """``{distribution: (major, minor)}``: the lowest macOS each installed wheel accepts.

    A wheel with several macOS tags (e.g. a universal2 wheel) runs from its lowest.
    """
    found: dict[str, tuple[int, int]] = {}
    for sp in site_packages:
        for wheel in sp.glob("*.dist-info/WHEEL"):
            tags = [(int(a), int(b)) for a, b in _TAG.findall(wheel.read_text(encoding="utf-8"))]
            if tags:
                found[wheel.parent.name.split("-")[0]] = min(tags)
    return found


def declared_minimum() -> tuple[int, int]:
    """``LSMinimumSystemVersion`` of the app's Info.plist, as ``(major, minor)``."""
    sys.path.insert(0, str(HERE))
    from bundle_info import MACOS_MINIMUM  # noqa: PLC0415 (a sibling script, not a package)

    major, minor = (MACOS_MINIMUM.split(".") + ["0"])[:2]
    return int(major), int(minor)


def problems(site_packages: list[Path], declared: tuple[int, int]) -> list[str]:
    """One line per wheel that needs a newer macOS than ``declared``."""
    return [f"{name} needs macOS {v[0]}.{v[1]}, the app declares {declared[0]}.{declared[1]}"
            for name, v in sorted(wheel_minimums(site_packages).items()) if v > declared]


if __name__ == "__main__":
    import site

    paths = [Path(p) for p in site.getsitepackages()]
    lines = problems(paths, declared_minimum())
    for line in lines:
        print("check_min_version:", line, file=sys.stderr)
    sys.exit(1 if lines else 0)
