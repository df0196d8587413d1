"""Strip symbol tables from the bundle's shared libraries that patchelf never touched.

Usage: ``python packaging/strip_bundle.py <bundle folder>`` (run by ``build.sh``).

``strip`` is what every Linux distribution does to its libraries, but it corrupts the
libraries auditwheel rewrote with patchelf (numpy's and scipy's OpenBLAS broke when
PyInstaller's global ``strip`` was on). Those are recognisable: they live in a wheel's
``<name>.libs/`` folder, or their RPATH/RUNPATH points into one. Everything else (Qt, ICU,
libpython, most extension modules) gets ``strip --strip-unneeded``: the dynamic symbols
that loading needs stay, the static symbol table and debug info go (~7 MB).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_DROPPABLE = (".symtab", ".strtab")


def _sections(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-SW", str(path)], capture_output=True, text=True).stdout
    names = []
    for line in out.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 2 and fields[0].startswith("[") and fields[0][1:-1].isdigit():
            names.append(fields[1])
    return names


def _rpath(path: Path) -> str:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return " ".join(line for line in out.splitlines() if "RPATH" in line or "RUNPATH" in line)


def patchelfed(path: Path, rpath: str) -> bool:
    """True for a library auditwheel rewrote (vendored into, or linked from, ``*.libs``)."""
    return any(part.endswith(".libs") for part in path.parts) or ".libs" in rpath


def candidates(bundle: Path):
    """Shared libraries under ``bundle`` worth stripping and safe to strip."""
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        sections = _sections(path)
        if not any(s in _DROPPABLE or s.startswith(".debug") for s in sections):
            continue
        if patchelfed(path, _rpath(path)):
            continue
        yield path


def main(argv: list[str]) -> int:
    bundle = Path(argv[1])
    before = after = 0
    for path in candidates(bundle):
        size = path.stat().st_size
        tmp = path.with_name(path.name + ".stripped")
        # Write a new file: the bundle's copy may be hard-linked into a staging tree.
        subprocess.run(["strip", "--strip-unneeded", "-o", str(tmp), str(path)], check=True)
        tmp.chmod(path.stat().st_mode)
        tmp.replace(path)
        before += size
        after += path.stat().st_size
    print(f"strip_bundle: {(before - after) / 1e6:.1f} MB of symbol tables removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
