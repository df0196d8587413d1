"""The newest glibc symbol version any ELF file of the bundle needs.

The .deb must declare ``libc6 (>= X)`` for the highest ``GLIBC_X`` that a bundled library
or the Python runtime references: otherwise apt installs it on an older system and the app
dies at start with "version `GLIBC_2.35' not found". ``build.sh`` runs this over the
bundle and stops when the bundle needs more than ``bundle_config.GLIBC_MINIMUM``.

Usage: ``python packaging/glibc_floor.py BUNDLE_DIR [DECLARED]``
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_GLIBC = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


def versions_in(objdump_text: str) -> set[tuple[int, ...]]:
    """Every ``GLIBC_x.y[.z]`` version named in ``objdump -T`` output."""
    return {tuple(int(g) for g in m.groups() if g is not None)
            for m in _GLIBC.finditer(objdump_text)}


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def floor(paths: list[Path]) -> tuple[tuple[int, ...], Path | None]:
    """The highest glibc version needed by ``paths`` (ELF files), and which file needs it."""
    best: tuple[int, ...] = (0,)
    who = None
    for path in paths:
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        for version in versions_in(out):
            if version > best:
                best, who = version, path
    return best, who


def parse(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


if __name__ == "__main__":
    bundle = Path(sys.argv[1])
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    need, who = floor(elves)
    text = ".".join(map(str, need))
    print(f"glibc needed: {text} (by {who})")
    if len(sys.argv) > 2 and need > parse(sys.argv[2]):
        print(f"glibc_floor: the bundle needs glibc {text}, the .deb declares {sys.argv[2]}",
              file=sys.stderr)
        sys.exit(1)
